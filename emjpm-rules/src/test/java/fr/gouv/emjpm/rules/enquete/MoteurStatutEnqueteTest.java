// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static fr.gouv.emjpm.domain.enquete.StatutSection.INVALIDE;
import static fr.gouv.emjpm.domain.enquete.StatutSection.PARTIEL;
import static fr.gouv.emjpm.domain.enquete.StatutSection.VALIDE;
import static fr.gouv.emjpm.domain.enquete.StatutSection.VIDE;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.decimal;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.entier;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.ouiNon;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.texte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Moteur de statut (enquete.md §5.2–5.4, §6) : une table par règle, avec des lignes qui passent et
 * des lignes qui échouent à chaque borne. Chaque attente est tirée du texte de la spécification.
 */
class MoteurStatutEnqueteTest {

  private static final String ACT = "enquete_reponses_activite";
  private static final String INFOS = "enquete_reponses_informations_mandataire";
  private static final String AGR = "enquete_reponses_agrements_formations";
  private static final String FIN = "enquete_reponses_financement";
  private static final String PERS = "enquete_reponses_prepose_personel_formation";
  private static final String POP = "enquete_reponses_populations";
  private static final String PREST = "enquete_reponses_prestations_sociales";
  private static final String REQUIS = "ENQUETE_CHAMP_REQUIS";
  private static final MoteurStatutEnquete MOTEUR = MoteurStatutEnquete.standard();

  private static List<String> codes(ArbreStatutEnquete a) {
    return a.violations().stream().map(Violation::code).toList();
  }

  /** Codes des violations d'une étape. */
  private static List<String> codesEtape(ArbreStatutEnquete a, String section, String etape) {
    return a.violations().stream().filter(v -> v.chemin().startsWith("/" + section + "/" + etape + "/")).map(Violation::code).toList();
  }

  /** Codes des violations d'une clé (chemin pointé compris). */
  private static List<String> codesCle(ArbreStatutEnquete a, String cle) {
    return a.violations().stream().filter(v -> v.chemin().endsWith("/" + cle)).map(Violation::code).toList();
  }

  private static ValeurReponse d(String v) {
    return decimal(new BigDecimal(v));
  }

  /** Pose une valeur (null = absente) à un chemin pointé, en créant les blocs intermédiaires. */
  private static ReponseEnquete poser(ReponseEnquete r, String table, String cle, ValeurReponse v) {
    String[] p = cle.split("\\.");
    if (p.length == 1) {
      return v == null ? r.sans(table, cle) : r.avec(table, cle, v);
    }
    ValeurReponse.Bloc racine = (ValeurReponse.Bloc) r.valeur(table, p[0]).orElse(new ValeurReponse.Bloc(Map.of()));
    return r.avec(table, p[0], inserer(racine, p, 1, v));
  }

  private static ValeurReponse.Bloc inserer(ValeurReponse.Bloc b, String[] p, int i, ValeurReponse v) {
    Map<String, ValeurReponse> m = new LinkedHashMap<>(b.membres());
    if (i == p.length - 1) {
      m.put(p[i], v);
    } else {
      m.put(p[i], inserer((ValeurReponse.Bloc) m.getOrDefault(p[i], new ValeurReponse.Bloc(Map.of())), p, i + 1, v));
    }
    return new ValeurReponse.Bloc(m);
  }

  /** Informations générales de l'individuel complètes et valides (§6.1), secrétariat « non ». */
  private static ReponseEnquete informationsValides() {
    return ReponseEnquete.vide(TypeEnquete.INDIVIDUEL)
        .avec(INFOS, "departement", texte("Ain"))
        .avec(INFOS, "region", texte("Auvergne-Rhône-Alpes"))
        .avec(INFOS, "nom", texte("X"))
        .avec(INFOS, "benevole", ouiNon(true))
        .avec(INFOS, "anciennete", texte("5-10"))
        .avec(INFOS, "exerce_seul_activite", ouiNon(false))
        .avec(INFOS, "estimation_etp", texte("90-100"))
        .avec(INFOS, "exerce_secretaires_specialises", ouiNon(false))
        .avec(INFOS, "local_professionnel", ouiNon(true));
  }

