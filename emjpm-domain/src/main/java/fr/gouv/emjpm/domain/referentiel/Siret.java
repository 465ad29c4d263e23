// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * Numéro SIRET : 14 chiffres (invariant). La clé de Luhn n'est pas un invariant (l'original ne la
 * vérifie pas et des SIRET réels y dérogent) : elle est exposée à part, comme avertissement ({@link
 * #verifierCle()}). Immuable et thread-safe.
 *
 * @param valeur 14 chiffres
 */
public record Siret(String valeur) {

  /**
   * Garantit l'invariant : 14 chiffres ASCII.
   *
   * @param valeur 14 chiffres ASCII
   */
  public Siret {
    Objects.requireNonNull(valeur, "valeur");
    if (!estBienForme(valeur)) {
      throw new IllegalArgumentException("SIRET invalide : 14 chiffres attendus");
    }
  }

  /**
   * SIRET de confiance (lève {@link IllegalArgumentException} s'il est mal formé).
   *
   * @param valeur 14 chiffres ASCII
   * @return le SIRET
   */
  public static Siret of(String valeur) {
    return new Siret(valeur);
  }

  /**
   * Analyse un texte non fiable (espaces de début et de fin ignorés).
   *
   * @param texte texte saisi, éventuellement nul
   * @return le SIRET, ou un échec {@code SIRET_INVALIDE} (la clé de Luhn n'est pas vérifiée)
   */
  public static Resultat<Siret> parse(@org.jspecify.annotations.Nullable String texte) {
    // le dernier SIRET lu est gardé avec son résultat (immuable) : un import lit le même SIRET de
    // tribunal sur presque toutes ses lignes
    Lu lu = dernierLu;
    if (texte != null && lu.texte().equals(texte)) {
      return lu.resultat();
    }
    String t = texte == null ? "" : texte.strip();
    if (!estBienForme(t)) {
      return Resultat.echec(Violation.de(CodeDomaine.SIRET_INVALIDE, ""));
    }
    Resultat<Siret> r = Resultat.succes(new Siret(t));
    if (texte != null) {
      dernierLu = new Lu(texte, r);
    }
    return r;
  }

  /** Dernier texte lu avec succès et son résultat, partagé (valeur immuable : publication sûre). */
  private static volatile Lu dernierLu = new Lu("00000000000000", Resultat.succes(new Siret("00000000000000")));

  /** Texte lu et résultat de sa lecture. */
  private record Lu(String texte, Resultat<Siret> resultat) {}

  /**
   * {@return vrai si {@code texte} est composé d'exactement 14 chiffres ASCII}
   *
   * @param texte texte à tester, éventuellement nul (aucun espace toléré)
   */
  public static boolean estBienForme(@org.jspecify.annotations.Nullable String texte) {
    return texte != null && texte.length() == 14 && CodePostal.chiffresAscii(texte);
  }

  /** {@return SIREN : les 9 premiers chiffres} */
  public String siren() {
    return valeur.substring(0, 9);
  }

  /** {@return vrai si la clé de Luhn du SIRET est correcte} */
  public boolean cleValide() {
    int somme = 0;
    for (int i = 0; i < 14; i++) {
      int d = valeur.charAt(13 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      somme += d;
    }
    return somme % 10 == 0;
  }

  /** {@return avertissement {@code SIRET_CLE_INVALIDE} si la clé de Luhn est fausse, vide sinon} */
  public Optional<Violation> verifierCle() {
    return cleValide() ? Optional.empty() : Optional.of(Violation.de(CodeDomaine.SIRET_CLE_INVALIDE, ""));
  }

  @Override
  public String toString() {
    return valeur;
  }
}
