// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Les règles de la saisie réécrites pour le coût par ligne (issue 18) rendent exactement les violations
 * des règles d'avant ({@link ReglesSaisieMesureAvant}, {@link ReglesLieuDeVieAvant}, copies gardées en
 * oracle) : mêmes codes, gravités, chemins, messages et arguments, dans le même ordre.
 */
class SaisieAvantApresProperties {

  private static final ContexteRegles CTX = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2023-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"))).build().contexte();

  @Test
  void validation_de_la_saisie_identique_aux_regles_d_avant() {
    qt().withExamples(3_000).forAll(EmjpmGen.depuis(SaisiesVariees.saisies(CTX)::apply)).checkAssert(s -> {
      for (Set<Long> antennes : List.<Set<Long>>of(Set.of(), Set.of(5L))) {
        RapportValidation avant = Regle.appliquer(ReglesSaisieMesureAvant.toutes(), s, CTX);
        if (s.antenneId().filter(a -> !antennes.contains(a)).isPresent()) {
          avant = avant.fusionner(RapportValidation.de(Violation.de(CodeRegle.ANTENNE_INCONNUE, "/antenneId", Map.of())));
        }
        assertThat(ValidationSaisie.verifier(s, antennes, CTX)).isEqualTo(avant);
      }
    });
  }

  @Test
  void lieu_de_vie_identique_aux_regles_d_avant() {
    qt().withExamples(3_000).forAll(integers().all()).checkAssert(graine -> {
      SplittableRandom alea = new SplittableRandom(graine);
      SaisieEtat e = SaisiesVariees.etat(alea, java.time.LocalDate.of(2020, 1, 1));
      boolean formulaire = alea.nextBoolean();
      boolean facultatif = alea.nextBoolean();
      Optional<LieuVie> lieu = e.lieuVie();
      Optional<TypeEtablissement> type = e.typeEtablissement();
      Optional<Pays> pays = e.pays();
      assertThat(ReglesLieuDeVie.verifier(lieu, type, pays, e.codePostal(), e.ville(), formulaire, facultatif, CTX))
          .isEqualTo(ReglesLieuDeVieAvant.verifier(lieu, type, pays, e.codePostal(), e.ville(), formulaire,
              facultatif, CTX));
      assertThat(ReglesLieuDeVie.verifier(lieu, type, pays, e.codePostal(), e.ville(), formulaire, CTX))
          .isEqualTo(ReglesLieuDeVieAvant.verifier(lieu, type, pays, e.codePostal(), e.ville(), formulaire, CTX));
      e.codePostal().ifPresent(cp -> assertThat(ReglesLieuDeVie.departement(cp, CTX))
          .isEqualTo(ReglesLieuDeVieAvant.departement(cp, CTX)));
    });
  }
}
