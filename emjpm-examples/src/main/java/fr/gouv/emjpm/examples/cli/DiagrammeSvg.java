// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.util.List;

/**
 * Diagramme en barres SVG : une barre par catégorie, hauteur proportionnelle à la valeur, barres négatives
 * (surcapacité) sous l'axe du zéro, en rouge. Sortie déterministe pour des entrées données.
 */
final class DiagrammeSvg {

  /** Une barre : libellé, valeur et légende sous le libellé. */
  record Barre(String libelle, long valeur, String detail) {}

  private static final double LARGEUR = 640;
  private static final double HAUTEUR = 420;
  private static final double HAUT = 60;
  private static final double BAS = 80;
  private static final double GAUCHE = 60;

  private DiagrammeSvg() {}

  static String dessiner(String titre, List<Barre> barres) {
    long max = Math.max(0, barres.stream().mapToLong(Barre::valeur).max().orElse(0));
    long min = Math.min(0, barres.stream().mapToLong(Barre::valeur).min().orElse(0));
    double zone = HAUTEUR - HAUT - BAS;
    double echelle = zone / Math.max(1, max - min);
    double zero = HAUT + max * echelle;
    double pas = (LARGEUR - GAUCHE - 20) / Math.max(1, barres.size());
    StringBuilder sb = Svg.debut(LARGEUR, HAUTEUR, titre);
    Svg.texte(sb, LARGEUR / 2, 30, 16, "middle", titre);
    for (int i = 0; i < barres.size(); i++) {
      Barre b = barres.get(i);
      double x = GAUCHE + i * pas + pas * 0.2;
      double h = Math.abs(b.valeur()) * echelle;
      double y = b.valeur() >= 0 ? zero - h : zero;
      String couleur = b.valeur() >= 0 ? "#2e7d32" : "#c62828";
      sb.append("  <rect class=\"barre\" x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y))
          .append("\" width=\"").append(Svg.n(pas * 0.6)).append("\" height=\"").append(Svg.n(h))
          .append("\" fill=\"").append(couleur).append("\"><title>").append(Svg.echapper(b.libelle() + " : " + b.valeur()))
          .append("</title></rect>\n");
      double centre = x + pas * 0.3;
      Svg.texte(sb, centre, b.valeur() >= 0 ? y - 6 : y + h + 16, 13, "middle", String.valueOf(b.valeur()));
      Svg.texte(sb, centre, HAUTEUR - BAS + 30, 13, "middle", b.libelle());
      Svg.texte(sb, centre, HAUTEUR - BAS + 48, 11, "middle", b.detail());
    }
    sb.append("  <line x1=\"").append(Svg.n(GAUCHE - 10)).append("\" y1=\"").append(Svg.n(zero)).append("\" x2=\"")
        .append(Svg.n(LARGEUR - 20)).append("\" y2=\"").append(Svg.n(zero)).append("\" stroke=\"#000000\"/>\n");
    Svg.texte(sb, GAUCHE - 14, zero + 4, 11, "end", "0");
    sb.append("</svg>\n");
    return sb.toString();
  }
}
