// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;

/**
 * Numéro RG (numéro de répertoire général du tribunal), toujours sous sa forme normalisée : 8
 * caractères parmi {@code [A-Z0-9]}, ou RG hérité suffixé (voir plus bas).
 *
 * <p>Normalisation : valeur absente → chaîne vide ; suppression de tout ce qui n'est pas lettre ou
 * chiffre ASCII ; majuscules ; 8 premiers caractères ; complément à gauche par des « 0 ». Un RG est
 * valide s'il est égal à sa normalisation. Les imports normalisent silencieusement ({@link
 * #normaliser(String)}) ; les formulaires exigent un RG déjà valide ({@link #parse(String)}).
 *
 * <p><b>RG hérités</b> : quand l'original a introduit la normalisation, il a normalisé les RG déjà
 * enregistrés et suffixé « -1 », « -2 »… les doublons d'un même gestionnaire. Ces RG hérités ({@code
 * 02100167-1} : 8 caractères normalisés, un tiret, un rang sans zéro initial) existent dans les
 * données réelles ; ils sont représentables ({@link #estHerite()}), gardés tels quels par {@link
 * #normalise(String)} (donc appariés et réexportés à l'identique), jamais produits par la
 * normalisation d'une autre saisie et refusés par l'analyse stricte des formulaires ({@link
 * #parse(String)}).
 *
 * <p>Le {@code toString()} masque la valeur : un numéro RG est une donnée personnelle indirecte et ne
 * doit pas finir dans un journal. Immuable et thread-safe.
 *
 * @param valeur la forme normalisée
 */
public record NumeroRg(String valeur) {

  /** Longueur d'un numéro RG normalisé. */
  public static final int LONGUEUR = 8;

  /** Chiffres au plus du rang d'un RG hérité ({@code -1} … {@code -9999}). */
  private static final int RANG_HERITE_MAX_CHIFFRES = 4;

  /**
   * Garantit l'invariant : 8 caractères {@code [A-Z0-9]}, ou RG hérité ({@link #estFormeHeritee}).
   *
   * @param valeur forme normalisée : 8 caractères {@code [A-Z0-9]}, éventuellement suivis d'un rang
   *     hérité {@code -N}
   */
  public NumeroRg {
    Objects.requireNonNull(valeur, "valeur");
    if (!estValide(valeur) && !estFormeHeritee(valeur)) {
      throw new IllegalArgumentException("Numéro RG non normalisé");
    }
  }

  /**
   * Vrai pour la forme exacte d'un RG hérité de la migration de normalisation de l'original : 8
   * caractères {@code [A-Z0-9]}, un tiret, puis un rang de 1 à 4 chiffres sans zéro initial ({@code
   * 02100167-1}).
   *
   * @param texte texte à tester, éventuellement nul
   * @return vrai si {@code texte} est un RG hérité suffixé
   */
  public static boolean estFormeHeritee(@org.jspecify.annotations.Nullable String texte) {
    if (texte == null || texte.length() < LONGUEUR + 2 || texte.length() > LONGUEUR + 1 + RANG_HERITE_MAX_CHIFFRES
        || texte.charAt(LONGUEUR) != '-' || !debutNormalise(texte)) {
      return false;
    }
    if (texte.charAt(LONGUEUR + 1) == '0') {
      return false;
    }
    for (int i = LONGUEUR + 1; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Vrai si les {@value #LONGUEUR} premiers caractères (il y en a au moins autant) sont {@code [A-Z0-9]}. */
  private static boolean debutNormalise(String texte) {
    for (int i = 0; i < LONGUEUR; i++) {
      char c = texte.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Vrai si ce RG est un RG hérité suffixé ({@code 02100167-1}).
   *
   * @return vrai si ce RG est un RG hérité suffixé
   */
  public boolean estHerite() {
    return valeur.length() > LONGUEUR;
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
    if (s.length() >= LONGUEUR && debutNormalise(s)) {
      return s.length() == LONGUEUR ? s : s.substring(0, LONGUEUR); // 8 premiers caractères déjà gardés tels quels
    }
    // les caractères gardés sont écrits à droite du tableau, complété à gauche par des « 0 » (sans
    // StringBuilder ni insertion : appelé pour chaque ligne importée)
    char[] gardes = new char[LONGUEUR];
    int n = 0;
    for (int i = 0; i < s.length() && n < LONGUEUR; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        gardes[n++] = (char) (c - 'a' + 'A');
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        gardes[n++] = c;
      }
    }
    if (n < LONGUEUR) {
      System.arraycopy(gardes, 0, gardes, LONGUEUR - n, n);
      java.util.Arrays.fill(gardes, 0, LONGUEUR - n, '0');
    }
    return new String(gardes);
  }

  /**
   * {@return vrai si {@code saisie} est égale à sa normalisation}
   *
   * @param saisie texte à tester, éventuellement nul
   */
  public static boolean estValide(@org.jspecify.annotations.Nullable String saisie) {
    // égale à sa normalisation ⇔ exactement LONGUEUR caractères [A-Z0-9] (la normalisation rend toujours
    // LONGUEUR caractères de cet alphabet, et les recopie tels quels) : vérifié sans rien allouer
    return saisie != null && saisie.length() == LONGUEUR && debutNormalise(saisie);
  }

  /**
   * Numéro RG issu de la normalisation silencieuse de {@code saisie} (chemin des imports, de l'API des
   * logiciels métier et d'OCMI). Un RG hérité écrit exactement sous sa forme ({@link #estFormeHeritee},
   * espaces de bord ôtés) est gardé tel quel : c'est ainsi qu'une mesure héritée se réimporte sur
   * elle-même et non sur la mesure dont elle était le doublon.
   *
   * @param saisie texte brut, éventuellement nul
   * @return le numéro RG normalisé, ou le RG hérité (jamais d'échec)
   */
  public static NumeroRg normalise(@org.jspecify.annotations.Nullable String saisie) {
    String s = saisie == null ? "" : saisie.strip();
    // déjà normalisé (réimport d'un export) : normaliser le rend tel quel
    return new NumeroRg(estFormeHeritee(s) ? s : normaliser(s));
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
