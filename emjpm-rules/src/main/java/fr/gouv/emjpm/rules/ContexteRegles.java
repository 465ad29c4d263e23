// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Ce que les règles savent du monde : l'instant d'évaluation (lu une seule fois sur l'horloge du
 * moteur), le fuseau métier et le référentiel. Les règles n'ont pas d'autre source de temps. Immuable
 * et thread-safe.
 *
 * @param maintenant instant d'évaluation
 * @param zone fuseau métier (Europe/Paris par défaut)
 * @param referentiel référentiel utilisé
 */
public record ContexteRegles(Instant maintenant, ZoneId zone, Referentiel referentiel) {

  /**
   * Vérifie la présence de chaque composant.
   *
   * @param maintenant instant d'évaluation, non nul
   * @param zone fuseau métier, non nul
   * @param referentiel référentiel utilisé, non nul
   */
  public ContexteRegles {
    Objects.requireNonNull(maintenant, "maintenant");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(referentiel, "referentiel");
  }

  /** {@return date du jour dans le fuseau métier} */
  public LocalDate aujourdhui() {
    return LocalDate.ofInstant(maintenant, zone);
  }

  /** {@return année en cours dans le fuseau métier} */
  public int anneeEnCours() {
    return aujourdhui().getYear();
  }
}
