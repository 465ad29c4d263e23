// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table compacte des chaînes partagées observée de près : cache à correspondance directe (même instance
 * rendue tant que la case n'a pas été reprise, 4 096 cases au plus, moins pour une petite table), indices
 * hors de la table, passage du stockage Latin-1 au stockage UTF-16 au milieu de la table, racine répétée.
 */
class ChainesPartageesTest {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);

  private static ChainesPartagees table(List<String> textes) throws IOException {
    StringBuilder b = new StringBuilder("<sst xmlns=\"" + ClasseurXlsx.NS + "\">");
    for (String t : textes) {
      b.append("<si><t>").append(t).append("</t></si>");
    }
    return lire(b.append("</sst>").toString());
  }

  private static ChainesPartagees lire(String xml) throws IOException {
    return ChainesPartagees.lire(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 1_000_000, 32_767,
        1L << 24, LOIN, LecteurClasseur.CODES);
  }

  private static List<String> numeros(int n) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add("21/" + i);
    }
    return l;
  }

  @Test
  void cacheDeQuatreMilleQuatreVingtSeizeCasesRendLaMemeInstance() throws IOException {
    ChainesPartagees t = table(numeros(5_000));
    String[] premiers = new String[ChainesPartagees.CACHE];
    for (int i = 0; i < premiers.length; i++) {
      premiers[i] = t.chaine(i);
    }
    for (int i = 0; i < premiers.length; i++) {
      assertThat(t.chaine(i)).as("indice " + i).isSameAs(premiers[i]);
    }
    // les indices 4 096 à 4 999 reprennent les cases 0 à 903 : les suivantes gardent leur chaîne
    for (int i = ChainesPartagees.CACHE; i < 5_000; i++) {
      assertThat(t.chaine(i)).isEqualTo("21/" + i);
    }
    assertThat(t.chaine(0)).isEqualTo("21/0").isNotSameAs(premiers[0]);
    assertThat(t.chaine(903)).isEqualTo("21/903").isNotSameAs(premiers[903]);
    assertThat(t.chaine(904)).isSameAs(premiers[904]);
    assertThat(t.chaine(4_095)).isSameAs(premiers[4_095]);
  }

  @Test
  void petiteTableAutantDeCasesQueDeChaines() throws IOException {
    for (int n = 1; n <= 9; n++) {
      ChainesPartagees t = table(numeros(n));
      String[] vus = new String[n];
      for (int i = 0; i < n; i++) {
        vus[i] = t.chaine(i);
      }
      for (int i = 0; i < n; i++) {
        assertThat(t.chaine(i)).as(n + " chaînes, indice " + i).isSameAs(vus[i]).isEqualTo("21/" + i);
      }
    }
  }

  @Test
  void indiceHorsDeLaTableRefuseMemeDansLaMargeDuStockage() throws IOException {
    ChainesPartagees t = table(List.of("a", "b", "c"));
    assertThat(t.nombre()).isEqualTo(3);
    assertThatThrownBy(() -> t.chaine(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.chaine(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ChainesPartagees.vide().chaine(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(ChainesPartagees.vide().caracteres()).isZero();
  }

  @Test
  void passageEnUtf16AuMilieuDeLaTableGardeLesChainesPrecedentes() throws IOException {
    List<String> textes = new ArrayList<>(numeros(3_000));
    textes.add("ÿé");
    textes.add("Ā€𝄞 ligne");
    textes.add("après");
    ChainesPartagees t = table(textes);
    assertThat(t.latin1()).isFalse();
    assertThat(t.caracteres()).isEqualTo(textes.stream().mapToInt(String::length).sum());
    for (int i = textes.size() - 1; i >= 0; i--) {
      assertThat(t.chaine(i)).isEqualTo(textes.get(i));
    }
    ChainesPartagees latin1 = table(List.of("ÿ", "é", "abc"));
    assertThat(latin1.latin1()).isTrue();
    assertThat(latin1.chaine(0)).isEqualTo("ÿ");
  }

  @Test
  void nouvelleRacineRecommenceLaTable() throws IOException {
    String ns = ClasseurXlsx.NS;
    ChainesPartagees t = lire("<sst xmlns=\"" + ns + "\" uniqueCount=\"2\"><si><t>vieux</t></si><si><t>é</t></si>"
        + "<sst uniqueCount=\"100\"><si><t>neuf</t></si></sst></sst>");
    assertThat(t.nombre()).isEqualTo(1);
    assertThat(t.chaine(0)).isEqualTo("neuf");
    assertThat(t.caracteres()).isEqualTo(4);
  }

  @Test
  void nombreAnnonceMenteurNeChangeRien() throws IOException {
    String ns = ClasseurXlsx.NS;
    for (String annonce : new String[] {"0", "1", "5", "999999"}) {
      ChainesPartagees t = lire("<sst xmlns=\"" + ns + "\" uniqueCount=\"" + annonce + "\">"
          + "<si><t>a</t></si><si><t>bc</t></si><si><t/></si></sst>");
      assertThat(t.nombre()).as(annonce).isEqualTo(3);
      assertThat(List.of(t.chaine(0), t.chaine(1), t.chaine(2))).containsExactly("a", "bc", "");
    }
  }

  @Test
  void tableDeplusDeMilleVingtQuatreCaracteresEnUneChaine() throws IOException {
    String longue = "x".repeat(5_000);
    ChainesPartagees t = table(List.of("a", longue, "b".repeat(3_000) + "é"));
    assertThat(t.chaine(1)).isEqualTo(longue);
    assertThat(t.chaine(2)).hasSize(3_001).endsWith("bé");
    assertThat(t.caracteres()).isEqualTo(8_002);
  }

  private static String issue(String xml, int nombre, int longueur, long caracteres) throws IOException {
    try {
      ChainesPartagees t = ChainesPartagees.lire(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), nombre,
          longueur, caracteres, LOIN, LecteurClasseur.CODES);
      return t.nombre() + " chaînes";
    } catch (ArretLecture a) {
      return a.violation().code() + " " + a.violation().arguments();
    }
  }

  private static final String SST = "<sst xmlns=\"" + ClasseurXlsx.NS + "\">";

  @Test
  void texteBrutCumuleSurPlusieursTBorneMemeHorsDUneChaine() throws IOException {
    // longueur 2 : 14 caractères bruts au plus, cumulés d'un t à l'autre tant qu'aucun si ne recommence
    String deuxT = SST + "<t>%s</t><t>%s</t></sst>";
    assertThat(issue(String.format(deuxT, "x".repeat(7), "y".repeat(7)), 10, 2, 100)).isEqualTo("0 chaînes");
    assertThat(issue(String.format(deuxT, "x".repeat(7), "y".repeat(8)), 10, 2, 100))
        .isEqualTo("FICHIER_CELLULE_TROP_LONGUE {max=2}");
    // un si recommence le texte brut
    assertThat(issue(SST + "<t>" + "x".repeat(10) + "</t><si><t>" + "_x0041_".repeat(2) + "</t></si></sst>", 10, 2, 100))
        .isEqualTo("1 chaînes");
  }

  @Test
  void texteHorsDeTApresUnTGardeLePlafondDesJetons() throws IOException {
    // après </t>, le texte (ignoré) n'est plus borné par la longueur d'une chaîne
    assertThat(issue(SST + "<si><t>ab</t>" + "z".repeat(40) + "</si></sst>", 10, 2, 100)).isEqualTo("1 chaînes");
  }

  @Test
  void texteDUnTAuDelaDuPlafondDesJetonsRefuseCommeChaineTropLongue() throws IOException {
    // longueur 200 000 : brut admis 1,4 M caractères, ramené au plafond d'un jeton XML (1 Mi) avec l'arrêt
    // de la chaîne trop longue
    String xml = SST + "<si><t>" + "x".repeat(JetonsXml.JETON_MAX + 1) + "</t></si></sst>";
    assertThat(issue(xml, 10, 200_000, 1L << 24)).isEqualTo("FICHIER_CELLULE_TROP_LONGUE {max=200000}");
  }

  @Test
  void attributsDeLaRacineLusMemeEnPremierePosition() throws IOException {
    String ns = " xmlns=\"" + ClasseurXlsx.NS + "\"";
    assertThatThrownBy(() -> issue("<sst count=\"x\"" + ns + "><si><t>a</t></si></sst>", 10, 10, 100))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> issue("<sst" + ns + " count=\"x\"><si><t>a</t></si></sst>", 10, 10, 100))
        .isInstanceOf(NumberFormatException.class);
    assertThat(issue("<sst count=\"7\"" + ns + "><si><t>a</t></si></sst>", 10, 10, 100)).isEqualTo("1 chaînes");
    assertThat(issue("<sst uniqueCount=\"3\"" + ns + "><si><t>a</t></si></sst>", 2, 10, 100))
        .isEqualTo("FICHIER_TROP_DE_CHAINES {max=2}");
    assertThat(issue("<sst uniqueCount=\"2\"" + ns + "><si><t>a</t></si></sst>", 2, 10, 100)).isEqualTo("1 chaînes");
  }

  @Test
  void plafondDeCaracteresAuDelaDUnTableauJava() throws IOException {
    assertThat(issue(SST + "<si><t>abc</t></si><si><t>é</t></si></sst>", 10, 10, Long.MAX_VALUE)).isEqualTo("2 chaînes");
    assertThat(issue(SST + "<si><t>abc</t></si><si><t>é</t></si></sst>", 10, 10, 3))
        .isEqualTo("FICHIER_ZIP_BOMBE {}");
  }
}
