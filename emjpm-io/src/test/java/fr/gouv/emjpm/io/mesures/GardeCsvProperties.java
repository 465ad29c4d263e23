// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.testkit.MesureFixtures;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * R-EXP-1 : tout texte exporté en CSV puis relu par une analyse CSV standard (RFC 4180, {@code ;},
 * CRLF, champs entre guillemets) donne la cellule gardée ({@code '} + texte s'il commence par un
 * déclencheur, le texte sinon), jamais un champ qui commence par un déclencheur, et ne casse jamais la
 * structure des lignes (une ligne de données, autant de champs que de colonnes).
 */
class GardeCsvProperties {

  private static final MesuresExporter EXPORT = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());

  /** Préfixes déclencheurs (OWASP, ASVS 1.2.10), séparateurs et guillemets, ou rien. */
  private static final List<String> PREFIXES = List.of("", "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\r\n",
      "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\"", ";", "'", "'=", " =", "=1+2\";=1+2");

  /** Tout texte : Unicode quelconque et textes hostiles du testkit, précédés d'un préfixe piège. */
  private static Gen<String> textes() {
    return SourceDSL.integers().between(0, PREFIXES.size() - 1).map(PREFIXES::get)
        .zip(EmjpmGen.textesArbitraires(), String::concat);
  }

  @Test
  void toutTexteRevientGardeSansCasserLesLignes() {
    int cabinet = MesuresExporter.COLONNES.indexOf("cabinet");
    int dossier = MesuresExporter.COLONNES.indexOf("numero_dossier");
    int ville = MesuresExporter.COLONNES.indexOf("ville");
    qt().withExamples(2_000).forAll(textes()).checkAssert(texte -> {
      Mesure m = MesureFixtures.tutelleEnCours().withCabinet(texte).withNumeroDossier(texte).withVille(texte);
      List<List<String>> lignes = rfc4180(csv(m));
      assertThat(lignes).hasSize(2);
      assertThat(lignes.get(0)).isEqualTo(MesuresExporter.COLONNES);
      List<String> champs = lignes.get(1);
      assertThat(champs).hasSize(MesuresExporter.COLONNES.size());
      // ce que le texte devient une fois encodé en UTF-8 (une moitié de paire de substitution devient « ? »)
      String attendu = utf8(GardeFormule.estDeclencheur(texte) ? "'" + texte : texte);
      for (int i : new int[] {cabinet, dossier, ville}) {
        assertThat(champs.get(i)).isEqualTo(attendu);
        assertThat(GardeFormule.estDeclencheur(champs.get(i))).as("champ qui commence par un déclencheur").isFalse();
      }
      assertThat(champs).noneMatch(GardeFormule::estDeclencheur);
    });
  }

  @Test
  void exempleOwaspEtAnalyseurDeReference() {
    Mesure m = MesureFixtures.tutelleEnCours().withCabinet("=1+2\";=1+2");
    String csv = new String(csv(m), StandardCharsets.UTF_8);
    assertThat(csv).contains(";\"'=1+2\"\";=1+2\";");
    assertThat(rfc4180(csv(m)).get(1).get(MesuresExporter.COLONNES.indexOf("cabinet"))).isEqualTo("'=1+2\";=1+2");
    // l'analyseur de référence refuse ce qui n'est pas du RFC 4180 strict : il peut donc échouer
    assertThatThrownBy(() -> rfc4180("\"a\";b\r\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rfc4180("\"a\"x\r\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rfc4180("\"a\"\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rfc4180("\"a".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] csv(Mesure m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      EXPORT.exporterCsv(List.of(m), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String utf8(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /**
   * Analyse CSV de référence, indépendante du lecteur d'import : RFC 4180 §2 strict avec {@code ;}
   * (BOM UTF-8 admis en tête), chaque champ entre guillemets (guillemets intérieurs doublés), chaque
   * enregistrement terminé par CRLF. Tout écart lève {@link IllegalArgumentException}.
   */
  static List<List<String>> rfc4180(byte[] octets) {
    String t = new String(octets, StandardCharsets.UTF_8);
    int i = t.startsWith("\uFEFF") ? 1 : 0;
    List<List<String>> lignes = new ArrayList<>();
    List<String> ligne = new ArrayList<>();
    while (i < t.length()) {
      if (t.charAt(i) != '"') {
        throw new IllegalArgumentException("champ sans guillemet ouvrant à " + i);
      }
      StringBuilder champ = new StringBuilder();
      i++;
      while (true) {
        if (i >= t.length()) {
          throw new IllegalArgumentException("guillemet fermant absent");
        }
        char c = t.charAt(i++);
        if (c == '"') {
          if (i < t.length() && t.charAt(i) == '"') {
            champ.append('"');
            i++;
          } else {
            break;
          }
        } else {
          champ.append(c);
        }
      }
      ligne.add(champ.toString());
      if (t.startsWith(";", i)) {
        i++;
      } else if (t.startsWith("\r\n", i)) {
        i += 2;
        lignes.add(ligne);
        ligne = new ArrayList<>();
      } else {
        throw new IllegalArgumentException("ni « ; » ni CRLF après un champ, à " + i);
      }
    }
    if (!ligne.isEmpty()) {
      throw new IllegalArgumentException("dernier enregistrement sans CRLF");
    }
    return lignes;
  }
}
