// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Fichiers du banc d'import : les mêmes lignes de mesures (colonnes du modèle d'import réel, 11 colonnes,
 * valeurs déterministes) écrites en xlsx « comme Excel » (chaînes partagées, dates numériques au format
 * intégré 14), en xlsx SXSSF (chaînes en ligne, dates en texte : l'ancienne variante du banc), en .xls
 * (BIFF8, les {@value #LIGNES_XLS} premières lignes : voir {@link #LIGNES_XLS}), en CSV (point-virgule,
 * UTF-8) et en .ods
 * (LibreOffice {@code soffice --headless --convert-to ods} depuis le xlsx s'il est installé, sinon un
 * petit écrivain OpenDocument).
 *
 * <p>Les fichiers sont écrits une fois dans un répertoire de cache ({@code java.io.tmpdir}), par une JVM
 * séparée de 1 Gio : la JVM mesurée n'a que 128 Mio.
 *
 * <pre>
 * java -cp emjpm-benchmarks/target/benchmarks.jar fr.gouv.emjpm.benchmarks.FichiersImport /tmp/fichiers [--ods-simple]
 * </pre>
 */
public final class FichiersImport {

  /** Lignes de données (limite par défaut de l'import). */
  static final int LIGNES = 100_000;
  /**
   * Lignes de données du .xls : une feuille BIFF8 porte au plus 65 536 lignes (en-tête compris), d'où les
   * 65 535 premières lignes ; le rapport ramène son temps à 100 000 lignes.
   */
  static final int LIGNES_XLS = 65_535;

  /** En-têtes du modèle d'import réel (11 colonnes, dans l'ordre du modèle). */
  static final List<String> EN_TETES = List.of("date_nomination", "type", "code_postal", "ville", "civilite",
      "annee", "numero_rg", "numero_dossier", "residence", "tribunal_siret", "antenne");

  /** Antennes du service qui importe (colonne {@code antenne}). */
  static final List<String> ANTENNES = List.of("Antenne Lille", "Antenne Douai", "Antenne Laon", "Antenne Marseille");

  private static final List<String> TYPES = List.of("Curatelle renforcée", "Tutelle", "Curatelle simple",
      "Tutelle aux biens et à la personne", "curatelle renforcée aux biens", "Sauvegarde de justice");
  /** Code postal, ville, SIRET du tribunal (tribunaux du référentiel embarqué). */
  private static final String[][] LIEUX = {
    {"02100", "Saint-Quentin", "17800111100065"},
    {"59000", "Lille", "17590111500709"},
    {"13006", "Marseille", "17130111200776"},
    {"02000", "Laon", "17800111100248"},
  };
  private static final LocalDate ORIGINE_DATES = LocalDate.of(2008, 1, 1);
  private static final LocalDate EPOQUE_EXCEL = LocalDate.of(1899, 12, 30);
  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /** Version des fichiers : à changer quand leur contenu change (le cache est par version). */
  private static final String VERSION = "v3";

  private final Path dossier;

  private FichiersImport(Path dossier) {
    this.dossier = dossier;
  }

  /** Fichier xlsx écrit comme Excel. */
  Path xlsxExcel() {
    return dossier.resolve("mesures-excel.xlsx");
  }

  /** Fichier xlsx écrit par SXSSF (chaînes en ligne). */
  Path xlsxSxssf() {
    return dossier.resolve("mesures-sxssf.xlsx");
  }

  /** Fichier .xls ({@value #LIGNES_XLS} lignes). */
  Path xls() {
    return dossier.resolve("mesures-xls.xls");
  }

  /** Fichier CSV. */
  Path csv() {
    return dossier.resolve("mesures-csv.csv");
  }

  /** Fichier .ods. */
  Path ods() {
    return dossier.resolve("mesures-excel.ods");
  }

  /** Répertoire de cache des fichiers (dans {@code java.io.tmpdir}, un par version des fichiers). */
  static Path cache() {
    return Path.of(System.getProperty("java.io.tmpdir"), "emjpm-banc-import-" + VERSION);
  }

  /** Issue du dernier import .ods du banc (lue par {@link RapportsImport}). */
  static Path resultatOds() {
    return cache().resolve("ods-resultat.txt");
  }

  /** Qui a écrit le .ods (LibreOffice ou l'écrivain du banc). */
  String origineOds() throws IOException {
    return Files.readString(dossier.resolve("ods-origine.txt"), StandardCharsets.UTF_8).strip();
  }

  /**
   * Fichiers du banc, écrits s'ils manquent (dans une JVM séparée).
   *
   * @return les fichiers prêts
   * @throws IOException écriture impossible
   * @throws InterruptedException attente interrompue
   */
  static FichiersImport prets() throws IOException, InterruptedException {
    Path d = cache();
    FichiersImport f = new FichiersImport(d);
    if (Files.exists(d.resolve("complet"))) {
      return f;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        FichiersImport.class.getName(), d.toString()).inheritIO().start();
    if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("préparation des fichiers du banc en échec");
    }
    return f;
  }

  /**
   * Écrit tous les fichiers dans le répertoire donné.
   *
   * @param args répertoire de sortie, puis {@code --ods-simple} pour écrire le .ods sans LibreOffice
   * @throws Exception écriture impossible
   */
  public static void main(String[] args) throws Exception {
    Path d = Path.of(args[0]);
    Files.createDirectories(d);
    FichiersImport f = new FichiersImport(d);
    long t0 = System.nanoTime();
    f.ecrireXlsxExcel(f.xlsxExcel());
    f.ecrireXlsxSxssf(f.xlsxSxssf());
    f.ecrireXls(f.xls());
    f.ecrireCsv(f.csv());
    String origine;
    if (args.length > 1 && args[1].equals("--ods-simple")) {
      f.ecrireOdsSimple(f.ods());
      origine = "écrivain OpenDocument du banc";
    } else {
      origine = f.ecrireOds();
    }
    Files.writeString(d.resolve("ods-origine.txt"), origine + "\n", StandardCharsets.UTF_8);
    Files.writeString(d.resolve("complet"), "", StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "fichiers du banc écrits dans %s en %d s (ods : %s)%n", d,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), origine);
  }

  // ------------------------------------------------------------------ lignes

  /** Ligne n (1..) : date, puis les 10 autres colonnes en texte, sauf l'année (nombre). */
  record Ligne(LocalDate date, String type, String codePostal, String ville, String civilite, int annee,
      String numeroRg, String numeroDossier, String residence, String siret, String antenne) {

    static Ligne de(int n) {
      String[] lieu = LIEUX[n % LIEUX.length];
      return new Ligne(ORIGINE_DATES.plusDays((n * 37L) % 5_800), TYPES.get(n % TYPES.size()), lieu[0], lieu[1],
          n % 2 == 0 ? "F" : "H", 1930 + n % 70, String.format(Locale.ROOT, "%02dR%06d", 10 + n % 14, n),
          "D-" + n, n % 3 == 0 ? "domicile" : "A domicile", lieu[2], ANTENNES.get(n % ANTENNES.size()));
    }

    /** Valeurs en texte, date au format jj/mm/aaaa. */
    String[] textes() {
      return new String[] {date.format(JJ_MM_AAAA), type, codePostal, ville, civilite, String.valueOf(annee),
          numeroRg, numeroDossier, residence, siret, antenne};
    }
  }

  // ------------------------------------------------------------------ xlsx comme Excel

  /** xlsx écrit comme Excel : chaînes partagées, date numérique de style 1 (numFmtId 14), année numérique. */
  void ecrireXlsxExcel(Path cible) throws IOException {
    Path tmp = Files.createTempFile(dossier, "xlsx", ".tmp");
    Map<String, Integer> chaines = new LinkedHashMap<>();
    long references = 0;
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
      entree(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "spreadsheetml.styles+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.sharedStrings+xml\"/>"
          + "</Types>");
      entree(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entree(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"27328\"/>"
          + "<workbookPr defaultThemeVersion=\"166925\"/><bookViews><workbookView xWindow=\"0\" yWindow=\"0\" "
          + "windowWidth=\"28800\" windowHeight=\"12300\"/></bookViews>"
          + "<sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets><calcPr calcId=\"191029\"/>"
          + "</workbook>");
      entree(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "styles\" Target=\"styles.xml\"/>"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new BufferedWriter(new OutputStreamWriter(sansFermer(zip), StandardCharsets.UTF_8), 1 << 16);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
          + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac xr xr2 xr3\" "
          + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
          + "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
          + "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
          + "xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\">"
          + "<dimension ref=\"A1:K" + (LIGNES + 1) + "\"/>"
          + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
          + "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
          + "<cols><col min=\"1\" max=\"1\" width=\"16\" customWidth=\"1\"/></cols><sheetData>");
      w.write("<row r=\"1\" spans=\"1:11\" x14ac:dyDescent=\"0.25\">");
      for (int c = 0; c < EN_TETES.size(); c++) {
        references++;
        celluleChaine(w, c, 1, chaines, EN_TETES.get(c));
      }
      w.write("</row>");
      for (int n = 1; n <= LIGNES; n++) {
        int r = n + 1;
        Ligne l = Ligne.de(n);
        w.write("<row r=\"" + r + "\" spans=\"1:11\" x14ac:dyDescent=\"0.25\">");
        w.write("<c r=\"A" + r + "\" s=\"1\"><v>" + ChronoUnit.DAYS.between(EPOQUE_EXCEL, l.date()) + "</v></c>");
        String[] t = l.textes();
        for (int c = 1; c < t.length; c++) {
          if (c == 5) {
            w.write("<c r=\"F" + r + "\"><v>" + l.annee() + "</v></c>");
          } else {
            references++;
            celluleChaine(w, c, r, chaines, t[c]);
          }
        }
        w.write("</row>");
      }
      w.write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
          + "footer=\"0.3\"/></worksheet>");
      w.flush();
      zip.closeEntry();
      entree(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"1\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/>"
          + "<scheme val=\"minor\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
          + "patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
          + "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" "
          + "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>");
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + references
          + "\" uniqueCount=\"" + chaines.size() + "\">");
      for (String s : chaines.keySet()) {
        w.write("<si><t>");
        w.write(echapper(s));
        w.write("</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
    }
    Files.move(tmp, cible, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void celluleChaine(Writer w, int colonne, int ligne, Map<String, Integer> chaines, String valeur)
      throws IOException {
    Integer i = chaines.computeIfAbsent(valeur, k -> chaines.size());
    w.write("<c r=\"" + (char) ('A' + colonne) + ligne + "\" t=\"s\"><v>" + i + "</v></c>");
  }

  // ------------------------------------------------------------------ xlsx SXSSF (ancienne variante)

  /** L'ancienne variante du banc : SXSSF, chaînes en ligne, 10 colonnes, dates en texte. */
  void ecrireXlsxSxssf(Path cible) throws IOException {
    Path tmp = Files.createTempFile(dossier, "sxssf", ".tmp");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(tmp)) {
      Sheet s = wb.createSheet("Feuil1");
      String[] entete = {"date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg",
          "numero_dossier", "residence", "tribunal_siret"};
      Row r0 = s.createRow(0);
      for (int i = 0; i < entete.length; i++) {
        r0.createCell(i).setCellValue(entete[i]);
      }
      for (int n = 1; n <= LIGNES; n++) {
        Row r = s.createRow(n);
        r.createCell(0).setCellValue(String.format(Locale.ROOT, "%02d/%02d/20%02d", 1 + n % 28, 1 + n % 12, n % 20));
        r.createCell(1).setCellValue(n % 2 == 0 ? "tutelle" : "curatelle renforcée aux biens");
        r.createCell(2).setCellValue("59000");
        r.createCell(3).setCellValue("Lille");
        r.createCell(4).setCellValue(n % 2 == 0 ? "F" : "H");
        r.createCell(5).setCellValue(1930 + n % 70);
        r.createCell(6).setCellValue(String.format(Locale.ROOT, "R%07d", n));
        r.createCell(7).setCellValue("D" + n);
        r.createCell(8).setCellValue("domicile");
        r.createCell(9).setCellValue("17590111500709");
      }
      wb.write(out);
      wb.dispose();
    }
    Files.move(tmp, cible, StandardCopyOption.REPLACE_EXISTING);
  }

  // ------------------------------------------------------------------ xls, CSV

  /** .xls (HSSF) : mêmes lignes, les {@value #LIGNES_XLS} premières ; date numérique au format intégré 14. */
  void ecrireXls(Path cible) throws IOException {
    Path tmp = Files.createTempFile(dossier, "xls", ".tmp");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp)) {
      Sheet s = wb.createSheet("Feuil1");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat((short) 14);
      Row r0 = s.createRow(0);
      for (int c = 0; c < EN_TETES.size(); c++) {
        r0.createCell(c).setCellValue(EN_TETES.get(c));
      }
      for (int n = 1; n <= LIGNES_XLS; n++) {
        Ligne l = Ligne.de(n);
        Row r = s.createRow(n);
        var d = r.createCell(0);
        d.setCellValue(l.date());
        d.setCellStyle(date);
        String[] t = l.textes();
        for (int c = 1; c < t.length; c++) {
          if (c == 5) {
            r.createCell(c).setCellValue(l.annee());
          } else {
            r.createCell(c).setCellValue(t[c]);
          }
        }
      }
      wb.write(out);
    }
    Files.move(tmp, cible, StandardCopyOption.REPLACE_EXISTING);
  }

  /** CSV : point-virgule, UTF-8, dates jj/mm/aaaa (comme « CSV UTF-8 » d'Excel, sans BOM). */
  void ecrireCsv(Path cible) throws IOException {
    Path tmp = Files.createTempFile(dossier, "csv", ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(String.join(";", EN_TETES));
      w.write("\r\n");
      for (int n = 1; n <= LIGNES; n++) {
        w.write(String.join(";", Ligne.de(n).textes()));
        w.write("\r\n");
      }
    }
    Files.move(tmp, cible, StandardCopyOption.REPLACE_EXISTING);
  }

  // ------------------------------------------------------------------ ods

  /** .ods par LibreOffice depuis le xlsx s'il est installé, sinon par {@link #ecrireOdsSimple}. */
  String ecrireOds() throws IOException, InterruptedException {
    Path profil = Files.createTempDirectory("emjpm-banc-lo");
    try {
      Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profil.toUri(), "--headless",
          "--convert-to", "ods", "--outdir", dossier.toString(), xlsxExcel().toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor(15, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.size(ods()) > 0) {
        return "LibreOffice (soffice --convert-to ods)";
      }
      p.destroyForcibly();
    } catch (IOException e) {
      // soffice absent : écrivain du banc
    } finally {
      try (Stream<Path> s = Files.walk(profil)) {
        for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(x);
        }
      }
    }
    ecrireOdsSimple(ods());
    return "écrivain OpenDocument du banc";
  }

  /** Petit écrivain .ods : mimetype non compressé en tête, manifeste, content.xml (dates et nombres typés). */
  void ecrireOdsSimple(Path cible) throws IOException {
    Path tmp = Files.createTempFile(dossier, "ods", ".tmp");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
      byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      entree(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
          + "manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
          + "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "</manifest:manifest>");
      zip.putNextEntry(new ZipEntry("content.xml"));
      Writer w = new BufferedWriter(new OutputStreamWriter(sansFermer(zip), StandardCharsets.UTF_8), 1 << 16);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
          + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
          + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
          + "<office:body><office:spreadsheet><table:table table:name=\"Feuil1\">"
          + "<table:table-column table:number-columns-repeated=\"11\"/><table:table-row>");
      for (String e : EN_TETES) {
        celluleOds(w, e);
      }
      w.write("</table:table-row>");
      for (int n = 1; n <= LIGNES; n++) {
        Ligne l = Ligne.de(n);
        String[] t = l.textes();
        w.write("<table:table-row><table:table-cell office:value-type=\"date\" office:date-value=\"" + l.date()
            + "\"><text:p>" + t[0] + "</text:p></table:table-cell>");
        for (int c = 1; c < t.length; c++) {
          if (c == 5) {
            w.write("<table:table-cell office:value-type=\"float\" office:value=\"" + l.annee() + "\"><text:p>"
                + l.annee() + "</text:p></table:table-cell>");
          } else {
            celluleOds(w, t[c]);
          }
        }
        w.write("</table:table-row>");
      }
      w.write("</table:table></office:spreadsheet></office:body></office:document-content>");
      w.flush();
      zip.closeEntry();
    }
    Files.move(tmp, cible, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void celluleOds(Writer w, String valeur) throws IOException {
    w.write("<table:table-cell office:value-type=\"string\"><text:p>");
    w.write(echapper(valeur));
    w.write("</text:p></table:table-cell>");
  }

  // ------------------------------------------------------------------ utilitaires

  private static void entree(ZipOutputStream zip, String nom, String contenu) throws IOException {
    zip.putNextEntry(new ZipEntry(nom));
    zip.write(contenu.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String echapper(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Le zip reste ouvert quand l'écrivain d'une entrée est vidé. */
  private static OutputStream sansFermer(OutputStream o) {
    return new java.io.FilterOutputStream(o) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
