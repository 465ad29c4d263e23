// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Petites aides de formulaire partagées par les règles de profil et de liste blanche. Hors API. */
public final class Textes {

  /**
   * Forme d'une adresse e-mail : une partie locale, un @, un domaine, sans espace (aussi permissif que
   * le validateur des formulaires de l'original, qui acceptait un domaine sans point).
   */
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

  private Textes() {}

  /**
   * {@return vrai si le texte est présent et non blanc}
   *
   * @param t texte saisi
   */
  public static boolean renseigne(Optional<String> t) {
    return t.filter(s -> !s.isBlank()).isPresent();
  }

  /**
   * Vrai pour une adresse e-mail de forme valide (au plus 320 caractères).
   *
   * @param t texte saisi
   * @return vrai pour une adresse e-mail de forme valide
   */
  public static boolean emailValide(Optional<String> t) {
    return t.map(String::strip).filter(s -> s.length() <= 320 && EMAIL.matcher(s).matches()).isPresent();
  }

  /**
   * Vrai pour exactement cinq chiffres ASCII.
   *
   * @param t texte à tester
   * @return vrai pour cinq chiffres ASCII
   */
  public static boolean cinqChiffres(String t) {
    return t.length() == 5 && t.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
