// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.time.Duration;

/**
 * Échéance coopérative d'une lecture : POI ne répond pas aux interruptions,
 * la lecture vérifie donc elle-même l'heure à chaque ligne, à chaque bloc d'octets lu dans le paquet
 * xlsx (ouverture de POI comprise) et tous les {@value #ELEMENTS} éléments XML analysés. Hors API.
 */
public final class Echeance {
  /** Nombre d'éléments XML entre deux vérifications dans les analyseurs SAX. */
  public static final int ELEMENTS = 1024;

  private final long debut = System.nanoTime();
  private final long duree;
  private final long millis;
  private final CodesArret codes;

  /**
   * Échéance qui court dès sa création.
   *
   * @param delai durée admise de la lecture (au-delà de 292 ans : jamais atteinte)
   * @param codes traduction de {@link MotifArret#DELAI_DEPASSE} en violation de l'import
   */
  public Echeance(Duration delai, CodesArret codes) {
    long n;
    try {
      n = delai.toNanos();
    } catch (ArithmeticException e) {
      n = Long.MAX_VALUE; // plus de 292 ans : jamais atteinte
    }
    this.duree = n;
    this.millis = n / 1_000_000;
    this.codes = codes;
  }

  /** Lève l'arrêt du motif {@link MotifArret#DELAI_DEPASSE} si l'échéance est passée. */
  public void verifier() {
    if (System.nanoTime() - debut > duree) {
      throw codes.arret(MotifArret.DELAI_DEPASSE, millis);
    }
  }
}
