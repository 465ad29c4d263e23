// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IndexProximiteTest {

  record Lieu(String nom, Optional<Position> position) {}

  static final List<Lieu> LIEUX =
      List.of(
          new Lieu("Lille", Optional.of(Position.of(50.6292, 3.0573))),
          new Lieu("Roubaix", Optional.of(Position.of(50.6942, 3.1746))),
          new Lieu("Paris", Optional.of(Position.of(48.8566, 2.3522))),
          new Lieu("SansPosition", Optional.empty()),
          new Lieu("Marseille", Optional.of(Position.of(43.2965, 5.3698))),
          new Lieu("Noumea", Optional.of(Position.of(-22.2758, 166.4580))),
          new Lieu("MataUtu", Optional.of(Position.of(-13.2825, -176.1745))));

  final IndexProximite<Lieu> index = IndexProximite.construire(LIEUX, Lieu::position);

  @Test
  void ignoreLesElementsSansPosition() {
    assertThat(index.taille()).isEqualTo(6);
  }

  @Test
  void plusProchesDeRoubaixTriesParDistance() {
    List<Voisin<Lieu>> v = index.plusProches(Position.of(50.69, 3.18), 3);
    assertThat(v).extracting(x -> x.element().nom()).containsExactly("Roubaix", "Lille", "Paris");
    assertThat(v.get(1).distanceKm()).isBetween(9.0, 13.0);
  }

  @Test
  void rayonDeTroisCentsKm() {
    assertThat(index.dansRayon(Position.of(50.69, 3.18), 300))
        .extracting(x -> x.element().nom())
        .containsExactly("Roubaix", "Lille", "Paris");
  }

  @Test
  void voisinDeLAutreCoteDeLAntimeridien() {
    List<Voisin<Lieu>> v = index.dansRayon(Position.of(-13.0, 179.9), 500);
    assertThat(v).extracting(x -> x.element().nom()).containsExactly("MataUtu");
  }

  @Test
  void filtreApplique() {
    assertThat(index.plusProches(Position.of(50.69, 3.18), 2, 1000, l -> !l.nom().startsWith("R")))
        .extracting(x -> x.element().nom())
        .containsExactly("Lille", "Paris");
  }

  @Test
  void argumentsInvalidesRefuses() {
    assertThatThrownBy(() -> index.dansRayon(Position.of(0, 0), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.plusProches(Position.of(0, 0), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(index.plusProches(Position.of(0, 0), 0)).isEmpty();
  }

  @Test
  void indexVide() {
    IndexProximite<Lieu> vide = IndexProximite.construire(List.of(), Lieu::position);
    assertThat(vide.plusProches(Position.of(0, 0), 5)).isEmpty();
    assertThat(vide.dansRayon(Position.of(0, 0), 5)).isEmpty();
  }

  @Test
  void requetesConcurrentesCoherentes() throws Exception {
    List<Voisin<Lieu>> attendu = index.plusProches(Position.of(45, 3), 4);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Voisin<Lieu>>>> f =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  64, () -> index.plusProches(Position.of(45, 3), 4)));
      for (Future<List<Voisin<Lieu>>> x : f) {
        assertThat(x.get()).isEqualTo(attendu);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
