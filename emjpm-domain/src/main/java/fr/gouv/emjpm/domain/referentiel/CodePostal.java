// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;

/**
 * Code postal français : 5 chiffres ne commençant pas par {@code 00} (invariant : aucun département
 * n'a le code 00, et la règle « code postal → département » doit toujours aboutir). Immuable et
 * thread-safe.
 *
 * @param valeur 5 chiffres
 */
public record CodePostal(String valeur) {

  /**
   * Garantit l'invariant : 5 chiffres ASCII.
   *
   * @param valeur 5 chiffres ASCII, ne commençant pas par {@code 00}
   */
  public CodePostal {
    Objects.requireNonNull(valeur, "valeur");
    if (!estBienForme(valeur)) {
      throw new IllegalArgumentException("Code postal invalide : 5 chiffres attendus");
    }
  }

  /**
   * Code postal de confiance (lève {@link IllegalArgumentException} s'il est mal formé).
   *
   * @param valeur 5 chiffres ASCII, ne commençant pas par {@code 00}
   * @return le code postal
   */
  public static CodePostal of(String valeur) {
    return new CodePostal(valeur);
  }

  /**
   * Analyse un texte non fiable (espaces de début et de fin ignorés).
   *
   * @param texte texte saisi, éventuellement nul
   * @return le code postal, ou un échec {@code CODE_POSTAL_INVALIDE}
   */
  public static Resultat<CodePostal> parse(@org.jspecify.annotations.Nullable String texte) {
    String t = texte == null ? "" : texte.strip();
    return estBienForme(t)
        ? Resultat.succes(new CodePostal(t))
        : Resultat.echec(Violation.de(CodeDomaine.CODE_POSTAL_INVALIDE, ""));
  }

  /**
   * {@return vrai si {@code texte} est composé d'exactement 5 chiffres ASCII et ne commence pas par 00}
   *
   * @param texte texte à tester, éventuellement nul (aucun espace toléré)
   */
  public static boolean estBienForme(@org.jspecify.annotations.Nullable String texte) {
    return texte != null
        && texte.length() == 5
        && chiffresAscii(texte)
        && !texte.startsWith("00");
  }

  /** Vrai si chaque caractère est un chiffre ASCII (boucle : appelée pour chaque ligne importée). */
  static boolean chiffresAscii(String texte) {
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return département déduit du code postal : Corse 20xxx → 2A si &lt; 20200, 2B sinon ;
   * 97x/98x → les trois premiers caractères ; sinon les deux premiers}
   */
  public CodeDepartement departement() {
    // lu dans des tables d'instances partagées, sans sous-chaîne : appelé pour chaque mesure importée
    int deux = (valeur.charAt(0) - '0') * 10 + (valeur.charAt(1) - '0');
    if (deux == 20) {
      return Integer.parseInt(valeur) < 20200 ? CORSE_DU_SUD : HAUTE_CORSE;
    }
    if (deux == 97 || deux == 98) {
      return TROIS_CHIFFRES[(deux - 97) * 10 + (valeur.charAt(2) - '0')];
    }
    return DEUX_CHIFFRES[deux];
  }

  private static final CodeDepartement CORSE_DU_SUD = CodeDepartement.of("2A");
  private static final CodeDepartement HAUTE_CORSE = CodeDepartement.of("2B");
  /** Départements {@code 01}…{@code 99} (indice : leur nombre ; {@code 00} n'existe pas). */
  private static final CodeDepartement[] DEUX_CHIFFRES = new CodeDepartement[100];
  /** Départements {@code 970}…{@code 989} (indice : le nombre moins 970). */
  private static final CodeDepartement[] TROIS_CHIFFRES = new CodeDepartement[20];

  static {
    for (int i = 1; i < DEUX_CHIFFRES.length; i++) {
      DEUX_CHIFFRES[i] = CodeDepartement.of(String.format(java.util.Locale.ROOT, "%02d", i));
    }
    for (int i = 0; i < TROIS_CHIFFRES.length; i++) {
      TROIS_CHIFFRES[i] = CodeDepartement.of(String.valueOf(970 + i));
    }
  }

  /**
   * Règle « code postal → département » appliquée à un texte non fiable : échec {@code
   * CODE_POSTAL_INVALIDE} pour tout ce qui n'est pas 5 chiffres (l'original n'exigeait que 5
   * caractères ; voir docs/ecarts.md).
   *
   * @param texte code postal saisi, éventuellement nul
   * @return le département déduit, ou un échec {@code CODE_POSTAL_INVALIDE} si le texte n'est pas 5 chiffres (voir docs/ecarts.md)
   */
  public static Resultat<CodeDepartement> departementDe(@org.jspecify.annotations.Nullable String texte) {
    return parse(texte).map(CodePostal::departement);
  }

  @Override
  public String toString() {
    return valeur;
  }
}
