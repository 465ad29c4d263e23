// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lecture d'un classeur d'enquête depuis un flux, sur les vrais classeurs DGCS : même résultat que
 * depuis le chemin, et aucun fichier temporaire laissé derrière (répertoire compté avant et après),
 * même quand le flux échoue ou dépasse la taille maximale.
 */
class EnqueteExcelReaderFluxTest {

  @TempDir Path temporaire;

  private static long fichiers(Path dossier) throws IOException {
    try (Stream<Path> s = Files.list(dossier)) {
      return s.count();
    }
  }

  private static byte[] classeur(TypeEnquete type) throws IOException {
    try (InputStream in = Objects.requireNonNull(EnqueteExcelReaderTest.modele(type))) {
      return in.readAllBytes();
    }
  }

  /** Flux qui rend {@code avant} octets puis échoue. */
  private static InputStream casseApres(byte[] octets, int avant, boolean io) {
    return new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        if (pos >= avant) {
          if (io) {
            throw new IOException("connexion coupée");
          }
          throw new IllegalStateException("flux de l'hôte en panne");
        }
        return octets[pos++] & 0xFF;
      }
    };
  }

  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void fluxDonneLeMemeResultatQueLeChemin(TypeEnquete type) throws IOException {
    byte[] octets = classeur(type);
    Path fichier = Files.write(Files.createTempDirectory("emjpm-enquete-test").resolve(type.classeur()), octets);
    try {
      Resultat<ImportEnquete> parChemin = EnqueteExcelReader.lire(fichier, type, EnqueteExcelReaderTest.ANNEE);
      Resultat<ImportEnquete> parFlux =
          EnqueteExcelReader.lire(new ByteArrayInputStream(octets), type, EnqueteExcelReaderTest.ANNEE, temporaire);
      assertThat(fichiers(temporaire)).isZero();
      assertThat(parFlux.estSucces()).isTrue();
      assertThat(parFlux.violations()).isEqualTo(parChemin.violations());
      assertThat(parFlux.valeur().map(ImportEnquete::patch)).isEqualTo(parChemin.valeur().map(ImportEnquete::patch));
    } finally {
      Files.delete(fichier);
      Files.delete(fichier.getParent());
    }
  }

  @Test
  void aucunFichierTemporaireQuandLeFluxEchoueOuEstTropLong() throws IOException {
    byte[] octets = classeur(TypeEnquete.SERVICE);
    Resultat<ImportEnquete> coupe = EnqueteExcelReader.lire(
        casseApres(octets, 5000, true), TypeEnquete.SERVICE, EnqueteExcelReaderTest.ANNEE, temporaire);
    assertThat(coupe.violations()).extracting(Violation::code).containsExactly("FICHIER_ILLISIBLE");
    assertThat(fichiers(temporaire)).isZero();

    assertThatThrownBy(() -> EnqueteExcelReader.lire(
            casseApres(octets, 5000, false), TypeEnquete.SERVICE, EnqueteExcelReaderTest.ANNEE, temporaire))
        .isInstanceOf(IllegalStateException.class);
    assertThat(fichiers(temporaire)).isZero();

    InputStream zeros = new InputStream() {
      long rendus;

      @Override
      public int read() {
        return rendus++ <= EnqueteExcelReader.TAILLE_MAX ? 0 : -1;
      }
    };
    Resultat<ImportEnquete> trop =
        EnqueteExcelReader.lire(zeros, TypeEnquete.SERVICE, EnqueteExcelReaderTest.ANNEE, temporaire);
    assertThat(trop.violations()).extracting(Violation::code).containsExactly("FICHIER_TROP_VOLUMINEUX");
    assertThat(fichiers(temporaire)).isZero();
  }
}
