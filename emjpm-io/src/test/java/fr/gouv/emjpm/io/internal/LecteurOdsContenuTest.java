// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.ODS;
import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.contenu;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le {@code content.xml} d'un .ods écrit à la main, élément par élément : texte des paragraphes (blancs
 * fusionnés, blanc final, {@code text:s}, tabulation, saut de ligne, titres, éléments en ligne comptés,
 * notes et dessins sautés), types de valeur, cellules couvertes et groupes de lignes ; entrée
 * {@code mimetype} à sa borne de longueur, type pris au manifeste à défaut.
 */
class LecteurOdsContenuTest {

  @TempDir Path dossier;
  private final LecteurOdsHostileTest ods = new LecteurOdsHostileTest();

  @BeforeEach
  void dossier() {
    ods.dossier = dossier;
  }

  private static final String NS_DRAW = " xmlns:draw=\"" + LecteurOds.NS_DRAW + "\"";

  /** Événements de la lecture d'une ligne de cellules (sans l'annonce de la feuille), ou le motif d'arrêt. */
  private List<String> ligne(String cellules) {
    Enregistreur e = new Enregistreur();
    String issue = LecteurOdsHostileTest.issue(ods.ods(contenu("<table:table-row>" + cellules + "</table:table-row>")
        .replace("<office:document-content", "<office:document-content" + NS_DRAW)), LecteurOdsTest.LARGES, e);
    List<String> vu = new ArrayList<>(e.evenements.subList(1, e.evenements.size()));
    if (!issue.equals("lu")) {
      vu.add(issue);
    }
    return vu;
  }

  private static String p(String contenu) {
    return "<table:table-cell><text:p>" + contenu + "</text:p></table:table-cell>";
  }

  @Test
  void blancsDesParagraphes() {
    assertThat(ligne(p("  a \t\n b\r\n  ") + p("x<text:s/>") + p("<text:s text:c=\"2\"/>y ") + p(" ")))
        .containsExactly("ligne 1", "texte 0 a b", "texte 1 x ", "texte 2   y", "fin", "finFeuille");
    assertThat(ligne(p("a<text:tab/>b<text:line-break/>c<text:s text:c=\"x\"/>d<text:s text:c=\"0\"/>e")))
        .containsExactly("ligne 1", "texte 0 a\tb\nc d e", "fin", "finFeuille");
    // tabulation et saut de ligne ne sont pas fusionnés ; un blanc après eux est gardé
    assertThat(ligne(p("a<text:tab/> b<text:line-break/> "))).containsExactly("ligne 1", "texte 0 a\t b\n", "fin",
        "finFeuille");
  }

  @Test
  void paragraphesTitresEtElementsEnLigne() {
    assertThat(ligne("<table:table-cell><text:p>a</text:p><text:h>b</text:h><text:p/></table:table-cell>"))
        .containsExactly("ligne 1", "texte 0 a\nb\n", "fin", "finFeuille");
    assertThat(ligne(p("<text:span>a <text:a>b</text:a></text:span> <text:note><text:note-citation>1</text:note-citation>"
        + "<text:note-body><text:p>note</text:p></text:note-body></text:note>c<text:ruby-text>r</text:ruby-text>"
        + "<text:bookmark-ref>m</text:bookmark-ref><draw:frame><text:p>dessin</text:p></draw:frame>"
        + "<office:annotation><text:p>com</text:p></office:annotation><x:y xmlns:x=\"urn:x\">z</x:y>")))
        .containsExactly("ligne 1", "texte 0 a b cz", "fin", "finFeuille");
    // hors paragraphe, le contenu d'une cellule est sauté (commentaire, liste…)
    assertThat(ligne("<table:table-cell><office:annotation><text:p>com</text:p></office:annotation>"
        + "<text:list><text:list-item><text:p>l</text:p></text:list-item></text:list><text:p>v</text:p>"
        + "</table:table-cell>")).containsExactly("ligne 1", "texte 0 v", "fin", "finFeuille");
  }

  private static String cellule(String attributs) {
    return "<table:table-cell " + attributs + "><text:p>ignoré</text:p></table:table-cell>";
  }

