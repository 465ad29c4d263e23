// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static fr.gouv.emjpm.io.internal.LecteurOdsTest.LARGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corpus hostile de {@link LecteurOds}, forgé au moment du test ({@code java.util.zip}) : chaque
 * archive donne un refus typé, le motif attendu et lui seul. L'échéance de chaque lecture est de 10 s :
 * une lecture qui s'étendrait en temps donnerait {@code DELAI_DEPASSE} au lieu du motif attendu ; une
 * expansion en mémoire (ligne répétée un milliard de fois) épuiserait le tas du test.
 */
class LecteurOdsHostileTest {

  static final String ODS = LecteurOds.TYPE_ODS;
  static final String MANIFESTE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
      + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODS + "\"/>"
      + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
      + "</manifest:manifest>";
  static final String ENTETE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  static final String RACINE = "<office:document-content"
      + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
      + " office:version=\"1.3\"><office:body><office:spreadsheet>";
  static final String FIN = "</office:spreadsheet></office:body></office:document-content>";

  @TempDir
  Path dossier;

  /** content.xml d'une feuille « F » qui contient {@code lignes}. */
  static String contenu(String lignes) {
    return ENTETE + RACINE + "<table:table table:name=\"F\">" + lignes + "</table:table>" + FIN;
  }

  static String texte(String valeur) {
    return "<table:table-cell office:value-type=\"string\"><text:p>" + valeur + "</text:p></table:table-cell>";
  }

  /** Archive aux entrées données, dans l'ordre ({@code mimetype} stockée sans compression). */
  Path archive(Map<String, byte[]> entrees) {
    ByteArrayOutputStream octets = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(octets)) {
      for (Map.Entry<String, byte[]> e : entrees.entrySet()) {
        ZipEntry z = new ZipEntry(e.getKey());
        if ("mimetype".equals(e.getKey())) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          z.setMethod(ZipEntry.STORED);
          z.setSize(e.getValue().length);
          z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ecrire(octets.toByteArray());
  }

  Path ecrire(byte[] octets) {
    try {
      Path f = Files.createTempFile(dossier, "hostile", ".ods");
      Files.write(f, octets);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path ods(@Nullable String mimetype, @Nullable String manifeste, @Nullable String contenu) {
    Map<String, byte[]> e = new LinkedHashMap<>();
    if (mimetype != null) {
      e.put("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
    }
    if (manifeste != null) {
      e.put("META-INF/manifest.xml", manifeste.getBytes(StandardCharsets.UTF_8));
    }
    if (contenu != null) {
      e.put("content.xml", contenu.getBytes(StandardCharsets.UTF_8));
    }
    return archive(e);
  }

  Path ods(String contenu) {
    return ods(ODS, MANIFESTE, contenu);
  }

  /** Motif de l'arrêt de la lecture (échéance de 10 s) ; « lu » si la lecture aboutit. */
  static String issue(Path fichier, LecteurOds.Limites limites, Enregistreur e) {
    try {
      LecteurOds.lire(fichier, limites, new Echeance(Duration.ofSeconds(10), Enregistreur.CODES), Enregistreur.CODES, e);
      return "lu";
    } catch (ArretLecture a) {
      assertThat(a.getMessage()).isNull();
      return a.violation().code();
    }
  }

  static String issue(Path fichier) {
    return issue(fichier, LARGES, new Enregistreur());
  }

  @Test
  void uneArchiveForgeeBienFormeeSeLit() {
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(contenu("<table:table-row>" + texte("a") + "</table:table-row>")), LARGES, e)).isEqualTo("lu");
    assertThat(e.evenements).containsExactly("feuille 0 F", "ligne 1", "texte 0 a", "fin", "finFeuille");
  }

  @Test
  void doctypeEtEntitesSontRefuses() {
    String bombe = ENTETE + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + RACINE + "<table:table table:name=\"F\"><table:table-row>" + texte("&b;") + "</table:table-row></table:table>" + FIN;
    assertThat(issue(ods(bombe))).isEqualTo("DTD_INTERDITE");
    String externe = ENTETE + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + RACINE + FIN;
    assertThat(issue(ods(externe))).isEqualTo("DTD_INTERDITE");
    assertThat(issue(ods(ODS, "<!DOCTYPE m SYSTEM \"http://emjpm.invalid/m.dtd\">" + MANIFESTE.substring(ENTETE.length()),
        contenu("")))).isEqualTo("DTD_INTERDITE");
    // entité non déclarée : XML mal formé
    assertThat(issue(ods(contenu("<table:table-row>" + texte("&e;") + "</table:table-row>")))).isEqualTo("ILLISIBLE");
  }

  @Test
  void doctypeCacheApresUnLongCommentaireEstRefuseParLAnalyseur() {
    // le prologue n'est examiné que sur 64 Kio : au-delà, l'analyseur (sans DTD) la signale, refusée
    String cache = ENTETE + "<!--" + " ".repeat(70_000) + "-->"
        + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>" + RACINE
        + "<table:table table:name=\"F\"><table:table-row>" + texte("&e;") + "</table:table-row></table:table>" + FIN;
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(cache), LARGES, e)).isEqualTo("DTD_INTERDITE");
    assertThat(e.cellules).isEmpty();
  }

