// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Corpus hostile des imports de mesures, généré à la demande avec son manifeste (nom → fabrique des
 * octets, limites, code attendu). Partagé par {@code CorpusHostileTest}, {@code CodesImportCouvertsTest}
 * et le banc {@code CorpusHostileBenchmark} (module emjpm-benchmarks, via le jar de test d'emjpm-io) ;
 * ses fabriques d'archives ({@link #archive}, {@link #remplacer(byte[], Map)}, {@link #bloc}) servent
 * aussi au corpus hostile de l'enquête ({@code CorpusEnqueteTest}).
 *
 * <p>Les octets d'un cas ne sont fabriqués qu'à l'appel de {@link Cas#octets()} : lister le manifeste
 * ne coûte rien, et un seul gros fichier est en mémoire à la fois (tas de 256 Mio des tests). Les
 * grosses parties (bombes, cellules géantes) sont écrites par {@link #archive} : un bloc de 1 Mio est
 * compressé une fois puis recopié, et le répertoire central peut annoncer une taille fausse ; chaque cas
 * se fabrique ainsi en moins d'une seconde.
 */
public final class CorpusHostile {
  private CorpusHostile() {}

  /** Fabrique des octets d'un cas. */
  @FunctionalInterface
  public interface Fabrique {
    byte[] octets() throws IOException;
  }

  /** Cas du manifeste : fabrique du fichier, limites, code attendu. */
  public record Cas(String nom, Fabrique fabrique, LimitesImport limites, String code) {
    /** Octets du fichier, fabriqués à chaque appel. */
    public byte[] octets() throws IOException {
      return fabrique.octets();
    }

    @Override
    public String toString() {
      return nom + " -> " + code;
    }
  }

  static final LimitesImport DEFAUT = LimitesImport.parDefaut();
  public static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String FEUILLE = "xl/worksheets/sheet1.xml";
  static final String CHAINES = "xl/sharedStrings.xml";
  static final String TYPES = "[Content_Types].xml";
  static final String STYLES = "xl/styles.xml";
  /** Taille que le répertoire central annonce pour une partie « menteuse ». */
  public static final long MENSONGE = 1000;
  private static final long MIO = 1024 * 1024;

  /** Manifeste : nom du cas → cas. */
  public static Map<String, Cas> cas() {
    Map<String, Cas> m = new LinkedHashMap<>();
    ajouter(m, "octets-aleatoires", () -> aleatoire(4096), DEFAUT, "FICHIER_FORMAT_INCONNU");
    ajouter(m, "texte-avec-nul", () -> "a;b\0;c\n".getBytes(StandardCharsets.UTF_8), DEFAUT, "FICHIER_FORMAT_INCONNU");
    ajouter(m, "vide", () -> new byte[0], DEFAUT, "IMPORT_VIDE");
    ajouter(m, "xlsx-tronque", () -> tronque(modele(), 3000), DEFAUT, "FICHIER_ILLISIBLE");
    ajouter(m, "bombe-zip", () -> archive(Map.of(FEUILLE, Contenu.repete("", new byte[1 << 20], 100, "", -1))), DEFAUT,
        "FICHIER_ZIP_BOMBE");
    ajouter(m, "bombe-faible-ratio", () -> bombeFaibleRatio(800_000), DEFAUT, "FICHIER_TROP_DE_LIGNES");
    ajouter(m, "repertoire-central-menteur", () -> mentir(zip(Map.of(TYPES, new byte[20 * 1024 * 1024]))), DEFAUT,
        "FICHIER_ILLISIBLE");
    // Répertoire central menteur (R-POI-4) : chaque partie annonce 1 000 octets.
    ajouter(m, "feuille-menteuse", CorpusHostile::feuilleMenteuse, DEFAUT, "FICHIER_TROP_DE_LIGNES");
    ajouter(m, "feuille-menteuse-sans-lignes", CorpusHostile::feuilleMenteuseSansLignes, DEFAUT, "FICHIER_ZIP_BOMBE");
    ajouter(m, "types-de-contenu-menteurs", CorpusHostile::typesDeContenuMenteurs, DEFAUT, "FICHIER_ZIP_BOMBE");
    ajouter(m, "styles-geants", CorpusHostile::stylesGeants, DEFAUT, "FICHIER_ZIP_BOMBE");
    ajouter(m, "cellule-geante", () -> celluleGeante(150 * MIO, true), DEFAUT, "FICHIER_CELLULE_TROP_LONGUE");
    // issue 15 : pré-vol BIFF (table des chaînes, plages MULBLANK développées)
    ajouter(m, "xls-sst-2-8-millions", PreVolBiffTest::sstGeante, DEFAUT, "FICHIER_TROP_DE_CHAINES");
    ajouter(m, "xls-mulblank-4-millions", PreVolBiffTest::mulblankGeants, DEFAUT, "FICHIER_TROP_DE_CELLULES");
    ajouter(m, "xls-4-millions-d-enregistrements", PreVolBiffTest::enregistrementsVides, DEFAUT,
        "FICHIER_TROP_D_ENREGISTREMENTS");
    // issue 15 : format numérique de cinq sections (le formateur de POI n'est jamais appelé)
    ajouter(m, "format-cinq-sections", CorpusHostile::formatCinqSections, DEFAUT, "FICHIER_FORMAT_NUMERIQUE_INVALIDE");
    // issue 15 : jeton XML démesuré (valeur d'attribut de 40 Mio) arrêté sur le flux d'octets, avant Xerces
    ajouter(m, "attribut-geant", () -> remplacer(modele(), Map.of(FEUILLE, Contenu.repete(
        "<worksheet xmlns=\"" + NS + "\" zz=\"", bloc("", 99, ""), 40, "\"><sheetData>" + FEUILLE_FIN, -1))),
        DEFAUT, "FICHIER_JETON_XML_TROP_LONG");
    ajouter(m, "cellule-geante-honnete", () -> celluleGeante(60 * MIO, false), DEFAUT, "FICHIER_CELLULE_TROP_LONGUE");
    ajouter(m, "chaine-partagee-geante", CorpusHostile::chainePartageeGeante, DEFAUT, "FICHIER_CELLULE_TROP_LONGUE");
    ajouter(m, "chaines-partagees", () -> chainesPartagees(600_000, true), DEFAUT, "FICHIER_TROP_DE_CHAINES");
    ajouter(m, "chaines-partagees-sans-compte", () -> chainesPartagees(600_000, false), DEFAUT,
        "FICHIER_TROP_DE_CHAINES");
    ajouter(m, "chaines-partagees-volumineuses", CorpusHostile::chainesPartageesVolumineuses, DEFAUT,
        "FICHIER_ZIP_BOMBE");
    ajouter(m, "entrees-en-double", CorpusHostile::zipDoublon, DEFAUT, "FICHIER_ZIP_STRUCTURE");
    ajouter(m, "trop-d-entrees", CorpusHostile::tropDEntrees, DEFAUT, "FICHIER_ZIP_STRUCTURE");
    ajouter(m, "xxe", () -> remplacer(modele(), FEUILLE, XXE_FEUILLE), DEFAUT, "FICHIER_DTD_INTERDITE");
    ajouter(m, "milliard-de-rires", () -> remplacer(modele(), FEUILLE, milliardDeRires()), DEFAUT,
        "FICHIER_DTD_INTERDITE");
    ajouter(m, "xxe-chaines-partagees", () -> remplacer(modele(), CHAINES,
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><sst xmlns=\"" + NS
            + "\"><si><t>&e;</t></si></sst>"), DEFAUT, "FICHIER_DTD_INTERDITE");
    ajouter(m, "xxe-types-de-contenu", CorpusHostile::xxeTypesDeContenu, DEFAUT, "FICHIER_DTD_INTERDITE");
    ajouter(m, "xxe-utf16", () -> remplacer(modele(), FEUILLE,
        ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + XXE_FEUILLE.substring(XXE_FEUILLE.indexOf("<!DOCTYPE")))
            .getBytes(StandardCharsets.UTF_16LE)), DEFAUT, "FICHIER_DTD_INTERDITE");
    ajouter(m, "ole2-chiffre", () -> ole2("EncryptedPackage"), DEFAUT, "FICHIER_CHIFFRE");
    ajouter(m, "biff5", () -> ole2("Book"), DEFAUT, "FICHIER_FORMAT_ANCIEN");
    ajouter(m, "trop-gros", CorpusHostile::modele, new LimitesImport(1000, 100, 50, 1000, 1000, Duration.ofSeconds(30)),
        "FICHIER_TROP_VOLUMINEUX");
    ajouter(m, "trop-de-colonnes", () -> ("a" + ";a".repeat(60) + "\n").getBytes(StandardCharsets.UTF_8), DEFAUT,
        "FICHIER_TROP_DE_COLONNES");
    ajouter(m, "cellule-trop-longue", () -> ("type\n" + "x".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8),
        DEFAUT, "FICHIER_CELLULE_TROP_LONGUE");
    ajouter(m, "trop-de-lignes", () -> "type\nx\n".repeat(50).getBytes(StandardCharsets.UTF_8),
        new LimitesImport(1 << 20, 10, 50, 1000, 1000, Duration.ofSeconds(30)), "FICHIER_TROP_DE_LIGNES");
    ajouter(m, "delai", () -> "type\nx\n".getBytes(StandardCharsets.UTF_8),
        new LimitesImport(1 << 20, 10, 50, 1000, 1000, Duration.ofNanos(1)), "FICHIER_DELAI_DEPASSE");
    // classeur sans aucune ligne (IMPORT_VIDE sans échéance) : l'échéance arrête l'ouverture du paquet
    ajouter(m, "delai-ouverture", CorpusHostile::classeurSansLignes,
        new LimitesImport(1 << 20, 10, 50, 1000, 1000, Duration.ofNanos(1)), "FICHIER_DELAI_DEPASSE");
    return m;
  }

  private static void ajouter(Map<String, Cas> m, String nom, Fabrique f, LimitesImport l, String code) {
    m.put(nom, new Cas(nom, f, l, code));
  }

  // ------------------------------------------------------------------ fabriques

  /** Modèle d'import réel (ressource de test). */
  public static byte[] modele() throws IOException {
    try (InputStream in = CorpusHostileTest.class.getResourceAsStream("/mesures/Template_import_mesures.xlsx")) {
      return in.readAllBytes();
    }
  }

  static byte[] aleatoire(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    b[0] = (byte) 0xFF; // jamais une signature connue, jamais de l'UTF-8 valide
    return b;
  }

  static byte[] tronque(byte[] b, int n) {
    return java.util.Arrays.copyOf(b, n);
  }

  /** Archive zip des entrées données, dans leur ordre. */
  public static byte[] zip(Map<String, byte[]> entrees) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entrees.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Le répertoire central annonce 1 000 octets pour chaque entrée, bien moins que la réalité. */
  static byte[] mentir(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= zip.length; i++) {
      if (b.getInt(i) == 0x02014b50) {
        b.putInt(i + 24, 1000);
      }
    }
    return zip;
  }

  static byte[] zipDoublon() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("xl/worksheets/sheet1.xml", new byte[10]);
    m.put("XL/worksheets/sheet1.xml", new byte[10]);
    return zip(m);
  }

  static byte[] tropDEntrees() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      m.put("e" + i, new byte[1]);
    }
    return zip(m);
  }

  /**
   * Bombe « à faible ratio » : une feuille de {@code lignes} lignes toutes différentes (≈ 56 Mio pour
   * 800 000), sous le plafond de 64 Mio par entrée et au-dessus du ratio minimal de POI : seul le
   * plafond de lignes du lecteur SAX l'arrête, sans jamais tout lire.
   */
  static byte[] bombeFaibleRatio(int lignes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(modele()));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(1);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          StringBuilder sb = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>type</t></is></c></row>");
          for (int i = 2; i <= lignes; i++) {
            sb.append("<row r=\"").append(i).append("\"><c r=\"A").append(i)
                .append("\" t=\"inlineStr\"><is><t>v").append(i * 7919L % 100_003).append("</t></is></c></row>");
            if (sb.length() > 1 << 16) {
              z.write(sb.toString().getBytes(StandardCharsets.UTF_8));
              sb.setLength(0);
            }
          }
          z.write((sb + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        } else {
          z.write(in.readAllBytes());
        }
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String milliardDeRires() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY l0 \"rire\">");
    for (int i = 1; i < 10; i++) {
      sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return sb.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>").toString();
  }

  static byte[] ole2(String entree) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), entree);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  // ------------------------------------------------------------------ cas réels, écrits par blocs

  static final String XXE_FEUILLE = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
      + "<worksheet xmlns=\"" + NS + "\"><sheetData>"
      + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";

  /**
   * Contenu d'une entrée : {@code debut}, puis {@code bloc} répété {@code repetitions} fois, puis
   * {@code fin} ; {@code annonce} est la taille décompressée écrite dans le répertoire central (-1 : la
   * vraie).
   */
  public record Contenu(byte[] debut, byte[] bloc, long repetitions, byte[] fin, long annonce) {
    /** Contenu fait de ces seuls octets, taille annoncée exacte. */
    public static Contenu de(byte[] octets) {
      return new Contenu(octets, new byte[0], 0, new byte[0], -1);
    }

    /** Contenu fait de ce seul texte (UTF-8), taille annoncée exacte. */
    public static Contenu de(String xml) {
      return de(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Début, bloc répété, fin ; {@code annonce} : taille annoncée (-1 : la vraie). */
    public static Contenu repete(String debut, byte[] bloc, long repetitions, String fin, long annonce) {
      return new Contenu(debut.getBytes(StandardCharsets.UTF_8), bloc, repetitions, fin.getBytes(StandardCharsets.UTF_8),
          annonce);
    }

    long taille() {
      return debut.length + bloc.length * repetitions + fin.length;
    }
  }

  /**
   * Archive zip écrite à la main, entrées dans l'ordre donné, compressées (deflate) : le début, le bloc
   * et la fin sont compressés chacun une fois, sans référence en dehors d'eux-mêmes ({@code FULL_FLUSH}),
   * si bien que le bloc compressé peut être recopié tel quel ; le CRC est le vrai. Le répertoire central
   * et l'en-tête local annoncent {@link Contenu#annonce()} quand elle est donnée.
   */
  public static byte[] archive(Map<String, Contenu> entrees) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Map.Entry<String, Contenu> e : entrees.entrySet()) {
      Contenu c = e.getValue();
      byte[] debut = deflate(c.debut(), false);
      byte[] bloc = c.repetitions() > 0 ? deflate(c.bloc(), false) : new byte[0];
      byte[] fin = deflate(c.fin(), true);
      CRC32 crc = new CRC32();
      crc.update(c.debut());
      for (long i = 0; i < c.repetitions(); i++) {
        crc.update(c.bloc());
      }
      crc.update(c.fin());
      long compresse = debut.length + bloc.length * c.repetitions() + fin.length;
      long taille = c.annonce() >= 0 ? c.annonce() : c.taille();
      byte[] nom = e.getKey().getBytes(StandardCharsets.UTF_8);
      int position = out.size();
      ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
          .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue()).putInt((int) compresse)
          .putInt((int) taille).putShort((short) nom.length).putShort((short) 0);
      out.write(local.array());
      out.write(nom);
      out.write(debut);
      for (long i = 0; i < c.repetitions(); i++) {
        out.write(bloc);
      }
      out.write(fin);
      ByteBuffer cd = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
      cd.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
          .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue()).putInt((int) compresse)
          .putInt((int) taille).putShort((short) nom.length).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putInt(0).putInt(position);
      central.write(cd.array());
      central.write(nom);
    }
    int debutCentral = out.size();
    central.writeTo(out);
    ByteBuffer fin = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    fin.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entrees.size())
        .putShort((short) entrees.size()).putInt(central.size()).putInt(debutCentral).putShort((short) 0);
    out.write(fin.array());
    return out.toByteArray();
  }

  /** Deflate brut (niveau 1) ; {@code dernier} : bloc final, sinon vidage complet (dictionnaire remis à zéro). */
  private static byte[] deflate(byte[] octets, boolean dernier) {
    Deflater d = new Deflater(1, true);
    try {
      d.setInput(octets);
      ByteArrayOutputStream out = new ByteArrayOutputStream(octets.length / 8 + 64);
      byte[] tampon = new byte[64 * 1024];
      if (dernier) {
        d.finish();
        while (!d.finished()) {
          out.write(tampon, 0, d.deflate(tampon));
        }
      } else {
        int n;
        do {
          n = d.deflate(tampon, 0, tampon.length, Deflater.FULL_FLUSH);
          out.write(tampon, 0, n);
        } while (n == tampon.length);
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** Classeur xlsx dont l'unique cellule numérique porte le format {@code 0;0;0;0;0}. */
  static byte[] formatCinqSections() throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Row r = wb.createSheet("s").createRow(0);
      org.apache.poi.ss.usermodel.CellStyle st = wb.createCellStyle();
      st.setDataFormat(wb.createDataFormat().getFormat("0;0;0;0;0"));
      r.createCell(0).setCellValue(1.5);
      r.getCell(0).setCellStyle(st);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** Entrées du modèle réel, dans leur ordre, {@code remplacees} substituées (même nom). */
  public static byte[] remplacer(byte[] xlsx, Map<String, Contenu> remplacees) throws IOException {
    Map<String, Contenu> entrees = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] octets = in.readAllBytes();
        entrees.put(e.getName(), remplacees.getOrDefault(e.getName(), Contenu.de(octets)));
      }
    }
    return archive(entrees);
  }

  static byte[] remplacer(byte[] xlsx, String nom, String xml) throws IOException {
    return remplacer(xlsx, Map.of(nom, Contenu.de(xml)));
  }

  static byte[] remplacer(byte[] xlsx, String nom, byte[] octets) throws IOException {
    return remplacer(xlsx, Map.of(nom, Contenu.de(octets)));
  }

  /** Texte d'une entrée du modèle réel. */
  static String entreeDuModele(String nom) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(modele()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(nom)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("entrée absente du modèle : " + nom);
  }

  /**
   * Bloc d'au moins 1 Mio : {@code avant}, {@code x} fois « x », une lettre tirée au hasard (graine fixe),
   * {@code apres}, répétés : assez peu compressible pour passer le ratio minimal de POI (1 %).
   */
  public static byte[] bloc(String avant, int x, String apres) {
    Random alea = new Random(7);
    String xs = "x".repeat(x);
    StringBuilder sb = new StringBuilder((1 << 20) + 1024);
    while (sb.length() < 1 << 20) {
      sb.append(avant).append(xs).append((char) ('a' + alea.nextInt(26))).append(apres);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final String FEUILLE_DEBUT = "<worksheet xmlns=\"" + NS + "\"><sheetData>";
  private static final String FEUILLE_FIN = "</sheetData></worksheet>";

  /**
   * Bombe de feuille au répertoire central menteur (R-POI-4) : 1 000 octets annoncés, 128 Mio de lignes
   * réelles (≈ 650 000) ; arrêtée par le plafond de lignes bien avant 64 Mio lus.
   */
  static byte[] feuilleMenteuse() throws IOException {
    String enTete = "<row><c t=\"inlineStr\"><is><t>type</t></is></c></row>";
    return remplacer(modele(), Map.of(FEUILLE, Contenu.repete(FEUILLE_DEBUT + enTete,
        bloc("<row><c t=\"inlineStr\"><is><t>", 150, "</t></is></c></row>"), 128, FEUILLE_FIN, MENSONGE)));
  }

  /** Feuille menteuse sans aucune ligne (96 Mio de texte) : seul le plafond d'octets réels l'arrête. */
  static byte[] feuilleMenteuseSansLignes() throws IOException {
    // texte découpé en petits éléments : chaque jeton XML reste sous son plafond, seul le volume arrête
    return remplacer(modele(), Map.of(FEUILLE, Contenu.repete(FEUILLE_DEBUT, bloc("<x>", 150, "</x>"), 96, FEUILLE_FIN,
        MENSONGE)));
  }

  /** Types de contenu menteurs : 24 Mio d'éléments que POI analyserait en arbre DOM dès l'ouverture. */
  static byte[] typesDeContenuMenteurs() throws IOException {
    String types = entreeDuModele(TYPES);
    int fin = types.lastIndexOf("</Types>");
    return remplacer(modele(), Map.of(TYPES, Contenu.repete(types.substring(0, fin),
        bloc("<Override PartName=\"/x/", 100, ".xml\" ContentType=\"application/xml\"/>"), 24, "</Types>", MENSONGE)));
  }

  /**
   * Styles géants, tailles annoncées honnêtes (24 Mio, sous le plafond de 64 Mio du pré-vol) : POI les
   * chargerait en XMLBeans (≈ 10 octets de tas par octet : épuisement d'un tas de 256 Mio).
   */
  static byte[] stylesGeants() throws IOException {
    Random alea = new Random(11);
    StringBuilder xf = new StringBuilder();
    while (xf.length() < 1 << 20) {
      xf.append("<xf numFmtId=\"").append(alea.nextInt(200)).append("\" fontId=\"").append(alea.nextInt(9))
          .append("\" fillId=\"0\" borderId=\"").append(alea.nextInt(3)).append("\" xfId=\"0\"/>");
    }
    return remplacer(modele(), Map.of(STYLES, Contenu.repete("<styleSheet xmlns=\"" + NS + "\"><cellXfs>",
        xf.toString().getBytes(StandardCharsets.UTF_8), 24, "</cellXfs></styleSheet>", -1)));
  }

  /** Une seule cellule en ligne de {@code caracteres} caractères (environ), répertoire central menteur ou non. */
  static byte[] celluleGeante(long caracteres, boolean menteur) throws IOException {
    byte[] bloc = bloc("", 99, "");
    return remplacer(modele(), Map.of(FEUILLE, Contenu.repete(
        FEUILLE_DEBUT + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", bloc, caracteres / bloc.length,
        "</t></is></c></row>" + FEUILLE_FIN, menteur ? MENSONGE : -1)));
  }

  /** Une seule chaîne partagée de 150 M caractères, répertoire central menteur. */
  static byte[] chainePartageeGeante() throws IOException {
    byte[] bloc = bloc("", 99, "");
    return remplacer(modele(), Map.of(CHAINES, Contenu.repete(
        "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>", bloc, 150 * MIO / bloc.length,
        "</t></si></sst>", MENSONGE)));
  }

  /**
   * Vraie table de {@code n} chaînes toutes différentes ; avec ses attributs {@code count} et
   * {@code uniqueCount} (refus dès la racine), ou sans, répertoire central menteur (refus au comptage).
   */
  static byte[] chainesPartagees(int n, boolean compte) throws IOException {
    StringBuilder sb = new StringBuilder(n * 24 + 128);
    sb.append("<sst xmlns=\"").append(NS).append('"');
    if (compte) {
      sb.append(" count=\"").append(n).append("\" uniqueCount=\"").append(n).append('"');
    }
    sb.append('>');
    for (int i = 0; i < n; i++) {
      sb.append("<si><t>RG ").append(i).append("</t></si>");
    }
    byte[] xml = sb.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
    return remplacer(modele(), Map.of(CHAINES, new Contenu(xml, new byte[0], 0, new byte[0], compte ? -1 : MENSONGE)));
  }

  /** 400 000 chaînes de 57 caractères (22,8 M caractères, sous le plafond de nombre) : trop de texte. */
  static byte[] chainesPartageesVolumineuses() throws IOException {
    return remplacer(modele(), Map.of(CHAINES, Contenu.repete("<sst xmlns=\"" + NS + "\">",
        bloc("<si><t>", 56, "</t></si>"), 28, "</sst>", MENSONGE)));
  }

  /** Types de contenu avec une DTD (lus par POI dès l'ouverture du paquet). */
  static byte[] xxeTypesDeContenu() throws IOException {
    String types = entreeDuModele(TYPES);
    int apresDeclaration = types.startsWith("<?xml") ? types.indexOf("?>") + 2 : 0;
    return remplacer(modele(), TYPES, types.substring(0, apresDeclaration)
        + "<!DOCTYPE Types [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>" + types.substring(apresDeclaration));
  }

  /** Le modèle réel, feuille sans aucune ligne. */
  static byte[] classeurSansLignes() throws IOException {
    return remplacer(modele(), FEUILLE, FEUILLE_DEBUT + FEUILLE_FIN);
  }
}
