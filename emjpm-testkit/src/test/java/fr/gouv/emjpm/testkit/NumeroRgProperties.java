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
}
