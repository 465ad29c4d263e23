// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SystemeCoordonneesTest {

  /**
   * Points de contrôle : une ligne {@code geolocalisation} de l'extrait public par système, et la
   * position WGS84 calculée par PROJ (pyproj), arrondie à 5 décimales (≈ 1 m).
   */
  @ParameterizedTest
  @CsvSource({
    "LAMBERT_93, 870262.2, 6571540.8, 46.22229, 5.20918",
    "UTM_20N, 657242.9, 1795384.4, 16.234, -61.52874",
    "UTM_22N, 353672.8, 544349.1, 4.92347, -52.31973",
    "UTM_40S, 323086.6, 7679599.8, -20.97571, 55.29821",
    "UTM_38S, 524819.9, 8587194.7, -12.77989, 45.22868",
    "UTM_21N, 563213.8, 5180306.8, 46.77332, -56.17201"
  })
  void points_de_controle_proj(SystemeCoordonnees s, double x, double y, double lat, double lon) {
    PointWgs84 p = s.versWgs84(x, y).orElseThrow();
    assertThat(p.latitude()).isCloseTo(lat, within(0.0000051));
    assertThat(p.longitude()).isCloseTo(lon, within(0.0000051));
  }

  @Test
  void origines_definies_par_les_projections() {
    // Lambert-93 : l'origine (46°30'N, 3°E) a pour image (700 000, 6 600 000) par définition.
    double[] l93 = SystemeCoordonnees.LAMBERT_93.depuisWgs84(new PointWgs84(46.5, 3));
    assertThat(l93[0]).isCloseTo(700_000, within(1e-6));
    assertThat(l93[1]).isCloseTo(6_600_000, within(1e-6));
    // UTM : le méridien central à l'équateur a pour image (500 000, 0) au nord, (500 000, 10 000 000) au sud.
    double[] n20 = SystemeCoordonnees.UTM_20N.depuisWgs84(new PointWgs84(0, -63));
    assertThat(n20[0]).isCloseTo(500_000, within(1e-6));
    assertThat(n20[1]).isCloseTo(0, within(1e-6));
    double[] s40 = SystemeCoordonnees.UTM_40S.depuisWgs84(new PointWgs84(0, 57));
    assertThat(s40[1]).isCloseTo(10_000_000, within(1e-6));
    // Sur les parallèles automécoïques (44° et 49°), le facteur d'échelle vaut 1 : 1″ de longitude y
    // mesure la longueur de l'arc de parallèle.
    double[] a = SystemeCoordonnees.LAMBERT_93.depuisWgs84(new PointWgs84(44, 3));
    double[] b = SystemeCoordonnees.LAMBERT_93.depuisWgs84(new PointWgs84(44, 3 + 1.0 / 3600));
    double e2 = 0.00669438002290;
    double s = Math.sin(Math.toRadians(44));
    double arc = 6_378_137.0 * Math.cos(Math.toRadians(44)) / Math.sqrt(1 - e2 * s * s) * Math.toRadians(1.0 / 3600);
    assertThat(Math.hypot(b[0] - a[0], b[1] - a[1])).isCloseTo(arc, within(1e-6));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)|LAMBERT_93",
        "2,ATLASANTE,96,BAN,EPSG:5490 RGAF09/UTM Zone 20N (Antilles)|UTM_20N",
        "2,ATLASANTE,100,BDADRESSE,EPSG:4471 RGM04/UTM zone 38S (Mayotte)|UTM_38S",
        "2,ATLASANTE,90,BAN,WGS84/UTM zone 21N (St-Pierre-et-Miquelon)|UTM_21N",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93|LAMBERT_93",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22|UTM_22N",
        "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40|UTM_40S",
        "EPSG:2975|UTM_40S",
        "EPSG:32620|UTM_20N"
      })
  void systeme_lu_dans_sourcecoordet(String source, SystemeCoordonnees attendu) {
    assertThat(SystemeCoordonnees.parSource(source)).contains(attendu);
  }

  @Test
  void source_inconnue_ou_vide() {
    assertThat(SystemeCoordonnees.parSource("")).isEmpty();
    assertThat(SystemeCoordonnees.parSource(null)).isEmpty();
    assertThat(SystemeCoordonnees.parSource("EPSG:9999 inconnu")).isEmpty();
    assertThat(SystemeCoordonnees.parSource("UTM zone 31N")).isEmpty();
    assertThat(SystemeCoordonnees.parSource("x".repeat(2000))).isEmpty();
    assertThat(SystemeCoordonnees.parEpsg("EPSG:27572")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"01,LAMBERT_93", "2A,LAMBERT_93", "971,UTM_20N", "972,UTM_20N", "973,UTM_22N",
      "974,UTM_40S", "975,UTM_21N", "976,UTM_38S"})
  void systeme_attendu_par_departement(String dep, SystemeCoordonnees attendu) {
    assertThat(SystemeCoordonnees.pourDepartement(CodeDepartement.of(dep))).contains(attendu);
  }

  @Test
  void pas_de_systeme_pour_le_pacifique() {
    assertThat(SystemeCoordonnees.pourDepartement(CodeDepartement.of("987"))).isEmpty();
    CoordonneesProjetees c = new CoordonneesProjetees(1, 2, Optional.empty());
    assertThat(c.versWgs84(CodeDepartement.of("988"))).isEmpty();
  }

  @Test
  void coordonnees_absurdes_sans_position() {
    assertThat(SystemeCoordonnees.LAMBERT_93.versWgs84(Double.NaN, 1)).isEmpty();
    assertThat(SystemeCoordonnees.LAMBERT_93.versWgs84(1, Double.POSITIVE_INFINITY)).isEmpty();
    assertThat(SystemeCoordonnees.UTM_20N.versWgs84(1e300, 1e300)).isEmpty();
  }

  @Test
  void systeme_declare_prioritaire_sur_le_departement() {
    CoordonneesProjetees c = new CoordonneesProjetees(657242.9, 1795384.4, Optional.of(SystemeCoordonnees.UTM_20N));
    assertThat(c.systemePour(CodeDepartement.of("01"))).contains(SystemeCoordonnees.UTM_20N);
    CoordonneesProjetees sans = new CoordonneesProjetees(657242.9, 1795384.4, Optional.empty());
    assertThat(sans.versWgs84(CodeDepartement.of("971")).orElseThrow().longitude())
        .isCloseTo(-61.52874, within(0.0000051));
  }
}
