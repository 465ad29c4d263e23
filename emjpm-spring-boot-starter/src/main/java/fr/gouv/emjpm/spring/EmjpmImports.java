// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.LimitesImport;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Import d'un fichier téléversé (xlsx, xls, CSV ; format reconnu par le contenu) avec les limites
 * {@code emjpm.import.*} et l'instrumentation de l'hôte. Tout ou rien : le résultat porte toutes les
 * mesures à écrire ou toutes les erreurs ; l'hôte les enregistre dans une transaction.
 *
 * <p>Le flux est copié dans un fichier temporaire, supprimé dans tous les cas, en attendant l'import
 * d'un {@link InputStream} par {@link MesuresImporter} ; la copie s'arrête dès que la taille maximale est
 * dépassée (le fichier est alors refusé par la bibliothèque, sans être lu).
 */
public class EmjpmImports {

  private final MesuresImporter importer;
  private final LimitesImport limites;
  private final InstrumentationImport instrumentation;

  /**
   * Imports sur ce moteur.
   *
   * @param engine moteur (horloge, référentiel)
   * @param limites limites appliquées à chaque fichier
   * @param instrumentation enveloppe de chaque import
   */
  public EmjpmImports(EmjpmEngine engine, LimitesImport limites, InstrumentationImport instrumentation) {
    this.importer = MesuresImporter.avec(engine);
    this.limites = Objects.requireNonNull(limites, "limites");
    this.instrumentation = Objects.requireNonNull(instrumentation, "instrumentation");
  }

  /**
   * Limites appliquées à chaque import.
   *
   * @return les limites
   */
  public LimitesImport limites() {
    return limites;
  }

  /**
   * Importe un flux téléversé ; le flux n'est pas fermé.
   *
   * @param flux contenu du fichier
   * @param parametres gestionnaire, antennes, mesures existantes (les limites sont remplacées par
   *     {@link #limites()})
   * @return les mesures à écrire, ou toutes les erreurs (ligne et code)
   * @throws IOException si le fichier temporaire ne peut être écrit ou lu
   */
  public Resultat<ImportMesures> importer(InputStream flux, ParametresImport parametres) throws IOException {
    ParametresImport p = parametres.avecLimites(limites);
    return instrumentation.autour(() -> {
      Path temporaire = Files.createTempFile("emjpm-import-", ".bin");
      try {
        copierBorne(flux, temporaire, limites.tailleMax());
        return importer.importer(temporaire, p);
      } finally {
        Files.deleteIfExists(temporaire);
      }
    });
  }

  /** Copie au plus {@code max + 1} octets : au-delà, la bibliothèque refuse sur la taille. */
  private static void copierBorne(InputStream flux, Path cible, long max) throws IOException {
    try (InputStream borne = new BoundedInputStream(flux, max + 1)) {
      Files.copy(borne, cible, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static final class BoundedInputStream extends InputStream {
    private final InputStream source;
    private long reste;

    BoundedInputStream(InputStream source, long max) {
      this.source = source;
      this.reste = max;
    }

    @Override
    public int read() throws IOException {
      if (reste <= 0) {
        return -1;
      }
      int b = source.read();
      if (b >= 0) {
        reste--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (reste <= 0) {
        return -1;
      }
      int n = source.read(b, off, (int) Math.min(len, reste));
      if (n > 0) {
        reste -= n;
      }
      return n;
    }

    @Override
    public void close() {
      // le flux de l'appelant reste ouvert
    }
  }
}
