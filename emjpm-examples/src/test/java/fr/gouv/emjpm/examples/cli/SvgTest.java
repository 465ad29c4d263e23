// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SvgTest {

  @TempDir Path dossier;

  @Test
  void lEchappementRendLesTextesSursEtLeDocumentBienForme() throws Exception {
    assertThat(Svg.echapper("A & B <c> \"d\" 'e'\u0001")).isEqualTo("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    String carte = CarteSvg.dessiner("Carte <&>", List.of(
            new CarteSvg.Point("Dupont & fils <script>", 50.6, 3.0, ClasseDisponibilite.VERT),
            new CarteSvg.Point("Martin", 50.3, 3.5, ClasseDisponibilite.ROUGE)),
        List.of(new CarteSvg.Tribunal("Tribunal \"A\"", "L'Île", 50.5, 3.2)));
    String barres = DiagrammeSvg.dessiner("Barres", List.of(new DiagrammeSvg.Barre("a<b", -5, "x&y"),
        new DiagrammeSvg.Barre("c", 10, "z")));
    Path c = dossier.resolve("c.svg");
    Path b = dossier.resolve("b.svg");
    Files.writeString(c, carte, StandardCharsets.UTF_8);
    Files.writeString(b, barres, StandardCharsets.UTF_8);
    Document dc = DemoCommandeTest.lire(c);
    assertThat(DemoCommandeTest.elements(dc, "circle", "gestionnaire")).hasSize(2);
    assertThat(DemoCommandeTest.elements(dc, "polygon", "tribunal")).hasSize(1);
    assertThat(dc.getDocumentElement().getTextContent()).contains("Dupont & fils <script>", "L'Île");
    Document db = DemoCommandeTest.lire(b);
    assertThat(DemoCommandeTest.elements(db, "rect", "barre")).hasSize(2);
    // déterministe, et le point décimal ne dépend pas de la locale par défaut (tr_TR en test)
    assertThat(CarteSvg.dessiner("Carte <&>", List.of(new CarteSvg.Point("Dupont & fils <script>", 50.6, 3.0,
        ClasseDisponibilite.VERT), new CarteSvg.Point("Martin", 50.3, 3.5, ClasseDisponibilite.ROUGE)),
        List.of(new CarteSvg.Tribunal("Tribunal \"A\"", "L'Île", 50.5, 3.2)))).isEqualTo(carte);
    assertThat(carte).doesNotContainPattern("=\"-?\\d+,\\d").contains("cx=\"30.0\"");
  }

  @Test
  void laBarreNegativeDescendSousLAxe() throws Exception {
    Path b = dossier.resolve("b.svg");
    Files.writeString(b, DiagrammeSvg.dessiner("t", List.of(new DiagrammeSvg.Barre("n", -50, ""),
        new DiagrammeSvg.Barre("p", 50, ""))), StandardCharsets.UTF_8);
    var barres = DemoCommandeTest.elements(DemoCommandeTest.lire(b), "rect", "barre");
    double yNeg = Double.parseDouble(barres.get(0).getAttribute("y"));
    double yPos = Double.parseDouble(barres.get(1).getAttribute("y"));
    double hPos = Double.parseDouble(barres.get(1).getAttribute("height"));
    assertThat(yNeg).isEqualTo(yPos + hPos); // la négative part de l'axe du zéro, où finit la positive
    assertThat(barres.get(0).getAttribute("fill")).isEqualTo("#c62828");
  }

  @Test
  void classesDeDisponibilite() {
    assertThat(ClasseDisponibilite.de(new Disponibilite(100, 50, 0, false))).isEqualTo(ClasseDisponibilite.VERT);
    assertThat(ClasseDisponibilite.de(new Disponibilite(100, 90, 1, false))).isEqualTo(ClasseDisponibilite.ORANGE);
    assertThat(ClasseDisponibilite.de(new Disponibilite(100, 90, 0, false))).isEqualTo(ClasseDisponibilite.VERT);
    assertThat(ClasseDisponibilite.de(new Disponibilite(100, 100, 0, false))).isEqualTo(ClasseDisponibilite.ROUGE);
    assertThat(ClasseDisponibilite.de(new Disponibilite(100, 10, 0, true))).isEqualTo(ClasseDisponibilite.ROUGE);
    assertThat(ClasseDisponibilite.de(new Disponibilite(0, 0, 0, false))).isEqualTo(ClasseDisponibilite.ROUGE);
  }
}
