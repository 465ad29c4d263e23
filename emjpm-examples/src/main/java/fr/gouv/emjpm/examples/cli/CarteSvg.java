// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Carte SVG autonome (aucune tuile, aucun réseau) : gestionnaires colorés par disponibilité, tribunaux en
 * triangles par-dessus (nom de la ville une fois par ville), légende. Projection équirectangulaire :
 * x = longitude × cos(latitude moyenne), y = −latitude, puis mise à l'échelle dans le cadre. Sortie
 * déterministe pour des entrées données.
 */
final class CarteSvg {

  /** Gestionnaire placé sur la carte (position WGS84 en degrés). */
  record Point(String libelle, double latitude, double longitude, ClasseDisponibilite classe) {}

  /** Tribunal placé sur la carte. */
  record Tribunal(String nom, String ville, double latitude, double longitude) {}

  static final double LARGEUR = 800;
  private static final double MARGE = 30;
  /** Place à droite pour les noms de villes des tribunaux. */
  private static final double DROITE = 120;
  private static final double CARTE = LARGEUR - MARGE - DROITE;
  private static final double LEGENDE = 120;

  private CarteSvg() {}

  static String dessiner(String titre, List<Point> points, List<Tribunal> tribunaux) {
    List<double[]> tous = new ArrayList<>();
    points.forEach(p -> tous.add(new double[] {p.latitude(), p.longitude()}));
    tribunaux.forEach(t -> tous.add(new double[] {t.latitude(), t.longitude()}));
    double latMin = tous.stream().mapToDouble(a -> a[0]).min().orElse(0);
    double latMax = tous.stream().mapToDouble(a -> a[0]).max().orElse(1);
    double lonMin = tous.stream().mapToDouble(a -> a[1]).min().orElse(0);
    double lonMax = tous.stream().mapToDouble(a -> a[1]).max().orElse(1);
    double cos = Math.cos(Math.toRadians((latMin + latMax) / 2));
    double etendueX = Math.max((lonMax - lonMin) * cos, 1e-6);
    double etendueY = Math.max(latMax - latMin, 1e-6);
    double echelle = Math.min(CARTE / etendueX, CARTE / etendueY);
    double hauteurCarte = etendueY * echelle;
    Projection proj = (lat, lon) -> new double[] {
      MARGE + (lon - lonMin) * cos * echelle + (CARTE - etendueX * echelle) / 2,
      MARGE + 20 + (latMax - lat) * echelle
    };
    double hauteur = MARGE + 20 + hauteurCarte + MARGE + LEGENDE;
    StringBuilder sb = Svg.debut(LARGEUR, hauteur, titre);
    Svg.texte(sb, LARGEUR / 2, MARGE, 16, "middle", titre);
    sb.append("  <g id=\"gestionnaires\">\n");
    for (Point p : points) {
      double[] xy = proj.projeter(p.latitude(), p.longitude());
      sb.append("    <circle class=\"gestionnaire\" cx=\"").append(Svg.n(xy[0])).append("\" cy=\"").append(Svg.n(xy[1]))
          .append("\" r=\"5\" fill=\"").append(p.classe().couleur())
          .append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>").append(Svg.echapper(p.libelle()))
          .append("</title></circle>\n");
    }
    sb.append("  </g>\n  <g id=\"tribunaux\">\n");
    java.util.Set<String> villes = new java.util.HashSet<>();
    for (Tribunal t : tribunaux) {
      double[] xy = proj.projeter(t.latitude(), t.longitude());
      sb.append("    <polygon class=\"tribunal\" points=\"").append(triangle(xy[0], xy[1], 8))
          .append("\" fill=\"#1a237e\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>").append(Svg.echapper(t.nom()))
          .append("</title></polygon>\n");
      if (villes.add(t.ville())) {
        sb.append("  ");
        Svg.texteDetoure(sb, xy[0] + 10, xy[1] + 14, 11, "start", t.ville());
      }
    }
    sb.append("  </g>\n  <g id=\"legende\">\n");
    double y = MARGE + 20 + hauteurCarte + MARGE;
    for (ClasseDisponibilite c : ClasseDisponibilite.values()) {
      // même marque que sur la carte : un cercle de rayon 5 à bord blanc
      sb.append("    <circle class=\"legende\" cx=\"").append(Svg.n(MARGE + 6)).append("\" cy=\"").append(Svg.n(y - 4))
          .append("\" r=\"5\" fill=\"").append(c.couleur()).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
      sb.append("  ");
      Svg.texte(sb, MARGE + 20, y, 12, "start", c.libelle());
      y += 22;
    }
    sb.append("    <polygon class=\"legende\" points=\"").append(triangle(MARGE + 6, y - 4, 7))
        .append("\" fill=\"#1a237e\"/>\n  ");
    Svg.texte(sb, MARGE + 20, y, 12, "start", "tribunal (" + tribunaux.size() + ")");
    sb.append("  ");
    Svg.texte(sb, LARGEUR - MARGE, y, 10, "end",
        "Projection équirectangulaire corrigée par cos(latitude moyenne) ; données fictives");
    sb.append("  </g>\n</svg>\n");
    return sb.toString();
  }

  private static String triangle(double x, double y, double r) {
    return Svg.n(x) + "," + Svg.n(y - r) + " " + Svg.n(x - r) + "," + Svg.n(y + r * 0.8) + " " + Svg.n(x + r) + ","
        + Svg.n(y + r * 0.8);
  }

  @FunctionalInterface
  private interface Projection {
    double[] projeter(double lat, double lon);
  }
}
