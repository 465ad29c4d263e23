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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Corpus hostile des imports de mesures, généré à la demande avec son manifeste (nom → octets, limites,
 * code attendu). Partagé par {@code CorpusHostileTest}, {@code CodesImportCouvertsTest} et le banc
 * {@code CorpusHostileBenchmark} (module emjpm-benchmarks, via le jar de test d'emjpm-io).
 */
public final class CorpusHostile {
  private CorpusHostile() {}

  /** Cas du manifeste : octets du fichier, limites, code attendu. */
  public record Cas(String nom, byte[] octets, LimitesImport limites, String code) {
    @Override
    public String toString() {
      return nom + " -> " + code;
    }
  }

  static final LimitesImport DEFAUT = LimitesImport.parDefaut();

  /** Manifeste : nom du cas → cas. */
  public static Map<String, Cas> cas() throws IOException {
    Map<String, Cas> m = new LinkedHashMap<>();
    ajouter(m, "octets-aleatoires", aleatoire(4096), DEFAUT, "IMPORT_FORMAT_INCONNU");
    ajouter(m, "texte-avec-nul", "a;b\0;c\n".getBytes(StandardCharsets.UTF_8), DEFAUT, "IMPORT_FORMAT_INCONNU");
    ajouter(m, "vide", new byte[0], DEFAUT, "IMPORT_VIDE");
    ajouter(m, "xlsx-tronque", tronque(modele(), 3000), DEFAUT, "IMPORT_ILLISIBLE");
    ajouter(m, "bombe-zip", zip(Map.of("xl/worksheets/sheet1.xml", new byte[100 * 1024 * 1024])), DEFAUT, "IMPORT_ZIP_BOMBE");
    ajouter(m, "bombe-faible-ratio", bombeFaibleRatio(800_000), DEFAUT, "IMPORT_TROP_DE_LIGNES");
    ajouter(m, "repertoire-central-menteur", mentir(zip(Map.of("[Content_Types].xml", new byte[20 * 1024 * 1024]))), DEFAUT, "IMPORT_ILLISIBLE");
    ajouter(m, "entrees-en-double", zipDoublon(), DEFAUT, "IMPORT_ZIP_STRUCTURE");
    ajouter(m, "trop-d-entrees", tropDEntrees(), DEFAUT, "IMPORT_ZIP_STRUCTURE");
    ajouter(m, "xxe", remplacerFeuille(modele(),
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"),
        DEFAUT, "IMPORT_ILLISIBLE");
    ajouter(m, "milliard-de-rires", remplacerFeuille(modele(), milliardDeRires()), DEFAUT, "IMPORT_ILLISIBLE");
    ajouter(m, "chaines-partagees", modele(), new LimitesImport(1 << 20, 100, 50, 1000, 3, Duration.ofSeconds(30)),
        "IMPORT_TROP_DE_CHAINES");
    ajouter(m, "ole2-chiffre", ole2("EncryptedPackage"), DEFAUT, "IMPORT_CHIFFRE");
    ajouter(m, "biff5", ole2("Book"), DEFAUT, "IMPORT_FORMAT_ANCIEN");
    ajouter(m, "trop-gros", modele(), new LimitesImport(1000, 100, 50, 1000, 1000, Duration.ofSeconds(30)),
        "IMPORT_TROP_VOLUMINEUX");
    ajouter(m, "trop-de-colonnes", ("a" + ";a".repeat(60) + "\n").getBytes(StandardCharsets.UTF_8), DEFAUT,
        "IMPORT_TROP_DE_COLONNES");
    ajouter(m, "cellule-trop-longue", ("type\n" + "x".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8), DEFAUT,
        "IMPORT_CELLULE_TROP_LONGUE");
    ajouter(m, "trop-de-lignes", "type\nx\n".repeat(50).getBytes(StandardCharsets.UTF_8),
        new LimitesImport(1 << 20, 10, 50, 1000, 1000, Duration.ofSeconds(30)), "IMPORT_TROP_DE_LIGNES");
    ajouter(m, "delai", "type\nx\n".getBytes(StandardCharsets.UTF_8),
        new LimitesImport(1 << 20, 10, 50, 1000, 1000, Duration.ofNanos(1)), "IMPORT_DELAI_DEPASSE");
    return m;
  }

  private static void ajouter(Map<String, Cas> m, String nom, byte[] octets, LimitesImport l, String code) {
    m.put(nom, new Cas(nom, octets, l, code));
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

  static byte[] remplacerFeuille(byte[] xlsx, String xml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(e.getName().equals("xl/worksheets/sheet1.xml") ? xml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
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
}
