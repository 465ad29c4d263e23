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
   * @param alea alea
   * @return produit une valeur en consommant la source d'aléa
   */
  T generer(RandomGenerator alea);

  /**
   * Produit une valeur à partir d'une graine explicite (reproductible).
   *
   * @param graine graine
   * @return produit une valeur à partir d'une graine explicite (reproductible)
   */
  default T generer(long graine) {
    return generer(new SplittableRandom(graine));
  }

  /**
   * Produit {@code nombre} valeurs à partir d'une graine explicite.
   *
   * @param graine graine
   * @param nombre nombre
   * @return produit {@code nombre} valeurs à partir d'une graine explicite
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
   * @param graine graine
   * @return flux infini de valeurs à partir d'une graine explicite (à borner par {@code limit})
   */
  default Stream<T> flux(long graine) {
    RandomGenerator alea = new SplittableRandom(graine);
    return Stream.generate(() -> generer(alea));
  }

  /**
   * Générateur qui transforme les valeurs de celui-ci.
   *
   * @param f f
   * @return générateur qui transforme les valeurs de celui-ci
   */
  default <U> Generateur<U> map(Function<? super T, ? extends U> f) {
    return alea -> f.apply(generer(alea));
  }

  /**
   * Générateur constant.
   *
   * @param valeur valeur
   * @return générateur constant
   */
  static <T> Generateur<T> constant(T valeur) {
    java.util.Objects.requireNonNull(valeur, "valeur");
    return alea -> valeur;
  }
}
