// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  static List<List<String>> lireTout(Reader entree) throws IOException {
    List<List<String>> lignes = new ArrayList<>();
    try (CsvReader csv = new CsvReader(entree)) {
      List<String> champs = new ArrayList<>();
      while (csv.lire(champs)) {
        lignes.add(List.copyOf(champs));
      }
      assertThat(champs).isEmpty();
    }
    return lignes;
  }

  static List<List<String>> lireTout(String texte) throws IOException {
    return lireTout(new StringReader(texte));
  }

  @Test
  void champsSimplesEtChampsVides() throws IOException {
    assertThat(lireTout("a,b,c\n1,,3\n,,\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"), List.of("", "", ""));
  }

  @Test
  void guillemetsDoublesVirgulesEtSautsDeLigneDansUnChamp() throws IOException {
    String texte = "code,libelle\n106,\"Centre hospitalier, ex \"\"Hôpital\"\" local\"\n"
        + "2,\"sur\ndeux lignes\r\net trois\"\n\"\",\"\"\"\"\n";
    assertThat(lireTout(texte))
        .containsExactly(
            List.of("code", "libelle"),
            List.of("106", "Centre hospitalier, ex \"Hôpital\" local"),
            List.of("2", "sur\ndeux lignes\r\net trois"),
            List.of("", "\""));
  }

  @Test
  void derniereLigneSansSautDeLigneEtLignesVidesIgnorees() throws IOException {
    assertThat(lireTout("a,b\n\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    assertThat(lireTout("a,b\n1,2\n\n\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    assertThat(lireTout("")).isEmpty();
    assertThat(lireTout("\n")).isEmpty();
  }

  @Test
  void finsDeLigneCrlfEtCr() throws IOException {
    assertThat(lireTout("a,b\r\n1,2\r3,4\r\n"))
        .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
  }

  @Test
  void bomInitialIgnoreMaisPasAilleurs() throws IOException {
    assertThat(lireTout("\uFEFFcode,nom\n01,Ain\n"))
        .containsExactly(List.of("code", "nom"), List.of("01", "Ain"));
    assertThat(lireTout("a\n\uFEFFb\n")).containsExactly(List.of("a"), List.of("\uFEFFb"));
  }

  @Test
  void champsLongsTraversantLeTampon() throws IOException {
    String long1 = "x".repeat(100_000);
    String long2 = "y,\"".repeat(20_000);
    String texte = long1 + ",\"" + long2.replace("\"", "\"\"") + "\"\nfin,1\n";
    assertThat(lireTout(texte)).containsExactly(List.of(long1, long2), List.of("fin", "1"));
  }

  @Test
  void lecteurQuiRendPeuDeCaracteresALaFois() throws IOException {
    Reader goutteAGoutte =
        new StringReader("a,\"b\"\"\r\nc\"\r\n1,2\r\n") {
          @Override
          public int read(char[] cbuf, int off, int len) throws IOException {
            return super.read(cbuf, off, Math.min(len, 1));
          }
        };
    assertThat(lireTout(goutteAGoutte)).containsExactly(List.of("a", "b\"\r\nc"), List.of("1", "2"));
  }

  @Test
  void guillemetNonFermeSignaleAvecLaLigne() {
    assertThatThrownBy(() -> lireTout("a,b\n1,\"2\n3\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("ligne 2")
        .satisfies(e -> assertThat(((CsvFormatException) e).ligne()).isEqualTo(2));
  }

  @Test
  void texteApresGuillemetFermantOuGuillemetNuRefuses() {
    assertThatThrownBy(() -> lireTout("\"a\"b,c\n")).isInstanceOf(CsvFormatException.class);
    assertThatThrownBy(() -> lireTout("a\"b,c\n")).isInstanceOf(CsvFormatException.class);
  }

  @Test
  void numeroDeLigneCompteLesSautsDansLesChamps() throws IOException {
    try (CsvReader csv = new CsvReader(new StringReader("a\n\"x\ny\"\nb\n"))) {
      List<String> champs = new ArrayList<>();
      assertThat(csv.lire(champs)).isTrue();
      assertThat(csv.ligne()).isEqualTo(2);
      assertThat(csv.lire(champs)).isTrue();
      assertThat(csv.ligne()).isEqualTo(4);
    }
  }
}
