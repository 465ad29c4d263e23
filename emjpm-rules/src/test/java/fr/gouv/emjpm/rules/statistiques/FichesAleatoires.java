// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Jeux aléatoires (graine) de fiches et de comptages pour les propriétés. */
final class FichesAleatoires {

  static final List<CodeDepartement> DEPS =
      List.of("59", "62", "75", "2A", "974", "988").stream().map(CodeDepartement::of).toList();

  final List<FicheGestionnaire> fiches = new ArrayList<>();
  final ComptageMesures comptage;

  FichesAleatoires(long graine, int n) {
    Random r = new Random(graine);
    ComptageMesures.Builder c = ComptageMesures.builder();
    for (int i = 1; i <= n; i++) {
      TypeGestionnaire t = TypeGestionnaire.values()[r.nextInt(3)];
      GestionnaireId id = GestionnaireId.of(t, i);
      FicheGestionnaire.Builder b =
          FicheGestionnaire.builder()
              .id(id)
              .nom("G" + i)
              .mesuresMax(r.nextInt(4) == 0 ? 0 : r.nextInt(60))
              .suspendu(r.nextInt(3) == 0);
      int nd = r.nextInt(3);
      for (int j = 0; j < nd; j++) {
        b.addDepartements(DEPS.get(r.nextInt(DEPS.size())));
      }
      fiches.add(b.build());
      int ip = r.nextInt(50);
      int aw = r.nextInt(8);
      for (int j = 0; j < ip; j++) {
        c.enCours(id);
      }
      for (int j = 0; j < aw; j++) {
        c.enAttente(id);
      }
    }
    comptage = c.build();
  }
}
