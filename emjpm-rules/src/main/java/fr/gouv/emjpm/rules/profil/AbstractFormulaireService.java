// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire de profil d'un service mandataire (informations du service, organisation, compétences),
 * tel que saisi ; les règles sont dans {@link ReglesProfil}. Immuable et thread-safe (classe générée
 * {@code FormulaireService}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireService {

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

  /**
   * Adresse géocodée ({@code geocode}), position du gestionnaire.
   *
   * @return adresse géocodée ({@code geocode}), position du gestionnaire
   */
  public abstract Optional<AdresseGeocodee> adresseGeocodee();

  /**
   * Vrai (par défaut) pour afficher l'adresse géocodée plutôt que {@code adresse} ({@code use_location_adresse}).
   *
   * @return vrai (par défaut) pour afficher l'adresse géocodée plutôt que {@code adresse} ({@code use_location_adresse})
   */
  @Value.Default
  public boolean utiliserAdresseLocalisation() {
    return true;
  }

  /**
   * Adresse affichée aux magistrats quand l'adresse géocodée ne l'est pas.
   *
   * @return adresse affichée aux magistrats quand l'adresse géocodée ne l'est pas
   */
  public abstract Optional<String> adresse();

  /**
   * Complément d'adresse.
   *
   * @return complément d'adresse
   */
  public abstract Optional<String> adresseComplement();

  /**
   * Vrai si le service appartient à un organisme gestionnaire ({@code org_gestionnaire}).
   *
   * @return vrai si le service appartient à un organisme gestionnaire ({@code org_gestionnaire})
   */
  @Value.Default
  public boolean organismeGestionnaire() {
    return false;
  }

  /**
   * Nom de l'organisme gestionnaire.
   *
   * @return nom de l'organisme gestionnaire
   */
  public abstract Optional<String> organismeNom();

  /**
   * Adresse de l'organisme gestionnaire.
   *
   * @return adresse de l'organisme gestionnaire
   */
  public abstract Optional<String> organismeAdresse();

  /**
   * Code postal de l'organisme gestionnaire.
   *
   * @return code postal de l'organisme gestionnaire
   */
  public abstract Optional<String> organismeCodePostal();

  /**
   * Ville de l'organisme gestionnaire.
   *
   * @return ville de l'organisme gestionnaire
   */
  public abstract Optional<String> organismeVille();

  /**
   * Informations à destination du magistrat ({@code competences}).
   *
   * @return informations à destination du magistrat ({@code competences})
   */
  public abstract Optional<String> competences();

  /**
   * Vrai si le gestionnaire ne souhaite plus recevoir de nouvelles mesures pour le moment.
   *
   * @return vrai si le gestionnaire ne souhaite plus recevoir de nouvelles mesures pour le moment
   */
  @Value.Default
  public boolean suspendu() {
    return false;
  }

  /**
   * Motif de la suspension ({@code suspend_activity_reason}).
   *
   * @return motif de la suspension ({@code suspend_activity_reason})
   */
  public abstract Optional<String> motifSuspension();

  /**
   * Tribunaux préférentiels choisis ({@code tis}).
   *
   * @return tribunaux préférentiels choisis ({@code tis})
   */
  public abstract List<TribunalId> tribunaux();
}
