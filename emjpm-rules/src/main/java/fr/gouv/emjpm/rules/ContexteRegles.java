// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    // le dernier jour calculé est gardé : un import demande la date du jour pour chacune de ses lignes,
    // avec le même instant et le même fuseau (le calcul passe par les règles du fuseau)
    Jour j = dernierJour;
    if (j.maintenant() != maintenant || !j.zone().equals(zone)) {
      j = new Jour(maintenant, zone, LocalDate.ofInstant(maintenant, zone));
      dernierJour = j;
    }
    return j.date();
  }

  /** Dernière date du jour calculée, partagée par les contextes (valeur immuable : publication sûre). */
  private static volatile Jour dernierJour =
      new Jour(Instant.EPOCH, ZoneOffset.UTC, LocalDate.ofInstant(Instant.EPOCH, ZoneOffset.UTC));

  /** Date du jour d'un instant dans un fuseau. */
  private record Jour(Instant maintenant, ZoneId zone, LocalDate date) {}

  /** {@return année en cours dans le fuseau métier} */
  public int anneeEnCours() {
    return aujourdhui().getYear();
  }
}
