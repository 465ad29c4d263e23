// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filtre de dates « du » / « au » de la page statistiques des directions, bornes
 * facultatives : une date {@code d} y est si {@code du < d ≤ au}. Immuable et thread-safe (classe
 * générée {@code PeriodeStatistique}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractPeriodeStatistique {

  /** {@return borne basse exclue (« du »)} */
  public abstract Optional<LocalDate> du();

  /** {@return borne haute incluse (« au »)} */
  public abstract Optional<LocalDate> au();

  /** {@return vrai si aucune borne n'est donnée} */
  public boolean estToutTemps() {
    return du().isEmpty() && au().isEmpty();
  }

  /**
   * {@return vrai si la date est dans la période ; une date absente n'y est que si la période est sans
   * borne}
   *
   * @param date date testée (nomination ou fin), facultative
   */
  public boolean contient(Optional<LocalDate> date) {
    if (estToutTemps()) {
      return true;
    }
    if (date.isEmpty()) {
      return false;
    }
    LocalDate d = date.get();
    return du().map(d::isAfter).orElse(true) && au().map(a -> !d.isAfter(a)).orElse(true);
  }
}
