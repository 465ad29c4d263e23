// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.disponibilite.Compteurs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Liste des mandataires des directions contre un filtre et un classement écrits à la main. */
class ListeMandatairesDirectionProperties {

  static final Statistiques STATS = EmjpmEngine.parDefaut().statistiques();

  @Test
  void laListeEstLeFiltreBruteForceClasseeEtPaginee() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 60), integers().between(0, 3), booleans().all())
        .checkAssert((graine, n, choix, decroissant) -> {
          FichesAleatoires f = new FichesAleatoires(graine, n);
          Optional<TypeGestionnaire> type = choix == 3 ? Optional.empty() : Optional.of(TypeGestionnaire.values()[choix]);
          Perimetre perimetre = graine % 3 == 0 ? Perimetre.national()
              : Perimetre.departement(FichesAleatoires.DEPS.get((int) Math.floorMod(graine, 6L)));
          List<FicheGestionnaire> attendu = new ArrayList<>();
          for (FicheGestionnaire x : f.fiches) {
            boolean dans = perimetre.niveau() == Perimetre.Niveau.NATIONAL
                || x.departements().stream().anyMatch(perimetre.departements()::contains);
            if (dans && (type.isEmpty() || type.get() == x.type())) {
              attendu.add(x);
            }
          }
          List<LigneMandataireDirection> toutes =
              ListeMandatairesDirection.lignes(perimetre, f.fiches, f.comptage, type, decroissant);
          assertThat(toutes).extracting(LigneMandataireDirection::fiche).containsExactlyInAnyOrderElementsOf(attendu);
          for (int k = 1; k < toutes.size(); k++) {
            int a = restante(toutes.get(k - 1).fiche(), f.comptage);
            int b = restante(toutes.get(k).fiche(), f.comptage);
            assertThat(decroissant ? a >= b : a <= b).isTrue();
          }
          List<LigneMandataireDirection> recollees = new ArrayList<>();
          PageMandatairesDirection p1 = STATS.mandataires(perimetre, f.fiches, f.comptage, type, decroissant, 1, 7);
          for (int page = 1; page <= p1.nombrePages(); page++) {
            recollees.addAll(STATS.mandataires(perimetre, f.fiches, f.comptage, type, decroissant, page, 7).lignes());
          }
          assertThat(recollees).isEqualTo(toutes);
        });
  }

  /** Capacité restante brute écrite à la main : capacité − en cours − en attente. */
  static int restante(FicheGestionnaire f, ComptageMesures c) {
    Compteurs k = c.gestionnaire(f.id());
    return f.mesuresMax() - k.enCours() - k.enAttente();
  }
}
