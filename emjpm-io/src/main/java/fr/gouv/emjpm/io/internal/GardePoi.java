// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Garde des réglages globaux d'Apache POI de l'application hôte : ils sont vérifiés, jamais modifiés,
 * et une lecture est refusée ({@code FICHIER_LIMITES_HOTE}) si l'hôte les a relâchés sous les défauts
 * de POI, que la bibliothèque suppose. Hors API.
 */
public final class GardePoi {

  /** Ratio minimal de compression exigé de POI (défaut de POI). */
  public static final double RATIO_MIN = 0.01;

  /** Nombre maximal d'entrées zip exigé de POI (défaut de POI). */
  public static final int ENTREES_MAX = 1000;

  private GardePoi() {}

  /**
   * Vérifie les réglages de l'hôte.
   *
   * @throws ArretLecture si l'hôte a relâché le ratio de compression ou le nombre d'entrées de POI
   */
  public static void verifier() {
    if (ZipSecureFile.getMinInflateRatio() < RATIO_MIN || ZipSecureFile.getMaxFileCount() > ENTREES_MAX) {
      throw ArretLecture.de(CodeFichier.FICHIER_LIMITES_HOTE, Map.of());
    }
  }
}
