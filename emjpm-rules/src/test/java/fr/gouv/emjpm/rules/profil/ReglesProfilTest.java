// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Règles des formulaires de profil, cas tirés des formulaires de l'original. */
class ReglesProfilTest {

  private static final ReglesProfil REGLES = EmjpmEngine.parDefaut().profils().regles();
  private static final Predicate<Siret> AUCUN_PRIS = s -> false;

  static final AdresseGeocodee GEOCODE = AdresseGeocodee.builder()
      .libelle("1 Rue de Paris 59000 Lille").codePostal("59000").ville("Lille").departement("59")
      .latitude(50.63).longitude(3.06).build();

  static FormulaireMandataire individuel() {
    return FormulaireMandataire.builder()
        .type(TypeGestionnaire.INDIVIDUEL)
        .email("mandataire@exemple.fr").nom("DUPONT").prenom("Jeanne").genre("F").telephone("0320000000")
        .dispoMax(40).adresseGeocodee(GEOCODE).siret("82254321300027")
        .addTribunaux(TribunalId.of("1"))
        .build();
  }

  private static List<String> codes(RapportValidation r) {
    return r.violations().stream().map(v -> v.code() + "@" + v.chemin()).toList();
  }

  @Test
  void profil_complet_valide() {
    assertThat(REGLES.verifier(individuel(), AUCUN_PRIS).violations()).isEmpty();
  }

