// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.editeur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.testkit.Mesures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Filtre {@code ?status=} de l'API des logiciels métier contre un filtre écrit à la main. */
class ApiEditeurProperties {

  static final GestionnaireId G = GestionnaireId.service(1);
  static final GestionnaireId AUTRE = GestionnaireId.individuel(2);
  static final ApiEditeur API = fr.gouv.emjpm.rules.EmjpmEngine.parDefaut().apiEditeur();

  @Test
  void listerEstLeFiltreBruteForceDansLOrdreDeLEntree() {
    List<String> statuts = List.of("", "en_attente", "en_cours", "eteinte", "EN_COURS", "clos");
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 40), integers().between(0, 6))
        .checkAssert((graine, n, k) -> {
          SplittableRandom r = new SplittableRandom(graine);
          List<Mesure> ms = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ms.add(Mesures.generateur().gestionnaire(r.nextBoolean() ? G : AUTRE).generer(r));
          }
          Optional<String> status = k == 6 ? Optional.empty() : Optional.of(statuts.get(k));
          List<Mesure> attendu = new ArrayList<>();
          for (Mesure m : ms) {
            boolean garde = m.gestionnaire().equals(G)
                && (status.isEmpty() || status.get().isEmpty() || m.statut().code().equals(status.get()));
            if (garde) {
              attendu.add(m);
            }
          }
          var res = API.lister(ms, G, status);
          assertThat(res.estSucces()).isTrue();
          assertThat(res.valeurOuErreur()).containsExactlyElementsOf(attendu);
          boolean inconnu = status.filter(s -> !s.isEmpty() && StatutMesure.parCode(s).isEmpty()).isPresent();
          assertThat(res.violations()).hasSize(inconnu ? 1 : 0);
        });
  }
}
