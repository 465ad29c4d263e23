// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.PaquetXlsxBorne;
import fr.gouv.emjpm.io.internal.PrologueXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lecture bornée du paquet xlsx : budget d'octets réels des parties que POI analyse, DOCTYPE repéré
 * dans le prologue (tous encodages courants, lectures fractionnées), échéance pendant l'ouverture,
 * limites globales de POI relâchées par l'hôte sans effet sur nos plafonds.
 */
class PaquetXlsxBorneTest {

  @TempDir Path dossier;

  // ------------------------------------------------------------------ prologue XML

  /** Examine {@code octets} d'un bloc, puis octet par octet : les deux doivent conclure pareil. */
  private static boolean doctype(byte[] octets) {
    boolean bloc = new PrologueXml().examiner(octets, 0, octets.length);
    PrologueXml p = new PrologueXml();
    boolean unParUn = false;
    for (int i = 0; i < octets.length && !unParUn; i++) {
      unParUn = p.examiner(octets, i, 1);
    }
    assertThat(unParUn).as("lecture fractionnée").isEqualTo(bloc);
    return bloc;
  }

  private static boolean doctype(String xml, Charset c) {
    return doctype(xml.getBytes(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1"})
  void doctypeRepereDansLePrologueQuelQueSoitLEncodage(String encodage) {
    Charset c = Charset.forName(encodage);
    String dtd = "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><a>&e;</a>";
    assertThat(doctype(dtd, c)).isTrue();
    if (!encodage.startsWith("ISO")) {
      assertThat(doctype("\uFEFF" + dtd, c)).as("avec marque d'ordre").isTrue();
    }
    assertThat(doctype("<?xml version=\"1.0\"?>\r\n\t <!-- commentaire - -- -->\n<?pi x?><!-- -->" + dtd, c)).isTrue();
    assertThat(doctype("<?xml version=\"1.0\"?><!-- <!DOCTYPE x> --><a/>", c)).as("dans un commentaire").isFalse();
    assertThat(doctype("<?xml version=\"1.0\"?><a><!DOCTYPE b></a>", c)).as("après la racine").isFalse();
    assertThat(doctype("<a/>", c)).isFalse();
    assertThat(doctype("texte<!DOCTYPE a><a/>", c)).as("texte avant : l'analyseur tranche").isFalse();
    assertThat(doctype("<!doctype a><a/>", c)).as("minuscules : XML mal formé, l'analyseur tranche").isFalse();
  }

  @Test
  void examenArreteALaRacineOuApres64Kio() {
    PrologueXml p = new PrologueXml();
    byte[] racine = "<?xml version=\"1.0\"?><worksheet>".getBytes(StandardCharsets.UTF_8);
    assertThat(p.examiner(racine, 0, racine.length)).isFalse();
    assertThat(p.termine()).isTrue();
    String longs = "<!--" + "x".repeat(PrologueXml.OCTETS_MAX) + "--><!DOCTYPE a><a/>";
    assertThat(doctype(longs, StandardCharsets.UTF_8)).as("au-delà de la borne : l'analyseur tranche").isFalse();
    String courts = "<!--" + "x".repeat(PrologueXml.OCTETS_MAX - 100) + "--><!DOCTYPE a><a/>";
    assertThat(doctype(courts, StandardCharsets.UTF_8)).isTrue();
  }

  // ------------------------------------------------------------------ budget des parties lues par POI

  @Test
  void partiesLuesParPoiBorneesEnOctetsReelsCumules() throws Exception {
    byte[] bloc = CorpusHostile.bloc("", 99, "");
    long quatreMio = PaquetXlsxBorne.PARTIES_POI_MAX;
    byte[] juste = java.util.Arrays.copyOf(bloc, (int) (quatreMio / 4));
    Map<String, CorpusHostile.Contenu> entrees = new LinkedHashMap<>();
    for (String n : List.of("a", "b", "c", "d")) {
      entrees.put(n, CorpusHostile.Contenu.de(juste)); // 4 × 1 Mio : exactement le budget
    }
    entrees.put("e", CorpusHostile.Contenu.de("x"));
    Path zip = dossier.resolve("budget.zip");
    Files.write(zip, CorpusHostile.archive(entrees));
    try (PaquetXlsxBorne paquet = new PaquetXlsxBorne(zip.toFile(), new Echeance(Duration.ofMinutes(1), LecteurClasseur.CODES),
        LecteurClasseur.CODES)) {
      ZipEntrySource source = paquet.source();
      for (String n : List.of("a", "b", "c", "d")) {
        try (InputStream in = source.getInputStream(source.getEntry(n))) {
          assertThat(in.readAllBytes()).hasSize(juste.length);
        }
      }
      // ouvrir sans lire ne coûte rien
      source.getInputStream(source.getEntry("e")).close();
      assertThat(paquet.arret()).isEmpty();
      try (InputStream in = source.getInputStream(source.getEntry("e"))) {
        assertThatThrownBy(in::read).isInstanceOf(ArretLecture.class);
      }
      assertThat(paquet.arret()).hasValueSatisfying(a -> assertThat(a.violation().code()).isEqualTo("FICHIER_ZIP_BOMBE"));
    }
  }

  @Test
  void echeanceVerifieeDesLOuvertureDuPaquet() throws Exception {
    Path p = dossier.resolve("sans-lignes.xlsx");
    Files.write(p, CorpusHostile.classeurSansLignes());
    ParametresImport params = ParametresImport.pour(GestionnaireId.individuel(1));
    assertThat(codes(MesuresImporterTest.IMPORTER.importer(p, params))).containsExactly("IMPORT_VIDE");
    LimitesImport uneNano = new LimitesImport(1 << 20, 10, 50, 1000, 1000, Duration.ofNanos(1));
    assertThat(codes(MesuresImporterTest.IMPORTER.importer(p, params.avecLimites(uneNano))))
        .containsExactly("FICHIER_DELAI_DEPASSE");
  }

  // ------------------------------------------------------------------ limites globales de l'hôte

  @Test
  void limitesDeTailleDePoiRelacheesParLHoteSansEffetSurNosPlafonds() throws Exception {
    long entree = ZipSecureFile.getMaxEntrySize();
    long texte = ZipSecureFile.getMaxTextSize();
    long grace = ZipSecureFile.getGraceEntrySize();
    try {
      ZipSecureFile.setMaxEntrySize(0xFFFFFFFFL * 16); // 64 Gio
      ZipSecureFile.setMaxTextSize(Long.MAX_VALUE / 2);
      ZipSecureFile.setGraceEntrySize(1L << 40); // plus aucun contrôle de ratio
      Map<String, String> attendus = new LinkedHashMap<>();
      attendus.put("styles-geants", "FICHIER_ZIP_BOMBE");
      attendus.put("feuille-menteuse-sans-lignes", "FICHIER_ZIP_BOMBE");
      attendus.put("cellule-geante", "FICHIER_CELLULE_TROP_LONGUE");
      attendus.put("chaines-partagees-volumineuses", "FICHIER_ZIP_BOMBE");
      for (Map.Entry<String, String> e : attendus.entrySet()) {
        CorpusHostile.Cas c = CorpusHostile.cas().get(e.getKey());
        Path p = dossier.resolve(c.nom() + ".xlsx");
        Files.write(p, c.octets());
        assertThat(codes(MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)))))
            .as(c.nom()).containsExactly(e.getValue());
        Files.delete(p);
      }
      // un classeur honnête n'est pas refusé pour autant (le modèle réel : SIRET inconnu, lu jusqu'au bout)
      Path modele = dossier.resolve("modele.xlsx");
      Files.write(modele, CorpusHostile.modele());
      assertThat(codes(MesuresImporterTest.IMPORTER.importer(modele, ParametresImport.pour(GestionnaireId.individuel(1)))))
          .doesNotContain("FICHIER_LIMITES_HOTE", "FICHIER_ILLISIBLE", "FICHIER_ZIP_BOMBE").isNotEmpty()
          .allMatch(code -> !code.startsWith("IMPORT_ZIP"));
    } finally {
      ZipSecureFile.setMaxEntrySize(entree);
      ZipSecureFile.setMaxTextSize(texte);
      ZipSecureFile.setGraceEntrySize(grace);
    }
  }

