// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lecteur JSON minimal (JDK seul) pour le catalogue embarqué : objets → {@code Map} ordonnée,
 * tableaux → {@code List}, nombres → {@link BigDecimal}, {@code null} → {@link #NUL}.
 */
public final class JsonLecteur {

  /** Représentation du littéral {@code null} (pas de null Java dans les structures). */
  public static final Object NUL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private final String texte;
  private int pos;

  private JsonLecteur(String texte) {
    this.texte = texte;
  }

  /**
   * Analyse un document JSON complet.
   *
   * @param texte document JSON complet, non nul
   * @return valeur racine : {@code Map} ordonnée, {@code List}, {@link BigDecimal}, {@code String},
   *     {@code Boolean} ou {@link #NUL}
   */
  public static Object lire(String texte) {
    JsonLecteur l = new JsonLecteur(texte);
    l.espaces();
    Object v = l.valeur();
    l.espaces();
    if (l.pos != texte.length()) {
      throw l.erreur("contenu après la valeur");
    }
    return v;
  }

  private Object valeur() {
    if (pos >= texte.length()) {
      throw erreur("fin inattendue");
    }
    char c = texte.charAt(pos);
    switch (c) {
      case '{':
        return objet();
      case '[':
        return tableau();
      case '"':
        return chaine();
      case 't':
        return litteral("true", Boolean.TRUE);
      case 'f':
        return litteral("false", Boolean.FALSE);
      case 'n':
        return litteral("null", NUL);
      default:
        return nombre();
    }
  }

  private Object litteral(String mot, Object v) {
    if (!texte.startsWith(mot, pos)) {
      throw erreur("littéral inconnu");
    }
    pos += mot.length();
    return v;
  }

  private Map<String, Object> objet() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    espaces();
    if (texte.charAt(pos) == '}') {
      pos++;
      return Collections.unmodifiableMap(m);
    }
    while (true) {
      espaces();
      String cle = chaine();
      espaces();
      attendre(':');
      espaces();
      m.put(cle, valeur());
      espaces();
      char c = texte.charAt(pos++);
      if (c == '}') {
        return Collections.unmodifiableMap(m);
      }
      if (c != ',') {
        throw erreur("',' ou '}' attendu");
      }
    }
  }

  private List<Object> tableau() {
    List<Object> l = new ArrayList<>();
    pos++;
    espaces();
    if (texte.charAt(pos) == ']') {
      pos++;
      return Collections.unmodifiableList(l);
    }
    while (true) {
      espaces();
      l.add(valeur());
      espaces();
      char c = texte.charAt(pos++);
      if (c == ']') {
        return Collections.unmodifiableList(l);
      }
      if (c != ',') {
        throw erreur("',' ou ']' attendu");
      }
    }
  }

  private String chaine() {
    attendre('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = texte.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        char e = texte.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(texte.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  private BigDecimal nombre() {
    int debut = pos;
    while (pos < texte.length() && "+-0123456789.eE".indexOf(texte.charAt(pos)) >= 0) {
      pos++;
    }
    if (debut == pos) {
      throw erreur("valeur attendue");
    }
    return new BigDecimal(texte.substring(debut, pos));
  }

  private void attendre(char c) {
    if (pos >= texte.length() || texte.charAt(pos) != c) {
      throw erreur("'" + c + "' attendu");
    }
    pos++;
  }

  private void espaces() {
    while (pos < texte.length() && Character.isWhitespace(texte.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException erreur(String quoi) {
    return new IllegalArgumentException("JSON invalide à la position " + pos + " : " + quoi);
  }
}
