// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Résultat d'une opération métier : un {@link Succes} (valeur et éventuels avertissements) ou un
 * {@link Echec} (au moins une violation bloquante). Les refus métier sont des données, jamais des
 * exceptions. Immuable et thread-safe si la valeur l'est.
 *
 * @param <T> type de la valeur
 */
public sealed interface Resultat<T> permits Resultat.Succes, Resultat.Echec {

  /**
   * {@return succès sans avertissement}
   *
   * @param valeur valeur portée par le succès, non nulle
   * @param <T> type de la valeur
   */
  static <T> Resultat<T> succes(T valeur) {
    return new Succes<>(valeur, List.of());
  }

  /**
   * {@return succès avec avertissements (seules des violations non bloquantes sont admises)}
   *
   * @param valeur valeur portée par le succès, non nulle
   * @param avertissements violations non bloquantes (copiées) ; une violation bloquante lève {@link IllegalArgumentException}
   * @param <T> type de la valeur
   */
  static <T> Resultat<T> succes(T valeur, List<Violation> avertissements) {
    return new Succes<>(valeur, avertissements);
  }

  /**
   * {@return échec portant les violations (au moins une bloquante)}
   *
   * @param violations violations portées (copiées), dont au moins une bloquante
   * @param <T> type de la valeur
   */
  static <T> Resultat<T> echec(List<Violation> violations) {
    return new Echec<>(violations);
  }

  /**
   * {@return échec portant une violation bloquante}
   *
   * @param violation violation portée, qui doit être bloquante
   * @param <T> type de la valeur
   */
  static <T> Resultat<T> echec(Violation violation) {
    return new Echec<>(List.of(violation));
  }

  /**
   * {@return échec d'un code, à un chemin, avec ses arguments}
   *
   * @param code code de la violation, rendue avec la gravité {@link Gravite#BLOQUANTE}
   * @param chemin chemin du champ fautif (par exemple {@code /etats/0/code_postal}), vide pour l'objet entier
   * @param arguments arguments nommés du modèle de message (sans donnée personnelle)
   * @param <T> type de la valeur
   */
  static <T> Resultat<T> echec(CodeViolation code, String chemin, java.util.Map<String, ?> arguments) {
    return echec(Violation.de(code, Gravite.BLOQUANTE, chemin, arguments));
  }

  /** {@return vrai pour un succès} */
  boolean estSucces();

  /** {@return la valeur en cas de succès, vide sinon} */
  Optional<T> valeur();

  /** {@return avertissements d'un succès, ou violations d'un échec} */
  List<Violation> violations();

  /** {@return rapport de toutes les violations portées} */
  default RapportValidation rapport() {
    return RapportValidation.de(violations());
  }

  /**
   * Applique {@code f} à la valeur d'un succès ; un échec est propagé tel quel.
   *
   * @param f fonction appliquée à la valeur d'un succès, ignorée pour un échec
   * @return succès de la valeur transformée avec les mêmes avertissements, ou l'échec inchangé
   * @param <U> type de la valeur transformée
   */
  <U> Resultat<U> map(Function<? super T, ? extends U> f);

  /**
   * Enchaîne une opération qui peut échouer ; les avertissements sont cumulés.
   *
   * @param f opération suivante, appliquée à la valeur d'un succès et ignorée pour un échec
   * @return résultat de {@code f}, avertissements de ce succès ajoutés en tête, ou l'échec inchangé
   * @param <U> type de la valeur du résultat suivant
   */
  <U> Resultat<U> flatMap(Function<? super T, Resultat<U>> f);

  /**
   * Replie le résultat sur une seule valeur.
   *
   * @param siSucces fonction appliquée à ce résultat s'il est un succès
   * @param siEchec fonction appliquée à ce résultat s'il est un échec
   * @return la valeur rendue par la fonction appliquée
   * @param <R> type de la valeur repliée
   */
  <R> R fold(Function<? super Succes<T>, ? extends R> siSucces, Function<? super Echec<T>, ? extends R> siEchec);

  /**
   * {@return la valeur d'un succès ; pour un échec, lève {@link IllegalStateException} (erreur de programmation
   * : l'appelant devait tester {@link #estSucces()})}
   */
  default T valeurOuErreur() {
    return valeur().orElseThrow(() -> new IllegalStateException("Résultat en échec : " + violations()));
  }

