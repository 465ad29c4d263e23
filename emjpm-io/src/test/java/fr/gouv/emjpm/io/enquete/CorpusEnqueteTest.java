// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import fr.gouv.emjpm.io.mesures.CorpusHostile;
import fr.gouv.emjpm.io.mesures.CorpusHostile.Contenu;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-DOC-2 pour {@link CodeImportEnquete} : chaque code est produit par au moins un fichier (ou
 * document JSON) de ce manifeste, sans exception ni recopie de la valeur piège. Un code ajouté sans
 * fichier fait échouer le test.
 *
 * <p>R-POI-10 pour l'import d'enquête : corpus hostile généré par le test ({@link #hostiles()}), chaque
 * fichier avec son issue attendue (code, ou acceptation quand la partie hostile n'est jamais analysée) ;
 * un succès ou un refus inattendu échoue, et aucun cas ne doit épuiser le tas de 256 Mio des tests.
 */
class CorpusEnqueteTest {
  private static final String PIEGE = "PIEGE-3310";
  private static final int ANNEE = 2021;

  private static List<Violation> lire(byte[] octets, TypeEnquete type) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(octets), type, ANNEE).violations();
  }

  private static byte[] modele(TypeEnquete type) throws IOException {
    try (InputStream in = EnqueteExcelReaderTest.modele(type)) {
      return in.readAllBytes();
    }
  }

  private static byte[] xlsxService() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EnqueteExcelWriter.ecrire(EnqueteExcelWriterTest.reponseComplete(TypeEnquete.SERVICE, 1), TypeEnquete.SERVICE,
        ANNEE, out, FormatExcel.XLSX);
    return out.toByteArray();
  }

  private static byte[] ole2(String entree, byte[] contenu) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(contenu), entree);
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  private static byte[] zip(int entrees, int taille) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      for (int i = 0; i < entrees; i++) {
        z.putNextEntry(new ZipEntry("e" + i + ".xml"));
        byte[] bloc = new byte[1 << 20];
        for (int ecrit = 0; ecrit < taille; ecrit += bloc.length) {
          z.write(bloc, 0, Math.min(bloc.length, taille - ecrit));
        }
      }
    }
    return b.toByteArray();
  }

  /** Libellé de colonne A de la feuille d'activité remplacé (la ligne ne peut plus être repérée). */
  private static void effacerLibelle(org.apache.poi.ss.usermodel.Workbook wb, String debut) {
    Sheet s = wb.getSheetAt(CartographieClasseur.indexActivite(TypeEnquete.SERVICE));
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.toString().trim().toLowerCase(java.util.Locale.ROOT).startsWith(debut)) {
        c.setCellValue(PIEGE);
      }
    }
  }

  // ------------------------------------------------------------------ corpus hostile (R-POI-10)

  private static final String NS = CorpusHostile.NS;
  private static final String SST = "xl/sharedStrings.xml";
  /** Feuille « info service » du classeur écrit par l'export : lue par l'import d'un service. */
  private static final String FEUILLE_LUE = "xl/worksheets/sheet2.xml";
  private static final String TYPES = "[Content_Types].xml";
  private static final String STYLES = "xl/styles.xml";
  private static final String FEUILLE_DEBUT = "<worksheet xmlns=\"" + NS + "\"><sheetData>";
  private static final String FEUILLE_FIN = "</sheetData></worksheet>";
  private static final String XXE = "<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>";
  private static final long MIO = 1024 * 1024;
  private static final Duration DELAI = EnqueteExcelReader.DELAI;

  /**
   * Cas du corpus hostile : fabrique des octets, délai de lecture, code attendu (vide : classeur
   * accepté) et fragment attendu du message (limite dépassée).
   */
  record Cas(String nom, CorpusHostile.Fabrique fabrique, Duration delai, String code, String message) {
    @Override
    public String toString() {
      return nom + " -> " + (code.isEmpty() ? "accepté" : code);
    }
  }

  private static byte[] base;

  /** Classeur de service complet écrit par l'export (.xlsx), base des cas hostiles ; fabriqué une fois. */
  private static synchronized byte[] base() {
    if (base == null) {
      base = xlsxService();
    }
    return base.clone();
  }

  private static byte[] remplacer(String nom, Contenu contenu) throws IOException {
    return CorpusHostile.remplacer(base(), Map.of(nom, contenu));
  }

  private static byte[] remplacer(String nom, String xml) throws IOException {
    return remplacer(nom, Contenu.de(xml));
  }

  /** Texte d'une entrée du classeur de base. */
  private static String entree(String nom) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(nom)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("entrée absente : " + nom);
  }

  /** Table de {@code n} chaînes différentes ; {@code uniqueCount} vrai, menteur (1) ou absent (-1). */
  private static byte[] chainesPartagees(int n, int uniqueCount) throws IOException {
    StringBuilder sb = new StringBuilder(n * 24 + 128).append("<sst xmlns=\"").append(NS).append('"');
    if (uniqueCount >= 0) {
      sb.append(" count=\"").append(uniqueCount).append("\" uniqueCount=\"").append(uniqueCount).append('"');
    }
    sb.append('>');
    for (int i = 0; i < n; i++) {
      sb.append("<si><t>S ").append(i).append("</t></si>");
    }
    byte[] xml = sb.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
    return remplacer(SST, new Contenu(xml, new byte[0], 0, new byte[0], uniqueCount == n ? -1 : CorpusHostile.MENSONGE));
  }

  /** Styles de 24 Mio, tailles annoncées honnêtes (sous le plafond de 64 Mio du pré-vol). */
  private static byte[] stylesGeants() throws IOException {
    Random alea = new Random(11);
    StringBuilder xf = new StringBuilder();
    while (xf.length() < 1 << 20) {
      xf.append("<xf numFmtId=\"").append(alea.nextInt(200)).append("\" fontId=\"").append(alea.nextInt(9))
          .append("\" fillId=\"0\" borderId=\"").append(alea.nextInt(3)).append("\" xfId=\"0\"/>");
    }
    return remplacer(STYLES, Contenu.repete("<styleSheet xmlns=\"" + NS + "\"><cellXfs>",
        xf.toString().getBytes(StandardCharsets.UTF_8), 24, "</cellXfs></styleSheet>", -1));
  }

  /**
   * Bloc d'environ 1 Mio de lignes d'une cellule en ligne de 30 000 caractères (« x » et une lettre au
   * hasard tous les 150, assez peu compressible pour passer le ratio minimal de POI) : chaque cellule
   * est admise, leur somme dépasse le plafond de texte gardé.
   */
  private static byte[] lignesLongues() {
    Random alea = new Random(13);
    String xs = "x".repeat(150);
    StringBuilder sb = new StringBuilder((1 << 20) + 40_000);
    while (sb.length() < 1 << 20) {
      sb.append("<row><c t=\"inlineStr\"><is><t>");
      for (int i = 0; i < 30_000 / 151; i++) {
        sb.append(xs).append((char) ('a' + alea.nextInt(26)));
      }
      sb.append("</t></is></c></row>");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String avecDoctype(String xml, String racine) {
    int apres = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, apres) + XXE.replace("<!DOCTYPE w", "<!DOCTYPE " + racine) + xml.substring(apres);
  }

  private static String milliardDeRires() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY l0 \"rire\">");
    for (int i = 1; i < 10; i++) {
      sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return sb.append("]>").append(FEUILLE_DEBUT)
        .append("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row>").append(FEUILLE_FIN)
        .toString();
  }

  /**
   * Manifeste du corpus hostile : nom → cas. Les octets ne sont fabriqués qu'à l'appel ; les grosses
   * parties sont écrites par blocs compressés une fois ({@link CorpusHostile#archive}), le répertoire
   * central annonçant 1 000 octets quand le cas est « menteur ».
   */
  static Map<String, Cas> hostiles() {
    Map<String, Cas> m = new LinkedHashMap<>();
    byte[] x99 = CorpusHostile.bloc("", 99, "");
    // table des chaînes partagées (lue par emjpm, jamais par le ReadOnlySharedStringsTable de POI)
    ajouter(m, "chaine-partagee-geante", () -> remplacer(SST, Contenu.repete(
        "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>", x99, 150 * MIO / x99.length,
        "</t></si></sst>", CorpusHostile.MENSONGE)), "FICHIER_CELLULE_TROP_LONGUE", "caractères");
    ajouter(m, "chaines-partagees", () -> chainesPartagees(600_000, 600_000), "FICHIER_TROP_DE_CHAINES", "chaînes");
    ajouter(m, "chaines-partagees-compte-menteur", () -> chainesPartagees(600_000, 1), "FICHIER_TROP_DE_CHAINES", "chaînes");
    ajouter(m, "chaines-partagees-sans-compte", () -> chainesPartagees(600_000, -1), "FICHIER_TROP_DE_CHAINES", "chaînes");
    ajouter(m, "chaines-partagees-volumineuses", () -> remplacer(SST, Contenu.repete("<sst xmlns=\"" + NS + "\">",
        CorpusHostile.bloc("<si><t>", 56, "</t></si>"), 28, "</sst>", CorpusHostile.MENSONGE)), "FICHIER_ZIP_BOMBE", "");
    // feuille lue
    ajouter(m, "cellule-geante", () -> remplacer(FEUILLE_LUE, Contenu.repete(
        FEUILLE_DEBUT + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>", x99, 150 * MIO / x99.length,
        "</t></is></c></row>" + FEUILLE_FIN, CorpusHostile.MENSONGE)), "FICHIER_CELLULE_TROP_LONGUE", "caractères");
    ajouter(m, "cellules-longues", () -> remplacer(FEUILLE_LUE, Contenu.repete(FEUILLE_DEBUT, lignesLongues(), 8,
        FEUILLE_FIN, -1)), "ENQUETE_CLASSEUR_HORS_LIMITES", "caractères de texte gardés");
    ajouter(m, "feuille-menteuse", () -> remplacer(FEUILLE_LUE, Contenu.repete(FEUILLE_DEBUT,
        CorpusHostile.bloc("<row><c t=\"inlineStr\"><is><t>", 150, "</t></is></c></row>"), 128, FEUILLE_FIN,
        CorpusHostile.MENSONGE)), "FICHIER_TROP_DE_LIGNES", "lignes");
    ajouter(m, "feuille-menteuse-sans-lignes", () -> remplacer(FEUILLE_LUE, Contenu.repete(FEUILLE_DEBUT,
        CorpusHostile.bloc("<x>", 150, "</x>"), 96, FEUILLE_FIN, CorpusHostile.MENSONGE)), "FICHIER_ZIP_BOMBE", "");
    // issue 15 : jeton XML démesuré (attribut, commentaire) arrêté sur le flux d'octets, avant Xerces
    ajouter(m, "attribut-geant-feuille", () -> remplacer(FEUILLE_LUE, Contenu.repete(
        "<worksheet xmlns=\"" + NS + "\" zz=\"", x99, 40, "\"><sheetData>" + FEUILLE_FIN, -1)),
        "FICHIER_JETON_XML_TROP_LONG", "octets");
    ajouter(m, "commentaire-geant-chaines-partagees", () -> remplacer(SST, Contenu.repete(
        "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><!--", x99, 40, "--><si><t>a</t></si></sst>", -1)),
        "FICHIER_JETON_XML_TROP_LONG", "octets");
    // parties que POI analyse lui-même (budget de 4 Mio réels), ou jamais lues
    ajouter(m, "types-de-contenu-menteurs", () -> {
      String types = entree(TYPES);
      int fin = types.lastIndexOf("</Types>");
      return remplacer(TYPES, Contenu.repete(types.substring(0, fin),
          CorpusHostile.bloc("<Override PartName=\"/x/", 100, ".xml\" ContentType=\"application/xml\"/>"), 24,
          "</Types>", CorpusHostile.MENSONGE));
    }, "FICHIER_ZIP_BOMBE", "");
    ajouter(m, "styles-geants", CorpusEnqueteTest::stylesGeants, "", ""); // jamais analysés par l'import
    // DTD : repérée dans le prologue de chaque partie, quel que soit l'encodage
    ajouter(m, "xxe-chaines-partagees", () -> remplacer(SST, avecDoctype(entree(SST), "sst")),
        "FICHIER_DTD_INTERDITE", "");
    ajouter(m, "xxe-feuille", () -> remplacer(FEUILLE_LUE, avecDoctype(entree(FEUILLE_LUE), "worksheet")),
        "FICHIER_DTD_INTERDITE", "");
    ajouter(m, "xxe-feuille-utf16", () -> remplacer(FEUILLE_LUE, Contenu.de(("\uFEFF<?xml version=\"1.0\" "
        + "encoding=\"UTF-16\"?>" + XXE + FEUILLE_DEBUT + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>&e;</t>"
        + "</is></c></row>" + FEUILLE_FIN).getBytes(StandardCharsets.UTF_16LE))), "FICHIER_DTD_INTERDITE", "");
    ajouter(m, "milliard-de-rires", () -> remplacer(FEUILLE_LUE, milliardDeRires()), "FICHIER_DTD_INTERDITE", "");
    ajouter(m, "xxe-types-de-contenu", () -> remplacer(TYPES, avecDoctype(entree(TYPES), "Types")),
        "FICHIER_DTD_INTERDITE", "");
    // échéance vérifiée dès l'ouverture du paquet
    m.put("delai", new Cas("delai", CorpusEnqueteTest::base, Duration.ofNanos(1), "FICHIER_DELAI_DEPASSE", ""));
    return m;
  }

  private static void ajouter(Map<String, Cas> m, String nom, CorpusHostile.Fabrique f, String code, String message) {
    m.put(nom, new Cas(nom, f, DELAI, code, message));
  }

  private static Resultat<ImportEnquete> importer(byte[] octets, Cas cas) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(octets), TypeEnquete.SERVICE, ANNEE, null, cas.delai());
  }

  private static List<Violation> refus(String nom) throws IOException {
    Cas cas = hostiles().get(nom);
    return importer(cas.fabrique().octets(), cas).violations();
  }

  static Stream<Arguments> corpusHostile() {
    return hostiles().values().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusHostile")
  void chaqueFichierHostileASonIssueAttendue(Cas cas) throws IOException {
    byte[] octets = cas.fabrique().octets();
    assertThat((long) octets.length).as("taille du fichier").isLessThanOrEqualTo(EnqueteExcelReader.TAILLE_MAX);
    Resultat<ImportEnquete> r = importer(octets, cas);
    if (cas.code().isEmpty()) {
      assertThat(r.valeur()).as("classeur accepté").isPresent();
      assertThat(r.violations()).noneMatch(v -> v.gravite() == Gravite.BLOQUANTE);
      return;
    }
    assertThat(r.valeur()).as("succès inattendu").isEmpty();
    assertThat(r.violations()).extracting(Violation::code).containsExactly(cas.code());
    assertThat(r.violations().get(0).message()).contains(cas.message())
        .doesNotContain("hostname", "Exception", "poi", "xxxx", "rire");
  }

  /**
   * Refus de fichier de l'import d'enquête : codes communs du lecteur durci ({@link CodeFichier}), chacun
   * produit par un fichier (ils remplacent les anciens codes {@code ENQUETE_ZIP_BOMBE}…).
   */
  static Map<CodeFichier, Callable<List<Violation>>> manifesteFichier() {
    Map<CodeFichier, Callable<List<Violation>>> m = new EnumMap<>(CodeFichier.class);
    m.put(CodeFichier.FICHIER_TROP_VOLUMINEUX, () -> EnqueteExcelReader.lire(new InputStream() {
      private long n;

      @Override
      public int read() {
        return n++ <= EnqueteExcelReader.TAILLE_MAX ? 0 : -1;
      }
    }, TypeEnquete.SERVICE, ANNEE).violations());
    m.put(CodeFichier.FICHIER_CHIFFRE, () -> lire(ole2("EncryptedPackage", new byte[64]), TypeEnquete.SERVICE));
    m.put(CodeFichier.FICHIER_ILLISIBLE, () -> lire(java.util.Arrays.copyOf(modele(TypeEnquete.SERVICE), 3000), TypeEnquete.SERVICE));
    m.put(CodeFichier.FICHIER_LIMITES_HOTE, () -> {
      double avant = ZipSecureFile.getMinInflateRatio();
      try {
        ZipSecureFile.setMinInflateRatio(0.001);
        return lire(xlsxService(), TypeEnquete.SERVICE);
      } finally {
        ZipSecureFile.setMinInflateRatio(avant);
      }
    });
    m.put(CodeFichier.FICHIER_ZIP_BOMBE, () -> lire(zip(1, 70 << 20), TypeEnquete.SERVICE));
    m.put(CodeFichier.FICHIER_ZIP_STRUCTURE, () -> lire(zip(300, 1), TypeEnquete.SERVICE));
    m.put(CodeFichier.FICHIER_TROP_DE_LIGNES, () -> {
      // une ligne de plus que le plafond de lignes d'une feuille lue (le .xls en flux n'a plus de plafond
      // d'enregistrements atteignable sous la taille maximale d'un classeur d'enquête)
      StringBuilder lignes = new StringBuilder();
      for (int i = 1; i <= 100_001; i++) {
        lignes.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>1</v></c></row>");
      }
      Map<String, String> f = new LinkedHashMap<>();
      f.put("info service ", lignes.toString());
      return lire(ClasseurRecuTest.xlsx(f, ""), TypeEnquete.SERVICE);
    });
    m.put(CodeFichier.FICHIER_TROP_DE_COLONNES, () -> {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("info service ", "<row r=\"1\"><c r=\"ZZ1\"><v>1</v></c></row>");
      return lire(ClasseurRecuTest.xlsx(f, ""), TypeEnquete.SERVICE);
    });
    m.put(CodeFichier.FICHIER_DTD_INTERDITE, () -> refus("xxe-chaines-partagees"));
    String principal = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    m.put(CodeFichier.FICHIER_TYPE_CLASSEUR_REFUSE, () -> lire(remplacer("[Content_Types].xml",
        entree("[Content_Types].xml").replace(principal, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
        TypeEnquete.SERVICE));
    m.put(CodeFichier.FICHIER_PAS_UN_CLASSEUR, () -> lire(remplacer("[Content_Types].xml",
        entree("[Content_Types].xml").replace(principal,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")),
        TypeEnquete.SERVICE));
    m.put(CodeFichier.FICHIER_DELAI_DEPASSE, () -> refus("delai"));
    return m;
  }

  @Test
  void chaqueRefusDeFichierDeLEnqueteEstProduitParUnFichier() throws Exception {
    for (Map.Entry<CodeFichier, Callable<List<Violation>>> e : manifesteFichier().entrySet()) {
      List<Violation> v = e.getValue().call();
      assertThat(v).as(e.getKey().name()).extracting(Violation::code).containsExactly(e.getKey().name());
      assertThat(v.toString()).as(e.getKey().name()).doesNotContain(PIEGE, "Exception", "poi.");
    }
  }

  static Map<CodeImportEnquete, Callable<List<Violation>>> manifeste() {
    Map<CodeImportEnquete, Callable<List<Violation>>> m = new EnumMap<>(CodeImportEnquete.class);
    m.put(CodeImportEnquete.ENQUETE_FORMAT_NON_SUPPORTE, () -> lire(PIEGE.getBytes(java.nio.charset.StandardCharsets.UTF_8), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_CLASSEUR_HORS_LIMITES, () -> refus("cellules-longues"));
    m.put(CodeImportEnquete.ENQUETE_FEUILLE_MANQUANTE, () -> lire(modele(TypeEnquete.SERVICE), TypeEnquete.PREPOSE));
    m.put(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "activité", "D14", PIEGE)), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_LIBELLE_INCONNU, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.INDIVIDUEL,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "info mandataire-exerc. activité", "C17", PIEGE)), TypeEnquete.INDIVIDUEL));
    m.put(CodeImportEnquete.ENQUETE_VALEUR_TRONQUEE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "activité", "D14", 7.5)), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_VALEUR_IGNOREE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.INDIVIDUEL,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "info mandataire-exerc. activité", "D28", -3)), TypeEnquete.INDIVIDUEL));
    m.put(CodeImportEnquete.ENQUETE_CELLULE_IGNOREE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.PREPOSE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "C13", PIEGE)), TypeEnquete.PREPOSE));
    m.put(CodeImportEnquete.ENQUETE_LIGNE_INTROUVABLE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE,
        wb -> effacerLibelle(wb, "subrog")), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_FEUILLE_NON_RECONNUE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.INDIVIDUEL,
        wb -> wb.removeSheetAt(CartographieClasseur.indexActivite(TypeEnquete.INDIVIDUEL))), TypeEnquete.INDIVIDUEL));
    m.put(CodeImportEnquete.ENQUETE_ANCRE_INTROUVABLE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE, wb -> {
      Sheet s = wb.getSheetAt(CartographieClasseur.indexActivite(TypeEnquete.SERVICE));
      s.shiftRows(9, s.getLastRowNum(), -1); // ligne 9 (« A domicile » de la curatelle renforcée) supprimée
    }), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_VALEUR_HORS_CHAMP, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "activité", "H8", 3310)), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_ETABLISSEMENTS_NOMBRE_DIFFERENT, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.PREPOSE,
        wb -> {
          EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "B22", 3);
          EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "G29", 4);
        }), TypeEnquete.PREPOSE));
    m.put(CodeImportEnquete.ENQUETE_CHOIX_MULTIPLE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.PREPOSE,
        wb -> {
          EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "E18", 1);
          EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "E20", 1);
        }), TypeEnquete.PREPOSE));
    m.put(CodeImportEnquete.ENQUETE_FINESS_COMPLETE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.PREPOSE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "A29", 10780054)), TypeEnquete.PREPOSE));
    m.put(CodeImportEnquete.ENQUETE_FINESS_INVALIDE, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.PREPOSE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "modalites d'exercice", "A29", PIEGE)), TypeEnquete.PREPOSE));
    m.put(CodeImportEnquete.ENQUETE_ENTIER_HORS_BORNES, () -> lire(EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE,
        wb -> EnqueteExcelReaderTest.ecrire(wb, "activité", "D14", 1e308)), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_FEUILLE_SANS_LIBELLES, () -> {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("info service ", "<row r=\"19\"><c r=\"C19\"><v>4</v></c></row>");
      f.put("Personnel et formation ", "");
      f.put("Populations ", "");
      f.put("activité 2019 et flux", "");
      return lire(ClasseurRecuTest.xlsx(f, ""), TypeEnquete.SERVICE);
    });
    m.put(CodeImportEnquete.ENQUETE_JSON_INVALIDE, () -> ReponseEnqueteJson.lire(
        "{\"enquete_reponses_activite\":{\"a\":1,\"a\":\"" + PIEGE + "\"}}", TypeEnquete.SERVICE).violations());
    m.put(CodeImportEnquete.ENQUETE_JSON_CLE_INCONNUE, () -> ReponseEnqueteJson.lire(
        "{\"table_inconnue\":{\"a\":1}}", TypeEnquete.SERVICE).violations());
    m.put(CodeImportEnquete.ENQUETE_JSON_TYPE_INCORRECT, () -> ReponseEnqueteJson.lire(
        "{\"enquete_reponses_activite\":{\"tutelle_etablissement_debut_annee\":\"" + PIEGE + "\"}}", TypeEnquete.SERVICE)
        .violations());
    m.put(CodeImportEnquete.ENQUETE_EXPORT_VALEUR_NON_PORTEE, () -> EnqueteExcelWriter.ecrire(ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec("enquete_reponses_modalites_exercice", "activite_exercee_par", fr.gouv.emjpm.domain.enquete.ValeurReponse.texte(PIEGE)),
        TypeEnquete.PREPOSE, ANNEE, new java.io.ByteArrayOutputStream(), FormatExcel.XLS).violations());
    m.put(CodeImportEnquete.ENQUETE_EXPORT_IMPOSSIBLE, () -> EnqueteExcelWriter.ecrire(ReponseEnquete.vide(TypeEnquete.SERVICE),
        TypeEnquete.SERVICE, ANNEE, new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disque plein");
          }
        }, FormatExcel.XLS).violations());
    return m;
  }

  @Test
  void chaqueCodeEstProduitParUnFichierDuManifeste() throws Exception {
    EnumSet<CodeImportEnquete> couverts = EnumSet.noneOf(CodeImportEnquete.class);
    for (Map.Entry<CodeImportEnquete, Callable<List<Violation>>> e : manifeste().entrySet()) {
      List<Violation> v = e.getValue().call();
      assertThat(v).as(e.getKey().name()).extracting(Violation::code).contains(e.getKey().name());
      assertThat(v.toString()).as(e.getKey().name()).doesNotContain(PIEGE, "Exception", "poi.");
      couverts.add(e.getKey());
    }
    assertThat(EnumSet.complementOf(couverts)).as("codes sans fichier qui les produit").isEmpty();
  }
}
