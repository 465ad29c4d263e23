// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.recherche.CritereRecherche;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import fr.gouv.emjpm.rules.recherche.LigneRecherche;
import fr.gouv.emjpm.rules.recherche.PageRecherche;
import fr.gouv.emjpm.rules.recherche.TriRecherche;
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

/** {@code emjpm recherche} : la liste des gestionnaires proposée au juge d'un tribunal. */
@Command(
    name = "recherche",
    mixinStandardHelpOptions = true,
    description = "Liste des gestionnaires d'un tribunal : filtres, texte libre, tris, pages de 20.")
final class RechercheCommande implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--tribunal", required = true, paramLabel = "SIRET", description = "SIRET du tribunal du juge.")
  String tribunal = "";

  @Option(names = "--gestionnaires", required = true, paramLabel = "G.json", description = "Fichier des gestionnaires.")
  Path gestionnaires = Path.of("");

  @Option(names = "--mesures", required = true, paramLabel = "M.json", description = "Fichier des mesures.")
  Path mesures = Path.of("");

  @Option(names = "--texte", paramLabel = "T", description = "Texte libre (sans casse ni accents).")
  Optional<String> texte = Optional.empty();

  @Option(names = "--type", paramLabel = "TYPE", description = "individuel, prepose ou service.")
  Optional<String> type = Optional.empty();

  @Option(names = "--departement", paramLabel = "D", description = "Département d'habilitation.")
  Optional<String> departement = Optional.empty();

  @Option(names = "--habilites", description = "Habilitation vérifiée seulement.")
  boolean habilites;

  @Option(names = "--preferes", description = "Souhaitant recevoir des mesures de ce tribunal seulement.")
  boolean preferes;

  @Option(names = "--disponibles", description = "Ayant des places disponibles seulement.")
  boolean disponibles;

  @Option(names = "--tri", paramLabel = "TRI", description = "disponibilite, az ou za.")
  Optional<String> tri = Optional.empty();

  @Option(names = "--page", paramLabel = "N", description = "Numéro de page (défaut : 1).")
  int page = 1;

  @CommandLine.Mixin
  SortieJson json = new SortieJson();

  @Override
  public Integer call() {
    if (page < 1) {
      throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --page commence à 1.");
    }
    Optional<TriRecherche> t =
        tri.map(
            c ->
                TriRecherche.parCode(c)
                    .filter(x -> x != TriRecherche.PERTINENCE || texte.isPresent())
                    .orElseThrow(() -> new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --tri vaut disponibilite, az ou za.")));
    EmjpmEngine engine = EmjpmEngine.parDefaut();
    Siret siret =
        Siret.parse(tribunal).valeur().orElseThrow(() -> new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : le SIRET du tribunal doit compter 14 chiffres."));
    Tribunal ti =
        engine.referentiel().tribunal(siret).orElseThrow(() -> new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : tribunal inconnu du référentiel."));
    CritereRecherche critere =
        CritereRecherche.builder()
            .tribunal(ti.id())
            .departementTribunal(ti.departement())
            .texte(texte)
            .tri(t)
            .page(page)
            .filtres(
                FiltresGestionnaire.builder()
                    .type(DonneesDisponibilite.type(type))
                    .departementHabilitation(DonneesDisponibilite.departement(departement))
                    .habilitesSeulement(habilites)
                    .preferesSeulement(preferes)
                    .disponiblesSeulement(disponibles)
                    .build())
            .build();
    DonneesDisponibilite d = DonneesDisponibilite.charger(engine, gestionnaires, Optional.of(mesures));
    PageRecherche p = engine.recherche().rechercher(critere, d.fiches, d.comptage);
    List<Map<String, Object>> lignes = new ArrayList<>();
    for (LigneRecherche l : p.lignes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id().toString());
      m.put("nom", l.fiche().nom());
      m.put("type", l.fiche().type().code());
      m.put("disponibilite", l.disponibilite());
      m.put("disponibilite_departementale", l.disponibiliteDepartementale().isPresent() ? l.disponibiliteDepartementale().getAsInt() : null);
      m.put("mesures_max", l.compteurs().mesuresMaxAffichees());
      m.put("en_cours", l.compteurs().enCours());
      m.put("en_attente", l.compteurs().enAttente());
      m.put("prefere", l.prefere());
      m.put("habilite", l.fiche().habilite());
      m.put("suspendu", l.fiche().suspendu());
      lignes.add(m);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.actif()) {
      Map<String, Object> res = new LinkedHashMap<>();
      res.put("page", p.page());
      res.put("pages", p.nombrePages());
      res.put("total", p.total());
      res.put("lignes", lignes);
      Json.ecrire(out, res);
    } else {
      out.println(ti.nom() + " : " + p.total() + " gestionnaire(s), page " + p.page() + "/" + Math.max(1, p.nombrePages()));
      for (Map<String, Object> m : lignes) {
        out.println("  " + m.get("id") + "  " + m.get("nom") + "  disponibilité " + m.get("disponibilite")
            + (Boolean.TRUE.equals(m.get("prefere")) ? "  ★" : ""));
      }
    }
    return EmjpmCli.OK;
  }
}