  /**
   * {@return copie dont chaque violation voit son chemin préfixé}
   *
   * @param prefixe préfixe ajouté devant le chemin de chaque violation (par exemple {@code /etats/2})
   */
  Resultat<T> prefixe(String prefixe);

  /**
   * {@return réunit deux résultats : succès si les deux le sont (valeur combinée, avertissements cumulés), échec
   * portant toutes les violations sinon}
   *
   * @param a premier résultat
   * @param b second résultat
   * @param f combinaison des deux valeurs, appelée seulement si les deux résultats sont des succès
   * @param <A> type de la valeur de {@code a}
   * @param <B> type de la valeur de {@code b}
   * @param <R> type de la valeur combinée
   */
  static <A, B, R> Resultat<R> combiner(Resultat<A> a, Resultat<B> b, java.util.function.BiFunction<? super A, ? super B, ? extends R> f) {
    List<Violation> toutes = new ArrayList<>(a.violations());
    toutes.addAll(b.violations());
    if (a instanceof Succes<A> sa && b instanceof Succes<B> sb) {
      return succes(f.apply(sa.donnee, sb.donnee), toutes);
    }
    return echec(toutes);
  }

  /**
   * Succès.
   *
   * @param donnee la valeur
   * @param avertissements violations non bloquantes
   * @param <T> type de la valeur
   */
  record Succes<T>(T donnee, List<Violation> avertissements) implements Resultat<T> {
    /**
     * Vérifie qu'aucun avertissement n'est bloquant.
     *
     * @param donnee valeur portée, non nulle
     * @param avertissements violations non bloquantes, copiées
     */
    public Succes {
      Objects.requireNonNull(donnee, "donnee");
      avertissements = List.copyOf(avertissements);
      for (Violation v : avertissements) { // boucle : un succès sans avertissement n'alloue rien de plus
        if (v.estBloquante()) {
          throw new IllegalArgumentException("Un succès ne porte pas de violation bloquante");
        }
      }
    }

    @Override
    public boolean estSucces() {
      return true;
    }

    @Override
    public Optional<T> valeur() {
      return Optional.of(donnee);
    }

    @Override
    public List<Violation> violations() {
      return avertissements;
    }

    @Override
    public <U> Resultat<U> map(Function<? super T, ? extends U> f) {
      return new Succes<>(f.apply(donnee), avertissements);
    }

    @Override
    public <U> Resultat<U> flatMap(Function<? super T, Resultat<U>> f) {
      Resultat<U> suite = f.apply(donnee);
      if (avertissements.isEmpty()) {
        return suite;
      }
      List<Violation> toutes = new ArrayList<>(avertissements);
      toutes.addAll(suite.violations());
      return suite instanceof Succes<U> s ? new Succes<>(s.donnee, toutes) : new Echec<>(toutes);
    }

    @Override
    public <R> R fold(Function<? super Succes<T>, ? extends R> siSucces, Function<? super Echec<T>, ? extends R> siEchec) {
      return siSucces.apply(this);
    }

    @Override
    public Resultat<T> prefixe(String prefixe) {
      return new Succes<>(donnee, avertissements.stream().map(v -> v.prefixee(prefixe)).toList());
    }
  }

  /**
   * Échec.
   *
   * @param violations violations, dont au moins une bloquante
   * @param <T> type de la valeur attendue
   */
  record Echec<T>(List<Violation> violations) implements Resultat<T> {
    /**
     * Vérifie qu'au moins une violation est bloquante.
     *
     * @param violations violations copiées, dont au moins une bloquante
     */
    public Echec {
      violations = List.copyOf(violations);
      if (violations.stream().noneMatch(Violation::estBloquante)) {
        throw new IllegalArgumentException("Un échec porte au moins une violation bloquante");
      }
    }

    @Override
    public boolean estSucces() {
      return false;
    }

    @Override
    public Optional<T> valeur() {
      return Optional.empty();
    }

    @Override
    public <U> Resultat<U> map(Function<? super T, ? extends U> f) {
      return new Echec<>(violations);
    }

    @Override
    public <U> Resultat<U> flatMap(Function<? super T, Resultat<U>> f) {
      return new Echec<>(violations);
    }

    @Override
    public <R> R fold(Function<? super Succes<T>, ? extends R> siSucces, Function<? super Echec<T>, ? extends R> siEchec) {
      return siEchec.apply(this);
    }

    @Override
    public Resultat<T> prefixe(String prefixe) {
      return new Echec<>(violations.stream().map(v -> v.prefixee(prefixe)).toList());
    }
  }
}
