// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Un .xls écrit par HSSF, lu par le lecteur unique aux bornes : feuilles au plus {@code feuillesMax},
 * colonne et texte de cellule juste au plafond et juste au-delà, feuilles sautées à la demande du
 * récepteur, lecture arrêtée par lui, cellules d'une même ligne rendues par colonne croissante.
 */
class ClasseurXlsBornesTest {

  @TempDir Path dossier;

  /** 3 colonnes, 4 caractères, 2 feuilles. */
  private static final LimitesLecture LIMITES = new LimitesLecture(1 << 22, 100, 3, 4, 100, 100, 1 << 20, 2,
      Duration.ofMinutes(1));

  private Path xls(int feuilles, int colonnes, String texte) throws IOException {
    Path p = Files.createTempFile(dossier, "c", ".xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(p)) {
      for (int f = 0; f < feuilles; f++) {
        Sheet s = wb.createSheet("F" + f);
        Row r = s.createRow(1);
        for (int c = colonnes - 1; c >= 0; c--) {
          r.createCell(c).setCellValue(c == 0 ? texte : String.valueOf(c));
        }
      }
      wb.write(o);
    }
    return p;
  }

  private static List<String> lire(Path p, Enregistreur e) throws IOException {
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.XLS, LIMITES, e);
    List<String> vu = new ArrayList<>(e.evenements);
    v.ifPresent(violation -> vu.add(violation.code() + " " + violation.arguments()));
    return vu;
  }

  @Test
  void feuillesAuPlusFeuillesMax() throws IOException {
    assertThat(lire(xls(2, 1, "a"), new Enregistreur())).containsExactly("feuille 0 F0", "ligne 2", "texte 0 a", "fin",
        "finFeuille", "feuille 1 F1", "ligne 2", "texte 0 a", "fin", "finFeuille");
    assertThat(lire(xls(3, 1, "a"), new Enregistreur())).containsExactly("FICHIER_ZIP_STRUCTURE {}");
  }

  @Test
  void colonnesEtTexteAuPlafond() throws IOException {
    assertThat(lire(xls(1, 3, "abcd"), new Enregistreur())).containsExactly("feuille 0 F0", "ligne 2", "texte 0 abcd",
        "texte 1 1", "texte 2 2", "fin", "finFeuille");
    assertThat(lire(xls(1, 4, "a"), new Enregistreur())).containsExactly("feuille 0 F0", "ligne 2", "texte 0 a",
        "texte 1 1", "texte 2 2", "FICHIER_TROP_DE_COLONNES {max=3}");
    assertThat(lire(xls(1, 1, "abcde"), new Enregistreur())).containsExactly("feuille 0 F0", "ligne 2",
        "FICHIER_CELLULE_TROP_LONGUE {max=4}");
  }

  @Test
  void feuillesSauteesOuLectureArretee() throws IOException {
    assertThat(lire(xls(2, 1, "a"), new Enregistreur(i -> i == 1, Integer.MAX_VALUE))).containsExactly("feuille 0 F0",
        "feuille 1 F1", "ligne 2", "texte 0 a", "fin", "finFeuille");
    assertThat(lire(xls(2, 1, "a"), new Enregistreur(i -> true, 1))).containsExactly("feuille 0 F0", "ligne 2",
        "texte 0 a", "fin", "finFeuille");
  }

  @Test
  void uneEcheancePasseeArreteMemeUnClasseurSansLigne() throws IOException {
    // feuille vide : aucune ligne ne vérifie l'échéance, seule la vérification avant la lecture l'arrête
    LimitesLecture passee = new LimitesLecture(1 << 22, 100, 3, 4, 100, 100, 1 << 20, 2, Duration.ofNanos(1));
    Path vide = xls(1, 0, "a");
    assertThat(LecteurClasseur.lire(vide, FormatFichier.XLS, passee, new Enregistreur()))
        .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("FICHIER_DELAI_DEPASSE"));
    assertThat(LecteurClasseur.lire(vide, FormatFichier.XLS, LIMITES, new Enregistreur())).isEmpty();
  }

}
