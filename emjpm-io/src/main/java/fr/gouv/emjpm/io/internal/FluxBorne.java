// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Flux d'une entrée d'archive borné en octets réellement décompressés (la taille annoncée par le
 * répertoire central peut mentir), l'échéance vérifiée à chaque bloc lu. Plusieurs flux peuvent
 * partager un même budget (parties de description d'un classeur). Non thread-safe. Hors API.
 */
final class FluxBorne extends FluxFiltre {

  /** Budget d'octets, partageable entre plusieurs flux. */
  static final class Budget {
    private long reste;
    private final long plafond;

    /**
     * Budget de {@code plafond} octets.
     *
     * @param plafond octets admis, rapporté dans l'arrêt au-delà
     */
    Budget(long plafond) {
      this.reste = plafond;
      this.plafond = plafond;
    }
  }

  private final Budget budget;
  private final Echeance echeance;
  private final CodesArret codes;

  FluxBorne(InputStream in, Budget budget, Echeance echeance, CodesArret codes) {
    super(in);
    this.budget = budget;
    this.echeance = echeance;
    this.codes = codes;
  }

  @Override
  public int read(byte[] b, int depart, int longueur) throws IOException {
    echeance.verifier();
    int n = in.read(b, depart, longueur);
    if (n > 0) {
      budget.reste -= n;
      if (budget.reste < 0) {
        throw codes.arret(MotifArret.VOLUME_EXCESSIF, budget.plafond);
      }
    }
    return n;
  }
}
