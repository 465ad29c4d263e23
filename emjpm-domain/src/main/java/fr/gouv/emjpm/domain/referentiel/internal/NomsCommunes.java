// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import fr.gouv.emjpm.domain.referentiel.Commune;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comparaison tolérante de noms de communes : sans casse, sans accents (NFD), ligatures « œ »/« æ »
 * développées, tout caractère autre que lettre ou chiffre traité comme un espace, espaces multiples
 * réduits, « ST »/« STE » lus « SAINT »/« SAINTE ». Indépendant de la locale par défaut. Sans état,
 * thread-safe.
 */
public final class NomsCommunes {

  private NomsCommunes() {}

  /**
   * Forme normalisée d'un nom : « L'Abergement-Clémenciat » → « L ABERGEMENT CLEMENCIAT ».
   *
   * @param nom nom de commune, libre
   * @return les mots du nom en majuscules sans accents, séparés par une espace
   */
  public static String normaliser(String nom) {
    return String.join(" ", jetons(nom));
  }

  /**
   * Commune de {@code candidates} dont le nom correspond à {@code ville} ; à défaut, nouvel essai
   * sans mention finale « CEDEX », numéro ou « ARRONDISSEMENT » (« PARIS 17 », « LYON 3E »).
   *
   * @param candidates communes candidates, en général celles d'un code postal
   * @param ville nom de commune saisi, libre
   * @return la première candidate dont le nom correspond, vide sinon
   */
  public static Optional<Commune> chercher(List<Commune> candidates, String ville) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<String> jetons = jetons(ville);
    if (jetons.isEmpty()) {
      return Optional.empty();
    }
    String cle = String.join(" ", jetons);
    Optional<Commune> trouvee = parNom(candidates, cle);
    if (trouvee.isPresent()) {
      return trouvee;
    }
    int fin = jetons.size();
    while (fin > 1 && estSuffixeIgnorable(jetons.get(fin - 1))) {
      fin--;
    }
    if (fin == jetons.size()) {
      return Optional.empty();
    }
    return parNom(candidates, String.join(" ", jetons.subList(0, fin)));
  }

  private static Optional<Commune> parNom(List<Commune> candidates, String cle) {
    for (Commune c : candidates) {
      if (normaliser(c.nom()).equals(cle)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean estSuffixeIgnorable(String jeton) {
    if (jeton.equals("CEDEX") || jeton.equals("ARRONDISSEMENT") || jeton.equals("ARR")) {
      return true;
    }
    int i = 0;
    while (i < jeton.length() && jeton.charAt(i) >= '0' && jeton.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return false;
    }
    String reste = jeton.substring(i);
    return reste.isEmpty() || reste.equals("E") || reste.equals("ER") || reste.equals("EME");
  }

  private static List<String> jetons(String texte) {
    String decompose = Normalizer.normalize(texte, Normalizer.Form.NFD);
    List<String> jetons = new ArrayList<>();
    StringBuilder courant = new StringBuilder(decompose.length());
    for (int i = 0; i < decompose.length(); i++) {
      char ch = decompose.charAt(i);
      if (Character.getType(ch) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (ch) {
        case 'œ', 'Œ' -> courant.append("OE");
        case 'æ', 'Æ' -> courant.append("AE");
        case 'ß' -> courant.append("SS");
        default -> {
          if (Character.isLetterOrDigit(ch)) {
            courant.append(Character.toUpperCase(ch));
          } else {
            ajouter(jetons, courant);
          }
        }
      }
    }
    ajouter(jetons, courant);
    return jetons;
  }

  private static void ajouter(List<String> jetons, StringBuilder courant) {
    if (courant.length() == 0) {
      return;
    }
    String jeton = courant.toString();
    courant.setLength(0);
    jetons.add(
        switch (jeton) {
          case "ST" -> "SAINT";
          case "STE" -> "SAINTE";
          default -> jeton;
        });
  }
}
