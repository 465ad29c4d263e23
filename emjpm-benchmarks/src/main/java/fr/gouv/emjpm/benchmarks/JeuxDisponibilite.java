// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Jeux de données déterministes (graine fixe) pour les bancs de disponibilité et de proximité. */
final class JeuxDisponibilite {

  private JeuxDisponibilite() {}

  /** Départements métropolitains 01..95 (sans 20) plus 2A, 2B. */
  static List<CodeDepartement> departements() {
    List<CodeDepartement> res = new ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      if (i != 20) {
        res.add(CodeDepartement.of(String.format("%02d", i)));
      }
    }
    res.add(CodeDepartement.of("2A"));
    res.add(CodeDepartement.of("2B"));
    return res;
  }

  /** {@code n} gestionnaires répartis en métropole (5 % outre-mer), capacités et départements. */
  static List<FicheGestionnaire> gestionnaires(int n, long graine) {
    SplittableRandom r = new SplittableRandom(graine);
    List<CodeDepartement> deps = departements();
    List<FicheGestionnaire> res = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      TypeGestionnaire t = TypeGestionnaire.values()[r.nextInt(3)];
      Position p =
          r.nextInt(20) == 0
              ? Position.of(-21.3 + r.nextDouble(0.5), 55.2 + r.nextDouble(0.6))
              : Position.of(42.3 + r.nextDouble(8.8), -4.8 + r.nextDouble(13.0));
      FicheGestionnaire.Builder b =
          FicheGestionnaire.builder()
              .id(GestionnaireId.of(t, i))
              .nom("Gestionnaire " + i)
              .mesuresMax(r.nextInt(10) == 0 ? 0 : r.nextInt(120))
              .suspendu(r.nextInt(15) == 0)
              .position(p)
              .addDepartements(deps.get(r.nextInt(deps.size())));
      if (t == TypeGestionnaire.SERVICE && r.nextBoolean()) {
        b.addDepartements(deps.get(r.nextInt(deps.size())));
      }
      res.add(b.build());
    }
    return res;
  }

  /** Points de requête en métropole. */
  static Position[] points(int n, long graine) {
    SplittableRandom r = new SplittableRandom(graine);
    Position[] res = new Position[n];
    for (int i = 0; i < n; i++) {
      res[i] = Position.of(42.3 + r.nextDouble(8.8), -4.8 + r.nextDouble(13.0));
    }
    return res;
  }
}
