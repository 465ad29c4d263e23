// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.GestionnaireProche;
import fr.gouv.emjpm.rules.proximite.IndexGestionnaires;
import fr.gouv.emjpm.rules.proximite.RequeteProximite;
import fr.gouv.emjpm.rules.recherche.CritereRecherche;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import fr.gouv.emjpm.rules.recherche.PageRecherche;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Partie « juge » de la démonstration : un juge du Tribunal judiciaire de Lille cherche des
 * gestionnaires ayant des places près de Roubaix parmi les gestionnaires du Nord, puis filtre sa liste par
 * texte. Il retient le plus proche mandataire (individuel ou préposé).
 */
final class DemoProximite {

  /** Commune autour de laquelle le juge cherche : Roubaix. */
  static final CodeInsee ROUBAIX = CodeInsee.of("59512");

  private DemoProximite() {}

  /** Affiche la recherche et rend le mandataire retenu (le plus proche qui n'est pas un service). */
  static GestionnaireProche afficher(PrintWriter out, EmjpmEngine engine, List<FicheGestionnaire> fiches,
      ComptageMesures comptage, Tribunal ti) {
    out.println("== Un juge du " + ti.nom() + " cherche des gestionnaires près de Roubaix");
    IndexGestionnaires index = engine.proximite().indexer(fiches);
    RequeteProximite requete =
        RequeteProximite.builder().rayonKm(30).nombreMax(5).tribunal(ti.id())
            .filtres(FiltresGestionnaire.builder().disponiblesSeulement(true).build()).build();
    List<GestionnaireProche> proches = engine.proximite().autourDe(ROUBAIX, index, requete, comptage).valeurOuErreur();
    out.println("  Les " + proches.size() + " plus proches de Roubaix (" + ROUBAIX.valeur()
        + ") ayant des places, à moins de 30 km :");
    for (GestionnaireProche p : proches) {
      out.println(String.format(Locale.FRANCE, "    %7.3f km  %-14s %-36s dispo %3d%s",
          p.distanceKm(), p.fiche().id(), p.fiche().nom(), p.disponibilite().disponibilite(), p.prefere() ? "  ★ préfère ce tribunal" : ""));
    }
    PageRecherche page =
        engine.recherche().rechercher(
            CritereRecherche.builder().tribunal(ti.id()).departementTribunal(ti.departement()).texte("roubaix").build(),
            fiches, comptage);
    out.println("  Liste du juge, texte « roubaix » : " + page.total() + " gestionnaire(s) ; les premiers :");
    page.lignes().stream().limit(3).forEach(l -> out.println(
        "    " + l.id() + "  " + l.fiche().nom() + "  disponibilité " + l.disponibilite()
            + l.disponibiliteDepartementale().stream().mapToObj(x -> " (dép. 59 : " + x + ")").findFirst().orElse("")));
    GestionnaireProche choisi = proches.stream().filter(p -> p.fiche().type() != TypeGestionnaire.SERVICE).findFirst()
        .orElseThrow(() -> new IllegalStateException("aucun mandataire disponible près de Roubaix"));
    out.println("  Le juge retient " + choisi.fiche().id() + " (" + choisi.fiche().nom() + ", "
        + String.format(Locale.FRANCE, "%.1f", choisi.distanceKm()) + " km).");
    out.println();
    return choisi;
  }
}
