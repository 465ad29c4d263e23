// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Gardes communes aux opérations : statut attendu, propriétaire, verrous. */
final class Gardes {
  private Gardes() {}

  static List<Violation> statut(Mesure m, Operation op, StatutMesure... permis) {
    if (Arrays.asList(permis).contains(m.statut())) {
      return List.of();
    }
    return List.of(interdite(m, op));
  }

  static Violation interdite(Mesure m, Operation op) {
    return Violation.de(
        CodeRegle.TRANSITION_INTERDITE,
        "/statut",
        Map.of("operation", op.libelle(), "statut", m.statut().libelle()));
  }

  static List<Violation> proprietaire(Mesure m, ActeurGestionnaire a) {
    return m.gestionnaire().equals(a.id())
        ? List.of()
        : List.of(Violation.de(CodeRegle.MESURE_AUTRE_GESTIONNAIRE, "/gestionnaire"));
  }

  /** Propriétaire, statut et verrous d'une opération de gestionnaire qui modifie la mesure. */
  static List<Violation> ecriture(Mesure m, ActeurGestionnaire a, Operation op, StatutMesure... permis) {
    List<Violation> v = new ArrayList<>(proprietaire(m, a));
    if (v.isEmpty()) {
      v.addAll(statut(m, op, permis));
      v.addAll(Verrous.verifier(m, a));
    }
    return v;
  }
}
