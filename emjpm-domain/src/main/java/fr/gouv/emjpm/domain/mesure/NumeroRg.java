// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;

/**
 * Numéro RG (numéro de répertoire général du tribunal), toujours sous sa forme normalisée : 8
 * caractères parmi {@code [A-Z0-9]} (domain.md §3.10).
 *
 * <p>Normalisation : valeur absente → chaîne vide ; suppression de tout ce qui n'est pas lettre ou
 * chiffre ASCII ; majuscules ; 8 premiers caractères ; complément à gauche par des « 0 ». Un RG est
 * valide s'il est égal à sa normalisation. Les imports normalisent silencieusement ({@link
 * #normaliser(String)}) ; les formulaires exigent un RG déjà valide ({@link #parse(String)}).
 *
 * <p>Le {@code toString()} masque la valeur : un numéro RG est une donnée personnelle indirecte et ne
 * doit pas finir dans un journal. Immuable et thread-safe.
 *
 * @param valeur la forme normalisée
 */
public record NumeroRg(String valeur) {

  /** Longueur d'un numéro RG normalisé. */
  public static final int LONGUEUR = 8;

  /**
   * Garantit l'invariant : 8 caractères {@code [A-Z0-9]}.
   *
   * @param valeur forme normalisée : 8 caractères {@code [A-Z0-9]}
   */
  public NumeroRg {
    Objects.requireNonNull(valeur, "valeur");
    if (!estValide(valeur)) {
      throw new IllegalArgumentException("Numéro RG non normalisé");
    }
  }

  /**
   * Normalise un numéro RG saisi ou importé, comme l'original. Ne lève jamais d'exception ; {@code
   * null} est traité comme une chaîne vide.
   *
   * @param saisie texte brut, éventuellement {@code null}
   * @return 8 caractères {@code [A-Z0-9]}
   */
  public static String normaliser(@org.jspecify.annotations.Nullable String saisie) {
    String s = saisie == null ? "" : saisie;
    StringBuilder sb = new StringBuilder(LONGUEUR);
    for (int i = 0; i < s.length() && sb.length() < LONGUEUR; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append((char) (c - 'a' + 'A'));
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    while (sb.length() < LONGUEUR) {
      sb.insert(0, '0');
    }
    return sb.toString();
  }

  /**
   * Vrai si {@code saisie} est égale à sa normalisation.
   *
   * @param saisie texte à tester, éventuellement nul
   * @return vrai si {@code saisie} est égale à sa normalisation
   */
  public static boolean estValide(@org.jspecify.annotations.Nullable String saisie) {
    return saisie != null && saisie.equals(normaliser(saisie));
  }

  /**
   * Numéro RG issu de la normalisation silencieuse de {@code saisie} (chemin des imports).
   *
   * @param saisie texte brut, éventuellement nul
   * @return le numéro RG normalisé (jamais d'échec)
   */
  public static NumeroRg normalise(@org.jspecify.annotations.Nullable String saisie) {
    return new NumeroRg(normaliser(saisie));
  }

  /**
   * Analyse stricte d'un numéro RG saisi dans un formulaire : obligatoire, lettres et chiffres
   * seulement, exactement 8 caractères, en majuscules. Toutes les violations sont rassemblées ; le
   * texte saisi n'apparaît jamais dans les messages.
   *
   * @param saisie texte saisi dans le formulaire, éventuellement nul (absent ou vide : {@code RG_OBLIGATOIRE})
   * @return le numéro RG, ou un échec portant toutes les violations relevées
   */
  public static Resultat<NumeroRg> parse(@org.jspecify.annotations.Nullable String saisie) {
    if (saisie == null || saisie.isEmpty()) {
      return Resultat.echec(Violation.de(CodeDomaine.RG_OBLIGATOIRE, ""));
    }
    java.util.List<Violation> violations = new java.util.ArrayList<>();
    boolean special = saisie.chars().anyMatch(c -> !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')));
    if (special) {
      violations.add(Violation.de(CodeDomaine.RG_CARACTERES_INVALIDES, ""));
    }
    if (saisie.length() < LONGUEUR) {
      violations.add(Violation.de(CodeDomaine.RG_TROP_COURT, ""));
    } else if (saisie.length() > LONGUEUR) {
      violations.add(Violation.de(CodeDomaine.RG_TROP_LONG, ""));
    }
    if (violations.isEmpty() && !estValide(saisie)) {
      violations.add(Violation.de(CodeDomaine.RG_NON_NORMALISE, ""));
    }
    return violations.isEmpty() ? Resultat.succes(new NumeroRg(saisie)) : Resultat.echec(violations);
  }

  @Override
  public String toString() {
    return "NumeroRg[****]";
  }
}
