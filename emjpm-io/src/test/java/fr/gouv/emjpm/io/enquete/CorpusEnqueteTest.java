// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * R-DOC-2 pour {@link CodeImportEnquete} : chaque code est produit par au moins un fichier (ou
 * document JSON) de ce manifeste, sans exception ni recopie de la valeur piège. Un code ajouté sans
 * fichier fait échouer le test.
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

  static Map<CodeImportEnquete, Callable<List<Violation>>> manifeste() {
    Map<CodeImportEnquete, Callable<List<Violation>>> m = new EnumMap<>(CodeImportEnquete.class);
    m.put(CodeImportEnquete.ENQUETE_FICHIER_TROP_GROS, () -> EnqueteExcelReader.lire(new InputStream() {
      private long n;

      @Override
      public int read() {
        return n++ <= EnqueteExcelReader.TAILLE_MAX ? 0 : -1;
      }
    }, TypeEnquete.SERVICE, ANNEE).violations());
    m.put(CodeImportEnquete.ENQUETE_FORMAT_NON_SUPPORTE, () -> lire(PIEGE.getBytes(java.nio.charset.StandardCharsets.UTF_8), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_FICHIER_CHIFFRE, () -> lire(ole2("EncryptedPackage", new byte[64]), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, () -> lire(java.util.Arrays.copyOf(modele(TypeEnquete.SERVICE), 3000), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_CONFIG_POI_DANGEREUSE, () -> {
      double avant = ZipSecureFile.getMinInflateRatio();
      try {
        ZipSecureFile.setMinInflateRatio(0.001);
        return lire(xlsxService(), TypeEnquete.SERVICE);
      } finally {
        ZipSecureFile.setMinInflateRatio(avant);
      }
    });
    m.put(CodeImportEnquete.ENQUETE_ZIP_BOMBE, () -> lire(zip(1, 70 << 20), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_ZIP_STRUCTURE, () -> lire(zip(300, 1), TypeEnquete.SERVICE));
    m.put(CodeImportEnquete.ENQUETE_TROP_D_ENREGISTREMENTS, () -> {
      byte[] flux = new byte[(PreVolClasseur.BIFF_ENREGISTREMENTS_MAX + 1) * 4];
      for (int i = 0; i < flux.length; i += 4) {
        flux[i] = 0x0B;
      }
      return lire(ole2("Workbook", flux), TypeEnquete.SERVICE);
    });
    m.put(CodeImportEnquete.ENQUETE_CLASSEUR_HORS_LIMITES, () -> {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("info service ", "<row r=\"1\"><c r=\"ZZ1\"><v>1</v></c></row>");
      return lire(ClasseurXlsxFluxTest.xlsx(f, ""), TypeEnquete.SERVICE);
    });
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
