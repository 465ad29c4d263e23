// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R-POI-3 (fichier temporaire), R-POI-4 (pré-vol zip), R-POI-7 (plafond d'enregistrements .xls). */
class PreVolClasseurTest {

  private interface Remplissage {
    void remplir(ZipOutputStream z) throws IOException;
  }

  private static byte[] zip(Remplissage r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      r.remplir(z);
    }
    return out.toByteArray();
  }

  private static void entree(ZipOutputStream z, String nom, byte[] contenu) throws IOException {
    z.putNextEntry(new ZipEntry(nom));
    z.write(contenu);
    z.closeEntry();
  }

  private static java.util.List<String> codes(byte[] contenu) {
    Resultat<ImportEnquete> r = EnqueteExcelReader.lire(new ByteArrayInputStream(contenu), TypeEnquete.PREPOSE, 2021);
    return r.rapport().codes();
  }

  @Test
  void doublonSansCasseRefuse() throws IOException {
    byte[] z = zip(x -> {
      entree(x, "[Content_Types].xml", "<a/>".getBytes(StandardCharsets.UTF_8));
      entree(x, "xl/workbook.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
      entree(x, "XL/Workbook.xml", "<b/>".getBytes(StandardCharsets.UTF_8));
    });
    assertThat(codes(z)).containsExactly("FICHIER_ZIP_STRUCTURE");
  }

  @Test
  void tropDEntreesOuNomRemontantRefuses() throws IOException {
    byte[] beaucoup = zip(x -> {
      for (int i = 0; i <= PreVolClasseur.ZIP_ENTREES_MAX; i++) {
        entree(x, "e" + i + ".xml", new byte[] {1});
      }
    });
    assertThat(codes(beaucoup)).containsExactly("FICHIER_ZIP_STRUCTURE");
    byte[] remontant = zip(x -> entree(x, "xl/../../etc/passwd", new byte[] {1}));
    assertThat(codes(remontant)).containsExactly("FICHIER_ZIP_STRUCTURE");
  }

  @Test
  void tailleDeclareeTropGrandeRefuseeSansDecompresser() throws IOException {
    byte[] zeros = new byte[1024 * 1024];
    byte[] z = zip(x -> {
      x.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      for (int i = 0; i < 65; i++) {
        x.write(zeros);
      }
      x.closeEntry();
    });
    assertThat(z.length).isLessThan(1024 * 1024);
    assertThat(codes(z)).containsExactly("FICHIER_ZIP_BOMBE");
  }

  @Test
  void classeurReelPasseLePreVolEtLeFichierTemporaireEstSupprime(@TempDir Path dossier) throws IOException {
    byte[] xls;
    try (InputStream in = getClass().getResourceAsStream("/enquete/annexe_7-2019.xls")) {
      xls = in.readAllBytes();
    }
    Resultat<ImportEnquete> r =
        EnqueteExcelReader.lire(new ByteArrayInputStream(xls), TypeEnquete.PREPOSE, 2021, dossier);
    assertThat(r.valeur()).as("%s", r.violations()).isPresent();
    assertThat(contenu(dossier)).isEmpty();
    Resultat<ImportEnquete> refus =
        EnqueteExcelReader.lire(new ByteArrayInputStream(new byte[] {1, 2, 3}), TypeEnquete.PREPOSE, 2021, dossier);
    assertThat(refus.rapport().codes()).containsExactly("ENQUETE_FORMAT_NON_SUPPORTE");
    assertThat(contenu(dossier)).isEmpty();
  }

  /** Dossier temporaire propre au test : d'autres JVM (PIT, fils parallèles) n'y écrivent pas. */
  private static Set<String> contenu(Path dossier) throws IOException {
    Set<String> s = new HashSet<>();
    try (DirectoryStream<Path> d = Files.newDirectoryStream(dossier)) {
      d.forEach(p -> s.add(p.getFileName().toString()));
    }
    return s;
  }
}