  @Test
  void octetsDecompressesBornesQuoiQuAnnonceLeZip() {
    String lignes = "<table:table-row><table:table-cell/></table:table-row>".repeat(100_000); // ≈ 5,4 Mo
    LecteurOds.Limites un = new LecteurOds.Limites(10, 10, 100, 1024 * 1024);
    // taille annoncée honnête : le pré-vol refuse
    assertThat(issue(ods(contenu(lignes)), un, new Enregistreur())).isEqualTo("VOLUME_EXCESSIF");
    // répertoire central qui ment (1 000 octets annoncés) : la lecture s'arrête au plafond réel
    Path menteur = annoncer(ods(contenu(lignes)), "content.xml", 1_000);
    assertThat(issue(menteur, un, new Enregistreur())).isEqualTo("VOLUME_EXCESSIF");
    assertThat(issue(menteur, LARGES, new Enregistreur())).isEqualTo("lu");
  }

  @Test
  void jetonDemesure() {
    String attribut = "<table:table-row table:style-name=\"" + "x".repeat(2 * 1024 * 1024) + "\">"
        + texte("a") + "</table:table-row>";
    assertThat(issue(ods(contenu(attribut)))).isEqualTo("JETON_TROP_LONG");
    String commentaire = "<!--" + "y".repeat(2 * 1024 * 1024) + "-->";
    assertThat(issue(ods(contenu(commentaire)))).isEqualTo("JETON_TROP_LONG");
  }

