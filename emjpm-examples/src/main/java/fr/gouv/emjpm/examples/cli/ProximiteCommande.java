// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.proximite.GestionnaireProche;
import fr.gouv.emjpm.rules.proximite.IndexGestionnaires;
import fr.gouv.emjpm.rules.proximite.Position;
import fr.gouv.emjpm.rules.proximite.RequeteProximite;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emjpm proximite} : gestionnaires les plus proches d'un point, d'une commune ou d'un code postal. */
@Command(
    name = "proximite",
    mixinStandardHelpOptions = true,
    description =
        "Gestionnaires les plus proches d'un point, d'une commune (INSEE) ou d'un code postal,"
            + " triés par distance orthodromique.")
final class ProximiteCommande implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lat", paramLabel = "X", description = "Latitude WGS84 (avec --lon).")
  Optional<Double> lat = Optional.empty();

  @Option(names = "--lon", paramLabel = "Y", description = "Longitude WGS84 (avec --lat).")
  Optional<Double> lon = Optional.empty();

  @Option(names = "--commune", paramLabel = "INSEE", description = "Code INSEE de la commune.")
  Optional<String> commune = Optional.empty();

  @Option(names = "--code-postal", paramLabel = "CP", description = "Code postal.")
  Optional<String> codePostal = Optional.empty();

  @Option(names = "--ville", paramLabel = "V", description = "Ville (avec --code-postal).")
  Optional<String> ville = Optional.empty();

  @Option(names = "--gestionnaires", required = true, paramLabel = "G.json", description = "Fichier des gestionnaires.")
  Path gestionnaires = Path.of("");

  @Option(names = "--mesures", paramLabel = "M.json", description = "Fichier des mesures (disponibilités).")
  Optional<Path> mesures = Optional.empty();

  @Option(names = "--rayon-km", paramLabel = "KM", description = "Rayon en km (défaut : 300).")
  double rayonKm = 300;

  @Option(names = "--max", paramLabel = "N", description = "Nombre maximal de résultats (défaut : 20).")
  int max = 20;

  @Option(names = "--type", paramLabel = "TYPE", description = "individuel, prepose ou service.")
  Optional<String> type = Optional.empty();

  @Option(names = "--disponibles", description = "Seulement ceux qui ont des places disponibles.")
  boolean disponibles;

  @CommandLine.Mixin
  SortieJson json = new SortieJson();

  @Override
  public Integer call() {
    if (!(rayonKm >= 0) || max < 0) {
      throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --rayon-km et --max doivent être positifs.");
    }
    EmjpmEngine engine = EmjpmEngine.parDefaut();
    Position centre = centre(engine);
    DonneesDisponibilite d = DonneesDisponibilite.charger(engine, gestionnaires, mesures);
    IndexGestionnaires index = engine.proximite().indexer(d.fiches);
    RequeteProximite requete =
        RequeteProximite.builder()
            .rayonKm(rayonKm)
            .nombreMax(max)
            .filtres(
                FiltresGestionnaire.builder()
                    .type(DonneesDisponibilite.type(type))
                    .disponiblesSeulement(disponibles)
                    .build())
            .build();
    List<GestionnaireProche> proches = engine.proximite().autourDe(centre, index, requete, d.comptage);
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> lignes = new ArrayList<>();
    for (GestionnaireProche p : proches) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", p.fiche().id().toString());
      l.put("nom", p.fiche().nom());
      l.put("distance_km", km(p.distanceKm()));
      l.put("disponibilite", p.disponibilite().disponibilite());
      lignes.add(l);
    }
    if (json.actif()) {
      Json.ecrire(out, lignes);
    } else if (lignes.isEmpty()) {
      out.println("Aucun gestionnaire dans un rayon de " + rayonKm + " km.");
    } else {
      lignes.forEach(l -> out.println(l.get("distance_km") + " km  " + l.get("id") + "  " + l.get("nom") + "  disponibilité " + l.get("disponibilite")));
    }
    return EmjpmCli.OK;
  }

  static BigDecimal km(double distance) {
    return BigDecimal.valueOf(distance).setScale(3, RoundingMode.HALF_UP);
  }

  private Position centre(EmjpmEngine engine) {
    int modes = (lat.isPresent() || lon.isPresent() ? 1 : 0) + (commune.isPresent() ? 1 : 0) + (codePostal.isPresent() ? 1 : 0);
    if (modes != 1 || lat.isPresent() != lon.isPresent() || (ville.isPresent() && codePostal.isEmpty())) {
      throw new ErreurUtilisateur(
          EmjpmCli.ERREUR,
          "Erreur d'utilisation : donnez exactement une localisation : --lat et --lon, --commune, ou --code-postal [--ville].");
    }
    if (lat.isPresent()) {
      if (!Position.estValide(lat.get(), lon.get())) {
        throw new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : latitude dans [-90, 90] et longitude dans [-180, 180] attendues.");
      }
      return Position.of(lat.get(), lon.get());
    }
    Resultat<Position> p =
        commune.isPresent()
            ? CodeInsee.parse(commune.get()).flatMap(c -> engine.proximite().localiser(c))
            : CodePostal.parse(codePostal.get()).flatMap(c -> engine.proximite().localiser(c, ville));
    if (!p.estSucces()) {
      throw new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : " + p.violations().get(0).message());
    }
    return p.valeurOuErreur();
  }
}
