// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.testkit.Mesures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Propriétés des listes de mesures contre un filtre écrit à la main, mesure par mesure (force
 * brute) : mêmes mesures retenues, ordre conforme à la clé du tri, pages qui partitionnent la liste.
 */
class ListesMesuresProperties {

  static final TribunalId T = TribunalId.of("T1");
  static final TribunalId AUTRE = TribunalId.of("T2");
  static final GestionnaireId S = GestionnaireId.service(3);
  static final GestionnaireId AUTRE_G = GestionnaireId.service(4);
  static final ListesMesures LISTES = EmjpmEngine.parDefaut().listesMesures();

  /** Mesures aléatoires du testkit, réparties sur deux tribunaux et deux gestionnaires. */
  static List<Mesure> mesures(long graine, int n) {
    SplittableRandom r = new SplittableRandom(graine);
    List<Mesure> res = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GestionnaireId g = r.nextInt(4) == 0 ? AUTRE_G : S;
      Mesure m = Mesures.generateur().tribunal(r.nextInt(4) == 0 ? AUTRE : T).gestionnaire(g).generer(r);
      if (r.nextInt(5) == 0) {
        m = m.withDateNomination(Optional.empty());
      }
      if (r.nextInt(5) == 0) {
        m = m.withAnneeNaissance(Optional.empty());
      }
      if (r.nextInt(6) == 0) {
        m = m.withCreeLe(Optional.empty());
      }
      res.add(m);
    }
    return res;
  }

  static <T> Optional<T> parmi(SplittableRandom r, T[] valeurs) {
    int i = r.nextInt(valeurs.length + 1);
    return i == valeurs.length ? Optional.empty() : Optional.of(valeurs[i]);
  }

  @Test
  void laListeDuJugeEstLeFiltreBruteForceDansLOrdreStatutPuisCreation() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 60), longs().all())
        .checkAssert((graine, n, choix) -> {
          List<Mesure> ms = mesures(graine, n);
          SplittableRandom r = new SplittableRandom(choix);
          Optional<NatureMesure> nature = parmi(r, NatureMesure.values());
          Optional<StatutMesure> statut = parmi(r, StatutMesure.values());
          Optional<String> cabinet = r.nextBoolean() ? Optional.empty() : Optional.of(List.of("cabinet", "CAB", "3", "Cabinet 5").get(r.nextInt(4)));
          CritereMesuresJuge c = new CritereMesuresJuge(T, nature, statut, cabinet, Optional.empty(), 1, 1000);
          List<Mesure> attendu = new ArrayList<>();
          for (Mesure m : ms) {
            boolean ok = m.tribunal().equals(T)
                && (nature.isEmpty() || nature.get() == m.nature())
                && (statut.isEmpty() || statut.get() == m.statut())
                && (cabinet.isEmpty() || m.cabinet().map(x -> x.toLowerCase(Locale.ROOT)
                    .contains(cabinet.get().toLowerCase(Locale.ROOT))).orElse(false));
            if (ok) {
              attendu.add(m);
            }
          }
          List<Mesure> obtenu = LISTES.lignesJuge(c, ms).stream().map(LigneMesure::mesure).toList();
          assertThat(obtenu).containsExactlyInAnyOrderElementsOf(attendu);
          for (int i = 1; i < obtenu.size(); i++) {
            Mesure a = obtenu.get(i - 1);
            Mesure b = obtenu.get(i);
            int parStatut = a.statut().code().compareTo(b.statut().code());
            assertThat(parStatut).isLessThanOrEqualTo(0);
            if (parStatut == 0 && b.creeLe().isPresent()) {
              // création décroissante, sans date en premier
              assertThat(a.creeLe().map(x -> !x.isBefore(b.creeLe().get())).orElse(true)).isTrue();
            }
          }
        });
  }

  @Test
  void laListeDuGestionnaireEstLeFiltreBruteForceTrieeSelonLaCle() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 60), longs().all())
        .checkAssert((graine, n, choix) -> {
          List<Mesure> ms = mesures(graine, n);
          SplittableRandom r = new SplittableRandom(choix);
          Optional<NatureMesure> nature = parmi(r, NatureMesure.values());
          Optional<StatutMesure> statut = parmi(r, new StatutMesure[] {StatutMesure.EN_COURS, StatutMesure.ETEINTE});
          int a = r.nextInt(4);
          FiltreAntenne antenne = a == 0 ? FiltreAntenne.toutes() : a == 1 ? FiltreAntenne.sansAntenne()
              : FiltreAntenne.une(ms.stream().flatMap(m -> m.antenneId().stream()).findFirst().orElse(1L));
          TriMesuresGestionnaire tri = TriMesuresGestionnaire.values()[r.nextInt(5)];
          CritereMesuresGestionnaire c =
              new CritereMesuresGestionnaire(S, statut, nature, antenne, Optional.empty(), tri, 1, 1000);
          List<Mesure> attendu = new ArrayList<>();
          List<Mesure> enAttente = new ArrayList<>();
          for (Mesure m : ms) {
            if (!m.gestionnaire().equals(S)) {
              continue;
            }
            if (m.statut() == StatutMesure.EN_ATTENTE) {
              enAttente.add(m);
              continue;
            }
            boolean ok = (nature.isEmpty() || nature.get() == m.nature())
                && (statut.isEmpty() || statut.get() == m.statut())
                && (a == 0 || (a == 1 ? m.antenneId().isEmpty()
                    : m.antenneId().equals(Optional.of(((FiltreAntenne.Une) antenne).id()))));
            if (ok) {
              attendu.add(m);
            }
          }
          ListeGestionnaire l = LISTES.gestionnaire(c, ms);
          List<Mesure> obtenu = l.page().lignes().stream().map(LigneMesure::mesure).toList();
          assertThat(obtenu).containsExactlyInAnyOrderElementsOf(attendu);
          assertThat(l.enAttente()).containsExactlyInAnyOrderElementsOf(enAttente);
          for (int i = 1; i < obtenu.size(); i++) {
            assertThat(rang(tri, obtenu.get(i - 1))).isLessThanOrEqualTo(rang(tri, obtenu.get(i)));
          }
        });
  }

  /** Clé de tri écrite à la main : rang numérique croissant, absences placées comme PostgreSQL. */
  static long rang(TriMesuresGestionnaire tri, Mesure m) {
    long nomination = m.dateNomination().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long annee = m.anneeNaissance().map(Integer::longValue).orElse(Long.MIN_VALUE);
    return switch (tri) {
      case AUCUN, NOMINATION_DECROISSANTE -> nomination == Long.MIN_VALUE ? Long.MIN_VALUE : -nomination;
      case NOMINATION_CROISSANTE -> nomination == Long.MIN_VALUE ? Long.MAX_VALUE : nomination;
      case AGE_CROISSANT -> annee == Long.MIN_VALUE ? Long.MIN_VALUE : -annee;
      case AGE_DECROISSANT -> annee == Long.MIN_VALUE ? Long.MAX_VALUE : annee;
    };
  }

  @Test
  void leTexteNeRetientQueDesMesuresDuFiltreEtTrouveToujoursUnRgExact() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 40), integers().between(0, 39))
        .checkAssert((graine, n, k) -> {
          List<Mesure> ms = mesures(graine, n);
          Mesure cible = ms.get(k % ms.size());
          String rg = cible.numeroRg().valeur().toLowerCase(Locale.ROOT);
          CritereMesuresJuge c = CritereMesuresJuge.du(cible.tribunal()).avecTexte(rg).avecPage(1, 1000);
          List<LigneMesure> l = LISTES.lignesJuge(c, ms);
          assertThat(l).extracting(LigneMesure::mesure).contains(cible);
          assertThat(l).allSatisfy(x -> assertThat(x.mesure().tribunal()).isEqualTo(cible.tribunal()));
          assertThat(l.get(0).pertinence()).isGreaterThanOrEqualTo(1.0);
          for (int i = 1; i < l.size(); i++) {
            assertThat(l.get(i - 1).pertinence()).isGreaterThanOrEqualTo(l.get(i).pertinence());
          }
          // casse et accents ignorés : même résultat en majuscules
          assertThat(LISTES.lignesJuge(c.avecTexte(rg.toUpperCase(Locale.ROOT)), ms)).isEqualTo(l);
        });
  }

  @Test
  void lesPagesPartitionnentLaListe() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 70), integers().between(1, 25))
        .checkAssert((graine, n, taille) -> {
          List<Mesure> ms = mesures(graine, n);
          List<LigneMesure> toutes = LISTES.lignesJuge(CritereMesuresJuge.du(T), ms);
          List<LigneMesure> recollees = new ArrayList<>();
          int pages = LISTES.juge(CritereMesuresJuge.du(T).avecPage(1, taille), ms).nombrePages();
          for (int p = 1; p <= pages + 1; p++) {
            PageMesures page = LISTES.juge(CritereMesuresJuge.du(T).avecPage(p, taille), ms);
            assertThat(page.lignes().size()).isLessThanOrEqualTo(taille);
            recollees.addAll(page.lignes());
          }
          assertThat(recollees).isEqualTo(toutes);
        });
  }

  @Test
  void leTableauDeBordCompteLesMesuresEnCoursParNature() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 60), integers().between(0, 100))
        .checkAssert((graine, n, souhaitees) -> {
          List<Mesure> ms = mesures(graine, n);
          TableauDeBordGestionnaire t = LISTES.tableauDeBord(S, souhaitees, ms);
          for (NatureMesure nature : NatureMesure.values()) {
            long attendu = ms.stream()
                .filter(m -> m.gestionnaire().equals(S) && m.statut() == StatutMesure.EN_COURS && m.nature() == nature)
                .count();
            assertThat(t.enCoursParNature().getOrDefault(nature, 0L)).isEqualTo(attendu);
          }
          assertThat(t.enCoursParNature().values()).doesNotContain(0L);
          assertThat(t.enCoursParNature().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(t.enCours());
          assertThat(t.pastille()).isEqualTo(t.enCours() + " / " + souhaitees);
          List<NatureMesure> ordre = new ArrayList<>(t.enCoursParNature().keySet());
          assertThat(ordre).isSortedAccordingTo(Comparator.naturalOrder());
        });
  }


  @Test
  void leTexteDuGestionnaireRestreintLaListeSansTexteEtIgnoreCasseEtAccents() {
    List<String> mots = List.of("paris", "PARÍS", "59", "1950", "d1", "lyon", "ÉVRY", "x");
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 50), integers().between(0, 7))
        .checkAssert((graine, n, k) -> {
          List<Mesure> ms = mesures(graine, n);
          String mot = mots.get(k);
          CritereMesuresGestionnaire sans = CritereMesuresGestionnaire.du(S).avecPage(1, 1000);
          List<Mesure> tout = LISTES.lignesGestionnaire(sans, ms).stream().map(LigneMesure::mesure).toList();
          List<LigneMesure> avec = LISTES.lignesGestionnaire(sans.avecTexte(mot), ms);
          assertThat(tout).containsAll(avec.stream().map(LigneMesure::mesure).toList());
          String autre = mot.equals(mot.toLowerCase(Locale.ROOT)) ? mot.toUpperCase(Locale.ROOT) : mot.toLowerCase(Locale.ROOT);
          assertThat(LISTES.lignesGestionnaire(sans.avecTexte(autre), ms)).isEqualTo(avec);
          // un mot égal à un champ retient toujours la mesure
          for (Mesure m : tout) {
            if (ListesMesures.champsTexte(m).stream().anyMatch(c -> c.equalsIgnoreCase(mot))) {
              assertThat(avec).extracting(LigneMesure::mesure).contains(m);
            }
          }
        });
  }
}
