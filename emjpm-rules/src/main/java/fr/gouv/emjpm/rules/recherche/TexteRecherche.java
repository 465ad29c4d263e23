// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recherche en texte libre insensible à la casse et aux accents, avec classement (l'équivalent de la
 * similarité de mots {@code pg_trgm} de l'original).
 *
 * <p>Chaque mot cherché doit correspondre à un mot du document : égalité (1), préfixe (0,8),
 * sous-chaîne (0,6) ou, à défaut, mots proches par trigrammes (similarité ≥ 0,5, comptée à 0,4 × la
 * similarité) ; la pertinence est la moyenne sur les mots cherchés, majorée de 0,1 par mot trouvé
 * dans le nom. Immuable et thread-safe.
 */
public final class TexteRecherche {

  private static final Pattern MARQUES = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final double SEUIL_TRIGRAMMES = 0.5;

  private final List<String> mots;

  private TexteRecherche(List<String> mots) {
    this.mots = List.copyOf(mots);
  }

  /**
   * Prépare un texte cherché (vide : tout correspond).
   *
   * @param texte texte saisi, libre
   * @return le texte préparé ; sans mot, tout document correspond
   */
  public static TexteRecherche de(String texte) {
    return new TexteRecherche(mots(texte));
  }

  /** {@return vrai si le texte cherché ne contient aucun mot} */
  public boolean estVide() {
    return mots.isEmpty();
  }

  /** {@return mots normalisés du texte cherché} */
  public List<String> mots() {
    return mots;
  }

  /**
   * Minuscules ASCII sans accents ({@code œ} → {@code oe}, {@code ß} → {@code ss}), tout autre
   * caractère devenant une espace, espaces réduites.
   *
   * @param texte texte libre
   * @return le texte en minuscules ASCII sans accents, mots séparés par une seule espace
   */
  public static String normaliser(String texte) {
    String t =
        texte
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ß", "ss");
    t = MARQUES.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    t = NON_ALNUM.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return t.strip();
  }

  /**
   * Mots normalisés d'un texte.
   *
   * @param texte texte libre
   * @return liste non modifiable des mots normalisés, vide pour un texte sans lettre ni chiffre
   */
  public static List<String> mots(String texte) {
    String n = normaliser(texte);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  /**
   * {@return pertinence du document pour ce texte : 0 si un mot cherché n'y est pas trouvé, sinon dans ]0 ;
   * 1,1]}
   * Un texte vide donne 1 à tout document.
   *
   * @param nom champ principal (mots comptés avec un bonus)
   * @param autres autres champs (SIRET, code postal, ville, adresse, courriel)
   */
  public double pertinence(String nom, Collection<String> autres) {
    if (mots.isEmpty()) {
      return 1.0;
    }
    List<String> motsNom = mots(nom);
    List<String> motsDoc = new ArrayList<>(motsNom);
    for (String a : autres) {
      motsDoc.addAll(mots(a));
    }
    double somme = 0;
    double bonus = 0;
    for (String m : mots) {
      double meilleur = meilleur(m, motsDoc);
      if (meilleur <= 0) {
        return 0;
      }
      somme += meilleur;
      if (meilleur(m, motsNom) > 0) {
        bonus += 0.1;
      }
    }
    return somme / mots.size() + bonus / mots.size();
  }

  private static double meilleur(String cherche, List<String> doc) {
    double best = 0;
    for (String w : doc) {
      double s;
      if (w.equals(cherche)) {
        return 1.0;
      } else if (w.startsWith(cherche)) {
        s = 0.8;
      } else if (w.contains(cherche)) {
        s = 0.6;
      } else {
        double sim = similarite(cherche, w);
        s = sim >= SEUIL_TRIGRAMMES ? 0.4 * sim : 0;
      }
      best = Math.max(best, s);
    }
    return best;
  }

  /** Similarité de trigrammes (à la {@code pg_trgm}) : |A ∩ B| / |A ∪ B|. */
  static double similarite(String a, String b) {
    Set<String> ta = trigrammes(a);
    Set<String> tb = trigrammes(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    int commun = 0;
    for (String t : ta) {
      if (tb.contains(t)) {
        commun++;
      }
    }
    return (double) commun / (ta.size() + tb.size() - commun);
  }

  private static Set<String> trigrammes(String mot) {
    String p = "  " + mot + " ";
    Set<String> res = new HashSet<>();
    for (int i = 0; i + 3 <= p.length(); i++) {
      res.add(p.substring(i, i + 3));
    }
    return res;
  }
}
