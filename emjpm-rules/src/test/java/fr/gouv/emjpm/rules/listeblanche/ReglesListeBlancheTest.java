// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.TypeListeBlanche;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Règles du formulaire de liste blanche, par type, cas tirés des formulaires de l'original. */
class ReglesListeBlancheTest {

  private static final ReglesListeBlanche REGLES = EmjpmEngine.parDefaut().listeBlanche().regles();
  private static final CodeDepartement NORD = CodeDepartement.of("59");
  private static final Predicate<String> LIBRE = s -> false;

  static FormulaireListeBlanche individuel() {
    return FormulaireListeBlanche.builder().type(TypeListeBlanche.INDIVIDUEL)
        .nom("DUPONT").prenom("Jeanne").genre("F").email("j@exemple.fr").siret("82254321300027")
        .adresse("1 rue de Paris").codePostal("59000").ville("Lille")
        .addDepartementsAgrement(DepartementAgrement.financeur(NORD)).build();
  }

  static FormulaireListeBlanche prepose() {
    return FormulaireListeBlanche.builder().type(TypeListeBlanche.PREPOSE)
        .nom("DURAND").prenom("Luc").genre("H").email("l@exemple.fr")
        .addEtablissements(EtablissementPrepose.builder().etablissementId(3).rattachement(true).build()).build();
  }

  static FormulaireListeBlanche service(TypeListeBlanche type) {
    return FormulaireListeBlanche.builder().type(type).etablissement("ATMP du Nord").siret("82254321300027")
        .adresse("1 rue de Paris").codePostal("59000").ville("Lille").addDepartementsService(NORD).build();
  }

  private static List<String> codes(RapportValidation r) {
    return r.violations().stream().map(v -> v.code() + "@" + v.chemin()).toList();
  }

