// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Compteurs;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Propriétés des indicateurs §4.4. */
class StatistiquesProperties {

  final Statistiques stats = Statistiques.standard();

  static Perimetre perimetre(int choix) {
    return switch (Math.floorMod(choix, 3)) {
      case 0 -> Perimetre.national();
      case 1 -> Perimetre.departement(FichesAleatoires.DEPS.get(Math.floorMod(choix, 6)));
      default -> Perimetre.region("32", FichesAleatoires.DEPS.subList(0, 2));
    };
  }

  @Test
  void chiffreGlobalEgalSaDefinition() {
    qt().withExamples(300)
        .forAll(integers().all(), integers().between(0, 60), integers().all())
        .checkAssert(
            (graine, n, choix) -> {
              FichesAleatoires j = new FichesAleatoires(graine, n);
              Perimetre p = perimetre(choix);
              // Définition littérale de l'original (§4.4), sur les lignes de capacité > 0 :
              // Σ(si non suspendu ou r < 0 alors max sinon ip + aw) − Σ ip − Σ aw.
              long a = 0;
              long sip = 0;
              long saw = 0;
              long over = 0;
              long real = 0;
              long inconnus = 0;
              for (FicheGestionnaire f : j.fiches) {
                if (!p.concerne(f)) {
                  continue;
                }
                Compteurs c = j.comptage.gestionnaire(f.id());
                long r = f.mesuresMax() - c.enCours() - c.enAttente();
                if (f.mesuresMax() <= 0) {
                  inconnus++;
                  continue;
                }
                a += (!f.suspendu() || r < 0) ? f.mesuresMax() : c.enCours() + c.enAttente();
                sip += c.enCours();
                saw += c.enAttente();
                over += r < 0 ? r : 0;
                real += (!f.suspendu() && r > 0) ? r : 0;
              }
              IndicateursDisponibilite i = stats.disponibilite(p, j.fiches, j.comptage);
              assertThat(i.disponibiliteTotale()).isEqualTo(a - sip - saw);
              assertThat(i.surcapacite()).isEqualTo(over).isLessThanOrEqualTo(0);
              assertThat(i.placesDisponibles()).isEqualTo(real).isGreaterThanOrEqualTo(0);
              assertThat(i.capaciteNonRenseignee()).isEqualTo(inconnus);
            });
  }

  @Test
  void unGestionnaireSuspenduNAjouteJamaisDePlaces() {
    qt().withExamples(300)
        .forAll(integers().all(), integers().between(1, 60), integers().all(), integers().all())
        .checkAssert(
            (graine, n, choix, qui) -> {
              FichesAleatoires j = new FichesAleatoires(graine, n);
              Perimetre p = perimetre(choix);
              int k = Math.floorMod(qui, j.fiches.size());
              List<FicheGestionnaire> suspendus = new ArrayList<>(j.fiches);
              suspendus.set(k, j.fiches.get(k).withSuspendu(true));
              List<FicheGestionnaire> sans = new ArrayList<>(j.fiches);
              sans.remove(k);
              IndicateursDisponibilite avec = stats.disponibilite(p, suspendus, j.comptage);
              IndicateursDisponibilite sansLui = stats.disponibilite(p, sans, j.comptage);
              IndicateursDisponibilite actif = stats.disponibilite(p, j.fiches, j.comptage);
              // Suspendu, il n'ajoute aucune place disponible, et la suspension n'en ajoute jamais.
              assertThat(avec.placesDisponibles()).isEqualTo(sansLui.placesDisponibles());
              assertThat(avec.placesDisponibles()).isLessThanOrEqualTo(actif.placesDisponibles());
              assertThat(avec.disponibiliteTotale()).isLessThanOrEqualTo(sansLui.disponibiliteTotale());
            });
  }

  @Test
  void chiffresParTypeSommentLesIndicateurs() {
    qt().withExamples(100)
        .forAll(integers().all(), integers().between(0, 60), integers().all())
        .checkAssert(
            (graine, n, choix) -> {
              FichesAleatoires j = new FichesAleatoires(graine, n);
              Perimetre p = perimetre(choix);
              IndicateursDisponibilite i = stats.disponibilite(p, j.fiches, j.comptage);
              List<ChiffresType> t = stats.parType(p, j.fiches, j.comptage);
              assertThat(t.stream().mapToLong(ChiffresType::gestionnaires).sum()).isEqualTo(i.gestionnaires());
              assertThat(t.stream().mapToLong(ChiffresType::mesuresEnCours).sum()).isEqualTo(i.mesuresEnCours());
              assertThat(t.stream().mapToLong(ChiffresType::disponibiliteActuelle).sum())
                  .isEqualTo(i.mesuresMax() - i.mesuresEnCours() - i.mesuresEnAttente());
            });
  }

  @Test
  void comptageVideDonneLaCapacite() {
    FichesAleatoires j = new FichesAleatoires(42, 30);
    IndicateursDisponibilite i = stats.disponibilite(Perimetre.national(), j.fiches, ComptageMesures.vide());
    assertThat(i.mesuresEnCours()).isZero();
    assertThat(i.surcapacite()).isZero();
  }
}
