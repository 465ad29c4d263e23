// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Une feuille .xlsx lue seule, sur un XML de quelques octets construit en mémoire (sans archive) : numéros
 * de ligne et adresses de colonne (absents, avec blancs, {@code $}, hors bornes), types de cellule, indices
 * de chaînes partagées et de styles sous leurs formes rares, nombres du chemin rapide et du chemin du JDK,
 * dates (système 1904), plafond du texte brut d'une valeur juste au-dessous et juste au-dessus. Tests
 * rapides qui servent aussi au PIT de {@code io.internal} (chaque borne y est observée exactement).
 */
class FeuilleXlsxTest {

  private static final String NS = ClasseurXlsx.NS;
  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);

  /** Limites : 5 colonnes, 10 caractères par cellule (70 bruts). */
  private static final LimitesLecture LIMITES = new LimitesLecture(1 << 20, 100, 5, 10, 100, 100, 1 << 20,
      LimitesLecture.FEUILLES_MAX, Duration.ofMinutes(1));

  /** Chaînes partagées {@code zéro, un, deux}. */
  private static ChainesPartagees chaines() throws IOException {
    String sst = "<sst xmlns=\"" + NS + "\"><si><t>zéro</t></si><si><t>un</t></si><si><t>deux</t></si></sst>";
    return ChainesPartagees.lire(new ByteArrayInputStream(sst.getBytes(StandardCharsets.UTF_8)), 10, 100, 1000, LOIN,
        LecteurClasseur.CODES);
  }

  /** Styles : 0 sans format, 1 date courte intégrée (14), 2 format personnalisé {@code 0.00}. */
  private static final ClasseurXlsx.Styles STYLES = new ClasseurXlsx.Styles(new int[] {0, 14, 170},
      Map.of(170, "0.00"));

  /** Journal des événements rendus ; une chaîne absente est notée, sans arrêt. */
  private static final class Journal extends JournalCellules {
    @Override
    public void chaineAbsente(int colonne) {
      vu.add(colonne + " absente");
    }
  }

  private static List<String> lire(String lignes, LimitesLecture limites, ClasseurXlsx.Styles styles,
      boolean date1904) throws IOException {
    String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData>" + lignes + "</sheetData></worksheet>";
    Journal j = new Journal();
    XmlFlux x = new XmlFlux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LOIN, LecteurClasseur.CODES);
    try {
      new FeuilleXlsx(x, chaines(), styles, date1904, limites, new RecepteurBorne(j, limites, LOIN)).lire();
    } catch (ArretLecture a) {
      j.vu.add(a.violation().code() + " " + a.violation().arguments());
    } catch (NumberFormatException e) {
      j.vu.add("NumberFormatException");
    }
    return j.vu;
  }

  private static List<String> lire(String lignes) throws IOException {
    return lire(lignes, LIMITES, STYLES, false);
  }

  /** Événements d'une seule cellule {@code <c …>} dans la ligne 1, sans l'annonce ni la fin de ligne. */
  private static List<String> cellule(String c) throws IOException {
    List<String> vu = lire("<row r=\"1\">" + c + "</row>");
    assertThat(vu.get(0)).isEqualTo("ligne 1");
    return vu.subList(1, vu.size() - (vu.get(vu.size() - 1).equals("fin") ? 1 : 0));
  }

  // ------------------------------------------------------------------ lignes

  @Test
  void numerosDeLigneLusAvecBlancsSuivisOuDeduits() throws IOException {
    assertThat(lire("<row><c><v>1</v></c></row><row r=\" 4 \"><c><v>2</v></c></row><row><c><v>3</v></c></row>"))
        .containsExactly("ligne 1", "0 nombre 1.0 General", "fin", "ligne 4", "0 nombre 2.0 General", "fin",
            "ligne 5", "0 nombre 3.0 General", "fin");
    // sept chiffres admis (zéros en tête compris), la dernière ligne d'Excel aussi
    assertThat(lire("<row r=\"0000012\"/>")).containsExactly("ligne 12", "fin");
    assertThat(lire("<row r=\"1048576\"/>")).containsExactly("ligne 1048576", "fin");
  }

  @Test
  void numerosDeLigneIllisiblesOuHorsExcelRefuses() throws IOException {
    for (String r : List.of("1048577", "0", "", "  ", "1a", "-1", "00000001", "1.5", "/", ":")) {
      assertThat(lire("<row r=\"" + r + "\"/>")).as(r).containsExactly("FICHIER_ILLISIBLE {}");
    }
  }

  // ------------------------------------------------------------------ colonnes

  @Test
  void colonnesParLettresDollarOuSuite() throws IOException {
    assertThat(cellule("<c r=\"$B$1\"><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>3</v></c>"))
        .containsExactly("1 nombre 1.0 General", "2 nombre 2.0 General", "4 nombre 3.0 General");
    // sans lettre : colonne A ; minuscules et chiffres arrêtent la lecture de l'adresse
    assertThat(cellule("<c r=\"1\"><v>1</v></c>")).containsExactly("0 nombre 1.0 General");
    assertThat(cellule("<c r=\"c1\"><v>1</v></c>")).containsExactly("0 nombre 1.0 General");
    assertThat(cellule("<c r=\"B1C\"><v>1</v></c>")).containsExactly("1 nombre 1.0 General");
    assertThat(cellule("<c r=\"@1\"><v>1</v></c>")).containsExactly("0 nombre 1.0 General");
    assertThat(cellule("<c r=\"[1\"><v>1</v></c>")).containsExactly("0 nombre 1.0 General");
  }

  @Test
  void colonneAuPlafondRefuseeLaPrecedenteAdmise() throws IOException {
    assertThat(cellule("<c r=\"D1\"><v>1</v></c><c><v>2</v></c><c><v>3</v></c>"))
        .containsExactly("3 nombre 1.0 General", "4 nombre 2.0 General", "FICHIER_TROP_DE_COLONNES {max=5}");
    // colonnes à deux lettres et plus : AA = 26 (au-delà du plafond), même lue en partie seulement
    LimitesLecture larges = new LimitesLecture(1 << 20, 100, 30, 10, 100, 100, 1 << 20, 1, Duration.ofMinutes(1));
    assertThat(lire("<row r=\"1\"><c r=\"AA1\"><v>1</v></c><c r=\"AD1\"><v>2</v></c></row>", larges, STYLES, false))
        .containsExactly("ligne 1", "26 nombre 1.0 General", "29 nombre 2.0 General", "fin");
    assertThat(lire("<row r=\"1\"><c r=\"AE1\"><v>1</v></c></row>", larges, STYLES, false))
        .containsExactly("ligne 1", "FICHIER_TROP_DE_COLONNES {max=30}");
    assertThat(cellule("<c r=\"ZZZZZZZZZZZZZZ1\"><v>1</v></c>")).containsExactly("FICHIER_TROP_DE_COLONNES {max=5}");
    // chaque genre de cellule est borné en colonne : booléen, date, erreur
    for (String c : List.of("<c r=\"F1\" t=\"b\"><v>1</v></c>", "<c r=\"F1\" s=\"1\"><v>1</v></c>",
        "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>", "<c r=\"F1\" t=\"s\"><v>0</v></c>")) {
      assertThat(cellule(c)).as(c).containsExactly("FICHIER_TROP_DE_COLONNES {max=5}");
    }
    // E = 5 (au plafond, pas au-delà) : la lettre suivante est encore lue
    assertThat(cellule("<c r=\"EA1\"><v>1</v></c>")).containsExactly("FICHIER_TROP_DE_COLONNES {max=5}");
  }

  @Test
  void colonneSuivanteApresUneCelluleEnLigneOuPartagee() throws IOException {
    assertThat(cellule("<c r=\"B1\" t=\"inlineStr\"><is><t>a</t></is></c><c t=\"s\"><v>1</v></c><c><v>7</v></c>"))
        .containsExactly("1 texte a", "2 texte un", "3 nombre 7.0 General");
    // une adresse en arrière ne fait pas reculer la colonne suivante
    List<String> vu = lire("<row r=\"1\"><c r=\"C1\"><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>");
    assertThat(vu).containsExactly("ligne 1", "2 nombre 1.0 General", "fin", "ligne 2", "0 nombre 2.0 General", "fin");
  }

  // ------------------------------------------------------------------ types

  @Test
  void typesDeCellule() throws IOException {
    assertThat(cellule("<c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"b\"><v></v></c>"))
        .containsExactly("0 booleen true", "1 booleen false", "2 booleen false");
    assertThat(cellule("<c t=\"e\"><v>#N/A</v></c>")).containsExactly("0 erreur #N/A");
    assertThat(cellule("<c t=\"str\"><f>A1</f><v>abc</v></c><c t=\"str\" s=\"2\"><v>4</v></c>"))
        .containsExactly("0 texte abc", "1 nombre 4.0 0.00");
    assertThat(cellule("<c t=\"n\"><v>5</v></c><c t=\"inconnu\"><v>6</v></c><c t=\"\"><v>7</v></c>"))
        .containsExactly("0 nombre 5.0 General", "1 nombre 6.0 General", "2 nombre 7.0 General");
    // le texte hors de v (formule) n'est jamais la valeur
    assertThat(cellule("<c><f>SOMME(A1)</f><v>3</v></c>")).containsExactly("0 nombre 3.0 General");
    // une cellule sans v n'est pas rendue
    assertThat(cellule("<c r=\"A1\" s=\"1\"/><c r=\"B1\"><v>2</v></c>")).containsExactly("1 nombre 2.0 General");
  }

  @Test
  void chaineEnLigneRunsEchappementsEtPhonetique() throws IOException {
    assertThat(cellule("<c t=\"inlineStr\"><is><r><t>ab</t></r><r><t xml:space=\"preserve\"> c</t></r></is></c>"))
        .containsExactly("0 texte ab c");
    assertThat(cellule("<c t=\"inlineStr\"><is><t>_x0041_b</t><rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh></is></c>"))
        .containsExactly("0 texte Ab");
    assertThat(cellule("<c t=\"inlineStr\"><is></is></c><c t=\"inlineStr\"><is><t/></is></c>"))
        .containsExactly("0 texte ", "1 texte ");
    // le v d'une cellule en ligne (formule à résultat en ligne) ne remet pas la valeur à zéro
    assertThat(cellule("<c t=\"inlineStr\"><is><t>x</t><v>y</v><t>z</t></is></c>")).containsExactly("0 texte xyz");
  }

  @Test
  void elementsDUnAutreEspaceDeNomsIgnores() throws IOException {
    assertThat(cellule("<c><v>1</v><o:v xmlns:o=\"urn:autre\">2</o:v></c>"
        + "<o:c xmlns:o=\"urn:autre\" r=\"D1\"><o:v>9</o:v></o:c><c t=\"inlineStr\"><is><o:t xmlns:o=\"urn:x\">k</o:t>"
        + "<t>l</t></is></c>"))
        .containsExactly("0 nombre 1.0 General", "1 texte l");
    // strict : même lecture
    String strict = "<row xmlns=\"" + ClasseurXlsx.NS_STRICT + "\" r=\"2\"><c r=\"B2\"><v>8</v></c></row>";
    assertThat(lire(strict)).containsExactly("ligne 2", "1 nombre 8.0 General", "fin");
  }

  // ------------------------------------------------------------------ chaînes partagées

  @Test
  void indicesDeChainesPartagees() throws IOException {
    assertThat(cellule("<c t=\"s\"><v>0</v></c><c t=\"s\"><v> 2 </v></c><c t=\"s\"><v>+1</v></c>"
        + "<c t=\"s\"><v>0000000001</v></c><c t=\"s\"><v></v></c>"))
        .containsExactly("0 texte zéro", "1 texte deux", "2 texte un", "3 texte un", "4 texte ");
    assertThat(cellule("<c t=\"s\"><v>3</v></c><c t=\"s\"><v>-1</v></c><c t=\"s\"><v>a</v></c>"
        + "<c t=\"s\"><v>00000000001</v></c><c t=\"s\"><v>99999999999</v></c>"))
        .containsExactly("0 absente", "1 absente", "2 absente", "3 texte un", "4 absente");
    assertThat(cellule("<c t=\"s\"><v>1 1</v></c><c t=\"s\"><v>/</v></c><c t=\"s\"><v>:</v></c>"))
        .containsExactly("0 absente", "1 absente", "2 absente");
  }

  // ------------------------------------------------------------------ styles et dates

  @Test
  void indicesDeStyleSousToutesLeursFormes() throws IOException {
    assertThat(cellule("<c s=\"2\"><v>1</v></c><c s=\" 2 \"><v>1</v></c><c s=\"+2\"><v>1</v></c>"
        + "<c s=\"0000000002\"><v>1</v></c><c s=\"9\"><v>1</v></c>"))
        .containsExactly("0 nombre 1.0 0.00", "1 nombre 1.0 0.00", "2 nombre 1.0 0.00", "3 nombre 1.0 0.00",
            "4 nombre 1.0 ");
    assertThat(cellule("<c s=\"x\"><v>1</v></c>")).containsExactly("NumberFormatException");
    assertThat(cellule("<c s=\"/\"><v>1</v></c>")).containsExactly("NumberFormatException");
    assertThat(cellule("<c s=\":\"><v>1</v></c>")).containsExactly("NumberFormatException");
    assertThat(cellule("<c s=\"\"><v>1</v></c>")).containsExactly("NumberFormatException");
    // dix chiffres : lus par le JDK, qui refuse un indice hors des entiers
    assertThat(cellule("<c s=\"9999999999\"><v>1</v></c>")).containsExactly("NumberFormatException");
    // le style d'une cellule de texte, booléenne ou en erreur n'est pas lu
    assertThat(cellule("<c t=\"s\" s=\"x\"><v>1</v></c><c t=\"b\" s=\"x\"><v>1</v></c><c t=\"e\" s=\"x\"><v>#REF!</v></c>"
        + "<c t=\"inlineStr\" s=\"x\"><is><t>i</t></is></c>"))
        .containsExactly("0 texte un", "1 booleen true", "2 erreur #REF!", "3 texte i");
  }

  @Test
  void datesSelonLeStyleEtSysteme1904() throws IOException {
    assertThat(cellule("<c s=\"1\"><v>45000.5</v></c><c s=\"2\"><v>45000.5</v></c><c><v>45000</v></c>"))
        .containsExactly("0 date 45000.5 m/d/yy", "1 nombre 45000.5 0.00", "2 nombre 45000.0 General");
    assertThat(lire("<row r=\"1\"><c s=\"1\"><v>100</v></c><c s=\"2\"><v>100</v></c></row>", LIMITES, STYLES, true))
        .containsExactly("ligne 1", "0 date 1562.0 m/d/yy", "1 nombre 100.0 0.00", "fin");
    // sans styles (récepteur sans formats) : aucun format
    assertThat(lire("<row r=\"1\"><c s=\"1\"><v>100</v></c></row>", LIMITES, null, true))
        .containsExactly("ligne 1", "0 nombre 100.0 ", "fin");
  }

  // ------------------------------------------------------------------ nombres

  @Test
  void nombresDuCheminRapideCommeLeJdk() throws IOException {
    for (String v : List.of("0", "12.5", " 12.5 ", "-3", "+4", "-0.25", ".5", "5.", "000000000000000000000012",
        "123456789012345", "0.0000000000000000000001", "1234567890123456789012", "9007199254740993",
        "123456789012345678", "1234567890123456789", "0.1", "3.14159", "-99999.99999")) {
      assertThat(cellule("<c><v>" + v + "</v></c>")).as(v)
          .containsExactly("0 nombre " + Double.parseDouble(v.trim()) + " General");
    }
  }

  @Test
  void nombresAExposantEtFormesRaresParLeJdk() throws IOException {
    for (String v : List.of("1e3", "1E3", "1.5e-3", "-2.5E+2", "1e22", "1e-22", "1e23", "1e-23", "12345678901234567e2",
        "0.00000000000000000000001", "1234567890123456")) {
      assertThat(cellule("<c><v>" + v + "</v></c>")).as(v)
          .containsExactly("0 nombre " + Double.parseDouble(v) + " General");
    }
  }

  @Test
  void valeursQuiNeSontPasDesNombresRenduesEnTexte() throws IOException {
    for (String v : List.of("abc", "1.2.3", "1x", "1e", "1e5x", "-", "+", ".", "1e400", "-1e400", "NaN", "Infinity",
        "1 2", "1,5", "1e-", "--1", "1d", "0x10", "1e2.5.")) {
      assertThat(cellule("<c><v>" + v + "</v></c>")).as(v).containsExactly("0 texte " + v);
    }
    assertThat(cellule("<c><v></v></c><c><v>   </v></c>")).containsExactly("0 texte ", "1 texte    ");
    LimitesLecture larges = new LimitesLecture(1 << 20, 100, 5, 100, 100, 100, 1 << 20, 1, Duration.ofMinutes(1));
    String long19 = "1234567890123456789x";
    assertThat(lire("<row r=\"1\"><c><v>" + long19 + "</v></c></row>", larges, STYLES, false))
        .containsExactly("ligne 1", "0 texte " + long19, "fin");
  }

  // ------------------------------------------------------------------ plafond du texte brut

  @Test
  void texteBrutDUneValeurBorneASeptFoisLaCellule() throws IOException {
    // celluleMax 10 : 70 caractères bruts au plus ; un nombre entouré de blancs passe juste au plafond
    String v70 = " ".repeat(69) + "7";
    assertThat(cellule("<c><v>" + v70 + "</v></c>")).containsExactly("0 nombre 7.0 General");
    assertThat(cellule("<c><v> " + v70 + "</v></c>")).containsExactly("FICHIER_CELLULE_TROP_LONGUE {max=10}");
    // plafond de la cellule, pas celui d'un jeton XML : un texte démesuré est arrêté comme cellule trop longue
    String demesure = " ".repeat(JetonsXml.JETON_MAX + 1);
    assertThat(cellule("<c><v>" + demesure + "</v></c>")).containsExactly("FICHIER_CELLULE_TROP_LONGUE {max=10}");
    assertThat(cellule("<c t=\"inlineStr\"><is><t>" + demesure + "</t></is></c>"))
        .containsExactly("FICHIER_CELLULE_TROP_LONGUE {max=10}");
    // le plafond vaut pour la valeur entière, même découpée en plusieurs textes
    assertThat(cellule("<c><v>" + " ".repeat(40) + "<!-- -->" + " ".repeat(29) + "7</v></c>"))
        .containsExactly("0 nombre 7.0 General");
    assertThat(cellule("<c><v>" + " ".repeat(40) + "<!-- -->" + " ".repeat(30) + "7</v></c>"))
        .containsExactly("FICHIER_CELLULE_TROP_LONGUE {max=10}");
    // une chaîne en ligne : ses runs s'additionnent
    String run = "<r><t>" + "_x0041_".repeat(5) + "</t></r>";
    assertThat(cellule("<c t=\"inlineStr\"><is>" + run + run + "</is></c>")).containsExactly("0 texte AAAAAAAAAA");
    assertThat(cellule("<c t=\"inlineStr\"><is>" + run + run + "<r><t>B</t></r></is></c>"))
        .containsExactly("FICHIER_CELLULE_TROP_LONGUE {max=10}");
    // décodée, la cellule reste bornée par celluleMax
    assertThat(cellule("<c t=\"inlineStr\"><is><t>" + "a".repeat(11) + "</t></is></c>"))
        .containsExactly("FICHIER_CELLULE_TROP_LONGUE {max=10}");
    // hors de v et de t, le texte n'est pas borné par la cellule
    assertThat(cellule("<c><f>" + "x".repeat(200) + "</f><v>1</v></c>")).containsExactly("0 nombre 1.0 General");
    // le plafond est rendu après une valeur : un texte d'une autre cellule n'en hérite pas
    assertThat(cellule("<c><v>1</v></c><c><f>" + "x".repeat(200) + "</f></c>")).containsExactly("0 nombre 1.0 General");
    assertThat(cellule("<c t=\"inlineStr\"><is><t>a</t></is><f>" + "x".repeat(200) + "</f></c>"))
        .containsExactly("0 texte a");
  }

  @Test
  void valeurLongueAgranditLeTampon() throws IOException {
    LimitesLecture larges = new LimitesLecture(1 << 20, 100, 5, 1000, 100, 100, 1 << 20, 1, Duration.ofMinutes(1));
    String texte = "abcdefghij".repeat(30);
    assertThat(lire("<row r=\"1\"><c t=\"inlineStr\"><is><t>" + texte.substring(0, 50) + "</t><t>" + texte.substring(50)
        + "</t></is></c><c t=\"e\"><v>" + texte + "</v></c></row>", larges, STYLES, false))
        .containsExactly("ligne 1", "0 texte " + texte, "1 erreur " + texte, "fin");
  }
}
