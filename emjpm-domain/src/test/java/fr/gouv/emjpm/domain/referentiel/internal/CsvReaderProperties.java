// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvReaderProperties {

  /** Champs faits de caractères « dangereux » : séparateur, guillemet, CR, LF, lettres accentuées. */
  private static Gen<String> champs() {
    Gen<String> alphabet = strings().betweenCodePoints(0, 6).ofLengthBetween(0, 8);
    String[] symboles = {"a", ",", "\"", "\r", "\n", "é", "\r\n"};
    return alphabet.map(
        s -> s.codePoints().mapToObj(c -> symboles[c]).collect(Collectors.joining()));
  }

  private static String ecrire(List<List<String>> lignes) {
    StringBuilder b = new StringBuilder();
    for (List<String> ligne : lignes) {
      b.append(
          ligne.stream()
              .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
              .collect(Collectors.joining(",")));
      b.append("\r\n");
    }
    return b.toString();
  }

  @Test
  void ecrireToutProtegerPuisRelireRendLesMemesChamps() {
    qt().forAll(lists().of(lists().of(champs()).ofSizeBetween(1, 5)).ofSizeBetween(0, 6))
        .checkAssert(
            lignes -> {
              try {
                assertThat(CsvReaderTest.lireTout(ecrire(lignes))).isEqualTo(lignes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