  static Stream<Arguments> casMandataire() {
    return Stream.of(
        Arguments.of("siret absent (individuel)", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSiret(Optional.empty()), List.of("PROFIL_SIRET_OBLIGATOIRE@/siret")),
        Arguments.of("siret blanc", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSiret("   "), List.of("PROFIL_SIRET_OBLIGATOIRE@/siret")),
        Arguments.of("siret de 13 chiffres", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSiret("8225432130002"), List.of("PROFIL_SIRET_INVALIDE@/siret")),
        Arguments.of("siret avec lettre", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSiret("8225432130002A"), List.of("PROFIL_SIRET_INVALIDE@/siret")),
        Arguments.of("siret absent (préposé)", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withType(TypeGestionnaire.PREPOSE).withSiret(Optional.empty()), List.of()),
        Arguments.of("siret mal formé (préposé)", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withType(TypeGestionnaire.PREPOSE).withSiret("123"), List.of("PROFIL_SIRET_INVALIDE@/siret")),
        Arguments.of("suspendu sans motif", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSuspendu(true), List.of("PROFIL_MOTIF_SUSPENSION_OBLIGATOIRE@/suspend_activity_reason")),
        Arguments.of("suspendu motif blanc", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSuspendu(true).withMotifSuspension(" "),
            List.of("PROFIL_MOTIF_SUSPENSION_OBLIGATOIRE@/suspend_activity_reason")),
        Arguments.of("suspendu avec motif", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withSuspendu(true).withMotifSuspension("Congé"), List.of()),
        Arguments.of("motif sans suspension", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withMotifSuspension(""), List.of()),
        Arguments.of("adresse affichée exigée", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withUtiliserAdresseLocalisation(false), List.of("PROFIL_ADRESSE_OBLIGATOIRE@/adresse")),
        Arguments.of("adresse affichée fournie", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withUtiliserAdresseLocalisation(false).withAdresse("BP 12"), List.of()),
        Arguments.of("géocodage absent", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withAdresseGeocodee(Optional.empty()), List.of("PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE@/geocode")),
        Arguments.of("géocodage sans département", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withAdresseGeocodee(GEOCODE.withDepartement(Optional.empty())),
            List.of("PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE@/geocode")),
        Arguments.of("géocodage latitude 0", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withAdresseGeocodee(GEOCODE.withLatitude(0.0)),
            List.of("PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE@/geocode")),
        Arguments.of("e-mail invalide", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withEmail("pas un mail"), List.of("PROFIL_EMAIL_INVALIDE@/email")),
        Arguments.of("e-mail sans point accepté comme l'original", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withEmail("a@b"), List.of()),
        Arguments.of("dispo_max absent", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withDispoMax(Optional.empty()), List.of("PROFIL_DISPO_MAX_INVALIDE@/dispo_max")),
        Arguments.of("aucun tribunal", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> f.withTribunaux(List.of()), List.of("PROFIL_TRIBUNAL_PREFERE_OBLIGATOIRE@/tis")),
        Arguments.of("tout vide", (Function<FormulaireMandataire, FormulaireMandataire>)
            f -> FormulaireMandataire.builder().type(TypeGestionnaire.INDIVIDUEL).build(),
            List.of("PROFIL_EMAIL_INVALIDE@/email", "PROFIL_NOM_INVALIDE@/nom", "PROFIL_PRENOM_INVALIDE@/prenom",
                "PROFIL_CHAMP_OBLIGATOIRE@/genre", "PROFIL_TELEPHONE_INVALIDE@/telephone",
                "PROFIL_DISPO_MAX_INVALIDE@/dispo_max", "PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE@/geocode",
                "PROFIL_SIRET_OBLIGATOIRE@/siret", "PROFIL_TRIBUNAL_PREFERE_OBLIGATOIRE@/tis")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("casMandataire")
  void mandataire(String cas, Function<FormulaireMandataire, FormulaireMandataire> modif, List<String> attendus) {
    assertThat(codes(REGLES.verifier(modif.apply(individuel()), AUCUN_PRIS))).containsExactlyElementsOf(attendus);
  }

  @Test
  void siret_unique_parmi_les_mandataires_sauf_s_il_est_inchange() {
    Predicate<Siret> pris = s -> s.valeur().equals("82254321300027");
    assertThat(codes(REGLES.verifier(individuel(), pris))).containsExactly("PROFIL_SIRET_DEJA_UTILISE@/siret");
    assertThat(REGLES.verifier(individuel().withSiretInitial("82254321300027"), pris).estValide()).isTrue();
    assertThat(codes(REGLES.verifier(individuel().withSiretInitial("11111111111111"), pris)))
        .containsExactly("PROFIL_SIRET_DEJA_UTILISE@/siret");
  }

  @Test
  void messages_de_l_original_sans_donnee_saisie() {
    RapportValidation r = REGLES.verifier(individuel().withSiret("123").withSuspendu(true), AUCUN_PRIS);
    assertThat(r.violations()).extracting(Violation::message).containsExactly(
        "Le SIRET est composé de 14 chiffres. Par exemple: 82254321300027.", "Veuillez renseigner ce champ.");
    assertThat(r.violations()).allSatisfy(v -> assertThat(v.message()).doesNotContain("123"));
    assertThat(r.violations().get(0).arguments()).containsEntry("champ", "siret");
  }

  // ----- service -----

  static FormulaireService service() {
    return FormulaireService.builder()
        .nom("ATMP du Nord").email("contact@atmp.fr").contactNom("MARTIN").contactPrenom("Paul").contactGenre("H")
        .dispoMax(100).adresseGeocodee(GEOCODE).addTribunaux(TribunalId.of("1")).build();
  }

  static Stream<Arguments> casService() {
    String c255 = "é".repeat(255);
    return Stream.of(
        Arguments.of("complet", (Function<FormulaireService, FormulaireService>) f -> f, List.of()),
        Arguments.of("compétences 255", (Function<FormulaireService, FormulaireService>) f -> f.withCompetences(c255), List.of()),
        Arguments.of("compétences 256", (Function<FormulaireService, FormulaireService>) f -> f.withCompetences(c255 + "x"),
            List.of("PROFIL_COMPETENCES_TROP_LONGUES@/competences")),
        Arguments.of("organisme déclaré incomplet", (Function<FormulaireService, FormulaireService>)
            f -> f.withOrganismeGestionnaire(true).withOrganismeCodePostal("7500"),
            List.of("PROFIL_ORG_CODE_POSTAL_INVALIDE@/org_code_postal", "PROFIL_CHAMP_OBLIGATOIRE@/org_nom",
                "PROFIL_CHAMP_OBLIGATOIRE@/org_adresse", "PROFIL_CHAMP_OBLIGATOIRE@/org_ville")),
        Arguments.of("organisme déclaré sans code postal", (Function<FormulaireService, FormulaireService>)
            f -> f.withOrganismeGestionnaire(true).withOrganismeNom("Asso").withOrganismeAdresse("1 rue")
                .withOrganismeVille("Lille"),
            List.of("PROFIL_CHAMP_OBLIGATOIRE@/org_code_postal")),
        Arguments.of("organisme complet", (Function<FormulaireService, FormulaireService>)
            f -> f.withOrganismeGestionnaire(true).withOrganismeNom("Asso").withOrganismeAdresse("1 rue")
                .withOrganismeCodePostal("59000").withOrganismeVille("Lille"), List.of()),
        Arguments.of("capacité sous la somme des antennes", (Function<FormulaireService, FormulaireService>)
            f -> f.withNombreAntennes(2).withSommeCapacitesAntennes(120),
            List.of("PROFIL_CAPACITE_SERVICE_INSUFFISANTE@/dispo_max")),
        Arguments.of("capacité égale à la somme", (Function<FormulaireService, FormulaireService>)
            f -> f.withNombreAntennes(2).withSommeCapacitesAntennes(100), List.of()),
        Arguments.of("capacité 0 non contrôlée (original)", (Function<FormulaireService, FormulaireService>)
            f -> f.withDispoMax(0).withNombreAntennes(2).withSommeCapacitesAntennes(10), List.of()),
        Arguments.of("suspendu sans motif", (Function<FormulaireService, FormulaireService>) f -> f.withSuspendu(true),
            List.of("PROFIL_MOTIF_SUSPENSION_OBLIGATOIRE@/suspend_activity_reason")),
        Arguments.of("nom du service absent", (Function<FormulaireService, FormulaireService>)
            f -> f.withNom(Optional.empty()), List.of("PROFIL_CHAMP_OBLIGATOIRE@/etablissement")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("casService")
  void service(String cas, Function<FormulaireService, FormulaireService> modif, List<String> attendus) {
    assertThat(codes(REGLES.verifier(modif.apply(service())))).containsExactlyElementsOf(attendus);
  }

  @Test
  void message_de_capacite_du_service() {
    Violation v = REGLES.verifier(service().withNombreAntennes(1).withSommeCapacitesAntennes(150)).violations().get(0);
    assertThat(v.message()).isEqualTo("Le nombre de mesures souhaitées au niveau global pour le service doit être "
        + "égal ou supérieur au total du nombre de mesures souhaitées par antenne. C'est à dire, actuellement 150.");
  }

  // ----- antenne -----

  static FormulaireAntenne antenne() {
    return FormulaireAntenne.builder().nom("Antenne de Lille").contactNom("MARTIN").contactPrenom("Paul")
        .contactEmail("antenne@atmp.fr").contactTelephone("0320000000").adresseGeocodee(GEOCODE)
        .mesuresMax(20).capaciteService(100).sommeAutresAntennes(80).build();
  }

  @Test
  void antenne_complete_et_a_la_limite() {
    assertThat(REGLES.verifier(antenne()).violations()).isEmpty();
  }

  @Test
  void antenne_depasse_la_capacite_du_service() {
    RapportValidation r = REGLES.verifier(antenne().withMesuresMax(21));
    assertThat(codes(r)).containsExactly("PROFIL_CAPACITE_ANTENNES_EXCESSIVE@/mesures_max");
    assertThat(r.violations().get(0).message()).contains("actuellement 100. Le total par antenne s'élèverai à 101.");
    // 0 : non contrôlé, comme l'original
    assertThat(REGLES.verifier(antenne().withMesuresMax(0).withSommeAutresAntennes(500)).estValide()).isTrue();
  }

  @Test
  void antenne_vide() {
    assertThat(codes(REGLES.verifier(FormulaireAntenne.builder().build()))).containsExactly(
        "PROFIL_CHAMP_OBLIGATOIRE@/name", "PROFIL_NOM_INVALIDE@/contact_lastname",
        "PROFIL_PRENOM_INVALIDE@/contact_firstname", "PROFIL_EMAIL_INVALIDE@/contact_email",
        "PROFIL_TELEPHONE_INVALIDE@/contact_phone", "PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE@/geocode",
        "PROFIL_DISPO_MAX_INVALIDE@/mesures_max");
  }
}
