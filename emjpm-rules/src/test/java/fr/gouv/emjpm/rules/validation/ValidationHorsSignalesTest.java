// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Validation d'une saisie lue en partie : une violation qui vise un champ déjà signalé illisible (le
 * champ, un de ses sous-champs ou le champ qui le contient) n'est pas répétée ; les autres sont traduites
 * vers les chemins de l'appelant.
 */
class ValidationHorsSignalesTest {

  private static final ContexteRegles CTX = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Paris"))).build().contexte();

  @Test
  void meme_champ_egal_contenu_ou_contenant() {
    assertThat(ValidationSaisie.memeChamp("/civilite", "/civilite")).isTrue();
    assertThat(ValidationSaisie.memeChamp("/etats/0", "/etats/0/pays")).isTrue();
    assertThat(ValidationSaisie.memeChamp("/etats/0/pays", "/etats/0")).isTrue();
    assertThat(ValidationSaisie.memeChamp("/etats/0", "/etats/01")).isFalse();
    assertThat(ValidationSaisie.memeChamp("/etats/01", "/etats/0")).isFalse();
    assertThat(ValidationSaisie.memeChamp("/civilite", "/ville")).isFalse();
  }

  @Test
  void les_violations_des_champs_deja_signales_ne_sont_pas_repetees() {
    // sans civilité ni état : civilité et états obligatoires ; l'appelant a déjà signalé la civilité
    SaisieMesure s = SaisieMesure.builder().numeroRg("18/a32450").anneeNaissance(1980)
        .tribunalSiret(SaisiesVariees.BOURG).dateNomination(LocalDate.of(2020, 1, 1)).build();
    List<Violation> v = ValidationSaisie.verifierHorsSignales(s, Set.of(), CTX, x -> x.prefixee("Feuil1!"),
        List.of("Feuil1!/civilite"));
    assertThat(v).extracting(Violation::code, Violation::chemin)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ETATS_OBLIGATOIRES", "Feuil1!/etats"));
    // rien de signalé : les deux, traduites
    assertThat(ValidationSaisie.verifierHorsSignales(s, Set.of(), CTX, x -> x.prefixee("L2"), List.of()))
        .extracting(Violation::chemin).containsExactly("L2/civilite", "L2/etats");
    // un sous-champ signalé couvre le champ qui le contient (et inversement)
    assertThat(ValidationSaisie.verifierHorsSignales(s, Set.of(), CTX, x -> x, List.of("/etats/0")))
        .extracting(Violation::chemin).containsExactly("/civilite");
    assertThat(ValidationSaisie.verifierHorsSignales(s, Set.of(), CTX, x -> x, List.of("/civilite/code")))
        .extracting(Violation::chemin).containsExactly("/etats");
  }
}
