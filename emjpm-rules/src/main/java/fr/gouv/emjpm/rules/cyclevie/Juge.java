// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Objects;
import java.util.Optional;

/**
 * Magistrat ou greffier qui agit (réservation, annulation) : son tribunal et son identifiant.
 *
 * @param tribunal tribunal du juge
 * @param magistratId identifiant du magistrat, vide pour un greffier
 * @param greffierId identifiant du greffier, vide pour un magistrat
 */
public record Juge(TribunalId tribunal, Optional<Long> magistratId, Optional<Long> greffierId) {

  /**
   * Exactement un des deux identifiants.
   *
   * @param tribunal tribunal du juge, non nul
   * @param magistratId identifiant du magistrat, strictement positif ; vide pour un greffier
   * @param greffierId identifiant du greffier, strictement positif ; vide pour un magistrat
   */
  public Juge {
    Objects.requireNonNull(tribunal, "tribunal");
    if (magistratId.isPresent() == greffierId.isPresent()) {
      throw new IllegalArgumentException("Un juge est soit magistrat, soit greffier");
    }
    if (magistratId.orElse(1L) <= 0 || greffierId.orElse(1L) <= 0) {
      throw new IllegalArgumentException("Identifiant de juge non positif");
    }
  }

  /**
   * Un magistrat.
   *
   * @param tribunal tribunal du magistrat, non nul
   * @param id identifiant du magistrat, strictement positif
   * @return le juge magistrat
   */
  public static Juge magistrat(TribunalId tribunal, long id) {
    return new Juge(tribunal, Optional.of(id), Optional.empty());
  }

  /**
   * Un greffier.
   *
   * @param tribunal tribunal du greffier, non nul
   * @param id identifiant du greffier, strictement positif
   * @return le juge greffier
   */
  public static Juge greffier(TribunalId tribunal, long id) {
    return new Juge(tribunal, Optional.empty(), Optional.of(id));
  }
}
