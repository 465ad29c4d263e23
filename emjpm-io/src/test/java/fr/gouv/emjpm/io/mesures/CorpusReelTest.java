// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus {@code reel/} : fichiers écrits par de vrais tableurs (LibreOffice Calc fr-FR en xlsx, xls et
 * CSV ; variantes à la manière d'Excel obtenues en retouchant le XML d'un fichier LibreOffice ; modèles
 * remplis par saisie au clavier), régénérés par {@code reel/regenerer.sh}. Chaque fichier donne le
 * résultat de {@code reel/MANIFESTE.csv} : mesures importées, codes d'erreur et d'avertissement avec leur
 * nombre, et valeurs exactes de chaque mesure comparées à la saisie d'origine ({@code reel/sources/}).
 * Les classeurs OpenDocument de {@code reel/ods/} donnent les mesures de leur jumeau .xlsx.
 */
class CorpusReelTest {

  /** Une ligne du manifeste. */
  record Attendu(String fichier, int importees, Map<String, Integer> erreurs, Map<String, Integer> avertissements,
      String valeurs) {}

  static Path reel() {
    try {
      return Path.of(Objects.requireNonNull(CorpusReelTest.class.getResource("/reel/MANIFESTE.csv")).toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Attendu> manifeste() throws IOException {
    List<Attendu> cas = new ArrayList<>();
    for (String l : Files.readAllLines(reel().resolve("MANIFESTE.csv"), StandardCharsets.UTF_8)) {
      if (l.isBlank() || l.startsWith("#") || l.startsWith("fichier;")) {
        continue;
      }
      String[] c = l.split(";", -1);
      cas.add(new Attendu(c[0], Integer.parseInt(c[1]), codes(c[2]), codes(c[3]), c[4]));
    }
    return cas;
  }

  /** {@code CODE=2 AUTRE=1} → table triée ; vide → table vide. */
  static Map<String, Integer> codes(String texte) {
    Map<String, Integer> m = new TreeMap<>();
    for (String c : texte.trim().split(" +")) {
      if (!c.isEmpty()) {
        String[] kv = c.split("=");
        m.put(kv[0], Integer.parseInt(kv[1]));
      }
    }
    return m;
  }

  static Map<String, Integer> compter(List<Violation> violations) {
    Map<String, Integer> m = new TreeMap<>();
    violations.forEach(v -> m.merge(v.code(), 1, Integer::sum));
    return m;
  }

  static Stream<Arguments> fichiers() throws IOException {
    return manifeste().stream().map(a -> Arguments.of(a.fichier(), a));
  }

  static Resultat<ImportMesures> importer(Path fichier) throws IOException {
    return MesuresImporterTest.IMPORTER.importer(fichier, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  @Test
  void leCorpusCompteAuMoinsTrenteFichiersTousAuManifeste() throws IOException {
    List<String> presents;
    try (Stream<Path> s = Files.list(reel())) {
      presents = s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv"))
          .filter(n -> !n.equals("MANIFESTE.csv")).sorted().toList();
    }
    assertThat(presents).hasSizeGreaterThanOrEqualTo(30);
    assertThat(manifeste()).extracting(Attendu::fichier).containsExactlyInAnyOrderElementsOf(presents);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fichiers")
  void chaqueFichierDonneSonResultatAttendu(String nom, Attendu attendu) throws IOException {
    Resultat<ImportMesures> r = importer(reel().resolve(nom));
    List<Violation> erreurs = r.violations().stream().filter(Violation::estBloquante).toList();
    List<Violation> avertissements = r.violations().stream().filter(v -> !v.estBloquante()).toList();
    assertThat(compter(erreurs)).as("erreurs").isEqualTo(attendu.erreurs());
    assertThat(compter(avertissements)).as("avertissements").isEqualTo(attendu.avertissements());
    assertThat(r.estSucces()).isEqualTo(attendu.importees() > 0);
    if (r.estSucces()) {
      assertThat(r.valeurOuErreur().creations()).isEqualTo(attendu.importees());
    }
    // aucun message ne recopie une donnée personnelle de la saisie (RG, dossier)
    for (Violation v : r.violations()) {
      assertThat(v.message()).doesNotContain("00123", "1800456", "D-00", "2021004", "Saint-Quentin", "Bourg");
    }
    if (!attendu.valeurs().equals("-")) {
      valeursExactes(r.valeurOuErreur().mesures(), attendu.valeurs());
    }
  }

  private static final Pattern JJ_MM_AAAA = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** Date de la saisie d'origine : {@code j/m/aaaa} ou {@code aaaa-mm-jj}. */
  static LocalDate date(String s) {
    Matcher m = JJ_MM_AAAA.matcher(s);
    if (m.matches()) {
      return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    return LocalDate.parse(s);
  }

  /**
   * Compare chaque mesure à la ligne tapée dans {@code sources/<source>.csv} : date de nomination, tribunal
   * du SIRET, code postal ({@code 02100} rétabli), pays, année, civilité, lieu de vie, type d'établissement.
   */
  static void valeursExactes(List<Mesure> mesures, String source) throws IOException {
    List<String> lignes = Files.readAllLines(reel().resolve("sources").resolve(source + ".csv"), StandardCharsets.UTF_8);
    List<String> entete = List.of(lignes.get(0).split(";", -1));
    assertThat(mesures).hasSize(lignes.size() - 1);
    for (int i = 1; i < lignes.size(); i++) {
      String[] c = lignes.get(i).split(";", -1);
      Mesure m = mesures.get(i - 1);
      String cp = c[entete.indexOf("code_postal")];
      assertThat(m.dateNomination()).as("date ligne %d", i).contains(date(c[0]));
      Siret siret = Siret.of(c[entete.indexOf("tribunal_siret")]);
      assertThat(m.tribunal()).as("tribunal ligne %d", i)
          .isEqualTo(MesuresImporterTest.ENGINE.referentiel().tribunal(siret).orElseThrow().id());
      assertThat(m.anneeNaissance()).as("année ligne %d", i).contains(Integer.parseInt(c[entete.indexOf("annee")]));
      assertThat(m.civilite()).contains(c[entete.indexOf("civilite")].equals("F") ? Civilite.MADAME : Civilite.MONSIEUR);
      if (cp.length() == 4) {
        assertThat(m.pays()).as("pays ligne %d", i).isEqualTo(Pays.BE);
        assertThat(m.codePostal()).as("code postal belge ligne %d", i).contains(cp);
      } else {
        assertThat(m.pays()).as("pays ligne %d", i).isEqualTo(Pays.FR);
        assertThat(m.codePostal()).as("code postal ligne %d", i).contains(cp);
        assertThat(m.departement().orElseThrow().valeur())
            .isEqualTo(cp.startsWith("98") ? cp.substring(0, 3) : cp.substring(0, 2));
      }
      String residence = c[entete.indexOf("residence")].toLowerCase(Locale.ROOT);
      LieuVie lieu = residence.equals("a domicile") ? LieuVie.DOMICILE
          : residence.equals("sdf") ? LieuVie.SDF
          : residence.endsWith("domicile") ? LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE : LieuVie.ETABLISSEMENT;
      assertThat(m.lieuVie()).as("lieu de vie ligne %d", i).contains(lieu);
      int type = entete.indexOf("type_etablissement");
      if (type >= 0 && !c[type].isEmpty()) {
        assertThat(m.typeEtablissement()).as("type ligne %d", i).isPresent();
        TypeEtablissement t = m.typeEtablissement().orElseThrow();
        assertThat(List.of(t.code(), t.libelle().toLowerCase(Locale.ROOT)))
            .contains(c[type].toLowerCase(Locale.ROOT));
      } else {
        assertThat(m.typeEtablissement()).isEmpty();
      }
    }
  }

  /** Les cinq cas de l'issue : 12/12 lignes, valeurs exactes (dates, SIRET, codes postaux dont 02100, années). */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"lo-base.xlsx", "lo-base.xls",
      "excel-fr-pointvirgule-cp1252.csv", "saisie-utf8.csv", "modele-reel-rempli.xlsx"})
  void lesCasDeLIssueImportentDouzeLignesSurDouze(String nom) throws IOException {
    Resultat<ImportMesures> r = importer(reel().resolve(nom));
    assertThat(r.estSucces()).isTrue();
    assertThat(r.valeurOuErreur().creations()).isEqualTo(12);
    List<Mesure> m = r.valeurOuErreur().mesures();
    valeursExactes(m, "base");
    assertThat(m.get(0).codePostal()).contains("02100");
    assertThat(m.get(0).dateNomination()).contains(LocalDate.of(2019, 3, 15));
    assertThat(m.get(0).anneeNaissance()).contains(1948);
    assertThat(m.get(1).tribunal()).isEqualTo(
        MesuresImporterTest.ENGINE.referentiel().tribunal(Siret.of("17590111500709")).orElseThrow().id());
  }

  /**
   * Les classeurs .ods du corpus {@code reel/ods/} (écrits par LibreOffice Calc) donnent exactement les
   * mesures, erreurs et avertissements de leur jumeau .xlsx écrit par LibreOffice depuis la même saisie,
   * et leur ligne du manifeste ({@code reel/MANIFESTE.csv}) s'applique telle quelle.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"lo-base", "lo-base-colonnes-texte", "lo-dates-variees",
      "modele-emjpm-rempli", "modele-reel-rempli"})
  void unOdsDonneLesMemesMesuresQueSonJumeauXlsx(String nom) throws IOException {
    Resultat<ImportMesures> ods = importer(reel().resolve("ods/" + nom + ".ods"));
    Resultat<ImportMesures> xlsx = importer(reel().resolve(nom + ".xlsx"));
    Attendu attendu = manifeste().stream().filter(a -> a.fichier().equals(nom + ".xlsx")).findFirst().orElseThrow();
    assertThat(ods.estSucces()).isTrue();
    assertThat(ods.valeurOuErreur().creations()).isEqualTo(attendu.importees()).isEqualTo(12);
    assertThat(compter(ods.violations())).isEqualTo(compter(xlsx.violations()));
    assertThat(compter(ods.violations().stream().filter(v -> !v.estBloquante()).toList()))
        .isEqualTo(attendu.avertissements());
    assertThat(ods.valeurOuErreur().mesures()).isEqualTo(xlsx.valeurOuErreur().mesures());
    valeursExactes(ods.valeurOuErreur().mesures(), attendu.valeurs());
  }

  /**
   * Les autres fichiers OpenDocument : le classeur aux structures variées (formules, fusions,
   * commentaire, lignes vides stylées) est lu ; le classeur chiffré, le modèle .ots et un document
   * texte .odt sont refusés par un code clair, sans contenu du fichier dans le message.
   */
  @Test
  void lesAutresFichiersOpenDocumentSontLusOuRefusesParUnCodeClair(@org.junit.jupiter.api.io.TempDir Path dossier)
      throws IOException {
    assertThat(resume(reel().resolve("ods/lo-structures.ods"))).isEqualTo(STRUCTURES);
    assertThat(resume(reel().resolve("ods/lo-chiffre.ods"))).isEqualTo("lo-chiffre.ods;0;FICHIER_CHIFFRE=1;");
    assertThat(resume(reel().resolve("ods/lo-modele.ots")))
        .isEqualTo("lo-modele.ots;0;FICHIER_TYPE_CLASSEUR_REFUSE=1;");
    Path odt = dossier.resolve("lettre.odt");
    String type = "application/vnd.oasis.opendocument.text";
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
      byte[] m = type.getBytes(StandardCharsets.US_ASCII);
      java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("mimetype");
      e.setMethod(java.util.zip.ZipEntry.STORED);
      e.setSize(m.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(m);
      e.setCrc(crc.getValue());
      z.putNextEntry(e);
      z.write(m);
      z.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      z.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
          + "<office:body><office:text/></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
      z.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + type + "\"/>"
          + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(resume(odt)).isEqualTo("lettre.odt;0;FICHIER_PAS_UN_CLASSEUR=1;");
  }

  /**
   * Issue attendue de {@code ods/lo-structures.ods} : le fichier est lu jusqu'au bout (aucun refus du
   * fichier), mais sa première feuille n'a pas l'en-tête d'un import de mesures (formules et fusions).
   */
  private static final String STRUCTURES = "lo-structures.ods;0;IMPORT_EN_TETE_INVALIDE=2;";

  /** Lecture brute : ce que le lecteur rend pour un fichier (outil de mise au point du manifeste). */
  static String resume(Path p) throws IOException {
    Resultat<ImportMesures> r = importer(p);
    int n = r.estSucces() ? r.valeurOuErreur().creations() : 0;
    String e = compter(r.violations().stream().filter(Violation::estBloquante).toList()).entrySet().stream()
        .map(x -> x.getKey() + "=" + x.getValue()).reduce((a, b) -> a + " " + b).orElse("");
    String a = compter(r.violations().stream().filter(v -> !v.estBloquante()).toList()).entrySet().stream()
        .map(x -> x.getKey() + "=" + x.getValue()).reduce((x, y) -> x + " " + y).orElse("");
    return p.getFileName() + ";" + n + ";" + e + ";" + a;
  }
}
