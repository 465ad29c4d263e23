// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.math.BigDecimal;
import java.util.Set;
import org.immutables.value.Value;

/** Ressources d'une année dans une {@link SaisieMesure}. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractSaisieRessource {
  abstract int annee();

  abstract BigDecimal niveauRessource();

  abstract Set<PrestationSociale> prestations();
}
