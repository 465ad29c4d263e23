// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 : le pré-vol du flux BIFF d'un .xls compte la table des chaînes (SST) et les cellules des
 * plages MULBLANK/MULRK avant que HSSF ne construise quoi que ce soit ; classeurs générés au moment du
 * test (2,8 M chaînes, 3 M cellules : une {@code OutOfMemoryError} dans HSSF sous 256 Mio sans le
 * pré-vol), pour les mesures et l'enquête.
 */
public class PreVolBiffTest {

  @TempDir Path dossier;

  /** Enregistrement BIFF : type, longueur, corps. */
  static void enregistrement(ByteArrayOutputStream out, int type, byte[] corps) {
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) type).putShort((short) corps.length);
    out.writeBytes(b.array());
    out.writeBytes(corps);
  }

  static byte[] bof() {
    return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0x0600).putShort((short) 0x0005)
        .array();
  }

  /** Table SST honnête de {@code n} chaînes vides (3 octets chacune), découpée en CONTINUE. */
  static void sst(ByteArrayOutputStream out, int n) {
    ByteBuffer tete = ByteBuffer.allocate(8 + 3 * 2000).order(ByteOrder.LITTLE_ENDIAN);
    tete.putInt(n).putInt(n);
    int ecrites = 0;
    ByteBuffer courant = tete;
    int type = 0x00FC;
    while (ecrites < n) {
      while (ecrites < n && courant.remaining() >= 3) {
        courant.putShort((short) 0).put((byte) 0);
        ecrites++;
      }
      byte[] corps = new byte[courant.position()];
      courant.flip();
      courant.get(corps);
      enregistrement(out, type, corps);
      type = 0x003C;
      courant = ByteBuffer.allocate(3 * 2700).order(ByteOrder.LITTLE_ENDIAN);
    }
  }

  /** MULBLANK de la ligne {@code ligne}, colonnes 0 à {@code colonnes - 1}. */
  static void mulblank(ByteArrayOutputStream out, int ligne, int colonnes) {
    ByteBuffer b = ByteBuffer.allocate(6 + 2 * colonnes).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) ligne).putShort((short) 0);
    for (int i = 0; i < colonnes; i++) {
      b.putShort((short) 15);
    }
    b.putShort((short) (colonnes - 1));
    enregistrement(out, 0x00BE, b.array());
  }

  /** Classeur OLE2 dont le flux « Workbook » est {@code flux}. */
  static byte[] ole2(byte[] flux) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(flux), "Workbook");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** Classeur avec une SST de 2,8 M chaînes vides (≈ 8 Mo). */
  public static byte[] sstGeante() throws IOException {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    enregistrement(w, 0x0809, bof());
    sst(w, 2_800_000);
    enregistrement(w, 0x000A, new byte[0]);
    return ole2(w.toByteArray());
  }

  /**
   * Classeur dont 1 100 MULBLANK de 4 000 colonnes impliquent 4,4 M cellules (≈ 9 Mo) : au-delà des plafonds
   * du modèle objet (enquête) et de la lecture en flux (mesures).
   */
  public static byte[] mulblankGeants() throws IOException {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    enregistrement(w, 0x0809, bof());
    enregistrement(w, 0x000A, new byte[0]);
    ByteBuffer feuille = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0x0600)
        .putShort((short) 0x0010);
    enregistrement(w, 0x0809, feuille.array());
    for (int l = 0; l < 1100; l++) {
      mulblank(w, l, 4000);
    }
    enregistrement(w, 0x000A, new byte[0]);
    return ole2(w.toByteArray());
  }

  /** Classeur dont le flux « Workbook » compte 4 194 305 enregistrements vides (≈ 17 Mo). */
  public static byte[] enregistrementsVides() throws IOException {
    return ole2(new byte[(int) (PreVolClasseur.BIFF_FLUX_ENREGISTREMENTS_MAX + 1) * 4]);
  }

  @Test
  void plus_de_4_millions_d_enregistrements_sont_refuses_par_un_code_juste() throws IOException {
    List<String> codes = mesures(enregistrementsVides());
    assertThat(codes).containsExactly("FICHIER_TROP_D_ENREGISTREMENTS");
  }

  private List<String> mesures(byte[] xls) throws IOException {
    Path p = dossier.resolve("b-" + System.nanoTime() + ".xls");
    Files.write(p, xls);
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1))).violations()
        .stream().map(Violation::code).toList();
  }

  private static List<Violation> enquete(byte[] xls) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(xls), TypeEnquete.PREPOSE, 2021).violations();
  }

  @Test
  void une_table_de_2_8_millions_de_chaines_est_refusee_avant_hssf() throws IOException {
    byte[] xls = sstGeante();
    assertThat(mesures(xls)).containsExactly("FICHIER_TROP_DE_CHAINES");
    assertThat(enquete(xls)).extracting(Violation::code).containsExactly("FICHIER_TROP_DE_CHAINES");
  }

  @Test
  void des_plages_mulblank_de_3_millions_de_cellules_sont_refusees_avant_hssf() throws IOException {
    byte[] xls = mulblankGeants();
    assertThat(mesures(xls)).containsExactly("FICHIER_TROP_DE_CELLULES");
    List<Violation> e = enquete(xls);
    assertThat(e).extracting(Violation::code).containsExactly("FICHIER_TROP_DE_CELLULES");
    assertThat(e.get(0).arguments()).containsEntry("max", String.valueOf(PreVolClasseur.BIFF_FLUX_CELLULES_MAX));
  }

  @Test
  void une_petite_table_et_quelques_plages_passent_le_pre_vol() throws IOException {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    enregistrement(w, 0x0809, bof());
    sst(w, 10_000);
    enregistrement(w, 0x000A, new byte[0]);
    for (int l = 0; l < 100; l++) {
      mulblank(w, l, 256);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole2(w.toByteArray())))) {
      assertThat(PreVolClasseur.verifierBiff(fs.getRoot())).isEmpty();
    }
  }
}
