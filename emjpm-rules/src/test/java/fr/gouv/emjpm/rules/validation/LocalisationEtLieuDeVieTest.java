// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Géolocalisation d'une mesure, département d'un code postal et adresse obligatoire en France. */
class LocalisationEtLieuDeVieTest {
  private static final EmjpmEngine ENGINE =
      EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
  private static final ContexteRegles CTX = ENGINE.contexte();

  private static Mesure aLille() {
    return MesureFixtures.tutelleEnCours().withPays(Pays.FR).withCodePostal("59000").withVille("LILLE");
  }

  @Test
  void geolocaliseParCodePostalEtVilleSinonPremiereCommuneDuCodePostal() {
    Commune lille = CTX.referentiel().commune(CodeInsee.of("59350")).orElseThrow();
    Mesure m = Localisation.geolocaliser(aLille(), CTX);
    assertThat(m.latitude()).contains(lille.latitude());
    assertThat(m.longitude()).contains(lille.longitude());
    // ville inconnue du code postal : première commune du code postal
    Commune premiere = CTX.referentiel().communesDuCodePostal(CodePostal.of("59100")).get(0);
    Mesure inconnue = Localisation.geolocaliser(aLille().withCodePostal("59100").withVille("NULLE-PART"), CTX);
    assertThat(inconnue.latitude()).contains(premiere.latitude());
    assertThat(inconnue.longitude()).contains(premiere.longitude());
  }

  @Test
  void pasDeCoordonneesHorsDeFranceNiPourUnCodePostalMalForme() {
    Mesure placee = Localisation.geolocaliser(aLille(), CTX);
    assertThat(placee.latitude()).isPresent();
    Mesure belgique = Localisation.geolocaliser(placee.withPays(Pays.BE), CTX);
    assertThat(belgique.latitude()).isEmpty();
    assertThat(belgique.longitude()).isEmpty();
    Mesure malForme = Localisation.geolocaliser(placee.withCodePostal("5900"), CTX);
    assertThat(malForme.latitude()).isEmpty();
    Mesure sansCp = Localisation.geolocaliser(placee.withCodePostal(Optional.empty()), CTX);
    assertThat(sansCp.latitude()).isEmpty();
  }

  @Test
  void memePositionRendLaMemeInstanceSinonLaPositionChangeEnUneValeur() {
    Mesure m = Localisation.geolocaliser(aLille(), CTX);
    assertThat(Localisation.geolocaliser(m, CTX)).isSameAs(m);
    Commune lille = CTX.referentiel().commune(CodeInsee.of("59350")).orElseThrow();
    assertThat(m.position()).contains(lille.position());
    // le lieu change : la position suit, latitude et longitude ensemble, sans reconstruire la mesure champ par champ
    Mesure ailleurs = Localisation.geolocaliser(m.withCodePostal("75001").withVille("PARIS"), CTX);
    assertThat(ailleurs.position()).isPresent().isNotEqualTo(m.position());
    assertThat(ailleurs.withPosition(m.position())).isEqualTo(m.withCodePostal("75001").withVille("PARIS"));
  }

  @Test
  void laCommuneDuLieuDeVieEstCelleDuCodePostalEtDeLaVilleEnFranceSeulement() {
    Commune lille = CTX.referentiel().commune(CodeInsee.of("59350")).orElseThrow();
    assertThat(Localisation.commune(Pays.FR, Optional.of("59000"), Optional.of("LILLE"), CTX)).contains(lille);
    Commune premiere = CTX.referentiel().communesDuCodePostal(CodePostal.of("59100")).get(0);
    assertThat(Localisation.commune(Pays.FR, Optional.of("59100"), Optional.of("NULLE-PART"), CTX)).contains(premiere);
    assertThat(Localisation.commune(Pays.FR, Optional.of("59100"), Optional.empty(), CTX)).contains(premiere);
    assertThat(Localisation.commune(Pays.BE, Optional.of("59000"), Optional.of("LILLE"), CTX)).isEmpty();
    assertThat(Localisation.commune(Pays.FR, Optional.of("5900"), Optional.of("LILLE"), CTX)).isEmpty();
    assertThat(Localisation.commune(Pays.FR, Optional.empty(), Optional.of("LILLE"), CTX)).isEmpty();
  }

