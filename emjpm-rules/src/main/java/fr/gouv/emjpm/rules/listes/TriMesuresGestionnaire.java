// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.Mesure;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Les cinq tris de la liste du gestionnaire. Les valeurs absentes se placent comme dans PostgreSQL :
 * en premier dans un ordre décroissant, en dernier dans un ordre croissant.
 */
public enum TriMesuresGestionnaire implements fr.gouv.emjpm.domain.commun.CodeMetier {
  /** Aucun tri choisi : date de nomination décroissante, mesures sans date en premier. */
  AUCUN("aucun", "Aucun tri"),
  /** « Âge (croissant) » : année de naissance décroissante (sans année en premier). */
  AGE_CROISSANT("age_croissant", "Âge (croissant)"),
  /** « Âge (décroissant) » : année de naissance croissante (sans année en dernier). */
  AGE_DECROISSANT("age_decroissant", "Âge (décroissant)"),
  /** « Date de nomination » croissante (sans date en dernier). */
  NOMINATION_CROISSANTE("nomination_croissante", "Date de nomination (croissante)"),
  /** « Date de nomination » décroissante (sans date en premier). */
  NOMINATION_DECROISSANTE("nomination_decroissante", "Date de nomination (décroissante)");

  private final String code;
  private final String libelle;

  TriMesuresGestionnaire(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /**
   * Code (option {@code --tri} de la ligne de commande).
   *
   * @return code du tri
   */
  public String code() {
    return code;
  }

  /** {@return libellé affiché} */
  public String libelle() {
    return libelle;
  }

  /**
   * Tri de ce code, vide s'il est inconnu.
   *
   * @param code code cherché, éventuellement nul
   * @return le tri de ce code, vide s'il est inconnu
   */
  public static Optional<TriMesuresGestionnaire> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /**
   * Ordre des mesures pour ce tri (sans départage : le tri est stable).
   *
   * @return comparateur des mesures pour ce tri
   */
  public Comparator<Mesure> ordre() {
    Function<Mesure, Optional<LocalDate>> nomination = Mesure::dateNomination;
    Function<Mesure, Optional<Integer>> annee = Mesure::anneeNaissance;
    return switch (this) {
      case AUCUN, NOMINATION_DECROISSANTE -> decroissantNulsEnPremier(nomination);
      case NOMINATION_CROISSANTE -> croissantNulsEnDernier(nomination);
      case AGE_CROISSANT -> decroissantNulsEnPremier(annee);
      case AGE_DECROISSANT -> croissantNulsEnDernier(annee);
    };
  }

  static <T extends Comparable<? super T>> Comparator<Mesure> croissantNulsEnDernier(
      Function<Mesure, Optional<T>> cle) {
    return Comparator.comparing(m -> cle.apply(m).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
  }

  static <T extends Comparable<? super T>> Comparator<Mesure> decroissantNulsEnPremier(
      Function<Mesure, Optional<T>> cle) {
    return Comparator.comparing(
        m -> cle.apply(m).orElse(null), Comparator.nullsFirst(Comparator.<T>reverseOrder()));
  }
}
