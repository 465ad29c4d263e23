// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le CSV lu par le lecteur unique, sur de petits fichiers : séparateur choisi d'après l'en-tête (égalités
 * comprises), fins de ligne, guillemets, champs vides comptés, plafonds de cellule, de colonnes et de
 * taille juste au-dessous et juste au-dessus, encodages (UTF-8 avec ou sans BOM, Windows-1252) et refus
 * d'un contenu binaire.
 */
class LecteurCsvTest {

  @TempDir Path dossier;

  /** 3 colonnes, 5 caractères par cellule, 64 octets. */
  private static final LimitesLecture LIMITES = new LimitesLecture(64, 100, 3, 5, 10, 10, 100, 1, Duration.ofMinutes(1));

  private List<String> lire(byte[] octets) throws IOException {
    Path p = dossier.resolve("f.csv");
    Files.write(p, octets);
    Enregistreur e = new Enregistreur();
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.CSV, LIMITES, e);
    List<String> vu = new ArrayList<>(e.evenements);
    v.ifPresent(violation -> vu.add(violation.code() + " " + violation.arguments()));
    return vu;
  }

  private List<String> lire(String texte) throws IOException {
    return lire(texte.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void separateurDApresLEnTete() {
    assertThat(LecteurCsv.separateur("a;b,c;d")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("a,b;c,d")).isEqualTo(',');
    assertThat(LecteurCsv.separateur("a,b;c")).isEqualTo(';'); // égalité : point-virgule
    assertThat(LecteurCsv.separateur("a\tb;c,d")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("a\tb\tc;d")).isEqualTo('\t');
    assertThat(LecteurCsv.separateur("a\tb\tc,d")).isEqualTo('\t');
    assertThat(LecteurCsv.separateur("a\tb,c,d")).isEqualTo(',');
    assertThat(LecteurCsv.separateur("a\tb;c;d")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("a\tb\tc,d,e")).isEqualTo(',');
    assertThat(LecteurCsv.separateur("")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("abc")).isEqualTo(';');
    // hors en-tête et entre guillemets : non comptés
    assertThat(LecteurCsv.separateur("a;b\nc,d,e,f")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("a;b\rc,d,e,f")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("\"a,b,c\";d")).isEqualTo(';');
    assertThat(LecteurCsv.separateur("\"a\nb\",c")).isEqualTo(',');
  }

  @Test
  void lignesChampsEtGuillemets() throws IOException {
    assertThat(lire("a;b\r\nc;\"d;\"\"e\"\"\"\rf\ng")).containsExactly("feuille 0 ", "ligne 1", "texte 0 a",
        "texte 1 b", "fin", "ligne 2", "texte 0 c", "texte 1 d;\"e\"", "fin", "ligne 3", "texte 0 f", "fin",
        "ligne 4", "texte 0 g", "fin", "finFeuille");
    // guillemet au milieu d'un champ : littéral ; fin de ligne entre guillemets : dans le champ
    assertThat(lire("a\"b;\"x\ny\"\n")).containsExactly("feuille 0 ", "ligne 1", "texte 0 a\"b", "texte 1 x\ny", "fin",
        "finFeuille");
    // champs vides comptés, non rendus ; ligne vide annoncée
    assertThat(lire(";b\n\nc;\n")).containsExactly("feuille 0 ", "ligne 1", "texte 1 b", "fin", "ligne 2", "fin",
        "ligne 3", "texte 0 c", "fin", "finFeuille");
    assertThat(lire(",b,\"\"")).containsExactly("feuille 0 ", "ligne 1", "texte 1 b", "fin", "finFeuille");
    assertThat(lire("")).containsExactly("feuille 0 ", "finFeuille");
    // guillemet ouvert jamais fermé en fin de fichier : la ligne annoncée est close
    assertThat(lire("\"")).containsExactly("feuille 0 ", "ligne 1", "fin", "finFeuille");
    assertThat(lire("a\n\"")).containsExactly("feuille 0 ", "ligne 1", "texte 0 a", "fin", "ligne 2", "fin",
        "finFeuille");
  }

  @Test
  void plafondsDeCelluleEtDeColonnes() throws IOException {
    assertThat(lire("abcde;\"fghij\"")).containsExactly("feuille 0 ", "ligne 1", "texte 0 abcde", "texte 1 fghij", "fin",
        "finFeuille");
    assertThat(lire("abcdef")).containsExactly("feuille 0 ", "ligne 1", "FICHIER_CELLULE_TROP_LONGUE {max=5}");
    assertThat(lire("\"abcd\"\"\"")).containsExactly("feuille 0 ", "ligne 1", "texte 0 abcd\"", "fin", "finFeuille");
    assertThat(lire("\"abcde\"\"\"")).containsExactly("feuille 0 ", "ligne 1", "FICHIER_CELLULE_TROP_LONGUE {max=5}");
    assertThat(lire("a;b;c")).containsExactly("feuille 0 ", "ligne 1", "texte 0 a", "texte 1 b", "texte 2 c", "fin",
        "finFeuille");
    assertThat(lire("a;b;c;")).containsExactly("feuille 0 ", "ligne 1", "texte 0 a", "texte 1 b", "texte 2 c",
        "FICHIER_TROP_DE_COLONNES {max=3}");
    assertThat(lire(";;;\n")).containsExactly("feuille 0 ", "ligne 1", "FICHIER_TROP_DE_COLONNES {max=3}");
  }

  @Test
  void tailleBorneeAuxOctetsLus() throws IOException {
    assertThat(lire("a".repeat(5) + "\n" + "b;".repeat(29))).endsWith("texte 0 b", "texte 1 b", "texte 2 b",
        "FICHIER_TROP_DE_COLONNES {max=3}");
    assertThat(lire("a".repeat(5) + "\n" + "b;".repeat(29) + "b")).containsExactly("FICHIER_TROP_VOLUMINEUX {max=64}");
  }

  @Test
  void encodagesEtContenuBinaire() throws IOException {
    assertThat(lire("\uFEFFé;\u00e0")).containsExactly("feuille 0 ", "ligne 1", "texte 0 é", "texte 1 à", "fin",
        "finFeuille");
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(lire("é;€\t".getBytes(cp1252))).containsExactly("feuille 0 ", "ligne 1", "texte 0 é", "texte 1 €\t",
        "fin", "finFeuille");
    // BOM : seulement en tête
    assertThat(lire("a;\uFEFF")).containsExactly("feuille 0 ", "ligne 1", "texte 0 a", "texte 1 \uFEFF", "fin",
        "finFeuille");
    for (byte[] binaire : List.of(new byte[] {'a', 0, 'b'}, new byte[] {'a', (byte) 0xE9, 0}, new byte[] {(byte) 0xE9, 1},
        new byte[] {(byte) 0xE9, 0x1F}, new byte[] {(byte) 0xE9, (byte) 0x81}, new byte[] {(byte) 0x9D})) {
      assertThat(lire(binaire)).containsExactly("feuille 0 ", "FICHIER_FORMAT_INCONNU {}");
    }
    // contrôles admis en Windows-1252 : tabulation et fins de ligne ; 0x20 et au-delà
    assertThat(lire(new byte[] {(byte) 0xE9, ' ', '\r', '\n', 'x', '\t', 'y'})).containsExactly("feuille 0 ", "ligne 1",
        "texte 0 é ", "fin", "ligne 2", "texte 0 x\ty", "fin", "finFeuille");
  }

  @Test
  void feuilleRefuseeParLeRecepteurNonLue() throws IOException {
    Path p = dossier.resolve("f.csv");
    Files.writeString(p, "a;b");
    Enregistreur e = new Enregistreur(i -> false, Integer.MAX_VALUE);
    assertThat(LecteurClasseur.lire(p, FormatFichier.CSV, LIMITES, e)).isEmpty();
    assertThat(e.evenements).containsExactly("feuille 0 ");
  }
}
