// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Une feuille .xls pleine (65 535 lignes de 50 nombres, 3,3 millions de cellules, le plafond de colonnes
 * de l'import) passe le pré-vol de la lecture en flux et est lue en entier ; le modèle objet la refusait
 * (plus de 500 000 cellules).
 */
class ClasseurXlsPleinTest {

  private static final LimitesLecture LIMITES = new LimitesLecture(64L << 20, 100_000, 50, 1_000, 500_000, 32_767,
      16L << 20, 255, Duration.ofMinutes(5));

  @TempDir Path dossier;

  /** Sous-flux global d'un classeur HSSF d'une feuille, suivi de la feuille {@code lignes} × {@code colonnes} en MULRK. */
  static byte[] pleine(int lignes, int colonnes) throws IOException {
    byte[] modele;
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("pleine");
      wb.write(out);
      modele = ClasseurXlsCommeHssfTest.fluxWorkbook(out.toByteArray());
    }
    ByteBuffer b = ByteBuffer.wrap(modele).order(ByteOrder.LITTLE_ENDIAN);
    int finGlobales = -1;
    int bofFeuille = -1;
    while (b.remaining() >= 4 && bofFeuille < 0) {
      int debut = b.position();
      int type = b.getShort() & 0xFFFF;
      int longueur = b.getShort() & 0xFFFF;
      b.position(b.position() + longueur);
      if (type == 0x000A && finGlobales < 0) {
        finGlobales = b.position();
      } else if (type == 0x0809 && finGlobales >= 0) {
        bofFeuille = debut;
      }
    }
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    w.write(modele, 0, bofFeuille + 4 + 16); // globales et BOF de la feuille (BIFF8 : 16 octets)
    for (int l = 0; l < lignes; l++) {
      ByteBuffer r = ByteBuffer.allocate(4 + 6 + 6 * colonnes).order(ByteOrder.LITTLE_ENDIAN);
      r.putShort((short) 0x00BD).putShort((short) (6 + 6 * colonnes)).putShort((short) l).putShort((short) 0);
      for (int c = 0; c < colonnes; c++) {
        r.putShort((short) 15).putInt(((l + c) << 2) | 0x02); // RK entier
      }
      r.putShort((short) (colonnes - 1));
      w.write(r.array(), 0, r.capacity());
    }
    w.write(new byte[] {0x0A, 0, 0, 0}, 0, 4);
    return ClasseurXlsCommeHssfTest.ole2(w.toByteArray());
  }

  private static class Compteur implements RecepteurCellules {
    long lignes;
    long cellules;
    double somme;

    @Override
    public boolean feuille(int indice, String nom) {
      return true;
    }

    @Override
    public void ligne(int numero) {
      lignes++;
    }

    @Override
    public void texte(int colonne, String valeur) {
      throw new AssertionError();
    }

    @Override
    public void nombre(int colonne, double valeur, FormatCellule format) {
      cellules++;
      somme += valeur;
    }

    @Override
    public void date(int colonne, double serie, FormatCellule format) {
      throw new AssertionError();
    }

    @Override
    public void booleen(int colonne, boolean valeur) {
      throw new AssertionError();
    }

    @Override
    public void erreur(int colonne) {
      throw new AssertionError();
    }

    @Override
    public void finLigne() {}
  }

  @Test
  void une_feuille_de_65535_lignes_de_50_colonnes_est_lue_en_entier() throws IOException {
    Path p = dossier.resolve("pleine.xls");
    Files.write(p, pleine(65_535, 50));
    try (POIFSFileSystem fs = new POIFSFileSystem(p.toFile(), true)) {
      assertThat(PreVolClasseur.releverBiff(fs.getRoot(), ClasseurXls.plafonds(LIMITES)).anomalie()).isEmpty();
      assertThat(PreVolClasseur.verifierBiff(fs.getRoot())).as("plafonds du modèle objet")
          .contains(PreVolClasseur.Anomalie.TROP_DE_CELLULES);
    }
    Compteur c = new Compteur();
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.XLS, LIMITES, c);
    assertThat(v).isEmpty();
    assertThat(c.lignes).isEqualTo(65_535);
    assertThat(c.cellules).isEqualTo(65_535L * 50);
    // somme de (l + c) pour l < 65 535, c < 50
    assertThat(c.somme).isEqualTo(50.0 * 65_534 * 65_535 / 2 + 65_535.0 * 49 * 50 / 2);
  }

  @Test
  void l_echeance_arrete_la_lecture_d_un_xls_dont_la_feuille_est_sautee() throws IOException {
    Path p = dossier.resolve("echeance.xls");
    Files.write(p, pleine(2_000, 50));
    LimitesLecture breves = new LimitesLecture(64L << 20, 100_000, 50, 1_000, 500_000, 32_767, 16L << 20, 255,
        Duration.ofNanos(1));
    RecepteurCellules sauteur = new Compteur() {
      @Override
      public boolean feuille(int indice, String nom) {
        return false;
      }
    };
    assertThat(LecteurClasseur.lire(p, FormatFichier.XLS, breves, sauteur)).map(Violation::code)
        .contains("FICHIER_DELAI_DEPASSE");
    assertThat(LecteurClasseur.lire(p, FormatFichier.XLS, LIMITES, sauteur)).isEmpty();
  }

  @Test
  void une_cinquante_et_unieme_colonne_est_refusee_par_le_plafond_de_colonnes() throws IOException {
    Path p = dossier.resolve("large.xls");
    Files.write(p, pleine(10, 51));
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.XLS, LIMITES, new Compteur());
    assertThat(v).map(Violation::code).contains("FICHIER_TROP_DE_COLONNES");
  }
}