  @Test
  void typesDeValeur() {
    assertThat(ligne(cellule("office:value-type=\"percentage\" office:value=\"0.5\"")
        + cellule("office:value-type=\"currency\" office:value=\"12.5\"")
        + cellule("office:value-type=\"time\" office:time-value=\"PT12H\"")
        + cellule("office:value-type=\"date\" office:date-value=\"2023-03-15\"")
        + cellule("office:value-type=\"date\" office:date-value=\"2023-03-15T12:00:00\"")
        + cellule("office:value-type=\"float\" office:value=\"3\"")))
        .containsExactly("ligne 1", "nombre 0 0.5", "nombre 1 12.5", "date 2 0.5", "date 3 45000.0", "date 4 45000.5",
            "nombre 5 3.0", "fin", "finFeuille");
    assertThat(ligne(cellule("office:value-type=\"boolean\" office:boolean-value=\"true\"")
        + cellule("office:value-type=\"boolean\" office:boolean-value=\"1\"")
        + cellule("office:value-type=\"boolean\" office:boolean-value=\"false\"")
        + cellule("office:value-type=\"boolean\" office:boolean-value=\"0\"")
        + cellule("office:value-type=\"boolean\"")
        + cellule("office:value-type=\"void\"")
        + cellule("office:value-type=\"inconnu\"")
        + cellule("office:value-type=\"float\" calcext:value-type=\"error\" office:value=\"1\"")
        + cellule("office:value-type=\"float\" calcext:value-type=\"float\" office:value=\"2\"")))
        .containsExactly("ligne 1", "booleen 0 true", "booleen 1 true", "booleen 2 false", "booleen 3 false",
            "erreur 4 ", "erreur 6 ", "erreur 7 ", "nombre 8 2.0", "fin", "finFeuille");
    // chaîne : attribut string-value prioritaire, vide = rien ; sans attribut, le texte
    assertThat(ligne(cellule("office:value-type=\"string\" office:string-value=\"attr\"")
        + cellule("office:value-type=\"string\" office:string-value=\"\"")
        + "<table:table-cell office:value-type=\"string\"><text:p>t</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"string\"/>"))
        .containsExactly("ligne 1", "texte 0 attr", "texte 2 t", "fin", "finFeuille");
  }

  @Test
  void formatsDesNombresEtDates() {
    Enregistreur e = new Enregistreur();
    LecteurOdsHostileTest.issue(ods.ods(contenu("<table:table-row>"
        + cellule("office:value-type=\"percentage\" office:value=\"0.5\"")
        + cellule("office:value-type=\"currency\" office:value=\"1\"")
        + cellule("office:value-type=\"time\" office:time-value=\"PT1H\"")
        + cellule("office:value-type=\"date\" office:date-value=\"2023-03-15\"")
        + cellule("office:value-type=\"date\" office:date-value=\"2023-03-15T01:00:00\"")
        + cellule("office:value-type=\"float\" office:value=\"1\"") + "</table:table-row>")), LecteurOdsTest.LARGES, e);
    assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(c -> e.a("F", 1, c).orElseThrow().format()).toList())
        .containsExactly(LecteurOds.POURCENTAGE, LecteurOds.MONETAIRE, LecteurOds.HEURE, LecteurOds.DATE,
            LecteurOds.DATE_HEURE, LecteurOds.NOMBRE);
  }

  @Test
  void cellulesCouvertesEtGroupesDeLignes() {
    assertThat(ligne(p("a") + "<table:covered-table-cell table:number-columns-repeated=\"2\"><text:p>caché</text:p>"
        + "</table:covered-table-cell>" + p("b") + "<table:table-cell table:number-columns-repeated=\"2\"/>" + p("c")))
        .containsExactly("ligne 1", "texte 0 a", "texte 3 b", "texte 6 c", "fin", "finFeuille");
    Enregistreur e = new Enregistreur();
    String l = "<table:table-header-rows><table:table-row>" + p("t") + "</table:table-row></table:table-header-rows>"
        + "<table:table-column/><table:table-row-group><table:table-rows><table:table-row>" + p("u")
        + "</table:table-row></table:table-rows></table:table-row-group><table:table-row>" + p("v")
        + "</table:table-row>";
    assertThat(LecteurOdsHostileTest.issue(ods.ods(contenu(l)), LecteurOdsTest.LARGES, e)).isEqualTo("lu");
    assertThat(e.evenements).containsExactly("feuille 0 F", "ligne 1", "texte 0 t", "fin", "ligne 2", "texte 0 u",
        "fin", "ligne 3", "texte 0 v", "fin", "finFeuille");
  }

  @Test
  void typeDuClasseurParMimetypeBorneOuParLeManifeste() {
    String c = contenu("<table:table-row>" + p("a") + "</table:table-row>");
    String juste = ODS + " ".repeat(LecteurOds.MIMETYPE_MAX - ODS.length());
    assertThat(juste).hasSize(LecteurOds.MIMETYPE_MAX);
    assertThat(LecteurOdsHostileTest.issue(ods.ods(juste, LecteurOdsHostileTest.MANIFESTE, c))).isEqualTo("lu");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(juste + " ", LecteurOdsHostileTest.MANIFESTE, c)))
        .isEqualTo("PAS_UN_CLASSEUR");
    // sans mimetype : le type de la racine au manifeste
    assertThat(LecteurOdsHostileTest.issue(ods.ods(null, LecteurOdsHostileTest.MANIFESTE, c))).isEqualTo("lu");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(null, LecteurOdsHostileTest.MANIFESTE.replace("full-path=\"/\"",
        "full-path=\"/x\""), c))).isEqualTo("PAS_UN_CLASSEUR");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(null, LecteurOdsHostileTest.MANIFESTE.replace(ODS,
        LecteurOds.TYPE_OTS), c))).isEqualTo("TYPE_CLASSEUR_REFUSE");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(null, null, c))).isEqualTo("PAS_UN_CLASSEUR");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(LecteurOds.TYPE_OTS, null, c))).isEqualTo("TYPE_CLASSEUR_REFUSE");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(ODS, null, c))).isEqualTo("lu");
    assertThat(LecteurOdsHostileTest.issue(ods.ods(ODS, null, null))).isEqualTo("ILLISIBLE");
  }
}