  @Test
  void departementConnuSeulementSIlEstAuReferentiel() {
    assertThat(Localisation.departementConnu(CodeDepartement.of("59"), CTX)).isTrue();
    assertThat(Localisation.departementConnu(CodeDepartement.of("96"), CTX)).isFalse();
    assertThat(ReglesLieuDeVie.departement(" 59000 ", CTX).valeur()).contains(CodeDepartement.of("59"));
    assertThat(ReglesLieuDeVie.departement("96000", CTX).violations()).extracting(Violation::code)
        .containsExactly("CODE_POSTAL_SANS_DEPARTEMENT");
    assertThat(ReglesLieuDeVie.departement("590", CTX).violations()).extracting(Violation::code)
        .containsExactly("CODE_POSTAL_MAL_FORME");
  }

  @Test
  void codePostalEtVilleBlancsSontAbsentsPasMalFormes() {
    List<Violation> v = ReglesLieuDeVie.verifier(Optional.of(LieuVie.DOMICILE), Optional.empty(), Optional.of(Pays.FR),
        Optional.of("   "), Optional.of("  "), true, CTX);
    assertThat(v).extracting(Violation::chemin).containsExactlyInAnyOrder("/codePostal", "/ville");
    assertThat(v).extracting(Violation::code).containsOnly("CHAMP_OBLIGATOIRE");
    List<Violation> remplis = ReglesLieuDeVie.verifier(Optional.of(LieuVie.DOMICILE), Optional.empty(),
        Optional.of(Pays.FR), Optional.of("59000"), Optional.of("LILLE"), true, CTX);
    assertThat(remplis).isEmpty();
  }

  @Test
  void antenneDuServiceAccepteeAntenneEtrangereRefusee() {
    SaisieMesure s = SaisieMesure.builder().antenneId(3L).build();
    assertThat(ValidationSaisie.verifier(s, Set.of(3L), CTX).codes()).doesNotContain("ANTENNE_INCONNUE");
    assertThat(ValidationSaisie.verifier(s, Set.of(4L), CTX).codes()).contains("ANTENNE_INCONNUE");
    // même règle par la façade du moteur
    assertThat(ENGINE.validation().verifier(s, Set.of(3L)).codes()).doesNotContain("ANTENNE_INCONNUE");
    assertThat(ENGINE.validation().verifier(s, Set.of()).codes()).contains("ANTENNE_INCONNUE");
    assertThat(ENGINE.validation().verifier(MesureFixtures.tutelleEnCours()).violations())
        .isEqualTo(Regle.appliquer(ReglesMesure.toutes(), MesureFixtures.tutelleEnCours(), CTX).violations());
  }

  @Test
  void unAncienSiretDesigneLeTribunalActuel() {
    fr.gouv.emjpm.domain.referentiel.Siret lille = fr.gouv.emjpm.domain.referentiel.Siret.of("17590111500709");
    fr.gouv.emjpm.domain.referentiel.Siret ancien = fr.gouv.emjpm.domain.referentiel.Siret.of("17590111500001");
    fr.gouv.emjpm.domain.tribunal.Tribunal actuel = CTX.referentiel().tribunal(lille).orElseThrow();
    EmjpmEngine avecAncien = EmjpmEngine.builder().clock(ENGINE.clock())
        .referentiel(CTX.referentiel().avecAnciensTribunaux(List.of(
            actuel.withId(fr.gouv.emjpm.domain.tribunal.TribunalId.of("ancien-lille")).withSiret(ancien)
                .withTribunalActuel(actuel.id()))))
        .build();
    assertThat(Localisation.tribunal(ancien, avecAncien.contexte())).contains(actuel.id());
    assertThat(Localisation.tribunal(lille, avecAncien.contexte())).contains(actuel.id());
    assertThat(Localisation.tribunal(ancien, CTX)).isEmpty();
  }
}