  private static void verifierEtape(ReponseEnquete r, String section, String etape, List<String> attendus) {
    ArbreStatutEnquete a = MOTEUR.statut(r);
    assertThat(codesEtape(a, section, etape)).containsExactlyInAnyOrderElementsOf(attendus);
    assertThat(a.sousSection(section, etape)).contains(attendus.isEmpty() ? VALIDE : INVALIDE);
  }

  // ---------------------------------------------------------------------------------------------
  // R-IG1 (§6.1) : exerce seul = oui ⇒ secrétariat spécialisé = non.

  static Stream<Arguments> rIg1() {
    return Stream.of(
        arguments(ouiNon(true), ouiNon(true), d("0.5"), List.of("ENQUETE_EXERCE_SEUL")),
        arguments(ouiNon(true), ouiNon(false), null, List.of()),
        arguments(ouiNon(false), ouiNon(true), d("0.5"), List.of()),
        arguments(ouiNon(false), ouiNon(false), null, List.of()),
        arguments(ouiNon(true), null, null, List.of(REQUIS)),
        arguments(null, ouiNon(true), d("0.5"), List.of(REQUIS)));
  }

  @ParameterizedTest(name = "seul={0} secrétariat={1} ETP={2} → {3}")
  @MethodSource("rIg1")
  void r_ig1_exerce_seul(ValeurReponse seul, ValeurReponse secretariat, ValeurReponse etp, List<String> attendus) {
    ReponseEnquete r = informationsValides();
    r = poser(r, INFOS, "exerce_seul_activite", seul);
    r = poser(r, INFOS, "exerce_secretaires_specialises", secretariat);
    r = poser(r, INFOS, "secretaire_specialise_etp", etp);
    verifierEtape(r, "informations", "informationsGenerales", attendus);
  }

  // ---------------------------------------------------------------------------------------------
  // R-IG2 (§6.1) : oui ⇒ ETP requis et > 0 (borne exclue) ; non ou vide ⇒ ETP vide, 0 compris (§12.10).

  static Stream<Arguments> rIg2() {
    return Stream.of(
        arguments(ouiNon(true), d("0.5"), List.of()),
        arguments(ouiNon(true), d("0.01"), List.of()),
        arguments(ouiNon(true), d("50"), List.of()),
        arguments(ouiNon(true), d("0"), List.of("ENQUETE_NON_SUPERIEUR_MIN")),
        arguments(ouiNon(true), entier(0), List.of("ENQUETE_NON_SUPERIEUR_MIN")),
        arguments(ouiNon(true), d("-1"), List.of("ENQUETE_NON_SUPERIEUR_MIN")),
        arguments(ouiNon(true), null, List.of("ENQUETE_ETP_SECRETARIAT_REQUIS")),
        arguments(ouiNon(true), texte("beaucoup"), List.of("ENQUETE_TYPE_INVALIDE")),
        arguments(ouiNon(false), null, List.of()),
        arguments(ouiNon(false), d("0"), List.of("ENQUETE_ETP_SECRETARIAT_DOIT_ETRE_VIDE")),
        arguments(ouiNon(false), d("0.5"), List.of("ENQUETE_ETP_SECRETARIAT_DOIT_ETRE_VIDE")),
        arguments(null, null, List.of(REQUIS)),
        arguments(null, d("0.5"), List.of(REQUIS, "ENQUETE_ETP_SECRETARIAT_DOIT_ETRE_VIDE")));
  }

  @ParameterizedTest(name = "secrétariat={0} ETP={1} → {2}")
  @MethodSource("rIg2")
  void r_ig2_etp_du_secretariat(ValeurReponse secretariat, ValeurReponse etp, List<String> attendus) {
    ReponseEnquete r = informationsValides();
    r = poser(r, INFOS, "exerce_secretaires_specialises", secretariat);
    r = poser(r, INFOS, "secretaire_specialise_etp", etp);
    verifierEtape(r, "informations", "informationsGenerales", attendus);
    // §5.4 : un ETP renseigné (même 0) rend l'étape Formation non vide (donc invalide, ses champs requis manquent).
    assertThat(MOTEUR.statut(r).sousSection("informations", "formation")).contains(etp == null ? VIDE : INVALIDE);
  }

