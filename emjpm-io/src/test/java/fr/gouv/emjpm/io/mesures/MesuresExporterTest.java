// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MesuresExporterTest {

  static final MesuresExporter EXPORT = MesuresExporter.avec(Referentiel.embarque());

  @TempDir Path dossier;

  static List<Mesure> lot(long graine) {
    List<Mesure> l = new ArrayList<>(Mesures.generateur().liste(graine, 12));
    Mesure piege = Mesures.enCours().generer(graine).withCabinet("=HYPERLINK(\"http://x\")");
    l.add(piege);
    return l;
  }

  static byte[] xlsx(List<Mesure> m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      EXPORT.exporterXlsx(m, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void csvBomPointVirguleCrlfToutEntreGuillemetsEtGardeFormule() throws IOException {
    List<Mesure> m = lot(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EXPORT.exporterCsv(m, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF\"annee_naissance\";\"cabinet\";");
    String[] lignes = csv.substring(1).split("\r\n", -1);
    long enCours = m.stream().filter(x -> x.statut() == StatutMesure.EN_COURS).count();
    assertThat(lignes).hasSize((int) enCours + 2); // en-tête + lignes + vide final après le dernier CRLF
    assertThat(lignes[lignes.length - 1]).isEmpty();
    for (int i = 0; i < lignes.length - 1; i++) {
      assertThat(lignes[i]).startsWith("\"").endsWith("\"").doesNotContain("\n");
      assertThat(lignes[i].split("\";\"", -1)).hasSize(MesuresExporter.COLONNES.size());
    }
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(";\"=HYPERLINK");
    ByteArrayOutputStream encore = new ByteArrayOutputStream();
    EXPORT.exporterCsv(m, encore);
    assertThat(encore.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void xlsxSansFormuleNiLienAvecPrefixeEtOctetsDeterministes() throws IOException {
    List<Mesure> m = lot(11);
    byte[] a = xlsx(m);
    assertThat(xlsx(new ArrayList<>(m))).isEqualTo(a);
    boolean prefixe = false;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(a))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        String nom = e.getName();
        String contenu = new String(z.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(nom).doesNotContain("hyperlink").doesNotContain("externalLink");
        if (nom.startsWith("xl/worksheets/")) {
          assertThat(contenu).doesNotContain("<f>").doesNotContain("<f ").doesNotContain("hyperlink");
        }
        if (nom.equals("xl/styles.xml")) {
          prefixe = contenu.contains("quotePrefix=\"1\"") || contenu.contains("quotePrefix=\"true\"");
        }
      }
    }
    assertThat(prefixe).isTrue();
  }

  @Test
  void proprietesDuClasseurSansValeurDesMesuresNiAutreHorodatageQueLEpoqueFixe() throws IOException {
    List<Mesure> m = new ArrayList<>(lot(5));
    m.add(Mesures.enCours().generer(3L).withNumeroRg(NumeroRg.normalise("CANARI42")).withVille("VILLECANARI")
        .withNumeroDossier("DOSSIER-CANARI").withCabinet("CABINET-CANARI"));
    Map<String, String> proprietes = new TreeMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx(m)))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        String contenu = new String(z.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().startsWith("docProps/")) {
          proprietes.put(e.getName(), contenu);
        }
      }
    }
    assertThat(proprietes).containsOnlyKeys("docProps/core.xml", "docProps/app.xml");
    // valeurs des mesures : RG, ville, dossier, cabinet, code postal, tribunal (nom et SIRET)
    List<String> valeurs = new ArrayList<>();
    for (List<String> l : EXPORT.lignes(m)) {
      for (String c : List.of("numero_rg", "ville", "numero_dossier", "cabinet", "code_postal", "tribunal",
          "tribunal_siret")) {
        valeurs.add(l.get(MesuresExporter.COLONNES.indexOf(c)));
      }
    }
    assertThat(valeurs).contains("CANARI42", "VILLECANARI", "DOSSIER-CANARI", "CABINET-CANARI");
    Pattern horodatage = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9:]+)?)?");
    Pattern annee = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    proprietes.forEach((nom, contenu) -> {
      for (String v : valeurs) {
        if (v.length() >= 4) {
          assertThat(contenu).as(nom).doesNotContain(v);
        }
      }
      String texte = contenu.replaceAll("<[^>]*>", " "); // contenu des éléments, sans les espaces de noms
      Matcher h = horodatage.matcher(texte);
      while (h.find()) {
        assertThat(h.group()).as(nom + " : horodatage").isEqualTo("2000-01-01T00:00:00Z");
      }
      Matcher a = annee.matcher(texte);
      while (a.find()) {
        assertThat(a.group()).as(nom + " : année").isEqualTo("2000");
      }
    });
    assertThat(proprietes.get("docProps/core.xml")).contains("2000-01-01T00:00:00Z").contains("emjpm");
  }

  @Test
  void relireLExportRedonneLesColonnesExportees() {
    qt().withExamples(25).forAll(longs().all()).checkAssert(graine -> {
      List<Mesure> m = lot(graine);
      Path p = dossier.resolve("export-" + graine + ".xlsx");
      List<List<String>> relues = new ArrayList<>();
      try {
        Files.write(p, xlsx(m));
        var arret = LecteurTableau.lire(p, fr.gouv.emjpm.io.internal.FormatFichier.detecter(p), LimitesImport.parDefaut(), (n, v) -> relues.add(completer(v)));
        assertThat(arret).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(relues.get(0)).isEqualTo(MesuresExporter.COLONNES);
      assertThat(relues.subList(1, relues.size())).isEqualTo(EXPORT.lignes(m));
    });
  }

  private static List<String> completer(List<String> v) {
    List<String> l = new ArrayList<>(v);
    while (l.size() < MesuresExporter.COLONNES.size()) {
      l.add("");
    }
    return l;
  }
}
