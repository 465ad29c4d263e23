// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.util.Locale;

/** Petits outils d'écriture SVG à la main : échappement XML et nombres indépendants de la locale. */
final class Svg {
  private Svg() {}

  /** Échappe un texte pour un contenu ou un attribut XML (caractères de contrôle retirés). */
  static String echapper(String texte) {
    StringBuilder sb = new StringBuilder(texte.length());
    texte.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.toString();
  }

  /** Nombre avec une décimale, point décimal. */
  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** En-tête d'un document SVG de la taille donnée. */
  static StringBuilder debut(double largeur, double hauteur, String titre) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(largeur)).append("\" height=\"")
        .append(n(hauteur)).append("\" viewBox=\"0 0 ").append(n(largeur)).append(' ').append(n(hauteur))
        .append("\" font-family=\"sans-serif\">\n")
        .append("  <title>").append(echapper(titre)).append("</title>\n")
        .append("  <rect x=\"0\" y=\"0\" width=\"").append(n(largeur)).append("\" height=\"").append(n(hauteur))
        .append("\" fill=\"#ffffff\"/>\n");
    return sb;
  }

  /** Texte positionné. */
  static void texte(StringBuilder sb, double x, double y, int taille, String ancre, String contenu) {
    texte(sb, x, y, taille, ancre, contenu, "");
  }

  /** Texte détouré de blanc, lisible par-dessus des points. */
  static void texteDetoure(StringBuilder sb, double x, double y, int taille, String ancre, String contenu) {
    texte(sb, x, y, taille, ancre, contenu, " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"");
  }

  private static void texte(StringBuilder sb, double x, double y, int taille, String ancre, String contenu, String style) {
    sb.append("  <text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(taille)
        .append("\" text-anchor=\"").append(ancre).append('"').append(style).append(">").append(echapper(contenu)).append("</text>\n");
  }
}
