// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Manquement à une règle, décrit comme une donnée : code stable, gravité, chemin du champ ({@code
 * /etats/0/code_postal} ou {@code Feuil1!C7}), message français déjà rendu et arguments utilisés.
 *
 * <p>Les arguments ne doivent jamais contenir de données personnelles (numéro RG, contenu de cellule)
 * : ils servent à re-rendre ou traduire le message. Immuable et thread-safe.
 *
 * @param code code stable
 * @param gravite gravité
 * @param chemin chemin du champ fautif, vide s'il concerne l'objet entier
 * @param message message français rendu
 * @param arguments valeurs utilisées pour rendre le message (ordre d'insertion conservé)
 */
public record Violation(
    String code, Gravite gravite, String chemin, String message, Map<String, String> arguments) {

  /**
   * Construit une violation en copiant les arguments.
   *
   * @param code code stable, non vide
   * @param gravite gravité
   * @param chemin chemin du champ fautif, vide pour l'objet entier
   * @param message message français déjà rendu
   * @param arguments arguments utilisés pour le message, copiés dans l'ordre d'insertion
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(gravite, "gravite");
    Objects.requireNonNull(chemin, "chemin");
    Objects.requireNonNull(message, "message");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    if (code.isBlank()) {
      throw new IllegalArgumentException("code vide");
    }
  }

  /**
   * Violation de la gravité par défaut de {@code code}, message rendu depuis son modèle.
   *
   * @param code code stable
   * @param chemin chemin du champ
   * @param arguments arguments nommés du modèle (clés et valeurs non nulles)
   * @return la violation
   */
  public static Violation de(CodeViolation code, String chemin, Map<String, ?> arguments) {
    return de(code, code.gravite(), chemin, arguments);
  }

  /**
   * {@return violation sans argument}
   *
   * @param code code stable, dont la gravité par défaut est reprise
   * @param chemin chemin du champ, vide pour l'objet entier
   */
  public static Violation de(CodeViolation code, String chemin) {
    return de(code, chemin, Map.of());
  }

  /**
   * {@return violation d'une gravité explicite}
   *
   * @param code code stable, dont le modèle de message est rendu
   * @param gravite gravité imposée, à la place de celle du code
   * @param chemin chemin du champ, vide pour l'objet entier
   * @param arguments arguments nommés du modèle, convertis par {@link String#valueOf(Object)}
   */
  public static Violation de(
      CodeViolation code, Gravite gravite, String chemin, Map<String, ?> arguments) {
    Map<String, String> args = new LinkedHashMap<>();
    arguments.forEach((k, v) -> args.put(k, String.valueOf(v)));
    return new Violation(code.code(), gravite, chemin, rendre(code.modele(), args), args);
  }

  /**
   * {@return copie de cette violation sous un autre chemin (préfixe ajouté, par exemple {@code /etats/2})}
   *
   * @param prefixe préfixe ajouté devant le chemin actuel (par exemple {@code /etats/2})
   */
  public Violation prefixee(String prefixe) {
    return new Violation(code, gravite, prefixe + chemin, message, arguments);
  }

  /**
   * {@return copie de cette violation à un autre chemin}
   *
   * @param nouveauChemin chemin qui remplace le chemin actuel
   */
  public Violation avecChemin(String nouveauChemin) {
    return new Violation(code, gravite, nouveauChemin, message, arguments);
  }

  /** {@return vrai si la violation empêche l'opération} */
  public boolean estBloquante() {
    return gravite == Gravite.BLOQUANTE;
  }

  /**
   * Remplace les paramètres {@code {nom}} du modèle par les arguments ; un paramètre sans argument
   * est laissé tel quel. Indépendant de la locale par défaut.
   *
   * @param modele modèle de message aux paramètres {@code {nom}}
   * @param arguments valeurs des paramètres par nom, non nul
   * @return le message rendu
   */
  public static String rendre(String modele, Map<String, String> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    StringBuilder sb = new StringBuilder(modele.length() + 16);
    int i = 0;
    while (i < modele.length()) {
      char c = modele.charAt(i);
      int fin = c == '{' ? modele.indexOf('}', i) : -1;
      if (fin > i) {
        String nom = modele.substring(i + 1, fin);
        String valeur = arguments.get(nom);
        sb.append(valeur != null ? valeur : modele, valeur != null ? 0 : i, valeur != null ? valeur.length() : fin + 1);
        i = fin + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return gravite + " " + code + (chemin.isEmpty() ? "" : " @" + chemin) + " : " + message;
  }
}