  @Test
  void ligneNonVideRepeteeUnMilliardDeFois() {
    Enregistreur e = new Enregistreur();
    String l = "<table:table-row table:number-rows-repeated=\"1000000000\">" + texte("x") + "</table:table-row>";
    assertThat(issue(ods(contenu(l)), LARGES, e)).isEqualTo("TROP_DE_LIGNES");
    assertThat(e.evenements).containsExactly("feuille 0 F"); // refus avant toute expansion
    // répétition exactement au plafond : rendue ligne par ligne
    Enregistreur juste = new Enregistreur();
    String dix = "<table:table-row table:number-rows-repeated=\"10\">" + texte("x") + "</table:table-row>";
    assertThat(issue(ods(contenu(dix)), new LecteurOds.Limites(10, 5, 10, 1 << 20), juste)).isEqualTo("lu");
    assertThat(juste.lignes("F")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(issue(ods(contenu(dix + dix)), new LecteurOds.Limites(19, 5, 10, 1 << 20), new Enregistreur()))
        .isEqualTo("TROP_DE_LIGNES");
  }

  @Test
  void lignesEtCellulesVidesRepeteesNeCoutentRien() {
    // ce qu'écrit LibreOffice en fin de feuille, répété mille fois, puis une cellule
    String vide = "<table:table-row table:number-rows-repeated=\"1048576\">"
        + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
    Enregistreur e = new Enregistreur();
    String l = "<table:table-row>" + texte("a") + "</table:table-row>" + vide.repeat(1000);
    assertThat(issue(ods(contenu(l)), LARGES, e)).isEqualTo("lu");
    assertThat(e.evenements).containsExactly("feuille 0 F", "ligne 1", "texte 0 a", "fin", "finFeuille");
    // une cellule après des milliards de lignes vides : numéro de ligne hors des entiers, refusée
    String loin = "<table:table-row table:number-rows-repeated=\"2147483647\"><table:table-cell/></table:table-row>";
    assertThat(issue(ods(contenu(loin + loin + "<table:table-row>" + texte("a") + "</table:table-row>"))))
        .isEqualTo("TROP_DE_LIGNES");
    // une cellule après un milliard de cellules vides : au-delà des colonnes admises
    String apres = "<table:table-row><table:table-cell table:number-columns-repeated=\"1000000000\"/>" + texte("a")
        + "</table:table-row>";
    assertThat(issue(ods(contenu(apres)))).isEqualTo("TROP_DE_COLONNES");
  }

  @Test
  void cellulesNonVidesRepeteesAuDelaDesColonnes() {
    Enregistreur e = new Enregistreur();
    String l = "<table:table-row><table:table-cell table:number-columns-repeated=\"100000\" office:value-type=\"float\""
        + " office:value=\"1\"/></table:table-row>";
    assertThat(issue(ods(contenu(l)), LARGES, e)).isEqualTo("TROP_DE_COLONNES");
    assertThat(e.evenements).containsExactly("feuille 0 F");
    String juste = "<table:table-row><table:table-cell table:number-columns-repeated=\"50\" office:value-type=\"float\""
        + " office:value=\"1\"/></table:table-row>";
    Enregistreur j = new Enregistreur();
    assertThat(issue(ods(contenu(juste)), LARGES, j)).isEqualTo("lu");
    assertThat(j.cellules).hasSize(50).containsKey("F!1:49");
  }

  @Test
  void texteDeCelluleEnorme() {
    assertThat(issue(ods(contenu("<table:table-row>" + texte("z".repeat(500_000)) + "</table:table-row>"))))
        .isEqualTo("CHAINE_TROP_LONGUE");
    assertThat(issue(ods(contenu("<table:table-row>" + texte("<text:span>ab</text:span>".repeat(501))
        + "</table:table-row>")))).isEqualTo("CHAINE_TROP_LONGUE");
    assertThat(issue(ods(contenu("<table:table-row><table:table-cell office:value-type=\"string\" office:string-value=\""
        + "q".repeat(1_001) + "\"/></table:table-row>")))).isEqualTo("CHAINE_TROP_LONGUE");
    assertThat(issue(ods(contenu("<table:table-row>" + texte("a</text:p><text:p>b".repeat(400))
        + "</table:table-row>")))).isEqualTo("CHAINE_TROP_LONGUE");
    // exactement au plafond : lu
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(contenu("<table:table-row>" + texte("z".repeat(1_000)) + "</table:table-row>")), LARGES, e))
        .isEqualTo("lu");
    assertThat(e.a("F", 1, 0).map(c -> ((String) c.valeur()).length())).contains(1_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2000000000", "999999999999999999999999", "1001"})
  void espacesRepetesDemesures(String c) {
    assertThat(issue(ods(contenu("<table:table-row>" + texte("a<text:s text:c=\"" + c + "\"/>b") + "</table:table-row>"))))
        .isEqualTo("CHAINE_TROP_LONGUE");
  }

  @Test
  void espacesRepetesDansLePlafond() {
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(contenu("<table:table-row>" + texte("a<text:s text:c=\"998\"/>") + "</table:table-row>")), LARGES, e))
        .isEqualTo("lu");
    assertThat(e.a("F", 1, 0)).contains(new Enregistreur.Cellule("texte", "a" + " ".repeat(998), null));
  }

  @Test
  void documentQuiNEstPasUnClasseur() {
    String odt = "application/vnd.oasis.opendocument.text";
    assertThat(issue(ods(odt, MANIFESTE.replace(ODS, odt), contenu("")))).isEqualTo("PAS_UN_CLASSEUR");
    assertThat(issue(ods("text/plain", MANIFESTE, contenu("")))).isEqualTo("PAS_UN_CLASSEUR");
    assertThat(issue(ods(ODS + " ".repeat(300) + "x", MANIFESTE, contenu("")))).isEqualTo("PAS_UN_CLASSEUR");
    // sans mimetype : le type du manifeste fait foi ; sans l'un ni l'autre, pas un classeur
    assertThat(issue(ods(null, MANIFESTE, contenu("")))).isEqualTo("lu");
    assertThat(issue(ods(null, MANIFESTE.replace(ODS, odt), contenu("")))).isEqualTo("PAS_UN_CLASSEUR");
    assertThat(issue(ods(null, null, contenu("")))).isEqualTo("PAS_UN_CLASSEUR");
  }

  @Test
  void archiveTronqueeOuIllisible() throws IOException {
    byte[] vrai = Files.readAllBytes(LecteurOdsTest.reel("ods/lo-base.ods"));
    for (int n : new int[] {vrai.length / 2, vrai.length - 30, 100, 4}) {
      assertThat(issue(ecrire(java.util.Arrays.copyOf(vrai, n)))).as("tronquée à %d", n).isEqualTo("ILLISIBLE");
    }
    assertThat(issue(ods(ODS, MANIFESTE, null))).as("sans content.xml").isEqualTo("ILLISIBLE");
    assertThat(issue(ods("\u0000\u00ff binaire"))).as("content.xml binaire").isEqualTo("ILLISIBLE");
    assertThat(issue(ods(contenu("<table:table-row>")))).as("mal formé").isEqualTo("ILLISIBLE");
    assertThat(issue(ods(ODS, "<manifest", contenu("")))).as("manifeste mal formé").isEqualTo("ILLISIBLE");
  }

  @Test
  void manifesteChiffre() {
    String chiffre = MANIFESTE.replace("<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"3104\">"
            + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\">"
            + "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AAAA\"/>"
            + "</manifest:encryption-data></manifest:file-entry>");
    // contenu chiffré : des octets illisibles, mais c'est le manifeste qui fait refuser
    assertThat(issue(ods(ODS, chiffre, "\u0001\u0002\u0003"))).isEqualTo("CHIFFRE");
  }

  @Test
  void structureDArchiveSuspecte() {
    Map<String, byte[]> doublon = new LinkedHashMap<>();
    doublon.put("mimetype", ODS.getBytes(StandardCharsets.US_ASCII));
    doublon.put("content.xml", contenu("").getBytes(StandardCharsets.UTF_8));
    doublon.put("Content.XML", contenu("").getBytes(StandardCharsets.UTF_8));
    assertThat(issue(archive(doublon))).isEqualTo("STRUCTURE_ARCHIVE");
    Map<String, byte[]> remontant = new LinkedHashMap<>();
    remontant.put("mimetype", ODS.getBytes(StandardCharsets.US_ASCII));
    remontant.put("../content.xml", contenu("").getBytes(StandardCharsets.UTF_8));
    assertThat(issue(archive(remontant))).isEqualTo("STRUCTURE_ARCHIVE");
    Map<String, byte[]> nombreuses = new LinkedHashMap<>();
    for (int i = 0; i <= PreVolClasseur.ZIP_ENTREES_MAX; i++) {
      nombreuses.put("Pictures/" + i + ".png", new byte[0]);
    }
    assertThat(issue(archive(nombreuses))).isEqualTo("STRUCTURE_ARCHIVE");
  }

  @Test
  void valeursIllisiblesDonnentDesCellulesEnErreur() {
    String l = "<table:table-row>"
        + "<table:table-cell office:value-type=\"float\" office:value=\"NaN\"/>"
        + "<table:table-cell office:value-type=\"float\" office:value=\"1e999\"/>"
        + "<table:table-cell office:value-type=\"float\" office:value=\"0x1p3\"/>"
        + "<table:table-cell office:value-type=\"float\"/>"
        + "<table:table-cell office:value-type=\"date\" office:date-value=\"2019-02-30\"/>"
        + "<table:table-cell office:value-type=\"date\" office:date-value=\"2019-02-28T25:00:00\"/>"
        + "<table:table-cell office:value-type=\"time\" office:time-value=\"PTxxH\"/>"
        + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"peut-être\"/>"
        + "<table:table-cell office:value-type=\"inconnu\"><text:p>t</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"float\" office:value=\"" + "1".repeat(65) + "\"/>"
        + "<table:table-cell office:value-type=\"void\"/>"
        + "<table:table-cell><text:p>sans type</text:p></table:table-cell>"
        + "</table:table-row>";
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(contenu(l)), LARGES, e)).isEqualTo("lu");
    assertThat(e.evenements).containsExactly("feuille 0 F", "ligne 1", "erreur 0 ", "erreur 1 ", "erreur 2 ",
        "erreur 3 ", "erreur 4 ", "erreur 5 ", "erreur 6 ", "erreur 7 ", "erreur 8 ", "erreur 9 ",
        "texte 11 sans type", "fin", "finFeuille");
  }

  @Test
  void espacesDeNomsTrompeursIgnores() {
    // préfixe table: lié à un autre espace de noms : ce ne sont pas des feuilles
    String faux = ENTETE + RACINE.replace("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "urn:emjpm:faux")
        + "<table:table table:name=\"F\"><table:table-row>" + texte("a") + "</table:table-row></table:table>" + FIN;
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(faux), LARGES, e)).isEqualTo("lu");
    assertThat(e.evenements).isEmpty();
  }

  @Test
  void imbricationBornee() {
    int n = 4_000;
    String l = "<table:table-row>" + texte("<text:span>".repeat(n) + "x" + "</text:span>".repeat(n)) + "</table:table-row>";
    Enregistreur e = new Enregistreur();
    assertThat(issue(ods(contenu(l)), LARGES, e)).isEqualTo("lu");
    assertThat(e.a("F", 1, 0)).contains(new Enregistreur.Cellule("texte", "x", null));
    // un million d'éléments imbriqués : refusé à la profondeur 4 096, sans pile démesurée
    String profond = "<table:table-row>" + texte("<text:span>".repeat(1_000_000)) + "</table:table-row>";
    assertThat(issue(ods(contenu(profond)))).isEqualTo("ILLISIBLE");
  }

  /** Réécrit la taille décompressée annoncée par le répertoire central pour l'entrée {@code nom}. */
  Path annoncer(Path archive, String nom, int taille) {
    try {
      byte[] b = Files.readAllBytes(archive);
      ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
      byte[] cherche = nom.getBytes(StandardCharsets.US_ASCII);
      boolean trouve = false;
      for (int i = 0; i + 46 < b.length; i++) {
        if (buf.getInt(i) == 0x02014b50 && buf.getShort(i + 28) == cherche.length
            && java.util.Arrays.equals(b, i + 46, i + 46 + cherche.length, cherche, 0, cherche.length)) {
          buf.putInt(i + 24, taille);
          trouve = true;
        }
      }
      assertThat(trouve).isTrue();
      return ecrire(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