  // ---------------------------------------------------------------------------------------------
  // R-FIN1 (§6.10) : partie entière des charges préposés ≤ partie entière des charges de personnel,
  // vide comptant pour 0.

  static Stream<Arguments> rFin1() {
    String sup = "ENQUETE_CHARGES_PREPOSES_SUPERIEURES";
    return Stream.of(
        arguments(d("100.2"), d("100.9"), List.of()),
        arguments(d("100"), d("100"), List.of()),
        arguments(d("100.99"), d("100.01"), List.of()),
        arguments(d("100.2"), d("101"), List.of(sup)),
        arguments(null, d("0"), List.of()),
        arguments(null, d("0.99"), List.of()),
        arguments(null, d("1"), List.of(sup)),
        arguments(d("0"), d("1"), List.of(sup)),
        arguments(d("1"), null, List.of()),
        arguments(null, null, List.of()),
        arguments(d("-1"), null, List.of("ENQUETE_INFERIEUR_MIN", sup)));
  }

  @ParameterizedTest(name = "personnel={0} préposés={1} → {2}")
  @MethodSource("rFin1")
  void r_fin1_charges_preposes(ValeurReponse personnel, ValeurReponse preposes, List<String> attendus) {
    ReponseEnquete r = ReponseEnquete.vide(TypeEnquete.PREPOSE).avec(FIN, "autre_produits", d("5"));
    r = poser(r, FIN, "charges_personnel", personnel);
    r = poser(r, FIN, "charges_preposes", preposes);
    verifierEtape(r, "financement", "financement", attendus);
  }

  // ---------------------------------------------------------------------------------------------
  // Bornes (§6 : nombres ≥ 0 sauf mention, bornes incluses sauf « > »).

  static Stream<Arguments> bornes() {
    TypeEnquete i = TypeEnquete.INDIVIDUEL;
    TypeEnquete s = TypeEnquete.SERVICE;
    TypeEnquete p = TypeEnquete.PREPOSE;
    String inf = "ENQUETE_INFERIEUR_MIN";
    String nsup = "ENQUETE_NON_SUPERIEUR_MIN";
    String max = "ENQUETE_SUPERIEUR_MAX";
    return Stream.of(
        arguments(i, AGR, "annee_agrement", entier(2008), List.of(inf)),
        arguments(i, AGR, "annee_agrement", entier(2009), List.of()),
        arguments(i, AGR, "annee_agrement", entier(2030), List.of()), // aucune borne haute
        arguments(i, AGR, "cnc_annee_obtention", entier(0), List.of(nsup)),
        arguments(i, AGR, "cnc_annee_obtention", entier(-5), List.of(nsup)),
        arguments(i, AGR, "cnc_annee_obtention", entier(1), List.of()),
        arguments(i, AGR, "niveau_qualification", entier(0), List.of(inf)),
        arguments(i, AGR, "niveau_qualification", entier(1), List.of()),
        arguments(i, AGR, "niveau_qualification", entier(6), List.of()), // borne haute incluse (§12.8)
        arguments(i, AGR, "niveau_qualification", entier(7), List.of(max)),
        arguments(i, AGR, "cnc_heures_formation", d("0"), List.of(nsup)),
        arguments(i, AGR, "cnc_heures_formation", d("0.5"), List.of()),
        arguments(i, AGR, "nb_mesures_dep_finance", entier(-3), List.of()), // aucune borne basse
        arguments(i, AGR, "secretaire_specialise_etp_n1", d("-0.5"), List.of(inf)),
        arguments(i, AGR, "secretaire_specialise_etp_n1", d("0"), List.of()),
        arguments(i, PREST, "aah", entier(-1), List.of(inf)),
        arguments(i, PREST, "aah", entier(0), List.of()),
        arguments(s, ACT, "tutelle_etablissement_debut_annee", entier(-1), List.of(inf)),
        arguments(s, ACT, "tutelle_etablissement_debut_annee", entier(0), List.of()),
        arguments(s, ACT, "revisions_main_levee", entier(-1), List.of(inf)), // §12.9 : révisions vérifiées
        arguments(s, ACT, "revisions_main_levee", entier(0), List.of()),
        arguments(s, POP, "tutelle_anciennete_sup_10_ans", entier(-1), List.of(inf)),
        arguments(p, FIN, "financement_public", d("-0.01"), List.of(inf)), // §12.6 : champ ordinaire
        arguments(p, FIN, "financement_public", d("0"), List.of()),
        arguments(p, PERS, "niveaux_qualification.n1.nb_preposes_etp", d("-1"), List.of(inf)),
        arguments(p, PERS, "niveaux_qualification.n1.nb_preposes_etp", d("0"), List.of()),
        arguments(p, PERS, "formation_preposes_mjpm.en_poste_cnc.heures_formation", d("-0.5"), List.of(inf)),
        arguments(p, PERS, "formation_preposes_mjpm.en_poste_cnc.heures_formation", d("0"), List.of()));
  }

