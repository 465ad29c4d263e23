// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.mesures.CorpusHostile;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aucune ligne de journal d'une dépendance (POI, analyseur XML) ne porte le contenu d'un fichier : un
 * canari placé là où l'analyseur le recopierait dans son message (entité non déclarée dans une feuille,
 * dans les chaînes partagées, dans le classeur, dans les types de contenu ; nom d'élément ; nom d'entrée
 * zip que POI juge invalide) n'apparaît ni dans le journal (Log4j API renvoyé vers SLF4J, écrit dans
 * {@code target/journal-tests.log} par les tests : POI au niveau warn, celui de ses erreurs d'analyse et de
 * ses entrées écartées) ni sur la sortie standard
 * ou d'erreur, pour l'import des mesures comme pour celui de l'enquête ; chaque fichier est refusé par
 * un code typé.
 */
class JournauxDependancesTest {
  private static final String CANARI = "CANARY-Dupont-1234";
  private static final String NS = CorpusHostile.NS;
  private static final EmjpmEngine ENGINE = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
  private static final Path JOURNAL = Path.of("target", "journal-tests.log");

  @TempDir Path dossier;

  /** Corpus : nom du cas → octets du classeur, fabriqués depuis le modèle réel. */
  private static Map<String, byte[]> corpus() throws IOException {
    byte[] modele = CorpusHostile.modele();
    String feuille = entree(modele, "xl/worksheets/sheet1.xml");
    String chaines = entree(modele, "xl/sharedStrings.xml");
    String classeur = entree(modele, "xl/workbook.xml");
    String types = entree(modele, "[Content_Types].xml");
    String relations = entree(modele, "xl/_rels/workbook.xml.rels");
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("entite-feuille", remplacer(modele, "xl/worksheets/sheet1.xml",
        feuille.replace("<sheetData>", "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&" + CANARI
            + ";</t></is></c></row>")));
    m.put("entite-chaines", remplacer(modele, "xl/sharedStrings.xml",
        chaines.replace("<t>type</t>", "<t>&" + CANARI + ";</t>")));
    m.put("entite-classeur", remplacer(modele, "xl/workbook.xml",
        classeur.replace("name=\"Feuil1\"", "name=\"&" + CANARI + ";\"")));
    m.put("entite-types", remplacer(modele, "[Content_Types].xml", types.replace("<Default ", "<Default a=\"&"
        + CANARI + ";\" ")));
    m.put("entite-relations", remplacer(modele, "xl/_rels/workbook.xml.rels",
        relations.replace("<Relationship ", "<Relationship a=\"&" + CANARI + ";\" ")));
    m.put("element-feuille", remplacer(modele, "xl/worksheets/sheet1.xml",
        feuille.replace("<sheetData>", "<sheetData><" + CANARI + "></x>")));
    m.put("element-classeur", remplacer(modele, "xl/workbook.xml",
        classeur.replace("<bookViews>", "<" + CANARI + "></x><bookViews>")));
    m.put("element-chaines", remplacer(modele, "xl/sharedStrings.xml",
        chaines.replace("<si><t>type</t></si>", "<" + CANARI + "></x>")));
    m.put("attribut-double-feuille", remplacer(modele, "xl/worksheets/sheet1.xml",
        feuille.replace("<sheetData>", "<sheetData " + CANARI + "=\"1\" " + CANARI + "=\"2\">")));
    // entrée que POI juge invalide comme nom de partie (« xl/./… ») : POI l'écarte avec un WARN et sa pile
    m.put("nom-entree-invalide", ajouter(modele, "xl/./" + CANARI + "/sheet1.xml", feuille));
    m.put("entree-point", ajouter(modele, "xl/./worksheets/sheet1.xml", feuille.replace("<sheetData>",
        "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>" + CANARI + "</t></is></c></row>")));
    m.put("segment-point-final", ajouter(modele, "xl/" + CANARI + "./a.xml", feuille));
    return m;
  }

  @Test
  void aucunCanariDansLesJournauxNiSurLaConsole() throws Exception {
    long avant = Files.exists(JOURNAL) ? Files.size(JOURNAL) : 0;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    Map<String, String> codes = new LinkedHashMap<>();
    try {
      System.setOut(capture);
      System.setErr(capture);
      for (Map.Entry<String, byte[]> cas : corpus().entrySet()) {
        Path f = dossier.resolve(cas.getKey() + ".xlsx");
        Files.write(f, cas.getValue());
        Resultat<?> mesures = MesuresImporter.avec(ENGINE).importer(f, ParametresImport.pour(GestionnaireId.individuel(1)));
        Resultat<?> enquete = EnqueteExcelReader.lire(new ByteArrayInputStream(cas.getValue()), TypeEnquete.PREPOSE, 2021);
        assertThat(mesures.toString()).doesNotContain(CANARI);
        assertThat(enquete.toString()).doesNotContain(CANARI);
        codes.put(cas.getKey(), code(mesures) + " / " + code(enquete));
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String journal = Files.exists(JOURNAL) ? lireDepuis(JOURNAL, avant) : "";
    assertThat(journal).as("journal des dépendances").doesNotContain(CANARI);
    assertThat(console.toString(StandardCharsets.UTF_8)).as("sortie standard et d'erreur").doesNotContain(CANARI);
    assertThat(codes).as("chaque cas est refusé par un code typé").allSatisfy((nom, c) ->
        assertThat(c).matches("(IMPORT|FICHIER)_[A-Z_]+ / (FICHIER|ENQUETE)_[A-Z_]+"));
    assertThat(codes).containsEntry("entree-point", "FICHIER_ZIP_STRUCTURE / FICHIER_ZIP_STRUCTURE")
        .containsEntry("entite-classeur", "FICHIER_ILLISIBLE / FICHIER_ILLISIBLE")
        // la table des chaînes n'est lue qu'avec la première feuille lue : aucune feuille d'enquête ici
        .containsEntry("entite-chaines", "FICHIER_ILLISIBLE / ENQUETE_FEUILLE_MANQUANTE");
    // les feuilles du modèle des mesures ne sont pas celles d'une enquête : seul l'import des mesures les lit
    assertThat(codes.get("entite-feuille")).startsWith("FICHIER_ILLISIBLE / ");
  }

  private static String code(Resultat<?> r) {
    return r.estSucces() ? "accepte" : r.violations().get(0).code();
  }

  /** Ce qui a été écrit dans le journal depuis {@code position} (seule cette partie est lue). */
  private static String lireDepuis(Path f, long position) throws IOException {
    try (java.nio.channels.SeekableByteChannel c = Files.newByteChannel(f)) {
      c.position(Math.min(position, c.size()));
      return new String(java.nio.channels.Channels.newInputStream(c).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String entree(byte[] xlsx, String nom) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(nom)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("entrée absente : " + nom);
  }

  /** Modèle réel plus une entrée {@code nom} (ajoutée en dernier). */
  private static byte[] ajouter(byte[] xlsx, String nom, String xml) throws IOException {
    Map<String, CorpusHostile.Contenu> entrees = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entrees.put(e.getName(), CorpusHostile.Contenu.de(in.readAllBytes()));
      }
    }
    entrees.put(nom, CorpusHostile.Contenu.de(xml));
    return CorpusHostile.archive(entrees);
  }

  private static byte[] remplacer(byte[] xlsx, String nom, String xml) throws IOException {
    return CorpusHostile.remplacer(xlsx, Map.of(nom, CorpusHostile.Contenu.de(xml)));
  }
}
