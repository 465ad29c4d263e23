// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire d'une antenne de service (création ou modification), tel que saisi ; les règles sont dans
 * {@link ReglesProfil}. Immuable et thread-safe (classe générée {@code FormulaireAntenne}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireAntenne {

  /** {@return nom de l'antenne ({@code name})} */
  public abstract Optional<String> nom();

  /** {@return nom du contact ({@code contact_lastname})} */
  public abstract Optional<String> contactNom();

  /** {@return prénom du contact ({@code contact_firstname})} */
  public abstract Optional<String> contactPrenom();

  /** {@return e-mail du contact ({@code contact_email})} */
  public abstract Optional<String> contactEmail();

  /** {@return téléphone du contact ({@code contact_phone})} */
  public abstract Optional<String> contactTelephone();

  /** {@return adresse géocodée de l'antenne ({@code geocode})} */
  public abstract Optional<AdresseGeocodee> adresseGeocodee();

  /** {@return nombre de mesures souhaitées de l'antenne ({@code mesures_max})} */
  public abstract Optional<Integer> mesuresMax();

  /** {@return nombre de mesures souhaitées du service ({@code dispo_max})} */
  @Value.Default
  public int capaciteService() {
    return 0;
  }

  /** {@return somme des nombres de mesures souhaitées des autres antennes du service} */
  @Value.Default
  public long sommeAutresAntennes() {
    return 0;
  }
}
