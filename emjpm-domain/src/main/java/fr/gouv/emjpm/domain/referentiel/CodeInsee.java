// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code officiel géographique (INSEE) d'une commune : 5 chiffres, ou {@code 2A}/{@code 2B} suivi de 3
 * chiffres pour la Corse. Immuable et thread-safe.
 *
 * @param valeur le code
 */
public record CodeInsee(String valeur) {

  private static final Pattern FORME = Pattern.compile("([0-9]{2}|2A|2B)[0-9]{3}");

  /**
   * Garantit l'invariant de forme.
   *
   * @param valeur 5 chiffres, ou {@code 2A}/{@code 2B} suivi de 3 chiffres
   */
  public CodeInsee {
    Objects.requireNonNull(valeur, "valeur");
    if (!FORME.matcher(valeur).matches()) {
      throw new IllegalArgumentException("Code INSEE invalide");
    }
  }

  /**
   * Code de confiance (lève {@link IllegalArgumentException} s'il est mal formé).
   *
   * @param valeur 5 chiffres, ou {@code 2A}/{@code 2B} suivi de 3 chiffres
   * @return le code INSEE
   */
  public static CodeInsee of(String valeur) {
    return new CodeInsee(valeur);
  }

  /**
   * Analyse un texte non fiable ; {@code 2a}/{@code 2b} en minuscules sont acceptés.
   *
   * @param texte texte saisi, éventuellement nul ; espaces de début et de fin ignorés
   * @return le code INSEE, ou un échec {@code CODE_INSEE_INVALIDE}
   */
  public static Resultat<CodeInsee> parse(@org.jspecify.annotations.Nullable String texte) {
    String t = texte == null ? "" : texte.strip();
    if (t.startsWith("2a") || t.startsWith("2b")) {
      t = (t.charAt(1) == 'a' ? "2A" : "2B") + t.substring(2);
    }
    return FORME.matcher(t).matches()
        ? Resultat.succes(new CodeInsee(t))
        : Resultat.echec(Violation.de(CodeDomaine.CODE_INSEE_INVALIDE, ""));
  }

  @Override
  public String toString() {
    return valeur;
  }
}
