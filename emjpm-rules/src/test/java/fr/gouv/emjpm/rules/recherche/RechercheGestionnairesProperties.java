// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Propriétés de la liste du juge : périmètre (§10.4 corrigé), unicité, pagination. */
class RechercheGestionnairesProperties {

  static final List<CodeDepartement> DEPS =
      List.of("59", "62", "75").stream().map(CodeDepartement::of).toList();
  static final TribunalId T = TribunalId.of("T1");
  static final List<String> MOTS = List.of("Roubaix", "Lille", "Élodie", "MARTIN", "Service", "59100", "arras");

  static List<FicheGestionnaire> fiches(long graine, int n) {
    Random r = new Random(graine);
    List<FicheGestionnaire> res = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      FicheGestionnaire.Builder b =
          FicheGestionnaire.builder()
              .id(GestionnaireId.of(TypeGestionnaire.values()[r.nextInt(3)], i))
              .nom(MOTS.get(r.nextInt(MOTS.size())) + " " + MOTS.get(r.nextInt(MOTS.size())))
              .ville(MOTS.get(r.nextInt(MOTS.size())))
              .mesuresMax(r.nextInt(30))
              .suspendu(r.nextInt(4) == 0)
              .addDepartements(DEPS.get(r.nextInt(3)));
      if (r.nextInt(4) == 0) {
        b.addTribunauxPreferes(T);
      }
      res.add(b.build());
    }
    return res;
  }

  @Test
  void leTexteNeSortJamaisDuPerimetreDuTribunal() {
    qt().withExamples(200)
        .forAll(integers().all(), integers().between(0, 80), strings().basicLatinAlphabet().ofLengthBetween(0, 12), integers().between(0, 6))
        .checkAssert(
            (graine, n, libre, choix) -> {
              String texte = choix == 6 ? libre : MOTS.get(choix);
              List<FicheGestionnaire> f = fiches(graine, n);
              CritereRecherche c =
                  CritereRecherche.builder().tribunal(T).departementTribunal(DEPS.get(0)).texte(texte).taillePage(1000).build();
              PageRecherche p = RechercheGestionnaires.standard().rechercher(c, f, ComptageMesures.vide());
              assertThat(p.lignes())
                  .allSatisfy(l -> assertThat(l.fiche().estHabiliteDans(DEPS.get(0)) || l.fiche().prefere(T)).isTrue());
              assertThat(new HashSet<>(p.lignes().stream().map(LigneRecherche::id).toList())).hasSize(p.lignes().size());
              assertThat(p.lignes()).allSatisfy(l -> assertThat(l.pertinence()).isGreaterThan(0));
              assertThat(p.lignes()).allSatisfy(l -> {
                if (l.fiche().suspendu()) {
                  assertThat(l.disponibilite()).isZero();
                }
              });
            });
  }

  @Test
  void lesPagesPartitionnentLaListe() {
    qt().withExamples(100)
        .forAll(integers().all(), integers().between(0, 80), integers().between(1, 15))
        .checkAssert(
            (graine, n, taille) -> {
              List<FicheGestionnaire> f = fiches(graine, n);
              CritereRecherche.Builder base = CritereRecherche.builder().tribunal(T).departementTribunal(DEPS.get(0));
              List<LigneRecherche> toutes = RechercheGestionnaires.standard().lignes(base.build(), f, ComptageMesures.vide());
              List<LigneRecherche> concat = new ArrayList<>();
              int pages = Math.max(1, (toutes.size() + taille - 1) / taille);
              for (int p = 1; p <= pages; p++) {
                PageRecherche page = RechercheGestionnaires.standard()
                    .rechercher(CritereRecherche.builder().tribunal(T).departementTribunal(DEPS.get(0)).page(p).taillePage(taille).build(), f, ComptageMesures.vide());
                assertThat(page.total()).isEqualTo(toutes.size());
                concat.addAll(page.lignes());
              }
              assertThat(concat).isEqualTo(toutes);
            });
  }
}