  static Stream<Arguments> cas() {
    return Stream.of(
        Arguments.of("individuel complet", individuel(), List.of()),
        Arguments.of("DPF individuel complet", individuel().withType(TypeListeBlanche.DPFI), List.of()),
        Arguments.of("individuel sans département", individuel().withDepartementsAgrement(List.of()),
            List.of("LB_DEPARTEMENT_OBLIGATOIRE@/departements", "LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE@/departements")),
        Arguments.of("individuel sans financeur",
            individuel().withDepartementsAgrement(DepartementAgrement.of(NORD)),
            List.of("LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE@/departements")),
        Arguments.of("deux financeurs (avertissement)", individuel().withDepartementsAgrement(
            DepartementAgrement.financeur(NORD), DepartementAgrement.financeur(CodeDepartement.of("62"))),
            List.of("LB_DEPARTEMENT_FINANCEUR_MULTIPLE@/departements")),
        Arguments.of("modification d'une entrée sans département : non exigé",
            individuel().withCreation(false).withPerimetreInitialVide(true).withDepartementsAgrement(List.of()),
            List.of()),
        Arguments.of("modification d'une entrée qui en avait : exigé",
            individuel().withCreation(false).withDepartementsAgrement(List.of()),
            List.of("LB_DEPARTEMENT_OBLIGATOIRE@/departements", "LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE@/departements")),
        Arguments.of("individuel code postal 4 chiffres", individuel().withCodePostal("5900"),
            List.of("LB_CODE_POSTAL_INVALIDE@/code_postal")),
        Arguments.of("individuel siret absent", individuel().withSiret(Optional.empty()),
            List.of("LB_SIRET_INVALIDE@/siret")),
        Arguments.of("individuel vide", FormulaireListeBlanche.builder().type(TypeListeBlanche.INDIVIDUEL).build(),
            List.of("LB_EMAIL_INVALIDE@/email", "LB_NOM_INVALIDE@/nom", "LB_PRENOM_INVALIDE@/prenom",
                "LB_CHAMP_OBLIGATOIRE@/genre", "LB_CHAMP_OBLIGATOIRE@/adresse", "LB_CODE_POSTAL_INVALIDE@/code_postal",
                "LB_CHAMP_OBLIGATOIRE@/ville", "LB_SIRET_INVALIDE@/siret", "LB_DEPARTEMENT_OBLIGATOIRE@/departements",
                "LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE@/departements")),
        Arguments.of("préposé complet", prepose(), List.of()),
        Arguments.of("préposé sans SIRET ni adresse : accepté", prepose().withSiret(Optional.empty()), List.of()),
        Arguments.of("préposé sans rattachement", prepose().withEtablissements(
            EtablissementPrepose.builder().etablissementId(3).build()),
            List.of("LB_ETABLISSEMENT_RATTACHEMENT_OBLIGATOIRE@/etablissements")),
        Arguments.of("préposé sans établissement", prepose().withEtablissements(List.of()),
            List.of("LB_ETABLISSEMENT_OBLIGATOIRE@/etablissements",
                "LB_ETABLISSEMENT_RATTACHEMENT_OBLIGATOIRE@/etablissements")),
        Arguments.of("service complet", service(TypeListeBlanche.SERVICE), List.of()),
        Arguments.of("service sans département : accepté", service(TypeListeBlanche.SERVICE)
            .withDepartementsService(List.of()), List.of()),
        Arguments.of("service e-mail invalide", service(TypeListeBlanche.SERVICE).withEmail("x"),
            List.of("LB_EMAIL_INVALIDE@/email")),
        Arguments.of("service organisme incomplet", service(TypeListeBlanche.SERVICE).withOrganismeGestionnaire(true)
            .withOrganismeNom("Asso"),
            List.of("PROFIL_CHAMP_OBLIGATOIRE@/org_adresse", "PROFIL_CHAMP_OBLIGATOIRE@/org_code_postal",
                "PROFIL_CHAMP_OBLIGATOIRE@/org_ville")),
        Arguments.of("SDPF complet", service(TypeListeBlanche.SDPF), List.of()),
        Arguments.of("SDPF deux départements", service(TypeListeBlanche.SDPF)
            .withDepartementsService(NORD, CodeDepartement.of("62")), List.of("LB_SDPF_DEPARTEMENT_UNIQUE@/departements")),
        Arguments.of("service vide", FormulaireListeBlanche.builder().type(TypeListeBlanche.SERVICE).build(),
            List.of("LB_CHAMP_OBLIGATOIRE@/etablissement", "LB_CHAMP_OBLIGATOIRE@/adresse",
                "LB_CODE_POSTAL_INVALIDE@/code_postal", "LB_CHAMP_OBLIGATOIRE@/ville", "LB_SIRET_INVALIDE@/siret")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cas")
  void formulaire(String cas, FormulaireListeBlanche f, List<String> attendus) {
    assertThat(codes(REGLES.verifier(f, LIBRE))).containsExactlyElementsOf(attendus);
  }

  @Test
  void siret_unique_dans_la_liste_blanche_avec_prefixe_sdpf() {
    Set<String> existants = Set.of("82254321300027");
    Function<FormulaireListeBlanche, List<String>> v = f -> codes(REGLES.verifier(f, existants::contains));
    assertThat(v.apply(service(TypeListeBlanche.SERVICE))).containsExactly("LB_SIRET_DEJA_UTILISE@/siret");
    assertThat(v.apply(individuel())).containsExactly("LB_SIRET_DEJA_UTILISE@/siret");
    // un SDPF peut partager le SIRET d'un service mandataire : la clé stockée est sdpf_<siret>
    assertThat(v.apply(service(TypeListeBlanche.SDPF))).isEmpty();
    assertThat(codes(REGLES.verifier(service(TypeListeBlanche.SDPF), Set.of("sdpf_82254321300027")::contains)))
        .containsExactly("LB_SIRET_DEJA_UTILISE@/siret");
    // SIRET inchangé : pas recontrôlé
    assertThat(v.apply(individuel().withSiretInitial("82254321300027"))).isEmpty();
    assertThat(TypeListeBlanche.SDPF.cleSiret("1")).isEqualTo("sdpf_1");
    assertThat(TypeListeBlanche.SERVICE.cleSiret("1")).isEqualTo("1");
  }

  @Test
  void messages_de_l_original() {
    RapportValidation r = REGLES.verifier(individuel().withDepartementsAgrement(DepartementAgrement.of(NORD))
        .withSiret("1"), LIBRE);
    assertThat(r.violations()).extracting(v -> v.message()).containsExactly(
        "Le SIRET doit être composé de 14 chiffres. Par exemple: 82254321300027.",
        "Veuillez sélectionner un département financeur");
  }
}
