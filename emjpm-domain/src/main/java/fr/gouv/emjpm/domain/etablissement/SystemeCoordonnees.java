// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Systèmes de coordonnées projetées des lignes {@code geolocalisation} du fichier FINESS : Lambert-93
 * en métropole et en Corse, une zone UTM par département d'outre-mer. Tous reposent sur un repère
 * compatible avec WGS84 à mieux que le mètre (RGF93, RGAF09, RGFG95, RGR92, RGM04, WGS84) : la
 * conversion est une simple projection inverse, sans changement de repère. {@link #code()} est le code
 * EPSG. Immuable et thread-safe.
 */
public enum SystemeCoordonnees implements CodeMetier {
  /** RGF93 / Lambert-93 (métropole, Corse). */
  LAMBERT_93("EPSG:2154", "RGF93 / Lambert-93 (métropole)"),
  /** RGAF09 / UTM zone 20N (Guadeloupe, Martinique, Saint-Barthélemy, Saint-Martin). */
  UTM_20N("EPSG:5490", "RGAF09 / UTM zone 20N (Antilles)"),
  /** WGS84 / UTM zone 21N (Saint-Pierre-et-Miquelon). */
  UTM_21N("EPSG:32621", "WGS84 / UTM zone 21N (Saint-Pierre-et-Miquelon)"),
  /** RGFG95 / UTM zone 22N (Guyane). */
  UTM_22N("EPSG:2972", "RGFG95 / UTM zone 22N (Guyane)"),
  /** RGM04 / UTM zone 38S (Mayotte). */
  UTM_38S("EPSG:4471", "RGM04 / UTM zone 38S (Mayotte)"),
  /** RGR92 / UTM zone 40S (La Réunion). */
  UTM_40S("EPSG:2975", "RGR92 / UTM zone 40S (La Réunion)");

  /** Codes EPSG d'un même système (anciennes réalisations équivalentes au mètre près). */
  private static final String[][] ALIAS = {
    {"2154", "LAMBERT_93"},
    {"5490", "UTM_20N"}, {"4559", "UTM_20N"}, {"32620", "UTM_20N"},
    {"32621", "UTM_21N"}, {"4467", "UTM_21N"},
    {"2972", "UTM_22N"}, {"32622", "UTM_22N"},
    {"4471", "UTM_38S"}, {"32738", "UTM_38S"},
    {"2975", "UTM_40S"}, {"32740", "UTM_40S"}
  };

  private static final Pattern EPSG = Pattern.compile("EPSG\\s*:\\s*(\\d{4,5})");
  private static final Pattern UTM_ZONE = Pattern.compile("UTM[ _-]*(?:ZONE[ _-]*)?(\\d{2})\\s*([NS])\\b");
  private static final Pattern UTM_HEMISPHERE = Pattern.compile("UTM[ _-]*([NS])[ _-]*(\\d{2})\\b");
  private static final Pattern LAMBERT = Pattern.compile("LAMBERT[ _-]*93");

  private final String code;
  private final String libelle;

  SystemeCoordonnees(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  private Object projection() {
    return switch (this) {
      case LAMBERT_93 -> Projections.LAMBERT_93;
      case UTM_20N -> Projections.UTM_20N;
      case UTM_21N -> Projections.UTM_21N;
      case UTM_22N -> Projections.UTM_22N;
      case UTM_38S -> Projections.UTM_38S;
      case UTM_40S -> Projections.UTM_40S;
    };
  }

  /**
   * Coordonnées géographiques WGS84 d'un point projeté dans ce système.
   *
   * @param x abscisse (easting), en mètres
   * @param y ordonnée (northing), en mètres
   * @return le point ; vide si une coordonnée n'est pas finie ou si le point tombe hors des bornes WGS84
   */
  public Optional<PointWgs84> versWgs84(double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      return Optional.empty();
    }
    Object p = projection();
    double[] g = p instanceof ConiqueConforme c ? c.inverser(x, y) : ((TransverseMercator) p).inverser(x, y);
    double lon = g[1];
    if (lon > 180) {
      lon -= 360;
    } else if (lon < -180) {
      lon += 360;
    }
    if (!(Math.abs(g[0]) <= 90) || !(Math.abs(lon) <= 180)) {
      return Optional.empty();
    }
    return Optional.of(new PointWgs84(g[0], lon));
  }

  /**
   * Coordonnées projetées dans ce système d'un point WGS84 (opération inverse de {@link
   * #versWgs84(double, double)}).
   *
   * @param point point WGS84 ; une latitude de ±90° n'a pas d'image finie en Lambert-93
   * @return {x, y} en mètres
   */
  public double[] depuisWgs84(PointWgs84 point) {
    Object p = projection();
    return p instanceof ConiqueConforme c
        ? c.projeter(point.latitude(), point.longitude())
        : ((TransverseMercator) p).projeter(point.latitude(), point.longitude());
  }

  /**
   * Système de ce code EPSG ({@code EPSG:2154} ou {@code 2154}), y compris les réalisations équivalentes
   * (par exemple {@code EPSG:32620} pour la zone 20N) ; vide sinon.
   *
   * @param epsg code EPSG, éventuellement préfixé de {@code EPSG:}
   * @return le système, vide pour un code inconnu
   */
  public static Optional<SystemeCoordonnees> parEpsg(@Nullable String epsg) {
    if (epsg == null) {
      return Optional.empty();
    }
    String n = epsg.strip();
    if (n.regionMatches(true, 0, "EPSG:", 0, 5)) {
      n = n.substring(5).strip();
    }
    for (String[] a : ALIAS) {
      if (a[0].equals(n)) {
        return Optional.of(valueOf(a[1]));
      }
    }
    return Optional.empty();
  }

  /**
   * Système déclaré par le champ {@code sourcecoordet} d'une ligne {@code geolocalisation} : un code
   * EPSG ({@code …,EPSG:2154 RGF93 / Lambert-93 (Métropole)}), sinon un nom ({@code LAMBERT_93},
   * {@code UTM_N20}, {@code WGS84/UTM zone 21N}).
   *
   * @param source contenu du champ, éventuellement nul
   * @return le système reconnu, vide sinon
   */
  public static Optional<SystemeCoordonnees> parSource(@Nullable String source) {
    if (source == null || source.isBlank() || source.length() > 1_000) {
      return Optional.empty();
    }
    String s = source.toUpperCase(Locale.ROOT);
    Matcher m = EPSG.matcher(s);
    if (m.find()) {
      Optional<SystemeCoordonnees> e = parEpsg(m.group(1));
      if (e.isPresent()) {
        return e;
      }
    }
    if (LAMBERT.matcher(s).find()) {
      return Optional.of(LAMBERT_93);
    }
    m = UTM_ZONE.matcher(s);
    if (m.find()) {
      return parZone(m.group(1), m.group(2));
    }
    m = UTM_HEMISPHERE.matcher(s);
    if (m.find()) {
      return parZone(m.group(2), m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<SystemeCoordonnees> parZone(String zone, String hemisphere) {
    for (SystemeCoordonnees s : values()) {
      if (s.name().equals("UTM_" + zone + hemisphere)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Système attendu pour un département quand la ligne ne le déclare pas : Lambert-93 en métropole et
   * en Corse ; la zone UTM de chaque département ou collectivité d'outre-mer ; vide ailleurs
   * (Pacifique, TAAF…).
   *
   * @param departement département de l'établissement
   * @return le système attendu, vide si aucun ne l'est
   */
  public static Optional<SystemeCoordonnees> pourDepartement(CodeDepartement departement) {
    if (!departement.estOutreMer()) {
      return Optional.of(LAMBERT_93);
    }
    return switch (departement.valeur()) {
      case "971", "972", "977", "978" -> Optional.of(UTM_20N);
      case "973" -> Optional.of(UTM_22N);
      case "974" -> Optional.of(UTM_40S);
      case "975" -> Optional.of(UTM_21N);
      case "976" -> Optional.of(UTM_38S);
      default -> Optional.empty();
    };
  }

  /** Projections construites une fois (chargement paresseux de la classe). */
  private static final class Projections {
    static final ConiqueConforme LAMBERT_93 =
        new ConiqueConforme(Ellipsoide.GRS80, 44, 49, 46.5, 3, 700_000, 6_600_000);
    static final TransverseMercator UTM_20N = utm(Ellipsoide.GRS80, 20, false);
    static final TransverseMercator UTM_21N = utm(Ellipsoide.WGS84, 21, false);
    static final TransverseMercator UTM_22N = utm(Ellipsoide.GRS80, 22, false);
    static final TransverseMercator UTM_38S = utm(Ellipsoide.GRS80, 38, true);
    static final TransverseMercator UTM_40S = utm(Ellipsoide.GRS80, 40, true);

    private static TransverseMercator utm(Ellipsoide e, int zone, boolean sud) {
      return new TransverseMercator(e, zone * 6 - 183, 0.9996, 500_000, sud ? 10_000_000 : 0);
    }
  }
}
