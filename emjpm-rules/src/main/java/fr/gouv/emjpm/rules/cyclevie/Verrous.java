// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.util.ArrayList;
import java.util.List;

/**
 * Verrous : une mesure écrite par un logiciel métier, ou toute mesure d'un gestionnaire
 * synchronisé avec OCMI, refuse les modifications par l'interface (modification, clôture,
 * réactivation, états, ressources), sauf tant qu'elle est en attente.
 */
final class Verrous {
  private Verrous() {}

  /**
   * Violations de verrou pour une modification de {@code mesure} par {@code acteur} dans l'interface.
   *
   * @return {@code MESURE_VERROUILLEE_EDITEUR} et/ou {@code MESURE_VERROUILLEE_OCMI}, ou vide
   * @param mesure mesure que l'acteur veut modifier ; une mesure en attente n'est jamais verrouillée
   * @param acteur gestionnaire qui agit (sa synchronisation OCMI verrouille ses mesures)
   */
  public static List<Violation> verifier(Mesure mesure, ActeurGestionnaire acteur) {
    if (mesure.statut() == StatutMesure.EN_ATTENTE) {
      return List.of();
    }
    List<Violation> v = new ArrayList<>(2);
    if (mesure.editorId().isPresent()) {
      v.add(Violation.de(CodeRegle.MESURE_VERROUILLEE_EDITEUR, ""));
    }
    if (acteur.synchronisationOcmi()) {
      v.add(Violation.de(CodeRegle.MESURE_VERROUILLEE_OCMI, ""));
    }
    return v;
  }

  /**
   * {@return vrai si la mesure est modifiable dans l'interface par cet acteur}
   *
   * @param mesure mesure que l'acteur veut modifier
   * @param acteur gestionnaire qui agit
   */
  public static boolean modifiable(Mesure mesure, ActeurGestionnaire acteur) {
    return verifier(mesure, acteur).isEmpty();
  }
}
