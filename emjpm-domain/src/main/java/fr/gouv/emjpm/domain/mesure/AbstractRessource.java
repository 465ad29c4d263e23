// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.math.BigDecimal;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Ressources annuelles d'un majeur protégé : montant et prestations sociales perçues
 * pour une année. Les bornes de l'année (1900..année en cours) et le signe du montant sont des règles de
 * emjpm-rules. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractRessource {

  /** {@return année concernée} */
  public abstract int annee();

  /** {@return niveau de ressources annuel ({@code niveau_ressource}), 0 par défaut} */
  @Value.Default
  public BigDecimal niveauRessource() {
    return BigDecimal.ZERO;
  }

  /** {@return prestations sociales perçues, sans doublon, dans l'ordre d'insertion (peut être vide)} */
  public abstract Set<PrestationSociale> prestations();
}
