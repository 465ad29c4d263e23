// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.Mesure;

/**
 * Filtre « antenne » de la liste d'un service : toutes les mesures, une antenne donnée, ou les
 * mesures « sans antenne » (rattachées au siège). Immuable et thread-safe.
 */
public sealed interface FiltreAntenne {

  /**
   * {@return vrai si la mesure passe le filtre}
   *
   * @param mesure mesure examinée
   */
  boolean accepte(Mesure mesure);

  /** Toutes les antennes (pas de filtre). */
  record Toutes() implements FiltreAntenne {
    @Override
    public boolean accepte(Mesure mesure) {
      return true;
    }
  }

  /** « sans antenne » : mesures sans antenne. */
  record SansAntenne() implements FiltreAntenne {
    @Override
    public boolean accepte(Mesure mesure) {
      return mesure.antenneId().isEmpty();
    }
  }

  /**
   * Une antenne donnée.
   *
   * @param id identifiant de l'antenne
   */
  record Une(long id) implements FiltreAntenne {
    @Override
    public boolean accepte(Mesure mesure) {
      return mesure.antenneId().filter(a -> a == id).isPresent();
    }
  }

  /**
   * Pas de filtre.
   *
   * @return le filtre qui accepte toutes les mesures
   */
  static FiltreAntenne toutes() {
    return new Toutes();
  }

  /**
   * « sans antenne ».
   *
   * @return le filtre des mesures sans antenne
   */
  static FiltreAntenne sansAntenne() {
    return new SansAntenne();
  }

  /**
   * Une antenne.
   *
   * @param id identifiant de l'antenne
   * @return le filtre des mesures de cette antenne
   */
  static FiltreAntenne une(long id) {
    return new Une(id);
  }
}