  @ParameterizedTest(name = "{0} {2}={3} → {4}")
  @MethodSource("bornes")
  void bornes_du_catalogue(TypeEnquete type, String table, String cle, ValeurReponse v, List<String> attendus) {
    ArbreStatutEnquete a = MOTEUR.statut(poser(ReponseEnquete.vide(type), table, cle, v));
    assertThat(codesCle(a, cle)).containsExactlyElementsOf(attendus);
  }

  // ---------------------------------------------------------------------------------------------
  // Entiers (§5.2 : « integer » refuse les décimaux ; §6.7, §6.8 : sans contrôle d'entier).

  static Stream<Arguments> entiers() {
    String ne = "ENQUETE_NON_ENTIER";
    return Stream.of(
        arguments(TypeEnquete.SERVICE, ACT, "tutelle_etablissement_debut_annee", d("2.5"), List.of(ne)),
        arguments(TypeEnquete.SERVICE, ACT, "tutelle_etablissement_debut_annee", d("2.0"), List.of()),
        arguments(TypeEnquete.SERVICE, ACT, "tutelle_etablissement_debut_annee", entier(2), List.of()),
        arguments(TypeEnquete.SERVICE, ACT, "revisions_masp", d("1.5"), List.of(ne)),
        arguments(TypeEnquete.INDIVIDUEL, AGR, "annee_agrement", d("2009.5"), List.of(ne)),
        arguments(TypeEnquete.INDIVIDUEL, AGR, "cnc_annee_obtention", d("2010.5"), List.of(ne)),
        arguments(TypeEnquete.INDIVIDUEL, AGR, "niveau_qualification", d("2.5"), List.of(ne)),
        arguments(TypeEnquete.SERVICE, POP, "curatelle_age_inf_25_ans_femme", d("2.5"), List.of()),
        arguments(TypeEnquete.INDIVIDUEL, PREST, "aah", d("2.5"), List.of()),
        arguments(TypeEnquete.PREPOSE, PERS, "nb_preposes_mjpm", d("1.5"), List.of(ne)),
        arguments(TypeEnquete.PREPOSE, PERS, "nb_preposes_mjpm_etp", d("1.5"), List.of()), // §12.7
        arguments(TypeEnquete.PREPOSE, PERS, "formation_preposes_mjpm.en_poste_cnc.nb_preposes", d("1.5"), List.of(ne)),
        arguments(TypeEnquete.PREPOSE, PERS, "formation_preposes_mjpm.en_poste_cnc.heures_formation", d("1.5"), List.of()));
  }

