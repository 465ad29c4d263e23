// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Liste du juge, liste et tableau de bord du gestionnaire, libellé du majeur : cas de l'original. */
class ListesMesuresTest {

  static final TribunalId T = TribunalId.of("T1");
  static final TribunalId AUTRE = TribunalId.of("T2");
  static final GestionnaireId S = GestionnaireId.service(3);
  static final GestionnaireId I = GestionnaireId.individuel(4);
  static final EmjpmEngine MOTEUR =
      EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), EmjpmEngine.FUSEAU_PARIS)).build();
  static final ListesMesures LISTES = MOTEUR.listesMesures();

  static Mesure.Builder m(long id, StatutMesure statut, GestionnaireId g, TribunalId t, String cree) {
    return m(id, statut, g, t, cree, NatureMesure.TUTELLE);
  }

  static Mesure.Builder m(long id, StatutMesure statut, GestionnaireId g, TribunalId t, String cree, NatureMesure n) {
    return Mesure.builder()
        .id(MesureId.of(id))
        .statut(statut)
        .gestionnaire(g)
        .tribunal(t)
        .numeroRg(NumeroRg.normalise("RG" + (100000 + id)))
        .nature(n)
        .creeLe(Instant.parse(cree + "T12:00:00Z"));
  }

  static List<Long> ids(List<LigneMesure> lignes) {
    return lignes.stream().map(l -> l.mesure().id().orElseThrow().valeur()).toList();
  }

  static List<Mesure> jeuJuge() {
    return List.of(
        m(1, StatutMesure.EN_COURS, S, T, "2024-01-01").cabinet("Cabinet 3").codePostal("75005").ville("PARIS").build(),
        m(2, StatutMesure.EN_ATTENTE, I, T, "2024-02-01", NatureMesure.CURATELLE_SIMPLE).cabinet("cabinet 12").build(),
        m(3, StatutMesure.ETEINTE, S, T, "2024-03-01").ville("SAINT-ÉTIENNE").anneeNaissance(1950).build(),
        m(4, StatutMesure.EN_COURS, I, T, "2024-04-01").numeroDossier("D-77").build(),
        m(5, StatutMesure.EN_ATTENTE, S, T, "2024-05-01").build(),
        m(6, StatutMesure.EN_COURS, S, AUTRE, "2024-06-01").ville("PARIS").build());
  }

  @Test
  void leJugeVoitToutesLesMesuresDeSonTribunalParStatutPuisCreationDecroissante() {
    PageMesures p = LISTES.juge(CritereMesuresJuge.du(T), jeuJuge());
    // en_attente (5, 2), en_cours (4, 1), eteinte (3) ; la mesure 6 est d'un autre tribunal.
    assertThat(ids(p.lignes())).containsExactly(5L, 2L, 4L, 1L, 3L);
    assertThat(p.total()).isEqualTo(5);
    assertThat(p.taillePage()).isEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nature curatelle simple | nature=curatelle_simple | 2",
        "statut en cours | statut=en_cours | 4,1",
        "cabinet contient « cabinet » (casse ignorée) | cabinet=CABINET | 2,1",
        "cabinet contient « 3 » | cabinet=3 | 1",
        "texte : ville sans accent | texte=saint etienne | 3",
        "texte : code postal | texte=75005 | 1",
        "texte : année de naissance | texte=1950 | 3",
        "texte : numéro de dossier | texte=d-77 | 4",
        "texte : RG exact en tête, RG proches (trigrammes) ensuite | texte=rg100002 | 2,5,4,1,3",
        "texte : ville d'un autre tribunal | texte=paris | 1",
        "texte sans correspondance | texte=marseille | ''",
      })
  void filtresDuJuge(String cas, String filtre, String attendus) {
    String[] kv = filtre.split("=", 2);
    CritereMesuresJuge c = CritereMesuresJuge.du(T);
    c = switch (kv[0]) {
      case "nature" -> c.avecNature(NatureMesure.parCode(kv[1]).orElseThrow());
      case "statut" -> c.avecStatut(StatutMesure.parCode(kv[1]).orElseThrow());
      case "cabinet" -> c.avecCabinet(kv[1]);
      default -> c.avecTexte(kv[1]);
    };
    List<Long> attendu =
        attendus.isEmpty() ? List.of() : java.util.Arrays.stream(attendus.split(",")).map(Long::valueOf).toList();
    assertThat(ids(LISTES.lignesJuge(c, jeuJuge()))).as(cas).containsExactlyElementsOf(attendu);
  }

  @Test
  void leFiltreDeCabinetIgnoreLesAccentsDuCabinetEnregistreEtDuTexteSaisi() {
    List<Mesure> ms = List.of(
        m(1, StatutMesure.EN_COURS, S, T, "2024-01-01").cabinet("Cabinet Élise").build(),
        m(2, StatutMesure.EN_COURS, S, T, "2024-02-01").cabinet("cabinet 2").build(),
        m(3, StatutMesure.EN_COURS, S, T, "2024-03-01").build());
    assertThat(ids(LISTES.lignesJuge(CritereMesuresJuge.du(T).avecCabinet("elise"), ms))).containsExactly(1L);
    assertThat(ids(LISTES.lignesJuge(CritereMesuresJuge.du(T).avecCabinet("ÉLI"), ms))).containsExactly(1L);
    assertThat(ids(LISTES.lignesJuge(CritereMesuresJuge.du(T).avecCabinet("cabinet"), ms))).containsExactly(2L, 1L);
  }

  @Test
  void avecUnTexteLesPlusPertinentesViennentDAbord() {
    List<Mesure> ms = List.of(
        m(1, StatutMesure.EN_ATTENTE, S, T, "2024-01-01").ville("LILLEBONNE").build(),
        m(2, StatutMesure.ETEINTE, S, T, "2024-01-01").ville("LILLE").build());
    List<LigneMesure> l = LISTES.lignesJuge(CritereMesuresJuge.du(T).avecTexte("Lille"), ms);
    assertThat(ids(l)).containsExactly(2L, 1L); // égalité avant préfixe, malgré le statut
    assertThat(l.get(0).pertinence()).isGreaterThan(l.get(1).pertinence());
  }

  @Test
  void vingtParPage() {
    List<Mesure> ms = new java.util.ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      ms.add(m(i, StatutMesure.EN_COURS, S, T, "2024-01-01").build());
    }
    assertThat(LISTES.juge(CritereMesuresJuge.du(T), ms).lignes()).hasSize(20);
    PageMesures p3 = LISTES.juge(CritereMesuresJuge.du(T).avecPage(3, 20), ms);
    assertThat(p3.lignes()).hasSize(5);
    assertThat(p3.nombrePages()).isEqualTo(3);
    assertThat(LISTES.juge(CritereMesuresJuge.du(T).avecPage(4, 20), ms).lignes()).isEmpty();
    assertThatThrownBy(() -> CritereMesuresJuge.du(T).avecPage(0, 20)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unePageHorsBornesVenueDeLHoteDevientUnResultatAvecLesCodesDesParametres() {
    fr.gouv.emjpm.domain.commun.Resultat<CritereMesuresJuge> juge =
        fr.gouv.emjpm.domain.commun.Parametres.construire(() -> CritereMesuresJuge.du(T).avecPage(0, 5000));
    assertThat(juge.estSucces()).isFalse();
    assertThat(juge.violations()).extracting(v -> v.code())
        .containsExactly("PAGE_INVALIDE", "TAILLE_PAGE_INVALIDE");
    assertThat(juge.violations().get(1).message()).contains("1000");
    fr.gouv.emjpm.domain.commun.Resultat<CritereMesuresGestionnaire> gestionnaire =
        fr.gouv.emjpm.domain.commun.Parametres.construire(
            () -> CritereMesuresGestionnaire.du(S).avecPage(-1, 20));
    assertThat(gestionnaire.violations()).extracting(v -> v.code()).containsExactly("PAGE_INVALIDE");
  }

  static List<Mesure> jeuGestionnaire() {
    return List.of(
        m(1, StatutMesure.EN_COURS, S, T, "2024-01-01").dateNomination(LocalDate.of(2020, 1, 1)).anneeNaissance(1950).antenneId(7L).build(),
        m(2, StatutMesure.EN_COURS, S, T, "2024-01-01").anneeNaissance(1980).build(),
        m(3, StatutMesure.ETEINTE, S, T, "2024-01-01", NatureMesure.CURATELLE_SIMPLE).dateNomination(LocalDate.of(2022, 1, 1)).antenneId(8L).build(),
        m(4, StatutMesure.EN_COURS, S, AUTRE, "2024-01-01").dateNomination(LocalDate.of(2021, 1, 1)).anneeNaissance(1965).build(),
        m(5, StatutMesure.EN_ATTENTE, S, T, "2024-03-01").build(),
        m(6, StatutMesure.EN_ATTENTE, S, T, "2024-05-01").build(),
        m(7, StatutMesure.EN_COURS, I, T, "2024-01-01").build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // aucun tri : nomination décroissante, sans date (2) en premier
        "aucun | 2,3,4,1",
        "nomination_decroissante | 2,3,4,1",
        // croissante : sans date en dernier
        "nomination_croissante | 1,4,3,2",
        // âge croissant = année décroissante, sans année (3) en premier
        "age_croissant | 3,2,4,1",
        // âge décroissant = année croissante, sans année en dernier
        "age_decroissant | 1,4,2,3",
      })
  void lesCinqTris(String tri, String attendus) {
    CritereMesuresGestionnaire c =
        CritereMesuresGestionnaire.du(S).avecTri(TriMesuresGestionnaire.parCode(tri).orElseThrow());
    List<Long> attendu = java.util.Arrays.stream(attendus.split(",")).map(Long::valueOf).toList();
    assertThat(ids(LISTES.lignesGestionnaire(c, jeuGestionnaire()))).containsExactlyElementsOf(attendu);
  }

  @Test
  void filtresDuGestionnaireEtMesuresEnAttenteAPart() {
    ListeGestionnaire l = LISTES.gestionnaire(CritereMesuresGestionnaire.du(S), jeuGestionnaire());
    assertThat(l.enAttente()).extracting(x -> x.id().orElseThrow().valeur()).containsExactly(6L, 5L);
    assertThat(ids(l.page().lignes())).containsExactly(2L, 3L, 4L, 1L);
    CritereMesuresGestionnaire c = CritereMesuresGestionnaire.du(S);
    assertThat(ids(LISTES.lignesGestionnaire(c.avecStatut(StatutMesure.ETEINTE), jeuGestionnaire()))).containsExactly(3L);
    assertThat(ids(LISTES.lignesGestionnaire(c.avecStatut(StatutMesure.EN_ATTENTE), jeuGestionnaire()))).isEmpty();
    assertThat(ids(LISTES.lignesGestionnaire(c.avecNature(NatureMesure.CURATELLE_SIMPLE), jeuGestionnaire())))
        .containsExactly(3L);
    assertThat(ids(LISTES.lignesGestionnaire(c.avecAntenne(FiltreAntenne.une(7)), jeuGestionnaire()))).containsExactly(1L);
    assertThat(ids(LISTES.lignesGestionnaire(c.avecAntenne(FiltreAntenne.sansAntenne()), jeuGestionnaire())))
        .containsExactly(2L, 4L);
    assertThat(ids(LISTES.lignesGestionnaire(c.avecTexte("1965"), jeuGestionnaire()))).containsExactly(4L);
  }

  @Test
  void tableauDeBord() {
    List<Mesure> ms = new java.util.ArrayList<>(jeuGestionnaire());
    TableauDeBordGestionnaire t = LISTES.tableauDeBord(S, 30, ms);
    assertThat(t.enCours()).isEqualTo(3);
    assertThat(t.enAttente()).isEqualTo(2);
    assertThat(t.enCoursParNature()).containsExactly(java.util.Map.entry(NatureMesure.TUTELLE, 3L));
    assertThat(t.pastille()).isEqualTo("3 / 30");
    assertThat(LISTES.tableauDeBord(GestionnaireId.prepose(9), 0, ms).pastille()).isEqualTo("0 / 0");
  }

  @ParameterizedTest(name = "{0} {1} en 2024 : {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "monsieur | 1950 | Homme de 74 ans",
        "madame | 1982 | Femme de 42 ans",
        " | 2000 | 24 ans",
        "madame | 2024 | Femme de 0 ans",
      })
  void libelleDuMajeur(String civilite, int annee, String attendu) {
    Optional<Civilite> c = Optional.ofNullable(civilite).flatMap(Civilite::parCode);
    Mesure mesure = m(1, StatutMesure.EN_COURS, S, T, "2024-01-01").civilite(c).anneeNaissance(annee).build();
    assertThat(LISTES.libelleMajeur(mesure)).contains(attendu);
  }

  @Test
  void sansAnneeDeNaissanceAucunLibelleEtLAgeSuitLHorloge() {
    Mesure sans = m(1, StatutMesure.EN_COURS, S, T, "2024-01-01").civilite(Civilite.MADAME).build();
    assertThat(LISTES.libelleMajeur(sans)).isEmpty();
    // 31 décembre 2024 à 23 h 30 UTC = 1er janvier 2025 à Paris : l'âge suit le fuseau du moteur.
    EmjpmEngine nouvelAn = EmjpmEngine.builder()
        .clock(Clock.fixed(Instant.parse("2024-12-31T23:30:00Z"), EmjpmEngine.FUSEAU_PARIS)).build();
    Mesure m = m(1, StatutMesure.EN_COURS, S, T, "2024-01-01").civilite(Civilite.MONSIEUR).anneeNaissance(1950).build();
    assertThat(nouvelAn.listesMesures().libelleMajeur(m)).contains("Homme de 75 ans");
  }

  @Test
  void uneDemandeDeReouvertureSAfficheAvecLesValeursDeLaDemandeMaisFiltreSurLesValeursEnregistrees() {
    GestionnaireId g = GestionnaireId.individuel(42);
    fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire acteur =
        fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire.de(g, java.util.Set.of(T), java.util.Set.of());
    fr.gouv.emjpm.rules.cyclevie.FormulaireReservation.Builder f = fr.gouv.emjpm.rules.cyclevie.FormulaireReservation
        .builder().gestionnaire(g).numeroRg("21A00167").civilite(Civilite.MADAME).anneeNaissance(1950)
        .nature(NatureMesure.TUTELLE);
    var cycle = MOTEUR.cycleDeVie();
    var juge = fr.gouv.emjpm.rules.cyclevie.Juge.magistrat(T, 7);
    Mesure attente = cycle.reserver(f.build(), juge, fr.gouv.emjpm.rules.cyclevie.MesuresExistantes.aucune())
        .valeurOuErreur().mesure().orElseThrow();
    Mesure enCours = cycle.accepter(attente, fr.gouv.emjpm.rules.cyclevie.FormulaireAcceptation.builder()
        .dateNomination(LocalDate.of(2024, 3, 10)).lieuVie(fr.gouv.emjpm.domain.mesure.LieuVie.DOMICILE)
        .pays(fr.gouv.emjpm.domain.mesure.Pays.FR).codePostal("75005").ville("Paris").build(), acteur)
        .valeurOuErreur().mesure().orElseThrow();
    Mesure close = cycle.cloturer(enCours, LocalDate.of(2024, 3, 14), fr.gouv.emjpm.domain.mesure.CauseSortie.MAINLEVEE,
        acteur).valeurOuErreur().mesure().orElseThrow();
    Mesure reouverture = cycle.reserver(
            fr.gouv.emjpm.rules.cyclevie.FormulaireReservation.builder().gestionnaire(g).numeroRg("21A00167")
                .civilite(Civilite.MONSIEUR).anneeNaissance(1960).nature(NatureMesure.CURATELLE_SIMPLE)
                .cabinet("cabinet 9").build(),
            juge, fr.gouv.emjpm.rules.cyclevie.MesuresExistantes.de(List.of(close)))
        .valeurOuErreur().mesure().orElseThrow().withId(MesureId.of(1));
    assertThat(reouverture.enAttenteReouverture()).isTrue();
    List<LigneMesure> tutelle = LISTES.lignesJuge(CritereMesuresJuge.du(T).avecNature(NatureMesure.TUTELLE), List.of(reouverture));
    assertThat(tutelle).hasSize(1);
    Mesure affichee = tutelle.get(0).affichee();
    assertThat(affichee.nature()).isEqualTo(NatureMesure.CURATELLE_SIMPLE);
    assertThat(affichee.cabinet()).contains("cabinet 9");
    assertThat(LISTES.libelleMajeur(affichee)).contains("Homme de 64 ans");
    assertThat(ListesMesures.valeursAffichees(close)).isSameAs(close);
  }
}
