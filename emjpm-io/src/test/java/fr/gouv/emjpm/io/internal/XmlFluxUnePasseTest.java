// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chemin rapide de {@link XmlFlux} : une balise ordinaire (nom ASCII, valeurs ASCII sans référence) qui
 * tient dans les octets déjà lus est analysée en une passe ; une balise hors de ce cas est reprise par
 * l'analyse complète, avec le même résultat. Les événements des deux chemins sont comparés par
 * {@code XmlFluxProperties} ; ici, on vérifie que chaque balise prend le chemin attendu.
 */
class XmlFluxUnePasseTest {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);

  /** Feuille écrite comme Excel : lignes, cellules à attributs r, s et t, élément vide, préfixe. */
  private static String feuille(int lignes) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac xr\">"
        // noms aux bornes de l'alphabet ASCII (a, A, z, Z, _) et valeur à blancs : toujours en une passe
        + "<autoFilter ref=\"A1:C1\"/><Zz z=\"1\" Z_='2' _a=\" \"></Zz><_b/><sheetData>");
    for (int r = 1; r <= lignes; r++) {
      b.append("<row r=\"").append(r).append("\" spans=\"1:3\" x14ac:dyDescent='0.25'>")
          .append("<c r=\"A").append(r).append("\" t=\"s\"><v>").append(r).append("</v></c>")
          .append("<c r=\"B").append(r).append("\" s=\"1\"><v>4").append(r).append(".5</v></c>")
          .append("<c r=\"C").append(r).append("\" s=\"2\"/>")
          .append("</row>");
    }
    return b.append("</sheetData></worksheet>").toString();
  }

  /** Événements lus, puis le compte des balises lues en une passe et le compte attendu. */
  private static long[] lire(String xml, List<String> evenements) throws IOException {
    XmlFlux x = new XmlFlux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LOIN,
        LecteurClasseur.CODES);
    long debuts = 0;
    for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
      if (ev == XmlFlux.DEBUT) {
        debuts++;
        StringBuilder e = new StringBuilder("<").append(x.nomLocal());
        for (int a = 0; a < x.attributs(); a++) {
          e.append(' ').append(x.nomAttribut(a)).append('=').append(x.valeur(a));
        }
        evenements.add(e.toString());
      } else if (ev == XmlFlux.FIN) {
        evenements.add("/" + x.nomLocal());
      } else {
        evenements.add(new String(x.texte(), 0, x.longueurTexte()));
      }
    }
    return new long[] {x.balisesEnUnePasse(), debuts};
  }

  @Test
  void chaqueBaliseDUneFeuilleOrdinaireEstLueEnUnePasse() throws IOException {
    String xml = feuille(200);
    List<String> vu = new ArrayList<>();
    long[] comptes = lire(xml, vu);
    // balises de fin écrites (les éléments vides n'en ont pas) : racine, Zz, sheetData, 200 × (row, 2 c, 2 v) ;
    // seule la balise qui chevauche la fin des 512 premiers octets lus (examen de l'encodage) peut y échapper
    long total = comptes[1] + 3 + 200 * 5;
    assertThat(comptes[0]).isBetween(total - 1, total);
    assertThat(vu).contains("<c r=C7 s=2", "<row r=7 spans=1:3 x14ac:dyDescent=0.25", "47.5", "/v", "/row",
        "<Zz z=1 Z_=2 _a= ", "<autoFilter ref=A1:C1");
  }

  @Test
  void uneBaliseHorsDuCasSimpleEstRepriseParLAnalyseCompleteAvecLeMemeResultat() throws IOException {
    String xml = "<r xmlns:p=\"urn:p\"><a v=\"x&amp;y\"/><b v=\"é\"></b><é v=\"1\"/><c v=\"\t\"/>"
        + "<d  v = 'ok' /><p:e p:v=\"2\"></p:e ><f/></r>";
    List<String> vu = new ArrayList<>();
    long[] comptes = lire(xml, vu);
    assertThat(vu).containsExactly("<r xmlns:p=urn:p", "<a v=x&y", "/a", "<b v=é", "/b", "<é v=1", "/é",
        "<c v= ", "/c", "<d v=ok", "/d", "<e p:v=2", "/e", "<f", "/f", "/r");
    // en une passe : <r>, <d …/>, <p:e>, <f/>, </b>, </r> (</p:e > a un blanc : analyse complète)
    assertThat(comptes[0]).isEqualTo(6);
  }

  @Test
  void seulesLesBalisesCoupeesParLaFinDuTamponSontLuesParLAnalyseComplete() throws IOException {
    // 4 000 lignes (≈ 400 Kio) : une balise au plus par bloc de 64 Kio peut en chevaucher la fin
    String xml = feuille(4_000);
    List<String> vu = new ArrayList<>();
    long[] comptes = lire(xml, vu);
    long total = comptes[1] + 3 + 4_000L * 5;
    long blocs = xml.length() / (1 << 16) + 1;
    assertThat(comptes[0]).isLessThanOrEqualTo(total).isGreaterThanOrEqualTo(total - 2 * blocs);
    assertThat(vu).contains("<c r=C4000 s=2", "43999.5");
  }
}
