// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Objects;

/**
 * Chiffres d'un département pour la carte « Disponibilités par territoire » ({@code
 * view_department_availability}) : sommes sur les gestionnaires habilités
 * dans le département. Immuable et thread-safe.
 *
 * @param departement le département
 * @param gestionnaires nombre de gestionnaires habilités dans le département
 * @param mesuresMax « Mesures max »
 * @param mesuresEnCours « Mesures en cours »
 * @param mesuresEnAttente « Mesures en attente »
 */
public record ChiffresDepartement(
    CodeDepartement departement,
    long gestionnaires,
    long mesuresMax,
    long mesuresEnCours,
    long mesuresEnAttente) {
  /**
   * Composantes non nulles.
   *
   * @param departement code du département, non nul
   * @param gestionnaires nombre de gestionnaires habilités dans le département
   * @param mesuresMax somme de leurs capacités souhaitées
   * @param mesuresEnCours somme de leurs mesures en cours
   * @param mesuresEnAttente somme de leurs mesures en attente
   */
  public ChiffresDepartement {
    Objects.requireNonNull(departement, "departement");
  }


  /** {@return « Disponibilités » : max − en cours − en attente (vert si positive)} */
  public long disponibilite() {
    return mesuresMax - mesuresEnCours - mesuresEnAttente;
  }
}
