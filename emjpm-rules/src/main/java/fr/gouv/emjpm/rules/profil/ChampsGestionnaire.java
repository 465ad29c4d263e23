// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Champs communs aux formulaires de profil d'un mandataire et d'un service : adresse, activité et
 * tribunaux préférentiels. Leurs règles communes sont dans {@link ReglesProfil}.
 */
interface ChampsGestionnaire {

  /**
   * Adresse géocodée ({@code geocode}), position du gestionnaire.
   *
   * @return adresse géocodée ({@code geocode}), position du gestionnaire
   */
  Optional<AdresseGeocodee> adresseGeocodee();

  /**
   * Vrai (par défaut) pour afficher l'adresse géocodée plutôt que {@code adresse} ({@code use_location_adresse}).
   *
   * @return vrai (par défaut) pour afficher l'adresse géocodée plutôt que {@code adresse} ({@code use_location_adresse})
   */
  @Value.Default
  default boolean utiliserAdresseLocalisation() {
    return true;
  }

  /**
   * Adresse affichée aux magistrats quand l'adresse géocodée ne l'est pas.
   *
   * @return adresse affichée aux magistrats quand l'adresse géocodée ne l'est pas
   */
  Optional<String> adresse();

  /**
   * Complément d'adresse.
   *
   * @return complément d'adresse
   */
  Optional<String> adresseComplement();

  /**
   * Informations à destination du magistrat ({@code competences}).
   *
   * @return informations à destination du magistrat ({@code competences})
   */
  Optional<String> competences();

  /**
   * Vrai si le gestionnaire ne souhaite plus recevoir de nouvelles mesures pour le moment.
   *
   * @return vrai si le gestionnaire ne souhaite plus recevoir de nouvelles mesures pour le moment
   */
  @Value.Default
  default boolean suspendu() {
    return false;
  }

  /**
   * Motif de la suspension ({@code suspend_activity_reason}).
   *
   * @return motif de la suspension ({@code suspend_activity_reason})
   */
  Optional<String> motifSuspension();

  /**
   * Tribunaux préférentiels choisis ({@code tis}).
   *
   * @return tribunaux préférentiels choisis ({@code tis})
   */
  List<TribunalId> tribunaux();
}
