// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Numéro FINESS (d'établissement ou d'entité juridique) : 9 caractères, le département sur deux
 * caractères ({@code 01}…{@code 97}, {@code 2A}, {@code 2B}) puis 7 chiffres dont le dernier est une
 * clé de Luhn. La forme est un invariant ; la clé ne l'est pas (l'original ne la vérifiait pas) : elle
 * est exposée à part, comme avertissement ({@link #verifierCle()}). Immuable et thread-safe.
 *
 * @param valeur les 9 caractères
 */
public record NumeroFiness(String valeur) {

  /**
   * Garantit l'invariant de forme.
   *
   * @param valeur 9 caractères : deux chiffres, {@code 2A} ou {@code 2B}, puis 7 chiffres
   */
  public NumeroFiness {
    Objects.requireNonNull(valeur, "valeur");
    if (!estBienForme(valeur)) {
      throw new IllegalArgumentException("Numéro FINESS invalide : 9 caractères attendus");
    }
  }

  /**
   * Numéro de confiance (lève {@link IllegalArgumentException} s'il est mal formé).
   *
   * @param valeur 9 caractères bien formés
   * @return le numéro
   */
  public static NumeroFiness of(String valeur) {
    return new NumeroFiness(valeur);
  }

  /**
   * Analyse un texte non fiable (espaces de début et de fin ignorés, {@code 2a}/{@code 2b} acceptés en
   * minuscules).
   *
   * @param texte texte lu, éventuellement nul
   * @return le numéro, ou un échec {@code FINESS_INVALIDE} (la clé n'est pas vérifiée ici)
   */
  public static Resultat<NumeroFiness> parse(@Nullable String texte) {
    String t = texte == null ? "" : texte.strip();
    if (t.length() == 9 && t.charAt(0) == '2' && (t.charAt(1) == 'a' || t.charAt(1) == 'b')) {
      t = "2" + Character.toUpperCase(t.charAt(1)) + t.substring(2);
    }
    return estBienForme(t)
        ? Resultat.succes(new NumeroFiness(t))
        : Resultat.echec(Violation.de(CodeDomaine.FINESS_INVALIDE, ""));
  }

  /**
   * Vrai pour 9 caractères : deux chiffres, {@code 2A} ou {@code 2B}, puis 7 chiffres ASCII.
   *
   * @param texte texte à tester, éventuellement nul (aucun espace toléré)
   * @return vrai si le texte a la forme d'un numéro FINESS
   */
  public static boolean estBienForme(@Nullable String texte) {
    if (texte == null || texte.length() != 9) {
      return false;
    }
    char a = texte.charAt(0);
    char b = texte.charAt(1);
    boolean departement = (chiffre(a) && chiffre(b)) || (a == '2' && (b == 'A' || b == 'B'));
    if (!departement) {
      return false;
    }
    for (int i = 2; i < 9; i++) {
      if (!chiffre(texte.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean chiffre(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Vrai si la clé peut être vérifiée : numéro entièrement numérique (la règle de clé des numéros
   * corses {@code 2A}/{@code 2B} n'est pas publiée dans une source disponible ; elle n'est pas devinée).
   *
   * @return vrai pour un numéro de 9 chiffres
   */
  public boolean cleVerifiable() {
    return chiffre(valeur.charAt(1));
  }

  /**
   * Vrai si la clé de Luhn (calculée sur les 9 chiffres) est correcte ; vide si elle n'est pas
   * vérifiable ({@link #cleVerifiable()}).
   *
   * @return vrai si la clé est correcte, faux si elle est fausse, vide si elle n'est pas vérifiable
   */
  public Optional<Boolean> cleValide() {
    if (!cleVerifiable()) {
      return Optional.empty();
    }
    int somme = 0;
    for (int i = 0; i < 9; i++) {
      int d = valeur.charAt(8 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      somme += d;
    }
    return Optional.of(somme % 10 == 0);
  }

  /**
   * Avertissement {@code FINESS_CLE_INVALIDE} si la clé est fausse ; vide si elle est juste ou non
   * vérifiable.
   *
   * @return avertissement {@code FINESS_CLE_INVALIDE} si la clé est fausse, vide sinon
   */
  public Optional<Violation> verifierCle() {
    return cleValide().orElse(true)
        ? Optional.empty()
        : Optional.of(Violation.de(CodeDomaine.FINESS_CLE_INVALIDE, ""));
  }

  @Override
  public String toString() {
    return valeur;
  }
}
