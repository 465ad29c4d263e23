// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.testkit.MesureFixtures;
import fr.gouv.emjpm.testkit.Mesures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreRemplissageEnqueteTest {
  private static final String ACT = "enquete_reponses_activite";
  private static final String POP = "enquete_reponses_populations";
  private static final LocalDate J1 = LocalDate.of(2020, 1, 1);
  private static final LocalDate D31 = LocalDate.of(2020, 12, 31);

  private static long entier(ReponseEnquete r, String table, String cle) {
    ValeurReponse v = r.valeur(table, cle).orElseThrow(() -> new AssertionError("absent : " + cle));
    return ((ValeurReponse.Entier) v).valeur();
  }

  private static ReponseEnquete preRemplir(TypeEnquete type, List<Mesure> ms) {
    return PreRemplissageEnquete.preRemplir(type, 2021, ms, Optional.empty(), BaremesRevenus.originaux())
        .valeur().orElseThrow();
  }

  // --- recalcul indépendant (dates comparées à la main, sans PeriodeActivite) ---
  private static boolean compte(Mesure m) {
    return m.statut() != StatutMesure.EN_ATTENTE && m.dateNomination().isPresent();
  }

  private static boolean debut(Mesure m) {
    LocalDate n = m.dateNomination().get();
    return n.compareTo(J1) < 0 && (m.dateFinMesure().isEmpty() || m.dateFinMesure().get().compareTo(J1) >= 0);
  }

  private static boolean fin(Mesure m) {
    LocalDate n = m.dateNomination().get();
    return n.compareTo(D31) <= 0 && (m.dateFinMesure().isEmpty() || m.dateFinMesure().get().compareTo(D31) > 0);
  }

  private static boolean nouvelle(Mesure m) {
    return m.dateNomination().get().getYear() == 2020;
  }

  private static boolean sortie(Mesure m) {
    return m.dateFinMesure().map(f -> f.getYear() == 2020).orElse(false);
  }

  private static long nb(List<Mesure> ms, Predicate<Mesure> p) {
    return ms.stream().filter(PreRemplissageEnqueteTest::compte).filter(p).count();
  }

  private static List<Mesure> generees(long graine) {
    return Mesures.generateur().typeGestionnaire(TypeGestionnaire.PREPOSE)
        .datesEntre(LocalDate.of(2008, 1, 1), LocalDate.of(2023, 12, 31)).ressourcesAuPlus(4).liste(graine, 400);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void stocksEtFluxRecalculesIndependamment(long graine) {
    List<Mesure> ms = generees(graine);
    ReponseEnquete r = preRemplir(TypeEnquete.PREPOSE, ms);
    Predicate<Mesure> tutelleEtab = m -> m.nature() == NatureMesure.TUTELLE
        && m.champ().map(c -> c == ChampMesure.PROTECTION_BIEN_PERSONNE).orElse(true)
        && (m.lieuVie().equals(Optional.of(LieuVie.ETABLISSEMENT))
            || m.lieuVie().equals(Optional.of(LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE)));
    assertThat(entier(r, ACT, "tutelle_etablissement_debut_annee")).isEqualTo(nb(ms, tutelleEtab.and(PreRemplissageEnqueteTest::debut)));
    assertThat(entier(r, ACT, "tutelle_etablissement_fin_annee")).isEqualTo(nb(ms, tutelleEtab.and(PreRemplissageEnqueteTest::fin)));
    assertThat(entier(r, ACT, "tutelle_etablissement_mesures_nouvelles")).isEqualTo(nb(ms, tutelleEtab.and(PreRemplissageEnqueteTest::nouvelle)));
    assertThat(entier(r, ACT, "tutelle_etablissement_sortie_mesures")).isEqualTo(nb(ms, tutelleEtab.and(PreRemplissageEnqueteTest::sortie)));

    Predicate<Mesure> biensDomicile = m -> m.champ().equals(Optional.of(ChampMesure.PROTECTION_BIEN))
        && (m.nature() == NatureMesure.TUTELLE || m.nature() == NatureMesure.CURATELLE_SIMPLE
            || m.nature() == NatureMesure.CURATELLE_RENFORCEE)
        && (m.lieuVie().equals(Optional.of(LieuVie.DOMICILE)) || m.lieuVie().equals(Optional.of(LieuVie.SDF)));
    assertThat(entier(r, ACT, "curatelle_biens_domicile_fin_annee")).isEqualTo(nb(ms, biensDomicile.and(PreRemplissageEnqueteTest::fin)));
    assertThat(nb(ms, biensDomicile.and(PreRemplissageEnqueteTest::fin)) + nb(ms, m -> m.champ().equals(Optional.of(ChampMesure.PROTECTION_PERSONNE)) && fin(m)))
        .as("les lignes biens/personne ne sont plus toujours nulles").isPositive();

    Predicate<Mesure> subroge = m -> m.nature() == NatureMesure.SUBROGE_CURATEUR || m.nature() == NatureMesure.SUBROGE_TUTEUR;
    assertThat(entier(r, ACT, "subroge_tuteur_createur_fin_annee")).isEqualTo(nb(ms, subroge.and(PreRemplissageEnqueteTest::fin)));
    assertThat(entier(r, ACT, "sorties_deces")).isEqualTo(nb(ms, m -> sortie(m) && m.causeSortie().equals(Optional.of(CauseSortie.DECES))));

    // identité début + nouvelles − sorties = fin sur chaque ligne
    for (String ligne : List.of("curatelle_renforcee_etablissement", "curatelle_simple_domicile", "tutelle_domicile",
        "accompagnement_judiciaire_etablissement", "curatelle_personne_etablissement", "sauvegarde_justice", "mandat_adhoc_majeur")) {
      assertThat(entier(r, ACT, ligne + "_debut_annee") + entier(r, ACT, ligne + "_mesures_nouvelles")
          - entier(r, ACT, ligne + "_sortie_mesures")).as(ligne).isEqualTo(entier(r, ACT, ligne + "_fin_annee"));
    }
    assertThat(r.table(ACT)).hasSize(68);
    assertThat(entier(r, "enquete_reponses_modalites_exercice", "total_mesures_etablissements")).isEqualTo(nb(ms, PreRemplissageEnqueteTest::fin));
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 11})
  void populationsAgesCategoriesEtRevenus(long graine) {
    List<Mesure> ms = generees(graine);
    ReponseEnquete r = preRemplir(TypeEnquete.PREPOSE, ms);
    // âges (Y − année de naissance), tutelle, femmes
    int[] bornes = {25, 40, 60, 75};
    String[] bandes = {"inf_25_ans", "25_39_ans", "40_59_ans", "60_74_ans", "sup_75_ans"};
    long total = 0;
    for (int b = 0; b < bandes.length; b++) {
      int bas = b == 0 ? Integer.MIN_VALUE : bornes[b - 1];
      int haut = b == bornes.length ? Integer.MAX_VALUE : bornes[b];
      long attendu = nb(ms, m -> fin(m) && m.nature() == NatureMesure.TUTELLE && m.civilite().equals(Optional.of(Civilite.MADAME))
          && m.anneeNaissance().map(a -> 2020 - a >= bas && 2020 - a < haut).orElse(false));
      assertThat(entier(r, POP, "tutelle_age_" + bandes[b] + "_femme")).as(bandes[b]).isEqualTo(attendu);
      total += attendu;
    }
    assertThat(total).isPositive();
    // catégories : chaque mesure d'établissement comptée une seule fois (pas de double compte handicap)
    String[] cats = {"etablissement_personne_handicapee", "autre_etablissement_personne_agee", "chrs",
        "service_hospitalier_soins_longue_duree", "service_psychiatrique", "autre_service"};
    long somme = 0;
    for (String c : cats) {
      somme += entier(r, POP, "curatelle_" + c);
    }
    assertThat(somme).isEqualTo(nb(ms, m -> fin(m) && m.typeEtablissement().isPresent()
        && (m.nature() == NatureMesure.CURATELLE_SIMPLE || m.nature() == NatureMesure.CURATELLE_RENFORCEE)));
    assertThat(entier(r, POP, "curatelle_etablissement_personne_handicapee")).isEqualTo(nb(ms, m -> fin(m)
        && m.typeEtablissement().equals(Optional.of(TypeEtablissement.ETABLISSEMENT_HANDICAPES))
        && (m.nature() == NatureMesure.CURATELLE_SIMPLE || m.nature() == NatureMesure.CURATELLE_RENFORCEE)));
    assertThat(r.valeur(POP, "curatelle_service_personne_handicapee")).isEmpty();
    // revenus : une tranche par personne, barème AAH/SMIC de 2020
    BigDecimal smicAn = new BigDecimal("1539.42").multiply(BigDecimal.valueOf(12));
    BigDecimal[] hauts = {new BigDecimal("10832.40"), smicAn, smicAn.multiply(new BigDecimal("1.2")),
        smicAn.multiply(new BigDecimal("1.4")), smicAn.multiply(new BigDecimal("1.6")), smicAn.multiply(new BigDecimal("1.8")),
        smicAn.multiply(BigDecimal.valueOf(2)), smicAn.multiply(new BigDecimal("2.5")), smicAn.multiply(BigDecimal.valueOf(4)),
        smicAn.multiply(BigDecimal.valueOf(6))};
    long[] attendu = new long[11];
    for (Mesure m : ms) {
      if (compte(m) && fin(m) && m.nature() == NatureMesure.TUTELLE) {
        Optional<Ressource> res = m.ressources().stream().filter(x -> x.annee() <= 2020)
            .reduce((a, b) -> a.annee() >= b.annee() ? a : b);
        if (res.isPresent()) {
          int t = 10;
          for (int i = 9; i >= 0; i--) {
            if (res.get().niveauRessource().compareTo(hauts[i].setScale(2, java.math.RoundingMode.HALF_UP)) <= 0) {
              t = i;
            }
          }
          attendu[t]++;
        }
      }
    }
    for (int i = 0; i < 11; i++) {
      assertThat(entier(r, "enquete_reponses_prepose_prestations_sociales", "tutelle.tranche" + (i + 1)))
          .as("tranche " + (i + 1)).isEqualTo(attendu[i]);
    }
  }

  @Test
  void casConstruitsALaMain() {
    Mesure base = MesureFixtures.tutelleEnCours().withLieuVie(LieuVie.ETABLISSEMENT);
    Mesure avant = base.withDateNomination(LocalDate.of(2019, 5, 1));
    Mesure ouverteEtFermee = base.withDateNomination(LocalDate.of(2020, 3, 1))
        .withStatut(StatutMesure.ETEINTE).withDateFinMesure(LocalDate.of(2020, 6, 30))
        .withCauseSortie(CauseSortie.MAINLEVEE);
    Mesure fermeeLe1erJanvier = base.withDateNomination(LocalDate.of(2015, 1, 1))
        .withStatut(StatutMesure.ETEINTE).withDateFinMesure(J1).withCauseSortie(CauseSortie.DECES);
    Mesure biens = base.withNature(NatureMesure.CURATELLE_RENFORCEE).withChamp(ChampMesure.PROTECTION_BIEN)
        .withLieuVie(LieuVie.DOMICILE).withDateNomination(LocalDate.of(2018, 2, 2));
    Mesure enAttente = base.withStatut(StatutMesure.EN_ATTENTE).withDateNomination(LocalDate.of(2020, 2, 2));
    ReponseEnquete r = preRemplir(TypeEnquete.INDIVIDUEL, List.of(avant, ouverteEtFermee, fermeeLe1erJanvier, biens, enAttente));
    assertThat(entier(r, ACT, "tutelle_etablissement_debut_annee")).isEqualTo(2); // avant + fermée le 1er janvier
    assertThat(entier(r, ACT, "tutelle_etablissement_mesures_nouvelles")).isEqualTo(1);
    assertThat(entier(r, ACT, "tutelle_etablissement_sortie_mesures")).isEqualTo(2);
    assertThat(entier(r, ACT, "tutelle_etablissement_fin_annee")).isEqualTo(1);
    assertThat(entier(r, ACT, "curatelle_renforcee_domicile_fin_annee")).isZero();
    assertThat(entier(r, ACT, "curatelle_biens_domicile_debut_annee")).isEqualTo(1);
    assertThat(entier(r, ACT, "curatelle_biens_domicile_fin_annee")).isEqualTo(1);
    assertThat(entier(r, ACT, "sorties_main_levee")).isEqualTo(1);
    assertThat(entier(r, ACT, "sorties_deces")).isEqualTo(1);
    assertThat(entier(r, ACT, "revisions_masp")).isZero();
    // Madame née en 1942 : 78 ans en 2020 → plus de 75 ans
    assertThat(entier(r, POP, "tutelle_age_sup_75_ans_femme")).isEqualTo(1);
    assertThat(entier(r, POP, "curatelle_age_sup_75_ans_femme")).isEqualTo(1);
    assertThat(entier(r, POP, "tutelle_age_60_74_ans_femme")).isZero();
  }

  @Test
  void baremeManquantPourUnPrepose() {
    Resultat<ReponseEnquete> r = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2023, List.of(),
        Optional.empty(), BaremesRevenus.originaux());
    assertThat(r.violations()).extracting(v -> v.code()).containsExactly("ENQUETE_BAREME_MANQUANT");
    assertThat(PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2023, List.of(), Optional.empty(),
        BaremesRevenus.originaux().avec(2022, new BigDecimal("11000"), new BigDecimal("1600"))).valeur()).isPresent();
    assertThat(PreRemplissageEnquete.preRemplir(TypeEnquete.INDIVIDUEL, 2023, List.of(), Optional.empty(),
        BaremesRevenus.vide()).valeur()).isPresent();
  }

  @Test
  void repriseDeLAnneePrecedente() {
    ReponseEnquete prec = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec("enquete_reponses_prepose_personel_formation", "nb_preposes_mjpm", ValeurReponse.entier(4))
        .avec("enquete_reponses_modalites_exercice", "personnalite_juridique_etablissement", ValeurReponse.texte("ccas"))
        .avec("enquete_reponses_modalites_exercice", "departement", ValeurReponse.texte("Nord"))
        .avec("enquete_reponses_activite", "tutelle_domicile_fin_annee", ValeurReponse.entier(99));
    ReponseEnquete r = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2021, List.of(), Optional.of(prec),
        BaremesRevenus.originaux()).valeur().orElseThrow();
    assertThat(r.valeur("enquete_reponses_prepose_personel_formation", "nb_preposes_mjpm")).contains(ValeurReponse.entier(4));
    assertThat(r.valeur("enquete_reponses_modalites_exercice", "personnalite_juridique_etablissement")).contains(ValeurReponse.texte("ccas"));
    assertThat(r.valeur("enquete_reponses_modalites_exercice", "departement")).isEmpty();
    assertThat(r.valeur(ACT, "tutelle_domicile_fin_annee")).contains(ValeurReponse.entier(0));
    // réponse précédente d'un autre type : ignorée
    ReponseEnquete autre = ReponseEnquete.vide(TypeEnquete.SERVICE)
        .avec("enquete_reponses_service_personnel_formation", "nb_delegues", ValeurReponse.entier(3));
    ReponseEnquete r2 = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2021, List.of(), Optional.of(autre),
        BaremesRevenus.originaux()).valeur().orElseThrow();
    assertThat(r2.tables()).doesNotContainKey("enquete_reponses_service_personnel_formation");
    assertThat(Map.copyOf(r2.table("enquete_reponses_prepose_personel_formation"))).isEmpty();
  }
}
