// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import java.io.PrintWriter;
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

/** {@code emjpm disponibilite} : indicateurs de disponibilité d'un périmètre. */
@Command(
    name = "disponibilite",
    mixinStandardHelpOptions = true,
    description = "Places disponibles, surcapacité, disponibilité totale d'un département, d'une région ou de la France.")
final class DisponibiliteCommande implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gestionnaires", required = true, paramLabel = "G.json", description = "Fichier des gestionnaires.")
  Path gestionnaires = Path.of("");

  @Option(names = "--mesures", required = true, paramLabel = "M.json", description = "Fichier des mesures.")
  Path mesures = Path.of("");

  @Option(names = "--departement", paramLabel = "D", description = "Code du département.")
  Optional<String> departement = Optional.empty();

  @Option(names = "--region", paramLabel = "R", description = "Identifiant de la région (ex. 32).")
  Optional<String> region = Optional.empty();

  @CommandLine.Mixin
  SortieJson json = new SortieJson();

  @Override
  public Integer call() {
    if (departement.isPresent() && region.isPresent()) {
      throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --departement et --region sont incompatibles.");
    }
    EmjpmEngine engine = EmjpmEngine.parDefaut();
    Perimetre perimetre =
        departement.isPresent()
            ? Perimetre.departement(DonneesDisponibilite.departement(departement).orElseThrow())
            : region.isPresent()
                ? DonneesDisponibilite.valeur(Perimetre.region(region.get(), engine.referentiel()), "paramètres")
                : Perimetre.national();
    DonneesDisponibilite d = DonneesDisponibilite.charger(engine, gestionnaires, Optional.of(mesures));
    IndicateursDisponibilite i = engine.statistiques().disponibilite(perimetre, d.fiches, d.comptage);
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("places_disponibles", i.placesDisponibles());
    res.put("surcapacite", i.surcapacite());
    res.put("disponibilite_totale", i.disponibiliteTotale());
    res.put("capacite_non_renseignee", i.capaciteNonRenseignee());
    res.put("mesures_en_cours", i.mesuresEnCours());
    res.put("mesures_en_attente", i.mesuresEnAttente());
    List<Map<String, Object>> lignes = new ArrayList<>();
    for (FicheGestionnaire f : d.fiches) {
      if (!perimetre.concerne(f)) {
        continue;
      }
      Disponibilite g = engine.disponibilites().gestionnaire(f, d.comptage);
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", f.id().toString());
      l.put("mesures_max", g.mesuresMax());
      l.put("en_cours", g.enCours());
      l.put("en_attente", g.enAttente());
      l.put("disponibilite", g.disponibilite());
      lignes.add(l);
    }
    res.put("par_gestionnaire", lignes);
    PrintWriter out = spec.commandLine().getOut();
    if (json.actif()) {
      Json.ecrire(out, res);
    } else {
      out.println("Périmètre : " + perimetre.niveau().name().toLowerCase(java.util.Locale.ROOT) + " " + perimetre.code());
      out.println("  Places disponibles          : " + i.placesDisponibles());
      out.println("  Surcapacité                 : " + i.surcapacite());
      out.println("  Disponibilité totale        : " + i.disponibiliteTotale());
      out.println("  Capacité non renseignée     : " + i.capaciteNonRenseignee());
      out.println("  Mesures en cours / attente  : " + i.mesuresEnCours() + " / " + i.mesuresEnAttente());
      out.println("  Gestionnaires               : " + lignes.size());
    }
    return EmjpmCli.OK;
  }
}
