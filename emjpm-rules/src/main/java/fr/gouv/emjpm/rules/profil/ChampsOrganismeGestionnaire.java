// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import java.util.Optional;

/**
 * Champs de l'organisme gestionnaire d'un service, communs au formulaire de profil d'un service et au
 * formulaire de liste blanche ; leurs règles sont {@link ReglesProfil#organisme(fr.gouv.emjpm.domain.commun.RapportValidation.Builder,
 * ChampsOrganismeGestionnaire)}.
 */
public interface ChampsOrganismeGestionnaire {

  /**
   * Vrai si le service appartient à un organisme gestionnaire ({@code org_gestionnaire}).
   *
   * @return vrai si le service appartient à un organisme gestionnaire ({@code org_gestionnaire})
   */
  boolean organismeGestionnaire();

  /**
   * Nom de l'organisme gestionnaire.
   *
   * @return nom de l'organisme gestionnaire
   */
  Optional<String> organismeNom();

  /**
   * Adresse de l'organisme gestionnaire.
   *
   * @return adresse de l'organisme gestionnaire
   */
  Optional<String> organismeAdresse();

  /**
   * Code postal de l'organisme gestionnaire.
   *
   * @return code postal de l'organisme gestionnaire
   */
  Optional<String> organismeCodePostal();

  /**
   * Ville de l'organisme gestionnaire.
   *
   * @return ville de l'organisme gestionnaire
   */
  Optional<String> organismeVille();
}
