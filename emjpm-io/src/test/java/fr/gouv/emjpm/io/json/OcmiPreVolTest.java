// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.internal.FormatFichier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive OCMI reconnue par la détection de format commune ({@link FormatFichier#archive}) et, lue depuis
 * un fichier, contrôlée par le pré-vol commun du répertoire central avant toute décompression.
 */
class OcmiPreVolTest {
  private static final String MESURE = "[{\"mandataire\":{\"siret\":\"12345678900011\"},\"numero_rg\":\"R1\"}]";

  @TempDir Path dossier;

  private static byte[] archive(String nom, String contenu) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry(nom));
      z.write(contenu.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return b.toByteArray();
  }

  /** Taille décompressée que le répertoire central déclare pour la première entrée, remplacée. */
  private static byte[] declarer(byte[] zip, long taille) {
    byte[] o = zip.clone();
    for (int i = o.length - 4; i >= 0; i--) {
      if (o[i] == 'P' && o[i + 1] == 'K' && o[i + 2] == 1 && o[i + 3] == 2) {
        for (int k = 0; k < 4; k++) {
          o[i + 24 + k] = (byte) (taille >>> (8 * k));
        }
        return o;
      }
    }
    throw new IllegalStateException("répertoire central introuvable");
  }

  private Resultat<FichierOcmi> lireFichier(byte[] octets) throws IOException {
    Path f = Files.createTempFile(dossier, "ocmi", ".zip");
    Files.write(f, octets);
    return FichierOcmi.lire(f);
  }

  @Test
  void uneArchiveEstReconnueParSaSignatureEtUnJsonNon() throws IOException {
    assertThat(FormatFichier.archive(archive("ocmi.json", MESURE))).isTrue();
    assertThat(FormatFichier.archive(new byte[] {'P', 'K', 5, 6})).as("archive vide").isTrue();
    assertThat(FormatFichier.archive(MESURE.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FormatFichier.archive(new byte[] {'P'})).isFalse();
  }

  @Test
  void uneArchiveHonneteEstLueDepuisUnFichierCommeDepuisUnFlux() throws IOException {
    byte[] zip = archive("ocmi.json", MESURE);
    assertThat(lireFichier(zip).valeurOuErreur().nombreMesures()).isEqualTo(1);
    assertThat(FichierOcmi.lire(new ByteArrayInputStream(zip)).valeurOuErreur().nombreMesures()).isEqualTo(1);
  }

  @Test
  void desTaillesDeclareesExcessivesSontRefuseesAvantToutDecompression() throws IOException {
    byte[] menteuse = declarer(archive("ocmi.json", MESURE), 0xFFFF_FFFEL); // 0xFFFFFFFF : marque Zip64, refusée par le JDK 25
    Resultat<FichierOcmi> r = lireFichier(menteuse);
    assertThat(r.violations()).extracting(Violation::code).containsExactly("OCMI_TROP_VOLUMINEUX");
    assertThat(r.violations().get(0).arguments()).containsEntry("max", String.valueOf(FichierOcmi.TAILLE_MAX));
    // en flux, pas de répertoire central : les octets réellement décompressés font foi
    assertThat(FichierOcmi.lire(new ByteArrayInputStream(menteuse)).valeurOuErreur().nombreMesures()).isEqualTo(1);
    // déclarée juste au plafond : acceptée
    assertThat(lireFichier(declarer(archive("ocmi.json", MESURE), FichierOcmi.TAILLE_MAX)).valeurOuErreur()
        .nombreMesures()).isEqualTo(1);
  }

  @Test
  void uneArchiveSansRepertoireCentralEstLueEnFluxDepuisUnFichier() throws IOException {
    byte[] zip = archive("ocmi.json", MESURE);
    byte[] coupee = java.util.Arrays.copyOf(zip, zip.length - 1);
    assertThat(lireFichier(coupee).valeurOuErreur().nombreMesures()).isEqualTo(1);
  }
}
