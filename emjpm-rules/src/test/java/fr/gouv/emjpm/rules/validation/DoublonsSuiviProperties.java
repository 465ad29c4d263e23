// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Le suivi des doublons par clé compacte ({@link Doublons.Suivi#premiere(NumeroRg, Optional, String)})
 * décide exactement comme le suivi par la chaîne {@link Doublons#cle} : mêmes lignes gardées, même
 * nombre d'écartées, sur des suites de lignes aux RG (hérités compris), SIRET et identifiants mêlés.
 */
class DoublonsSuiviProperties {

  private static final List<String> RG = List.of("10R00012", "10R00013", "0000000A", "02100167", "02100167-1",
      "02100167-12", "00000001", "A0000000");
  private static final List<Optional<Siret>> SIRETS = List.of(Optional.empty(),
      Optional.of(Siret.of("82254321300027")), Optional.of(Siret.of("11111111111111")));
  /** Identifiants de tribunal, dont un égal à un SIRET et un vide (tribunal non résolu). */
  private static final List<String> IDS = List.of("41", "42", "", "82254321300027");

  @Test
  void meme_decision_que_la_cle_en_chaine() {
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, RG.size() * SIRETS.size() * IDS.size() - 1)).ofSizeBetween(0, 40))
        .checkAssert(lignes -> {
          Doublons.Suivi parChaine = Doublons.suivi();
          Doublons.Suivi compact = Doublons.suivi();
          for (int n : lignes) {
            NumeroRg rg = new NumeroRg(RG.get(n % RG.size()));
            Optional<Siret> siret = SIRETS.get(n / RG.size() % SIRETS.size());
            String id = IDS.get(n / (RG.size() * SIRETS.size()));
            assertThat(compact.premiere(rg, siret, id)).isEqualTo(parChaine.premiere(Doublons.cle(rg, siret, id)));
          }
          assertThat(compact.ecartees()).isEqualTo(parChaine.ecartees());
        });
  }
}
