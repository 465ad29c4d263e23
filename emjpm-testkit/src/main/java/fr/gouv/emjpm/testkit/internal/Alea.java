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
   * @param alea alea
   * @param min min
   * @param max max
   * @return entier uniforme dans [min, max] (bornes incluses)
   */
  public static int entre(RandomGenerator alea, int min, int max) {
    return min == max ? min : (int) alea.nextLong(min, (long) max + 1);
  }

  /**
   * Élément uniforme d'un tableau non vide.
   *
   * @param alea alea
   * @param valeurs valeurs
   * @return élément uniforme d'un tableau non vide
   */
  @SafeVarargs
  public static <T> T parmi(RandomGenerator alea, T... valeurs) {
    return valeurs[alea.nextInt(valeurs.length)];
  }

  /**
   * Élément uniforme d'une liste non vide.
   *
   * @param alea alea
   * @param valeurs valeurs
   * @return élément uniforme d'une liste non vide
   */
  public static <T> T parmi(RandomGenerator alea, List<T> valeurs) {
    return valeurs.get(alea.nextInt(valeurs.size()));
  }

  /**
   * Date uniforme dans [debut, fin].
   *
   * @param alea alea
   * @param debut debut
   * @param fin fin
   * @return date uniforme dans [debut, fin]
   */
  public static LocalDate date(RandomGenerator alea, LocalDate debut, LocalDate fin) {
    long jours = fin.toEpochDay() - debut.toEpochDay();
    return debut.plusDays(jours <= 0 ? 0 : alea.nextLong(jours + 1));
  }

  /**
   * Chaîne de {@code longueur} caractères tirés dans {@code alphabet}.
   *
   * @param alea alea
   * @param alphabet alphabet
   * @param longueur longueur
   * @return chaîne de {@code longueur} caractères tirés dans {@code alphabet}
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
   * @param alea alea
   * @param p p
   * @return vrai avec la probabilité {@code p}
   */
  public static boolean avecProbabilite(RandomGenerator alea, double p) {
    return alea.nextDouble() < p;
  }
}
