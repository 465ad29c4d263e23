// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CatalogueEnqueteTest {

  private final CatalogueEnquete catalogue = CatalogueEnquete.standard();

  @ParameterizedTest
  @CsvSource({"INDIVIDUEL,6,22,217", "SERVICE,6,20,211", "PREPOSE,8,29,285"})
  void comptes_du_menu_et_des_champs(TypeEnquete type, int sections, int etapes, int champs) {
    assertThat(catalogue.sections(type)).hasSize(sections);
    assertThat(catalogue.nombreSousSections(type)).isEqualTo(etapes);
    assertThat(catalogue.champs(type)).hasSize(champs);
    assertThat(catalogue.comptesDeclares(type))
        .containsEntry("sections", sections)
        .containsEntry("subsections", etapes)
        .containsEntry("fields", champs);
  }

  @Test
  void menu_du_prepose_dans_l_ordre_avec_annee_d_activite() {
    List<String> libelles =
        catalogue.sections(TypeEnquete.PREPOSE).stream().map(s -> s.libelle(2021)).toList();
    assertThat(libelles)
        .containsExactly(
            "Bienvenue",
            "Modalité d'exercice",
            "Personnel et formation",
            "Votre activité en 2020",
            "Populations",
            "Revenus / Prestations sociales",
            "Financement",
            "Envoi de vos réponses");
  }

  @Test
  void champ_avec_stockage_cellule_et_enumeration() {
    ChampEnquete anciennete = catalogue.champ(TypeEnquete.INDIVIDUEL, "anciennete").orElseThrow();
    assertThat(anciennete.type()).isEqualTo(TypeChamp.ENUMERATION);
    assertThat(anciennete.obligatoire()).isTrue();
    assertThat(anciennete.table()).isEqualTo("enquete_reponses_informations_mandataire");
    assertThat(anciennete.excel().orElseThrow().adresse()).isEqualTo("info mandataire-exerc. activité!C17");
    assertThat(anciennete.codeDuLibelle("30 ans et plus")).contains("30+");
    ChampEnquete niveau =
        catalogue.champ(TypeEnquete.PREPOSE, "niveaux_qualification.n1.nb_preposes").orElseThrow();
    assertThat(niveau.colonne()).isEqualTo("niveaux_qualification");
    assertThat(niveau.table()).isEqualTo("enquete_reponses_prepose_personel_formation");
    ChampEnquete etabs =
        catalogue.champ(TypeEnquete.PREPOSE, "nombre_lits_journee_hospitalisation").orElseThrow();
    assertThat(etabs.champsElement()).hasSize(8);
    assertThat(catalogue.enumeration("ANCIENNETE")).hasSize(6);
  }

  @Test
  void corrections_appliquees_au_chargement() {
    ChampEnquete etp = catalogue.champ(TypeEnquete.PREPOSE, "nb_preposes_mjpm_etp").orElseThrow();
    assertThat(etp.type()).isEqualTo(TypeChamp.DECIMAL);
    assertThat(etp.entier()).isFalse();
    ChampEnquete secretaire =
        catalogue.champ(TypeEnquete.INDIVIDUEL, "secretaire_specialise_etp").orElseThrow();
    assertThat(secretaire.minExclusif()).isTrue();
  }

  /** Borne basse exclue (ETP du secrétariat, > 0), incluse (année d'agrément, ≥ 2009), ou absente (nom). */
  @ParameterizedTest
  @CsvSource({
    "secretaire_specialise_etp, -1, true", "secretaire_specialise_etp, 0, true",
    "secretaire_specialise_etp, 0.01, false",
    "annee_agrement, 2008, true", "annee_agrement, 2009, false", "annee_agrement, 2030, false",
    "nom, -1000, false"
  })
  void sous_le_minimum_selon_la_borne_du_catalogue(String cle, String valeur, boolean sous) {
    ChampEnquete champ = catalogue.champ(TypeEnquete.INDIVIDUEL, cle).orElseThrow();
    assertThat(champ.sousLeMinimum(new java.math.BigDecimal(valeur))).isEqualTo(sous);
  }
}
