// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * Mesures réservées par un juge au cours d'un mois (« stats-annee »). Immuable et
 * thread-safe.
 *
 * @param mois le mois
 * @param total mesures réservées du périmètre ce mois-là
 * @param parDepartement mesures réservées par département (départements triés par code, ceux sans
 *     réservation absents)
 */
public record ReservationsMois(YearMonth mois, long total, Map<CodeDepartement, Long> parDepartement) {

  /**
   * Copie la table.
   *
   * @param mois mois, non nul
   * @param total mesures réservées du périmètre ce mois-là
   * @param parDepartement mesures réservées par département, non nulle (copiée dans son ordre)
   */
  public ReservationsMois {
    Objects.requireNonNull(mois, "mois");
    Objects.requireNonNull(parDepartement, "parDepartement");
    parDepartement = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parDepartement));
  }
}
