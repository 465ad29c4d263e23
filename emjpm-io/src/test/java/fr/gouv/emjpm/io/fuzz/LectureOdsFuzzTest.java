// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.CodesArret;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.LecteurOds;
import fr.gouv.emjpm.io.internal.RecepteurCellules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Cibles Jazzer de la lecture des classeurs .ods ({@link LecteurOds}) : l'archive entière ({@code ods}),
 * ou seulement {@code content.xml} placé dans une archive valide ({@code contenu}, qui exerce l'analyseur
 * écrit à la main). Dans la construction par défaut, elles rejouent les entrées de régression (dossiers
 * {@code LectureOdsFuzzTestInputs/<méthode>/}) ; avec {@code JAZZER_FUZZ=1} et le profil {@code fuzz},
 * Jazzer explore. Propriété vérifiée : toute entrée est lue ou refusée par un arrêt typé, jamais par
 * une autre exception ; les colonnes rendues restent sous le plafond.
 */
class LectureOdsFuzzTest {

  private static final CodesArret CODES = (motif, plafond) ->
      new Violation(motif.name(), Gravite.BLOQUANTE, "", "arrêt de lecture", Map.of());
  private static final LecteurOds.Limites LIMITES = new LecteurOds.Limites(10_000, 50, 1_000, 16L << 20);

  private static void lire(Path p) {
    RecepteurCellules r = new RecepteurCellules() {
      @Override
      public boolean feuille(int indice, String nom) {
        return true;
      }

      @Override
      public void ligne(int numero) {
        assertThat(numero).isPositive();
      }

      @Override
      public void texte(int colonne, String valeur) {
        assertThat(colonne).isBetween(0, 49);
        assertThat(valeur.length()).isBetween(1, 1_000);
      }

      @Override
      public void nombre(int colonne, double valeur, FormatCellule format) {
        assertThat(colonne).isBetween(0, 49);
        assertThat(Double.isFinite(valeur)).isTrue();
      }

      @Override
      public void date(int colonne, double serie, FormatCellule format) {
        assertThat(colonne).isBetween(0, 49);
        assertThat(Double.isFinite(serie)).isTrue();
      }

      @Override
      public void booleen(int colonne, boolean valeur) {
        assertThat(colonne).isBetween(0, 49);
      }

      @Override
      public void erreur(int colonne) {
        assertThat(colonne).isBetween(0, 49);
      }

      @Override
      public void finLigne() {
        // rien
      }
    };
    try {
      LecteurOds.lire(p, LIMITES, new Echeance(Duration.ofSeconds(30), CODES), CODES, r);
    } catch (ArretLecture a) {
      assertThat(a.violation().code()).isNotBlank();
      assertThat(a.violation().code()).isNotEqualTo("DELAI_DEPASSE");
    }
  }

  @FuzzTest(maxDuration = "10m")
  void ods(byte[] octets) throws IOException {
    Path p = Files.createTempFile("emjpm-fuzz", ".ods");
    try {
      Files.write(p, octets);
      lire(p);
    } finally {
      Files.deleteIfExists(p);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void contenu(byte[] octets) throws IOException {
    Path p = Files.createTempFile("emjpm-fuzz", ".ods");
    try {
      try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
        byte[] type = LecteurOds.TYPE_ODS.getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = new ZipEntry("mimetype");
        CRC32 crc = new CRC32();
        crc.update(type);
        m.setMethod(ZipEntry.STORED);
        m.setSize(type.length);
        m.setCrc(crc.getValue());
        zip.putNextEntry(m);
        zip.write(type);
        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write(octets);
      }
      lire(p);
    } finally {
      Files.deleteIfExists(p);
    }
  }
}
