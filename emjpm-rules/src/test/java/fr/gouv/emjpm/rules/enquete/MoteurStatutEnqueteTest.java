// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static fr.gouv.emjpm.domain.enquete.ValeurReponse.decimal;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.entier;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.ouiNon;
import static fr.gouv.emjpm.domain.enquete.ValeurReponse.texte;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoteurStatutEnqueteTest {

  private static final String ACT = "enquete_reponses_activite";
  private static final String INFOS = "enquete_reponses_informations_mandataire";
  private static final String FIN = "enquete_reponses_financement";
  private static final String PERS = "enquete_reponses_prepose_personel_formation";
  private final MoteurStatutEnquete moteur = MoteurStatutEnquete.standard();

  private static List<String> codes(ArbreStatutEnquete a) {
    return a.violations().stream().map(Violation::code).toList();
  }

  @Test
  void reponse_vide_donne_un_arbre_vide() {
    ArbreStatutEnquete a = moteur.statut(ReponseEnquete.vide(TypeEnquete.INDIVIDUEL));
    assertThat(a.global()).isEqualTo(StatutSection.VIDE);
    assertThat(a.sections().keySet())
        .containsExactly("informations", "activite", "populations", "prestationsSociales");
    assertThat(a.sections().get("activite").sousSections()).hasSize(11);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void etape_renseignee_valide_rend_la_section_partielle() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.SERVICE).avec(ACT, "tutelle_etablissement_debut_annee", entier(3));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(a.sousSection("activite", "tutelle")).contains(StatutSection.VALIDE);
    assertThat(a.section("activite")).contains(StatutSection.PARTIEL);
    assertThat(a.global()).isEqualTo(StatutSection.PARTIEL);
    assertThat(a.versCodes()).containsEntry("global", "empty-half");
  }

  @Test
  void decimal_et_negatif_invalides_dans_un_compte() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.SERVICE)
            .avec(ACT, "tutelle_etablissement_debut_annee", decimal(new BigDecimal("2.5")))
            .avec(ACT, "tutelle_domicile_debut_annee", entier(-1));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(a.sousSection("activite", "tutelle")).contains(StatutSection.INVALIDE);
    assertThat(a.global()).isEqualTo(StatutSection.INVALIDE);
    assertThat(codes(a)).containsExactlyInAnyOrder("ENQUETE_NON_ENTIER", "ENQUETE_INFERIEUR_MIN");
    assertThat(a.violations().get(0).chemin()).startsWith("/activite/tutelle/");
  }

  @Test
  void regles_ig1_ig2_et_obligations_des_informations_generales() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.INDIVIDUEL)
            .avec(INFOS, "exerce_seul_activite", ouiNon(true))
            .avec(INFOS, "exerce_secretaires_specialises", ouiNon(true))
            .avec(INFOS, "benevole", ouiNon(false));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(codes(a))
        .contains("ENQUETE_EXERCE_SEUL", "ENQUETE_ETP_SECRETARIAT_REQUIS", "ENQUETE_CHAMP_REQUIS");
    assertThat(a.violations()).anyMatch(v -> v.chemin().endsWith("/forme_juridique"));
    // R-IG2 : "non" et ETP 0 → doit être vide ; la Formation devient non vide (§5.4).
    ReponseEnquete r2 =
        ReponseEnquete.vide(TypeEnquete.INDIVIDUEL)
            .avec(INFOS, "exerce_secretaires_specialises", ouiNon(false))
            .avec(INFOS, "secretaire_specialise_etp", decimal(BigDecimal.ZERO));
    ArbreStatutEnquete a2 = moteur.statut(r2);
    assertThat(codes(a2)).contains("ENQUETE_ETP_SECRETARIAT_DOIT_ETRE_VIDE");
    assertThat(a2.sousSection("informations", "formation")).contains(StatutSection.INVALIDE);
  }

  @Test
  void informations_generales_completes_valides() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.INDIVIDUEL)
            .avec(INFOS, "departement", texte("Ain"))
            .avec(INFOS, "region", texte("Auvergne-Rhône-Alpes"))
            .avec(INFOS, "nom", texte("X"))
            .avec(INFOS, "benevole", ouiNon(true))
            .avec(INFOS, "anciennete", texte("5-10"))
            .avec(INFOS, "exerce_seul_activite", ouiNon(false))
            .avec(INFOS, "estimation_etp", texte("90-100"))
            .avec(INFOS, "exerce_secretaires_specialises", ouiNon(true))
            .avec(INFOS, "secretaire_specialise_etp", decimal(new BigDecimal("0.5")))
            .avec(INFOS, "local_professionnel", ouiNon(true));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(a.sousSection("informations", "informationsGenerales")).contains(StatutSection.VALIDE);
    ReponseEnquete mauvaisCode = r.avec(INFOS, "anciennete", texte("99"));
    assertThat(codes(moteur.statut(mauvaisCode))).contains("ENQUETE_VALEUR_HORS_LISTE");
  }

  @Test
  void financement_r_fin1_sur_les_parties_entieres() {
    ReponseEnquete ok =
        ReponseEnquete.vide(TypeEnquete.PREPOSE)
            .avec(FIN, "charges_personnel", decimal(new BigDecimal("100.2")))
            .avec(FIN, "charges_preposes", decimal(new BigDecimal("100.9")));
    assertThat(moteur.statut(ok).sousSection("financement", "financement")).contains(StatutSection.VALIDE);
    ReponseEnquete ko = ok.avec(FIN, "charges_preposes", decimal(new BigDecimal("101")));
    assertThat(codes(moteur.statut(ko))).containsExactly("ENQUETE_CHARGES_PREPOSES_SUPERIEURES");
  }

  @Test
  void bloc_json_absent_dans_une_etape_renseignee_est_invalide() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.PREPOSE)
            .avec(PERS, "nb_preposes_mjpm", entier(2))
            .avec(PERS, "nb_preposes_mjpm_etp", decimal(new BigDecimal("1.5")));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(codes(a)).containsExactly("ENQUETE_BLOC_MANQUANT");
    ReponseEnquete avecBloc =
        r.avec(PERS, "formation_preposes_mjpm", new ValeurReponse.Bloc(Map.of()));
    assertThat(moteur.statut(avecBloc).sousSection("personnelFormation", "mjpm"))
        .contains(StatutSection.VALIDE);
  }

  @Test
  void elements_de_la_liste_des_etablissements_tous_obligatoires() {
    ValeurReponse.Bloc incomplet = new ValeurReponse.Bloc(Map.of("finess", texte("010000001")));
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.PREPOSE)
            .avec("enquete_reponses_modalites_exercice", "nombre_lits_journee_hospitalisation",
                new ValeurReponse.Liste(List.of(incomplet)));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(a.sousSection("modalitesExercice", "etablissements")).contains(StatutSection.INVALIDE);
    assertThat(a.violations()).hasSize(7).allMatch(v -> v.chemin().contains("/0/"));
    ReponseEnquete vide =
        ReponseEnquete.vide(TypeEnquete.PREPOSE)
            .avec("enquete_reponses_modalites_exercice", "actions_information_tuteurs_familiaux", ouiNon(false));
    assertThat(moteur.statut(vide).sousSection("modalitesExercice", "etablissements"))
        .contains(StatutSection.VIDE);
  }

  @Test
  void agregation_selon_la_precedence() {
    assertThat(StatutSection.agreger(List.of(StatutSection.VIDE, StatutSection.VALIDE))).isEqualTo(StatutSection.PARTIEL);
    assertThat(StatutSection.agreger(List.of(StatutSection.PARTIEL, StatutSection.INVALIDE))).isEqualTo(StatutSection.INVALIDE);
    assertThat(StatutSection.agreger(List.of(StatutSection.VIDE, StatutSection.VIDE))).isEqualTo(StatutSection.VIDE);
    assertThat(StatutSection.agreger(List.of(StatutSection.VALIDE, StatutSection.PARTIEL))).isEqualTo(StatutSection.PARTIEL);
    assertThat(StatutSection.agreger(List.of(StatutSection.VALIDE))).isEqualTo(StatutSection.VALIDE);
  }

  @Test
  void prestations_sociales_de_l_individuel_calculees_sur_leur_table() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.INDIVIDUEL).avec("enquete_reponses_prestations_sociales", "aah", entier(4));
    assertThat(moteur.statut(r).section("prestationsSociales")).contains(StatutSection.VALIDE);
  }

  @Test
  void etp_des_preposes_decimal_accepte() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.PREPOSE)
            .avec(PERS, "nb_preposes_mjpm", entier(2))
            .avec(PERS, "nb_preposes_mjpm_etp", decimal(new BigDecimal("1.5")))
            .avec(PERS, "formation_preposes_mjpm", new ValeurReponse.Bloc(Map.of(
                "en_poste_cnc", new ValeurReponse.Bloc(Map.of("nb_preposes", decimal(new BigDecimal("1.5")))))));
    ArbreStatutEnquete a = moteur.statut(r);
    assertThat(codes(a)).containsExactly("ENQUETE_NON_ENTIER");
    assertThat(a.violations().get(0).chemin()).isEqualTo("/personnelFormation/mjpm/formation_preposes_mjpm.en_poste_cnc.nb_preposes");
  }

  @Test
  void texte_dans_un_nombre_et_niveau_hors_bornes() {
    ReponseEnquete r =
        ReponseEnquete.vide(TypeEnquete.INDIVIDUEL)
            .avec("enquete_reponses_agrements_formations", "niveau_qualification", entier(7))
            .avec("enquete_reponses_agrements_formations", "cnc_heures_formation", texte("beaucoup"));
    assertThat(codes(moteur.statut(r)))
        .contains("ENQUETE_SUPERIEUR_MAX", "ENQUETE_TYPE_INVALIDE", "ENQUETE_CHAMP_REQUIS");
  }

  @Test
  void statuts_de_navigation_du_menu() {
    CatalogueEnquete c = CatalogueEnquete.standard();
    ArbreStatutEnquete a = moteur.statut(ReponseEnquete.vide(TypeEnquete.SERVICE));
    SectionEnquete bienvenue = c.section(TypeEnquete.SERVICE, "bienvenue").orElseThrow();
    SectionEnquete envoi = c.section(TypeEnquete.SERVICE, "envoi").orElseThrow();
    assertThat(MoteurStatutEnquete.statutMenu(bienvenue, fr.gouv.emjpm.domain.enquete.StatutReponse.BROUILLON, a)).isEqualTo(StatutSection.VALIDE);
    assertThat(MoteurStatutEnquete.statutMenu(envoi, fr.gouv.emjpm.domain.enquete.StatutReponse.BROUILLON, a)).isEqualTo(StatutSection.VIDE);
    assertThat(MoteurStatutEnquete.statutMenu(envoi, fr.gouv.emjpm.domain.enquete.StatutReponse.SOUMIS, a)).isEqualTo(StatutSection.VALIDE);
    assertThat(MoteurStatutEnquete.statutEtapeEnvoi(a)).isEqualTo(StatutSection.VIDE);
  }
}