  @ParameterizedTest(name = "{0} {2}={3} → {4}")
  @MethodSource("entiers")
  void entiers_du_catalogue(TypeEnquete type, String table, String cle, ValeurReponse v, List<String> attendus) {
    ArbreStatutEnquete a = MOTEUR.statut(poser(ReponseEnquete.vide(type), table, cle, v));
    assertThat(codesCle(a, cle)).containsExactlyElementsOf(attendus);
  }

  // ---------------------------------------------------------------------------------------------
  // requiredWhen (§6.1) : forme_juridique requise seulement si bénévole = non.

  static Stream<Arguments> obligationConditionnelle() {
    return Stream.of(
        arguments(ouiNon(false), null, List.of(REQUIS)),
        arguments(ouiNon(false), texte("SARL"), List.of()),
        arguments(ouiNon(false), texte("XYZ"), List.of("ENQUETE_VALEUR_HORS_LISTE")),
        arguments(ouiNon(true), null, List.of()),
        arguments(ouiNon(true), texte("SARL"), List.of()),
        arguments(null, null, List.of(REQUIS))); // bénévole lui-même requis
  }

  @ParameterizedTest(name = "bénévole={0} forme={1} → {2}")
  @MethodSource("obligationConditionnelle")
  void forme_juridique_requise_si_benevole_non(ValeurReponse benevole, ValeurReponse forme, List<String> attendus) {
    ReponseEnquete r = poser(poser(informationsValides(), INFOS, "benevole", benevole), INFOS, "forme_juridique", forme);
    verifierEtape(r, "informations", "informationsGenerales", attendus);
    ArbreStatutEnquete a = MOTEUR.statut(r);
    assertThat(codesCle(a, "forme_juridique")).hasSize(benevole == null ? 0 : attendus.size());
  }

  // ---------------------------------------------------------------------------------------------
  // Agrégation §5.3 : invalide > partiel > (vide avec valide → partiel) > vide > valide.

