// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;

/**
 * Code de département : {@code 01}…{@code 95}, {@code 2A}, {@code 2B}, ou trois chiffres pour
 * l'outre-mer ({@code 971}…{@code 989}, {@code 991}). Immuable et thread-safe.
 *
 * @param valeur le code
 */
public record CodeDepartement(String valeur) {

  /**
   * Garantit l'invariant de forme.
   *
   * @param valeur deux chiffres (sauf {@code 00}), {@code 2A}, {@code 2B}, ou trois chiffres de {@code 970} à {@code 999}
   */
  public CodeDepartement {
    Objects.requireNonNull(valeur, "valeur");
    if (!estBienForme(valeur)) {
      throw new IllegalArgumentException("Code de département invalide");
    }
  }

  /**
   * Vrai pour {@code 01}…{@code 99} (sauf {@code 00}), {@code 2A}, {@code 2B} et {@code 970}…{@code
   * 999} ; écrit sans expression régulière (appelé pour chaque mesure importée).
   */
  static boolean estBienForme(String t) {
    if (t.length() == 2) {
      char a = t.charAt(0);
      char b = t.charAt(1);
      if (a == '2' && (b == 'A' || b == 'B')) {
        return true;
      }
      return a >= '0' && a <= '9' && b >= '0' && b <= '9' && !(a == '0' && b == '0');
    }
    return t.length() == 3
        && t.charAt(0) == '9'
        && t.charAt(1) >= '7'
        && t.charAt(1) <= '9'
        && t.charAt(2) >= '0'
        && t.charAt(2) <= '9';
  }

  /**
   * Code de confiance (lève {@link IllegalArgumentException} s'il est mal formé).
   *
   * @param valeur code bien formé (deux chiffres, {@code 2A}, {@code 2B} ou trois chiffres d'outre-mer)
   * @return le code, instance partagée
   */
  public static CodeDepartement of(String valeur) {
    CodeDepartement c = PARTAGES.get(valeur);
    if (c == null) {
      c = new CodeDepartement(valeur); // valide ou lève : le cache ne reçoit que des codes bien formés
      PARTAGES.putIfAbsent(valeur, c);
    }
    return c;
  }

  /**
   * Instances partagées (au plus quelques centaines de codes bien formés) : un import de 100 000
   * mesures n'en crée pas 100 000 copies.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, CodeDepartement> PARTAGES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Analyse un texte non fiable ; accepte {@code 2a}/{@code 2b} en minuscules et complète un seul
   * chiffre par un zéro ({@code 1} → {@code 01}).
   *
   * @param texte texte saisi, éventuellement nul ; espaces de début et de fin ignorés
   * @return le code, ou un échec {@code CODE_DEPARTEMENT_INVALIDE}
   */
  public static Resultat<CodeDepartement> parse(@org.jspecify.annotations.Nullable String texte) {
    String t = texte == null ? "" : texte.strip();
    if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
      t = "0" + t;
    }
    if (t.equals("2a") || t.equals("2b")) {
      t = t.replace('a', 'A').replace('b', 'B');
    }
    return estBienForme(t)
        ? Resultat.succes(new CodeDepartement(t))
        : Resultat.echec(Violation.de(CodeDomaine.CODE_DEPARTEMENT_INVALIDE, ""));
  }

  /** {@return vrai pour un département ou une collectivité d'outre-mer (code à trois chiffres)} */
  public boolean estOutreMer() {
    return valeur.length() == 3;
  }

  @Override
  public String toString() {
    return valeur;
  }
}
