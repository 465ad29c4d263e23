// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Générateur de valeurs de test, en Java pur : une fonction d'une source d'aléa ({@link
 * RandomGenerator}) vers une valeur. Même graine, même suite de valeurs : un échec se rejoue.
 *
 * <p>Les générateurs du testkit sont immuables et thread-safe ; la source d'aléa passée ne l'est
 * généralement pas (une par fil).
 *
 * @param <T> type des valeurs produites
 */
@FunctionalInterface
public interface Generateur<T> {

  /**
   * Produit une valeur en consommant la source d'aléa.
   *
   * @param alea source d'aléa, consommée ; en général propre au fil appelant
   * @return la valeur produite
   */
  T generer(RandomGenerator alea);

  /**
   * Produit une valeur à partir d'une graine explicite (reproductible).
   *
   * @param graine graine d'un {@link SplittableRandom} neuf
   * @return la valeur produite, toujours la même pour une même graine
   */
  default T generer(long graine) {
    return generer(new SplittableRandom(graine));
  }

  /**
   * Produit {@code nombre} valeurs à partir d'une graine explicite.
   *
   * @param graine graine d'un {@link SplittableRandom} neuf
   * @param nombre nombre de valeurs voulu, positif ou nul
   * @return liste non modifiable des valeurs produites, dans l'ordre de tirage
   */
  default List<T> liste(long graine, int nombre) {
    RandomGenerator alea = new SplittableRandom(graine);
    List<T> valeurs = new ArrayList<>(nombre);
    for (int i = 0; i < nombre; i++) {
      valeurs.add(generer(alea));
    }
    return List.copyOf(valeurs);
  }

  /**
   * Flux infini de valeurs à partir d'une graine explicite (à borner par {@code limit}).
   *
   * @param graine graine d'un {@link SplittableRandom} neuf, consommé par le flux
   * @return flux séquentiel infini des valeurs produites
   */
  default Stream<T> flux(long graine) {
    RandomGenerator alea = new SplittableRandom(graine);
    return Stream.generate(() -> generer(alea));
  }

  /**
   * Générateur qui transforme les valeurs de celui-ci.
   *
   * @param f transformation appliquée à chaque valeur produite
   * @return le générateur des valeurs transformées
   * @param <U> type des valeurs transformées
   */
  default <U> Generateur<U> map(Function<? super T, ? extends U> f) {
    return alea -> f.apply(generer(alea));
  }

  /**
   * Générateur constant.
   *
   * @param valeur valeur toujours rendue, non nulle
   * @return un générateur qui rend toujours {@code valeur} sans consommer d'aléa
   * @param <T> type de la valeur
   */
  static <T> Generateur<T> constant(T valeur) {
    java.util.Objects.requireNonNull(valeur, "valeur");
    return alea -> valeur;
  }
}