  static Stream<Arguments> agregation() {
    return Stream.of(
        arguments(List.of(VALIDE), VALIDE),
        arguments(List.of(VALIDE, VALIDE), VALIDE),
        arguments(List.of(VIDE), VIDE),
        arguments(List.of(VIDE, VIDE), VIDE),
        arguments(List.of(VIDE, VALIDE), PARTIEL),
        arguments(List.of(VALIDE, VIDE, VALIDE), PARTIEL),
        arguments(List.of(PARTIEL), PARTIEL),
        arguments(List.of(PARTIEL, VALIDE), PARTIEL),
        arguments(List.of(PARTIEL, VIDE), PARTIEL),
        arguments(List.of(INVALIDE), INVALIDE),
        arguments(List.of(INVALIDE, VALIDE), INVALIDE),
        arguments(List.of(INVALIDE, VIDE), INVALIDE),
        arguments(List.of(PARTIEL, INVALIDE), INVALIDE),
        arguments(List.of(VIDE, VALIDE, PARTIEL, INVALIDE), INVALIDE));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("agregation")
  void agregation_selon_la_precedence(List<StatutSection> parties, StatutSection attendu) {
    assertThat(StatutSection.agreger(parties)).isEqualTo(attendu);
    List<StatutSection> inverse = new java.util.ArrayList<>(parties);
    java.util.Collections.reverse(inverse);
    assertThat(StatutSection.agreger(inverse)).as("indépendant de l'ordre").isEqualTo(attendu);
  }

  /** Les deux niveaux d'agrégation du moteur : étapes → section → global. */
  static Stream<Arguments> agregationDuMoteur() {
    ReponseEnquete vide = ReponseEnquete.vide(TypeEnquete.SERVICE);
    ReponseEnquete uneEtape = vide.avec(ACT, "tutelle_etablissement_debut_annee", entier(3));
    ReponseEnquete invalide = uneEtape.avec(ACT, "curatelle_simple_domicile_fin_annee", entier(-1));
    return Stream.of(
        arguments(vide, VIDE, VIDE),
        arguments(uneEtape, PARTIEL, PARTIEL),
        arguments(invalide, INVALIDE, INVALIDE));
  }

  @ParameterizedTest
  @MethodSource("agregationDuMoteur")
  void agregation_des_etapes_puis_des_sections(ReponseEnquete r, StatutSection activite, StatutSection global) {
    ArbreStatutEnquete a = MOTEUR.statut(r);
    assertThat(a.section("activite")).contains(activite);
    assertThat(a.section("informations")).contains(VIDE);
    assertThat(a.global()).isEqualTo(global);
    assertThat(a.versCodes()).containsEntry("global", global.code());
  }

  // ---------------------------------------------------------------------------------------------
  // Forme de l'arbre (§5.3).

  static Stream<Arguments> formeDeLArbre() {
    List<String> activite = List.of("curatelleRenforcee", "curatelleSimple", "tutelle", "accompagnementJudiciaire",
        "curatelleBiens", "curatellePersonne", "subrogeTuteurCreateur", "sauvegardeJustice", "mandatHadocMajeur",
        "revisionMesures", "causesSortiesDispositif", "global");
    List<String> populations = List.of("curatelle", "tutelle", "accompagnementJudiciaire", "sauvegardeJustice", "autresMesures", "global");
    Map<String, List<String>> individuel = new LinkedHashMap<>();
    individuel.put("informations", List.of("informationsGenerales", "agrements", "formation", "global"));
    individuel.put("activite", activite);
    individuel.put("populations", populations);
    individuel.put("prestationsSociales", List.of("global"));
    Map<String, List<String>> service = new LinkedHashMap<>();
    service.put("informations", List.of("informations", "global"));
    service.put("personnelFormation", List.of("personnelFormation", "global"));
    service.put("activite", activite);
    service.put("populations", populations);
    Map<String, List<String>> prepose = new LinkedHashMap<>();
    prepose.put("modalitesExercice", List.of("informationsGenerales", "etablissements", "global"));
    prepose.put("personnelFormation", List.of("mjpm", "autres", "global"));
    prepose.put("activite", activite);
    prepose.put("populations", populations);
    prepose.put("prestationsSociales", List.of("tutelle", "curatelle_simple", "curatelle_renforcee", "sauvegarde_autres_mesures",
        "maj", "repartition", "global"));
    prepose.put("financement", List.of("financement", "global"));
    return Stream.of(
        arguments(TypeEnquete.INDIVIDUEL, individuel), arguments(TypeEnquete.SERVICE, service), arguments(TypeEnquete.PREPOSE, prepose));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formeDeLArbre")
  @SuppressWarnings("unchecked")
  void arbre_de_statut_conforme_au_paragraphe_5_3(TypeEnquete type, Map<String, List<String>> attendu) {
    Map<String, Object> codes = MOTEUR.statut(ReponseEnquete.vide(type)).versCodes();
    Set<String> sections = new LinkedHashSet<>(attendu.keySet());
    sections.add("global");
    assertThat(codes.keySet()).containsExactlyElementsOf(sections);
    attendu.forEach((s, cles) -> assertThat(((Map<String, Object>) codes.get(s)).keySet()).as(s).containsExactlyElementsOf(cles));
  }

  @ParameterizedTest
  @EnumSource(value = StatutSection.class, names = {"VIDE", "VALIDE", "INVALIDE"})
  void prestations_sociales_de_l_individuel_sans_cle_d_etape(StatutSection attendu) {
    ReponseEnquete r = ReponseEnquete.vide(TypeEnquete.INDIVIDUEL);
    if (attendu != VIDE) {
      r = r.avec(PREST, "aah", entier(attendu == VALIDE ? 4 : -4));
    }
    ArbreStatutEnquete a = MOTEUR.statut(r);
    assertThat(a.section("prestationsSociales")).contains(attendu); // §12.5 : calculé sur sa propre table
    assertThat(a.sections().get("prestationsSociales").sousSections()).isEmpty();
    assertThat(a.versCodes().get("prestationsSociales")).isEqualTo(Map.of("global", attendu.code()));
  }

  // ---------------------------------------------------------------------------------------------
  // Autres cas.

  @Test
  void reponse_vide_donne_un_arbre_vide() {
    ArbreStatutEnquete a = MOTEUR.statut(ReponseEnquete.vide(TypeEnquete.INDIVIDUEL));
    assertThat(a.global()).isEqualTo(VIDE);
    assertThat(a.sections().get("activite").sousSections()).hasSize(11);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void bloc_json_absent_dans_une_etape_renseignee_est_invalide() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.PREPOSE)
            .avec(PERS, "nb_preposes_mjpm", entier(2))
            .avec(PERS, "nb_preposes_mjpm_etp", d("1.5"));
    assertThat(codes(MOTEUR.statut(r))).containsExactly("ENQUETE_BLOC_MANQUANT");
    ReponseEnquete avecBloc = r.avec(PERS, "formation_preposes_mjpm", new ValeurReponse.Bloc(Map.of()));
    assertThat(MOTEUR.statut(avecBloc).sousSection("personnelFormation", "mjpm")).contains(VALIDE);
    // §5.2 : un bloc existant, même vide, rend l'étape non vide.
    ReponseEnquete blocSeul = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(PERS, "niveaux_qualification", new ValeurReponse.Bloc(Map.of()));
    assertThat(MOTEUR.statut(blocSeul).sousSection("personnelFormation", "autres")).contains(VALIDE);
  }

  @Test
  void elements_de_la_liste_des_etablissements_tous_obligatoires() {
    ValeurReponse.Bloc incomplet = new ValeurReponse.Bloc(Map.of("finess", texte("010000001")));
    String mod = "enquete_reponses_modalites_exercice";
    ReponseEnquete r = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(mod, "nombre_lits_journee_hospitalisation", new ValeurReponse.Liste(List.of(incomplet)));
    ArbreStatutEnquete a = MOTEUR.statut(r);
    assertThat(a.sousSection("modalitesExercice", "etablissements")).contains(INVALIDE);
    assertThat(a.violations()).hasSize(7).allMatch(v -> v.chemin().contains("/0/"));
    ReponseEnquete listeVide = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(mod, "nombre_lits_journee_hospitalisation", new ValeurReponse.Liste(List.of()));
    assertThat(MOTEUR.statut(listeVide).sousSection("modalitesExercice", "etablissements")).contains(VALIDE);
    ReponseEnquete sansListe = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(mod, "actions_information_tuteurs_familiaux", ouiNon(false));
    assertThat(MOTEUR.statut(sansListe).sousSection("modalitesExercice", "etablissements")).contains(VIDE);
  }

  @Test
  void code_hors_liste() {
    ReponseEnquete mauvaisCode = informationsValides().avec(INFOS, "anciennete", texte("99"));
    assertThat(codes(MOTEUR.statut(mauvaisCode))).containsExactly("ENQUETE_VALEUR_HORS_LISTE");
  }

  @Test
  void statuts_de_navigation_du_menu() {
    CatalogueEnquete c = CatalogueEnquete.standard();
    ArbreStatutEnquete a = MOTEUR.statut(ReponseEnquete.vide(TypeEnquete.SERVICE));
    SectionEnquete bienvenue = c.section(TypeEnquete.SERVICE, "bienvenue").orElseThrow();
    SectionEnquete envoi = c.section(TypeEnquete.SERVICE, "envoi").orElseThrow();
    assertThat(MoteurStatutEnquete.statutMenu(bienvenue, fr.gouv.emjpm.domain.enquete.StatutReponse.BROUILLON, a)).isEqualTo(VALIDE);
    assertThat(MoteurStatutEnquete.statutMenu(envoi, fr.gouv.emjpm.domain.enquete.StatutReponse.BROUILLON, a)).isEqualTo(VIDE);
    assertThat(MoteurStatutEnquete.statutMenu(envoi, fr.gouv.emjpm.domain.enquete.StatutReponse.SOUMIS, a)).isEqualTo(VALIDE);
    assertThat(MoteurStatutEnquete.statutEtapeEnvoi(a)).isEqualTo(VIDE);
  }
}
