// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheIndividuel;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreRemplissageIdentiteTest {
  private static final Referentiel REF = Referentiel.embarque();
  private static final String INFOS = "enquete_reponses_informations_mandataire";
  private static final String AGR = "enquete_reponses_agrements_formations";
  private static final String MOD = "enquete_reponses_modalites_exercice";
  private static final CodeDepartement NORD = CodeDepartement.of("59");
  private static final CodeDepartement PAS_DE_CALAIS = CodeDepartement.of("62");

  private static ReponseEnquete preRemplir(TypeEnquete type, List<Mesure> ms, IdentiteRepondant id) {
    return PreRemplissageEnquete.preRemplir(type, 2021, ms, Optional.empty(), BaremesRevenus.originaux(), id, REF)
        .valeur().orElseThrow();
  }

  private static Optional<ValeurReponse> v(ReponseEnquete r, String table, String cle) {
    return r.valeur(table, cle);
  }

  private static Mesure auTrenteEtUn(CodeDepartement dep) {
    return MesureFixtures.tutelleEnCours().withDateNomination(LocalDate.of(2019, 3, 1)).withDepartement(dep);
  }

  @Test
  void individuelDepuisSaListeBlanche() {
    ListeBlancheIndividuel lb = ListeBlancheIndividuel.builder().id(7)
        .addDepartementsAgrement(DepartementAgrement.of(PAS_DE_CALAIS), DepartementAgrement.financeur(NORD))
        .build();
    IdentiteRepondant id = IdentiteRepondant.depuisListeBlanche(lb)
        .nom(IdentiteRepondant.nomMandataire("jean-marie", "DE LA FONTAINE")).sexe("H").build();
    Mesure eteinteEn2020 = auTrenteEtUn(NORD).withStatut(StatutMesure.ETEINTE)
        .withDateFinMesure(LocalDate.of(2020, 6, 1));
    Mesure ouverteEn2021 = auTrenteEtUn(NORD).withDateNomination(LocalDate.of(2021, 2, 1));
    List<Mesure> ms = List.of(auTrenteEtUn(NORD), auTrenteEtUn(NORD), auTrenteEtUn(PAS_DE_CALAIS),
        eteinteEn2020, ouverteEn2021);
    ReponseEnquete r = preRemplir(TypeEnquete.INDIVIDUEL, ms, id);

    assertThat(id.departementReponse()).contains(NORD);
    assertThat(v(r, INFOS, "nom")).contains(ValeurReponse.texte("Jean-Marie De La Fontaine"));
    assertThat(v(r, INFOS, "departement")).contains(ValeurReponse.texte("Nord"));
    assertThat(v(r, INFOS, "region")).contains(ValeurReponse.texte("Hauts-de-France"));
    assertThat(v(r, INFOS, "sexe")).contains(ValeurReponse.texte("H"));
    assertThat(v(r, AGR, "nb_departements")).contains(ValeurReponse.texte("2"));
    // stock au 31/12/2020 : deux dans le Nord, une dans le Pas-de-Calais ; ni l'éteinte ni celle de 2021
    assertThat(v(r, AGR, "nb_mesures_dep_finance")).contains(ValeurReponse.entier(2));
    assertThat(v(r, AGR, "nb_mesures_dep_autres")).contains(ValeurReponse.entier(1));
    // le statut de la sous-section reste calculable et l'identité la rend non vide
    assertThat(MoteurStatutEnquete.standard().statut(r).global()).isNotNull();
  }

  @Test
  void sansFinanceurPremierDepartementDeLaListeBlancheSinonCeluiDuMandataire() {
    IdentiteRepondant lb = IdentiteRepondant.builder().addDepartementsListeBlanche(PAS_DE_CALAIS, NORD)
        .departementGestionnaire(CodeDepartement.of("75")).build();
    assertThat(lb.departementReponse()).contains(PAS_DE_CALAIS);
    IdentiteRepondant mandataire = IdentiteRepondant.builder().departementGestionnaire(CodeDepartement.of("2A")).build();
    ReponseEnquete r = preRemplir(TypeEnquete.SERVICE, List.of(), mandataire);
    assertThat(v(r, "enquete_reponses_service_informations", "departement")).contains(ValeurReponse.texte("Corse-du-Sud"));
    assertThat(v(r, "enquete_reponses_service_informations", "region")).contains(ValeurReponse.texte("Corse"));
    assertThat(v(r, "enquete_reponses_service_informations", "nom")).isEmpty();
  }

  @Test
  void sansAucunDepartementLeRepondantNEstPasCree() {
    Resultat<ReponseEnquete> r = PreRemplissageEnquete.preRemplir(TypeEnquete.SERVICE, 2021, List.of(),
        Optional.empty(), BaremesRevenus.originaux(), IdentiteRepondant.builder().nom("Service X").build(), REF);
    assertThat(r.violations()).extracting(x -> x.code()).containsExactly("ENQUETE_DEPARTEMENT_INCONNU");
  }

  @Test
  void preposeRaisonSocialeEtEtablissementsAvecTypeTireDeLaCategorieFiness() {
    FicheEtablissement chu = FicheEtablissement.builder().finess("590780193").raisonSociale("CHU de Lille")
        .categorieFiness("101").libelleStatut("Etablissement public de santé").build();
    FicheEtablissement ehpad = FicheEtablissement.builder().finess("590000001").raisonSociale("EHPAD Les Tilleuls")
        .categorieFiness("500").libelleStatut("Association loi 1901").build();
    FicheEtablissement inconnu = FicheEtablissement.builder().finess("590000002").raisonSociale("Foyer")
        .categorieFiness("999").build();
    IdentiteRepondant id = IdentiteRepondant.builder().departementReference(NORD)
        .addEtablissements(chu, ehpad, inconnu).build();
    ReponseEnquete r = preRemplir(TypeEnquete.PREPOSE, List.of(auTrenteEtUn(NORD)), id);

    assertThat(v(r, MOD, "raison_sociale")).contains(ValeurReponse.texte("CHU de Lille"));
    assertThat(v(r, MOD, "departement")).contains(ValeurReponse.texte("Nord"));
    assertThat(v(r, MOD, "total_mesures_etablissements")).contains(ValeurReponse.entier(1));
    ValeurReponse.Liste liste = (ValeurReponse.Liste) v(r, MOD, "nombre_lits_journee_hospitalisation").orElseThrow();
    assertThat(liste.elements()).hasSize(3);
    assertThat(liste.elements().get(0).membre("statut")).contains(ValeurReponse.texte("public"));
    assertThat(liste.elements().get(0).membre("type")).contains(ValeurReponse.texte("etablissement_autre"));
    assertThat(liste.elements().get(1).membre("statut")).contains(ValeurReponse.texte("private"));
    assertThat(liste.elements().get(1).membre("type")).contains(ValeurReponse.texte("etablissement_personnes_agees"));
    assertThat(liste.elements().get(2).membre("statut")).isEmpty();
    assertThat(liste.elements().get(2).membre("type")).isEmpty();
    assertThat(liste.elements().get(2).membre("finess")).contains(ValeurReponse.texte("590000002"));
  }

  @ParameterizedTest
  @CsvSource({"101,etablissement_autre", "292,etablissement_specialise_psychiatrie",
      "156,etablissement_specialise_psychiatrie", "362,etablissement_soins_longue_duree",
      "500,etablissement_personnes_agees", "202,etablissement_personnes_agees",
      "255,etablissement_personnes_handicapees", "214,etablissement_autre_social",
      "340,etablissement_autre_social", "697,etablissement_autre"})
  void typeEtablissementParAgregatFiness(String categorie, String attendu) {
    String type = PreRemplissageIdentite.typeEtablissement(REF.categorieFiness(categorie).orElseThrow());
    assertThat(type).isEqualTo(attendu);
    // chaque code produit appartient à l'énumération TYPE_ETABLISSEMENT du catalogue
    assertThat(List.of("etablissement_personnes_agees", "etablissement_personnes_handicapees",
        "etablissement_autre_social", "etablissement_specialise_psychiatrie",
        "etablissement_soins_longue_duree", "etablissement_autre")).contains(type);
  }

  @ParameterizedTest
  @CsvSource({"1,1", "4,4", "5,5+", "9,5+"})
  void nombreDeDepartements(long n, String code) {
    assertThat(PreRemplissageIdentite.codeNbDepartements(n)).isEqualTo(code);
  }

  @Test
  void nomCapitaliseCommeLOriginal() {
    assertThat(IdentiteRepondant.nomMandataire("  éLODIE ", "d'ARTAGNAN")).isEqualTo("Élodie D'Artagnan");
  }
}
