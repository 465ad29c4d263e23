// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationSaisieTest {

  private static final ContexteRegles CTX =
      EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2024-12-31T22:30:00Z"), ZoneId.of("Europe/Paris"))).build().contexte();

  private static SaisieEtat etat(String date) {
    return SaisieEtat.builder()
        .dateChangementEtat(LocalDate.parse(date))
        .nature(NatureMesure.CURATELLE_SIMPLE)
        .lieuVie(LieuVie.DOMICILE)
        .pays(Pays.FR)
        .codePostal("75005")
        .ville("PARIS")
        .build();
  }

  @Test
  void saisieVideRassembleLesObligatoires() {
    RapportValidation r = ValidationSaisie.verifier(SaisieMesure.builder().build(), Set.of(), CTX);
    assertThat(r.violations())
        .extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrder(
            tuple("CHAMP_OBLIGATOIRE", "/numeroRg"),
            tuple("CHAMP_OBLIGATOIRE", "/anneeNaissance"),
            tuple("CHAMP_OBLIGATOIRE", "/civilite"),
            tuple("CHAMP_OBLIGATOIRE", "/tribunalSiret"),
            tuple("CHAMP_OBLIGATOIRE", "/dateNomination"),
            tuple("ETATS_OBLIGATOIRES", "/etats"));
  }

  @Test
  void reglesCroiseesEtEtatsAvecChemins() {
    SaisieMesure s =
        SaisieMesure.builder()
            .numeroRg("18a32450")
            .strictNumeroRg(true)
            .anneeNaissance(2025)
            .civilite(Civilite.MONSIEUR)
            .dateNomination(LocalDate.of(2020, 6, 1))
            .datePremiereMesure(LocalDate.of(2021, 1, 1))
            .antenneId(5L)
            .tribunalSiret(fr.gouv.emjpm.domain.referentiel.Siret.of("11111111111111"))
            .addEtats(etat("2018-02-01"))
            .addEtats(etat("2020-05-12").withLieuVie(LieuVie.ETABLISSEMENT).withCodePostal("7A005"))
            .addEtats(etat("2018-02-01").withPays(java.util.Optional.empty()))
            .addRessources(SaisieRessource.builder().annee(2024).niveauRessource(BigDecimal.ONE).build())
            .addRessources(SaisieRessource.builder().annee(2024).niveauRessource(BigDecimal.valueOf(-1)).build())
            .build();
    RapportValidation r = ValidationSaisie.verifier(s, Set.of(4L), CTX);
    assertThat(r.violations())
        .extracting(Violation::code, Violation::chemin)
        .contains(
            tuple("RG_NON_NORMALISE_STRICT", "/numeroRg"),
            tuple("ANNEE_NAISSANCE_HORS_BORNES", "/anneeNaissance"),
            tuple("DATE_NOMINATION_AVANT_PREMIERE_MESURE", "/dateNomination"),
            tuple("TYPE_ETABLISSEMENT_OBLIGATOIRE", "/etats/1/typeEtablissement"),
            tuple("CODE_POSTAL_MAL_FORME", "/etats/1/codePostal"),
            tuple("ETATS_MEME_JOUR", "/etats/2/dateChangementEtat"),
            tuple("CHAMP_OBLIGATOIRE", "/etats/2/pays"),
            tuple("RESSOURCE_ANNEE_EN_DOUBLE", "/ressources/1/annee"),
            tuple("RESSOURCE_MONTANT_NEGATIF", "/ressources/1/niveauRessource"),
            tuple("ANTENNE_INCONNUE", "/antenneId"));
    assertThat(r.violations()).filteredOn(v -> v.code().equals("ETATS_MEME_JOUR")).allMatch(v -> v.gravite() == Gravite.AVERTISSEMENT);
    assertThat(r.violations()).extracting(Violation::message).contains("Le SIRET du Tribunal est invalide.", "Le champ « pays » est obligatoire.");
  }

  @Test
  void dateDeNominationComparéeAuPlusRecentDesEtats() {
    SaisieMesure s =
        SaisieMesure.builder()
            .dateNomination(LocalDate.of(2019, 1, 1))
            .addEtats(etat("2020-01-01"), etat("2018-01-01"))
            .build();
    assertThat(ReglesSaisieMesure.DATES.verifier(s, CTX)).isEmpty();
    assertThat(ReglesSaisieMesure.DATES.verifier(s.withDateNomination(LocalDate.of(2020, 1, 2)), CTX))
        .extracting(Violation::code)
        .containsExactly("DATE_NOMINATION_APRES_DERNIER_ETAT");
  }

  @Test
  void rgNonStrictAccepteUnRgANormaliser() {
    SaisieMesure s = SaisieMesure.builder().numeroRg("18/a3245").build();
    assertThat(ReglesSaisieMesure.NUMERO_RG.verifier(s, CTX)).isEmpty();
  }
}
