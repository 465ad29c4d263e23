// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * La normalisation réécrite sans {@code StringBuilder} (issue 18 : coût par ligne importée) rend
 * exactement ce que rendait celle d'origine (copiée ici en oracle), ainsi que la reconnaissance des RG
 * hérités : textes tirés sur un alphabet de chiffres, lettres des deux casses, séparateurs, tirets et
 * caractères hors ASCII, de toutes longueurs autour de 8 et de la forme héritée.
 */
class NumeroRgAvantApresProperties {

  private static final String ALPHABET = "0123456789AZRBazrb -./_éÉ\u00A0\u0660";

  @Test
  void normalisation_identique_a_celle_d_origine() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 16))
        .checkAssert(indices -> {
          String texte = texte(indices);
          assertThat(NumeroRg.normaliser(texte)).isEqualTo(normaliserAvant(texte));
          assertThat(NumeroRg.normalise(texte)).isEqualTo(normaliseAvant(texte));
          assertThat(NumeroRg.estFormeHeritee(texte)).isEqualTo(estFormeHeriteeAvant(texte));
        });
  }

  @Test
  void formes_heritees_et_bords_identiques_a_celles_d_origine() {
    List<String> cas = List.of("02100167-1", "02100167-12", "02100167-1234", "02100167-12345", "02100167-0",
        "02100167-01", "02100167-", "0210016a-1", "02100167_1", "02100167-1a", "021001671-1", " 02100167-1 ",
        "10R00012", "10R000123", "10r000123", "10R0001", "", "        ", "ABCDEFGHIJ", "abcdefgh");
    for (String texte : cas) {
      assertThat(NumeroRg.normaliser(texte)).as(texte).isEqualTo(normaliserAvant(texte));
      assertThat(NumeroRg.normalise(texte)).as(texte).isEqualTo(normaliseAvant(texte));
      assertThat(NumeroRg.estFormeHeritee(texte)).as(texte).isEqualTo(estFormeHeriteeAvant(texte));
    }
    assertThat(NumeroRg.normaliser(null)).isEqualTo("00000000");
    assertThat(NumeroRg.normalise(null)).isEqualTo(new NumeroRg("00000000"));
    assertThat(NumeroRg.estFormeHeritee(null)).isFalse();
  }

  private static String texte(List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    for (int i : indices) {
      sb.append(ALPHABET.charAt(i));
    }
    return sb.toString();
  }

  /** Normalisation d'origine. */
  private static String normaliserAvant(String s) {
    StringBuilder sb = new StringBuilder(NumeroRg.LONGUEUR);
    for (int i = 0; i < s.length() && sb.length() < NumeroRg.LONGUEUR; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append((char) (c - 'a' + 'A'));
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    while (sb.length() < NumeroRg.LONGUEUR) {
      sb.insert(0, '0');
    }
    return sb.toString();
  }

  private static NumeroRg normaliseAvant(String saisie) {
    String s = saisie.strip();
    return new NumeroRg(estFormeHeriteeAvant(s) ? s : normaliserAvant(s));
  }

  private static boolean estFormeHeriteeAvant(String texte) {
    if (texte.length() < NumeroRg.LONGUEUR + 2 || texte.length() > NumeroRg.LONGUEUR + 1 + 4
        || texte.charAt(NumeroRg.LONGUEUR) != '-' || !NumeroRg.estValide(texte.substring(0, NumeroRg.LONGUEUR))) {
      return false;
    }
    String rang = texte.substring(NumeroRg.LONGUEUR + 1);
    return rang.charAt(0) != '0' && rang.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
