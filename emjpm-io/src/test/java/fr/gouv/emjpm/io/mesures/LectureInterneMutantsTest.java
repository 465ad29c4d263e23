// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.PrologueXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Lecture durcie partagée (io.internal) observée aux bornes : table des chaînes (premier octet, nombre
 * annoncé égal au plafond, texte brut hors {@code si}, échéance), prologue XML (64 Kio exactement,
 * UTF-16 à octet de poids fort non nul, faux DOCTYPE), flux bornés du paquet (saut, fermeture, échéance).
 */
class LectureInterneMutantsTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static Echeance loin() {
    return new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);
  }

  private static Echeance passee() throws InterruptedException {
    Echeance e = new Echeance(Duration.ofNanos(1), LecteurClasseur.CODES);
    Thread.sleep(2);
    return e;
  }

  private static String lireTable(byte[] xml, int nombre, int longueur, Echeance e) throws Exception {
    try {
      return ChainesPartagees.lire(new ByteArrayInputStream(xml), nombre, longueur, 1 << 20, e, LecteurClasseur.CODES)
          .nombre() + " chaînes";
    } catch (ArretLecture a) {
      return a.violation().code() + " " + a.violation().arguments();
    }
  }

  private static String lireTable(String xml, int nombre, int longueur, Echeance e) throws Exception {
    return lireTable(xml.getBytes(StandardCharsets.UTF_8), nombre, longueur, e);
  }

  // ------------------------------------------------------------------ chaînes partagées

  @Test
  void tableVideSansChaine() {
    assertThat(ChainesPartagees.vide().nombre()).isZero();
  }

  @Test
  void premierOctetNulAnalyseEtNonPrisPourUnFluxVide() throws Exception {
    assertThat(lireTable(new byte[0], 10, 10, loin())).isEqualTo("0 chaînes");
    assertThat(lireTable(new byte[] {0, '<', 'a', '/', '>'}, 10, 10, loin())).startsWith("FICHIER_ILLISIBLE");
  }

  @Test
  void nombreAnnonceEgalAuPlafondAdmis() throws Exception {
    String deux = "<sst xmlns=\"" + NS + "\" uniqueCount=\"%d\"><si><t>a</t></si><si><t>b</t></si></sst>";
    assertThat(lireTable(String.format(deux, 2), 2, 10, loin())).isEqualTo("2 chaînes");
    assertThat(lireTable(String.format(deux, 3), 2, 10, loin())).startsWith("FICHIER_TROP_DE_CHAINES");
  }

  @Test
  void texteBrutBorneMemeHorsDUneChaine() throws Exception {
    // longueur 2 : 14 caractères bruts au plus dans un t, même sans si qui le clôture
    String t = "<sst xmlns=\"" + NS + "\"><t>%s</t></sst>";
    assertThat(lireTable(String.format(t, "x".repeat(14)), 10, 2, loin())).isEqualTo("0 chaînes");
    assertThat(lireTable(String.format(t, "x".repeat(15)), 10, 2, loin())).isEqualTo("FICHIER_CELLULE_TROP_LONGUE {max=2}");
  }

  @Test
  void echeanceVerifieeSeulementTousLesMilleVingtQuatreElements() throws Exception {
    String dix = "<sst xmlns=\"" + NS + "\">" + "<si><t>a</t></si>".repeat(10) + "</sst>";
    assertThat(lireTable(dix, 100, 10, passee())).isEqualTo("10 chaînes");
    String beaucoup = "<sst xmlns=\"" + NS + "\">" + "<si><t>a</t></si>".repeat(600) + "</sst>";
    assertThat(lireTable(beaucoup, 1000, 10, passee())).startsWith("FICHIER_DELAI_DEPASSE");
  }

  // ------------------------------------------------------------------ prologue XML

  private static boolean doctype(byte[] octets) {
    PrologueXml p = new PrologueXml();
    boolean vu = p.examiner(octets, 0, octets.length);
    assertThat(p.doctype()).isEqualTo(vu);
    return vu;
  }

  @Test
  void prologueExamineJusquAuSoixanteQuatreMilleCinqCentTrenteSixiemeOctetInclus() {
    String dtd = "<!DOCTYPE";
    String juste = " ".repeat(PrologueXml.OCTETS_MAX - dtd.length()) + dtd;
    assertThat(doctype(juste.getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(doctype((" " + juste).getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void utf16AOctetDePoidsFortNonNulNEstPasUnChevron() {
    // U+013C (ļ) : octet de poids faible 0x3C (« < »), ce n'est pas une balise
    assertThat(doctype("\uFEFF\u013C!DOCTYPE a><a/>".getBytes(StandardCharsets.UTF_16BE))).isFalse();
    assertThat(doctype("\uFEFF\u013C!DOCTYPE a><a/>".getBytes(StandardCharsets.UTF_16LE))).isFalse();
    assertThat(doctype("\uFEFF<!DOCTYPE a><a/>".getBytes(StandardCharsets.UTF_16LE))).isTrue();
  }

  @Test
  void premierCaractereTexteEtDeclarationQuiNEstPasUnDoctype() {
    assertThat(doctype("x<!DOCTYPE a><a/>".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    assertThat(doctype(" <!DOCTYPE a><a/>".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
    assertThat(doctype("<!DOCUMENT a><a/>".getBytes(StandardCharsets.UTF_8))).isFalse();
    PrologueXml p = new PrologueXml();
    assertThat(p.doctype()).isFalse();
    assertThat(p.termine()).isFalse();
  }
}
