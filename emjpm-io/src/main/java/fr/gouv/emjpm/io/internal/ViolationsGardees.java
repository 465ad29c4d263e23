// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.domain.commun.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Violations gardées d'une lecture, plafonnées : les {@value #MAX} premières sont gardées, les suivantes
 * seulement comptées (un fichier hostile de 100 000 lignes fautives ne remplit pas la mémoire de
 * violations). L'appelant ajoute au rendu un résumé « … et N autres » avec {@link #omises()}. Non
 * thread-safe (une par lecture). Hors API.
 */
public final class ViolationsGardees {
  /** Nombre de violations gardées au plus, par liste (erreurs, avertissements). */
  public static final int MAX = 1_000;

  private final List<Violation> gardees = new ArrayList<>();
  private final int max;
  private long omises;

  /** Liste plafonnée à {@value #MAX}. */
  public ViolationsGardees() {
    this(MAX);
  }

  /**
   * Liste plafonnée à {@code max}.
   *
   * @param max nombre de violations gardées au plus, positif
   */
  public ViolationsGardees(int max) {
    this.max = max;
  }

  /**
   * Garde la violation, ou la compte seulement si le plafond est atteint.
   *
   * @param v violation
   */
  public void ajouter(Violation v) {
    if (gardees.size() < max) {
      gardees.add(v);
    } else {
      omises++;
    }
  }

  /**
   * Vrai si aucune violation n'a été ajoutée.
   *
   * @return vrai si aucune violation n'a été ajoutée (gardée ou comptée)
   */
  public boolean estVide() {
    return gardees.isEmpty() && omises == 0;
  }

  /**
   * Violations gardées, dans l'ordre d'ajout.
   *
   * @return copie des violations gardées
   */
  public List<Violation> gardees() {
    return List.copyOf(gardees);
  }

  /**
   * Violations ajoutées au-delà du plafond.
   *
   * @return nombre de violations comptées mais non gardées
   */
  public long omises() {
    return omises;
  }

  /**
   * Nombre total de violations ajoutées.
   *
   * @return violations gardées plus omises
   */
  public long total() {
    return gardees.size() + omises;
  }
}
