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

  /**
   * Nom du service ({@code etablissement}).
   *
   * @return nom du service ({@code etablissement})
   */
  public abstract Optional<String> nom();

  /**
   * Adresse e-mail du service.
   *
   * @return adresse e-mail du service
   */
  public abstract Optional<String> email();

  /**
   * Nom de la personne de contact.
   *
   * @return nom de la personne de contact
   */
  public abstract Optional<String> contactNom();

  /**
   * Prénom de la personne de contact.
   *
   * @return prénom de la personne de contact
   */
  public abstract Optional<String> contactPrenom();

  /**
   * Genre de la personne de contact.
   *
   * @return genre de la personne de contact
   */
  public abstract Optional<String> contactGenre();

  /**
   * Téléphone.
   *
   * @return téléphone
   */
  public abstract Optional<String> telephone();

  /**
   * Nombre de mesures souhaitées au niveau global ({@code dispo_max}).
   *
   * @return nombre de mesures souhaitées au niveau global ({@code dispo_max})
   */
  public abstract Optional<Integer> dispoMax();

  @Override
  @Value.Default
  public boolean organismeGestionnaire() {
    return false;
  }

  /**
   * Nombre d'antennes du service.
   *
   * @return nombre d'antennes du service
   */
  @Value.Default
  public int nombreAntennes() {
    return 0;
  }

  /**
   * Somme des nombres de mesures souhaitées des antennes.
   *
   * @return somme des nombres de mesures souhaitées des antennes
   */
  @Value.Default
  public long sommeCapacitesAntennes() {
    return 0;
  }
}