  private static List<String> codes(Resultat<?> r) {
    return r.violations().stream().map(Violation::code).toList();
  }

  @Test
  void celluleGeanteHonneteRefuseeVite() throws Exception {
    Path modele = dossier.resolve("chauffe.xlsx");
    Files.write(modele, CorpusHostile.modele());
    MesuresImporterTest.IMPORTER.importer(modele, ParametresImport.pour(GestionnaireId.individuel(1))); // chauffe
    CorpusHostile.Cas c = CorpusHostile.cas().get("cellule-geante-honnete");
    Path p = dossier.resolve("geante.xlsx");
    Files.write(p, c.octets());
    long debut = System.nanoTime();
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)));
    long ms = (System.nanoTime() - debut) / 1_000_000;
    assertThat(codes(r)).containsExactly("FICHIER_CELLULE_TROP_LONGUE");
    // avant la lecture bornée : 7,6 s et ≈ 340 Mo ; désormais arrêtée après 7 000 caractères
    assertThat(ms).as("durée du refus (ms)").isLessThan(2_000);
  }

  @Test
  void partieEnFluxHorsArchiveIllisible() throws Exception {
    Path zip = dossier.resolve("a.zip");
    Files.write(zip, CorpusHostile.archive(Map.of("a", CorpusHostile.Contenu.de("x"))));
    try (PaquetXlsxBorne paquet = new PaquetXlsxBorne(zip.toFile(), new Echeance(Duration.ofMinutes(1), LecteurClasseur.CODES),
        LecteurClasseur.CODES)) {
      ZipEntrySource source = paquet.source();
      assertThatThrownBy(() -> paquet.ouvrirEnFlux(null)).isInstanceOf(ArretLecture.class);
      assertThat(paquet.arret()).hasValueSatisfying(a -> assertThat(a.violation().code()).isEqualTo("FICHIER_ILLISIBLE"));
      paquet.close();
      assertThat(source.isClosed()).isTrue();
      assertThatThrownBy(() -> source.getInputStream(source.getEntry("a"))).isInstanceOf(IOException.class);
    }
  }
}
