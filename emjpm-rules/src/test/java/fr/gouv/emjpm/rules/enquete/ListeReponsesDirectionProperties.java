// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Liste des réponses des directions contre un filtre et un ordre écrits à la main. */
class ListeReponsesDirectionProperties {

  static final List<CodeDepartement> DEPS = List.of("59", "62", "974").stream().map(CodeDepartement::of).toList();

  static List<LigneReponseEnquete> reponses(long graine, int n) {
    SplittableRandom r = new SplittableRandom(graine);
    List<LigneReponseEnquete> res = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      StatutReponse s = StatutReponse.values()[r.nextInt(3)];
      Instant cree = Instant.ofEpochSecond(1_600_000_000L + r.nextInt(1000) * 3600L);
      Optional<Instant> soumis = s == StatutReponse.BROUILLON ? Optional.empty()
          : Optional.of(cree.plusSeconds(r.nextInt(100) * 3600L));
      res.add(new LigneReponseEnquete(i, TypeEnquete.values()[r.nextInt(3)], s,
          r.nextInt(5) == 0 ? Optional.empty() : Optional.of(DEPS.get(r.nextInt(3))), cree, soumis,
          r.nextBoolean() ? Optional.of(cree) : Optional.empty(), "R" + i, Optional.empty()));
    }
    return res;
  }

  @Test
  void filtreEtOrdreCommeLaForceBrute() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 50), longs().all())
        .checkAssert((graine, n, choix) -> {
          List<LigneReponseEnquete> rs = reponses(graine, n);
          SplittableRandom r = new SplittableRandom(choix);
          Optional<CodeDepartement> dep = r.nextBoolean() ? Optional.empty() : Optional.of(DEPS.get(r.nextInt(3)));
          Optional<TypeEnquete> type = r.nextBoolean() ? Optional.empty() : Optional.of(TypeEnquete.values()[r.nextInt(3)]);
          Optional<StatutReponse> statut =
              r.nextBoolean() ? Optional.empty() : Optional.of(StatutReponse.values()[r.nextInt(3)]);
          List<LigneReponseEnquete> attendu = new ArrayList<>();
          for (LigneReponseEnquete x : rs) {
            if ((dep.isEmpty() || x.departement().equals(dep)) && (type.isEmpty() || type.get() == x.type())
                && (statut.isEmpty() || statut.get() == x.statut())) {
              attendu.add(x);
            }
          }
          List<LigneReponseEnquete> obtenu =
              ListeReponsesDirection.lignes(rs, new ListeReponsesDirection.Filtres(dep, type, statut));
          assertThat(obtenu).containsExactlyInAnyOrderElementsOf(attendu);
          for (int i = 1; i < obtenu.size(); i++) {
            LigneReponseEnquete a = obtenu.get(i - 1);
            LigneReponseEnquete b = obtenu.get(i);
            // non envoyées d'abord ; entre envoyées, envoi décroissant ; à égalité, création décroissante
            long ea = a.soumisLe().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
            long eb = b.soumisLe().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
            assertThat(ea).isGreaterThanOrEqualTo(eb);
            if (ea == eb) {
              assertThat(a.creeLe()).isAfterOrEqualTo(b.creeLe());
            }
          }
        });
  }
}
