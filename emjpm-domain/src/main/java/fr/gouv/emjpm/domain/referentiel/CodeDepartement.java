// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code de département : {@code 01}…{@code 95}, {@code 2A}, {@code 2B}, ou trois chiffres pour
 * l'outre-mer ({@code 971}…{@code 989}, {@code 991}). Immuable et thread-safe.
 *
 * @param valeur le code
 */
public record CodeDepartement(String valeur) {

  private static final Pattern FORME = Pattern.compile("(0[1-9]|[1-9][0-9]|2A|2B|9[789][0-9])");

  /** Garantit l'invariant de forme. */
  public CodeDepartement {
    Objects.requireNonNull(valeur, "valeur");
    if (!FORME.matcher(valeur).matches()) {
      throw new IllegalArgumentException("Code de département invalide");
    }
  }

  /** Code de confiance (lève {@link IllegalArgumentException} s'il est mal formé). */
  public static CodeDepartement of(String valeur) {
    return new CodeDepartement(valeur);
  }

  /**
   * Analyse un texte non fiable ; accepte {@code 2a}/{@code 2b} en minuscules et complète un seul
   * chiffre par un zéro ({@code 1} → {@code 01}).
   */
  public static Resultat<CodeDepartement> parse(@org.jspecify.annotations.Nullable String texte) {
    String t = texte == null ? "" : texte.strip();
    if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
      t = "0" + t;
    }
    if (t.equals("2a") || t.equals("2b")) {
      t = t.replace('a', 'A').replace('b', 'B');
    }
    return FORME.matcher(t).matches()
        ? Resultat.succes(new CodeDepartement(t))
        : Resultat.echec(Violation.de(CodeDomaine.CODE_DEPARTEMENT_INVALIDE, ""));
  }

  /** Vrai pour un département ou une collectivité d'outre-mer (code à trois chiffres). */
  public boolean estOutreMer() {
    return valeur.length() == 3;
  }

  @Override
  public String toString() {
    return valeur;
  }
}
