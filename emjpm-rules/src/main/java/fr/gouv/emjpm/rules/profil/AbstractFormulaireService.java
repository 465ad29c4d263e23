// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire de profil d'un service mandataire (informations du service, organisation, compétences),
 * tel que saisi ; les règles sont dans {@link ReglesProfil}. Immuable et thread-safe (classe générée
 * {@code FormulaireService}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireService implements ChampsGestionnaire, ChampsOrganismeGestionnaire {

  /** {@return nom du service ({@code etablissement})} */
  public abstract Optional<String> nom();

  /** {@return adresse e-mail du service} */
  public abstract Optional<String> email();

  /** {@return nom de la personne de contact} */
  public abstract Optional<String> contactNom();

  /** {@return prénom de la personne de contact} */
  public abstract Optional<String> contactPrenom();

  /** {@return genre de la personne de contact} */
  public abstract Optional<String> contactGenre();

  /** {@return téléphone} */
  public abstract Optional<String> telephone();

  /** {@return nombre de mesures souhaitées au niveau global ({@code dispo_max})} */
  public abstract Optional<Integer> dispoMax();

  @Override
  @Value.Default
  public boolean organismeGestionnaire() {
    return false;
  }

  /** {@return nombre d'antennes du service} */
  @Value.Default
  public int nombreAntennes() {
    return 0;
  }

  /** {@return somme des nombres de mesures souhaitées des antennes} */
  @Value.Default
  public long sommeCapacitesAntennes() {
    return 0;
  }
}
