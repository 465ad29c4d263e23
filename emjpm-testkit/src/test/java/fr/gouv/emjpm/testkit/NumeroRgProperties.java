// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import org.junit.jupiter.api.Test;

class NumeroRgProperties {

  @Test
  void laNormalisationEstIdempotente() {
    qt().withExamples(2000).forAll(EmjpmGen.textesArbitraires())
        .check(s -> NumeroRg.normaliser(NumeroRg.normaliser(s)).equals(NumeroRg.normaliser(s)));
  }

  @Test
  void laNormalisationDonneToujoursHuitCaracteresAlphanumeriquesMajuscules() {
    qt().withExamples(2000).forAll(EmjpmGen.textesArbitraires())
        .check(s -> NumeroRg.normaliser(s).matches("[A-Z0-9]{8}"));
  }

  @Test
  void unTexteEstValideSSIlEgaleSaNormalisation() {
    qt().withExamples(2000).forAll(EmjpmGen.textesArbitraires().mix(EmjpmGen.numerosRg().map(NumeroRg::valeur)))
        .check(s -> NumeroRg.estValide(s) == s.equals(NumeroRg.normaliser(s)));
  }

  @Test
  void parseAccepteExactementLesTextesValides() {
    qt().withExamples(2000).forAll(EmjpmGen.textesArbitraires().mix(EmjpmGen.numerosRg().map(NumeroRg::valeur)))
        .check(s -> NumeroRg.parse(s).estSucces() == NumeroRg.estValide(s));
  }

  @Test
  void lesRgGeneresSontNormalises() {
    qt().forAll(EmjpmGen.numerosRg()).check(rg -> NumeroRg.estValide(rg.valeur()));
  }

  /** Les saisies qui ne sont pas un RG hérité suivent la normalisation de l'original, sans exception. */
  @Test
  void normaliseSuitLOriginalHorsRgHerites() {
    qt().withExamples(2000).forAll(EmjpmGen.textesArbitraires())
        .check(s -> NumeroRg.estFormeHeritee(s.strip())
            ? NumeroRg.normalise(s).valeur().equals(s.strip())
            : NumeroRg.normalise(s).valeur().equals(NumeroRg.normaliser(s)));
  }

  /** Un RG hérité (RG normalisé suffixé « -N ») se relit sur lui-même, et jamais sur le RG qu'il suffixe. */
  @Test
  void unRgHeriteSeRelitSurLuiMeme() {
    qt().forAll(EmjpmGen.numerosRg(), org.quicktheories.generators.SourceDSL.integers().between(1, 9999))
        .check((rg, rang) -> {
          String herite = rg.valeur() + "-" + rang;
          NumeroRg relu = NumeroRg.normalise(herite);
          return relu.estHerite() && relu.valeur().equals(herite) && !relu.equals(rg)
              && NumeroRg.normalise(relu.valeur()).equals(relu) && !NumeroRg.estValide(herite);
        });
  }
}
