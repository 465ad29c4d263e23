// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/** Tirages élémentaires partagés par les générateurs (hors API). */
public final class Alea {

  private Alea() {}

  /**
   * Entier uniforme dans [min, max] (bornes incluses).
   *
   * @param alea source d'aléa, consommée
   * @param min borne inférieure, incluse
   * @param max borne supérieure, incluse, supérieure ou égale à {@code min}
   * @return un entier tiré uniformément entre {@code min} et {@code max} inclus
   */
  public static int entre(RandomGenerator alea, int min, int max) {
    return min == max ? min : (int) alea.nextLong(min, (long) max + 1);
  }

  /**
   * Élément uniforme d'un tableau non vide.
   *
   * @param alea source d'aléa, consommée
   * @param valeurs valeurs candidates, au moins une
   * @return une des valeurs, tirée uniformément
   * @param <T> type des valeurs
   */
  @SafeVarargs
  public static <T> T parmi(RandomGenerator alea, T... valeurs) {
    return valeurs[alea.nextInt(valeurs.length)];
  }

  /**
   * Élément uniforme d'une liste non vide.
   *
   * @param alea source d'aléa, consommée
   * @param valeurs valeurs candidates, au moins une
   * @return une des valeurs, tirée uniformément
   * @param <T> type des valeurs
   */
  public static <T> T parmi(RandomGenerator alea, List<T> valeurs) {
    return valeurs.get(alea.nextInt(valeurs.size()));
  }

  /**
   * Date uniforme dans [debut, fin].
   *
   * @param alea source d'aléa, consommée
   * @param debut première date possible, incluse
   * @param fin dernière date possible, incluse ; si elle précède {@code debut}, {@code debut} est rendu
   * @return une date tirée uniformément entre {@code debut} et {@code fin} inclus
   */
  public static LocalDate date(RandomGenerator alea, LocalDate debut, LocalDate fin) {
    long jours = fin.toEpochDay() - debut.toEpochDay();
    return debut.plusDays(jours <= 0 ? 0 : alea.nextLong(jours + 1));
  }

  /**
   * Chaîne de {@code longueur} caractères tirés dans {@code alphabet}.
   *
   * @param alea source d'aléa, consommée
   * @param alphabet caractères possibles, au moins un
   * @param longueur nombre de caractères voulu, positif ou nul
   * @return la chaîne tirée
   */
  public static String chaine(RandomGenerator alea, String alphabet, int longueur) {
    StringBuilder sb = new StringBuilder(longueur);
    for (int i = 0; i < longueur; i++) {
      sb.append(alphabet.charAt(alea.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /**
   * Vrai avec la probabilité {@code p}.
   *
   * @param alea source d'aléa, consommée
   * @param p probabilité de rendre vrai, entre 0 et 1
   * @return vrai avec la probabilité {@code p}, faux sinon
   */
  public static boolean avecProbabilite(RandomGenerator alea, double p) {
    return alea.nextDouble() < p;
  }
}
