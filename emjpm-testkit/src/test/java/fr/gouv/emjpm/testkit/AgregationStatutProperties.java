// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.domain.enquete.StatutSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Propriétés de l'agrégation des statuts d'enquête (enquete.md §5.3). */
class AgregationStatutProperties {

  static final Gen<List<StatutSection>> LISTES =
      lists().of(integers().between(0, 3).map(i -> StatutSection.values()[i])).ofSizeBetween(1, 12);

  /** Définition littérale de §5.3, écrite indépendamment de l'implémentation. */
  static StatutSection definition(List<StatutSection> parties) {
    boolean invalide = false;
    boolean partiel = false;
    boolean vide = false;
    boolean valide = false;
    for (StatutSection s : parties) {
      invalide |= s == StatutSection.INVALIDE;
      partiel |= s == StatutSection.PARTIEL;
      vide |= s == StatutSection.VIDE;
      valide |= s == StatutSection.VALIDE;
    }
    if (invalide) {
      return StatutSection.INVALIDE;
    }
    if (partiel) {
      return StatutSection.PARTIEL;
    }
    if (vide) {
      return valide ? StatutSection.PARTIEL : StatutSection.VIDE;
    }
    return StatutSection.VALIDE;
  }

  @Test
  void lAgregationNeDependPasDeLOrdreEtInvalideDomine() {
    qt().withExamples(500).forAll(LISTES, integers().all()).checkAssert((parties, graine) -> {
      StatutSection attendu = StatutSection.agreger(parties);
      List<StatutSection> melangees = new ArrayList<>(parties);
      Collections.shuffle(melangees, new Random(graine));
      assertThat(StatutSection.agreger(melangees)).isEqualTo(attendu);
      assertThat(attendu).isEqualTo(definition(parties));
      List<StatutSection> avecInvalide = new ArrayList<>(parties);
      avecInvalide.add(Math.floorMod(graine, avecInvalide.size() + 1), StatutSection.INVALIDE);
      assertThat(StatutSection.agreger(avecInvalide)).isEqualTo(StatutSection.INVALIDE);
    });
  }
}
