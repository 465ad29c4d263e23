// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.PaquetXlsxBorne;
import fr.gouv.emjpm.io.internal.PrologueXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lecture durcie partagée (io.internal) observée aux bornes : table des chaînes (premier octet, nombre
 * annoncé égal au plafond, texte brut hors {@code si}, échéance), prologue XML (64 Kio exactement,
 * UTF-16 à octet de poids fort non nul, faux DOCTYPE), flux bornés du paquet (saut, fermeture, échéance).
 */
class LectureInterneMutantsTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  @TempDir Path dossier;

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

  // ------------------------------------------------------------------ flux bornés du paquet

  private Path archive(String contenu) throws IOException {
    Path zip = Files.createTempFile(dossier, "a", ".zip");
    Files.write(zip, CorpusHostile.archive(Map.of("a", CorpusHostile.Contenu.de(contenu))));
    return zip;
  }

  @Test
  void ouvertureRefuseeDesQueLEcheanceEstPasseeOuLArchiveFermee() throws Exception {
    Path zip = archive("x".repeat(100));
    try (PaquetXlsxBorne paquet = new PaquetXlsxBorne(zip.toFile(), passee(), LecteurClasseur.CODES)) {
      ZipEntrySource source = paquet.source();
      assertThatThrownBy(() -> source.getInputStream(source.getEntry("a")))
          .isInstanceOf(ArretLecture.class)
          .satisfies(e -> assertThat(((ArretLecture) e).violation().code()).isEqualTo("FICHIER_DELAI_DEPASSE"));
      assertThatThrownBy(() -> paquet.ouvrirEnFlux(null))
          .isInstanceOf(ArretLecture.class)
          .satisfies(e -> assertThat(((ArretLecture) e).violation().code()).isEqualTo("FICHIER_DELAI_DEPASSE"));
    }
    try (PaquetXlsxBorne paquet = new PaquetXlsxBorne(zip.toFile(), loin(), LecteurClasseur.CODES)) {
      assertThat(paquet.source().isClosed()).isFalse();
      paquet.close();
      assertThat(paquet.source().isClosed()).isTrue();
      assertThatThrownBy(() -> paquet.ouvrirEnFlux(null)).isInstanceOf(IOException.class).hasMessage("archive fermée");
      assertThat(paquet.arret()).isEmpty();
    }
  }

  @Test
  void echeanceVerifieeAChaqueLectureApresLOuverture() throws Exception {
    Path zip = archive("x".repeat(100));
    try (PaquetXlsxBorne paquet = new PaquetXlsxBorne(zip.toFile(),
        new Echeance(Duration.ofMillis(1_500), LecteurClasseur.CODES), LecteurClasseur.CODES)) {
      ZipEntrySource source = paquet.source();
      try (InputStream in = source.getInputStream(source.getEntry("a"))) {
        assertThat(in.readNBytes(10)).hasSize(10);
        Thread.sleep(1_700);
        assertThatThrownBy(in::read).isInstanceOf(ArretLecture.class);
      }
    }
  }

  @Test
  void fluxSautantLesOctetsLusSansMarqueEtFermeAvecLaSource() throws Exception {
    StringBuilder contenu = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      contenu.append(String.format("%07d", i)); // 21 000 octets, position lisible
    }
    Path zip = archive(contenu.toString());
    try (PaquetXlsxBorne paquet = new PaquetXlsxBorne(zip.toFile(), loin(), LecteurClasseur.CODES)) {
      ZipEntrySource source = paquet.source();
      InputStream pasOuvert = source.getInputStream(source.getEntry("a"));
      assertThat(pasOuvert.available()).isZero();
      assertThat(pasOuvert.markSupported()).isFalse();
      pasOuvert.close();
      try (InputStream in = source.getInputStream(source.getEntry("a"))) {
        assertThat(in.skip(0)).isZero();
        assertThat(in.skip(-5)).isZero();
        assertThat(in.skip(10_003)).isEqualTo(10_003L);
        assertThat(new String(in.readNBytes(11), StandardCharsets.US_ASCII)).isEqualTo("0001429" + "0001");
        assertThat(in.skip(100_000)).isEqualTo(21_000L - 10_003 - 11);
        assertThat(in.read()).isEqualTo(-1);
      }
      InputStream ferme = source.getInputStream(source.getEntry("a"));
      assertThat(ferme.read()).isEqualTo('0');
      ferme.close();
      assertThatThrownBy(ferme::read).isInstanceOf(IOException.class);
    }
  }
}
