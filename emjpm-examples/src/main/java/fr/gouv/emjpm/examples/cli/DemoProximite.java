// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.proximite.GestionnaireProche;
import fr.gouv.emjpm.rules.proximite.IndexGestionnaires;
import fr.gouv.emjpm.rules.proximite.RequeteProximite;
import fr.gouv.emjpm.rules.recherche.CritereRecherche;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import fr.gouv.emjpm.rules.recherche.PageRecherche;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Partie « juge » de la démonstration : un juge du Tribunal judiciaire de Lille cherche des
 * gestionnaires près de Roubaix parmi 120 gestionnaires fictifs générés de façon déterministe.
 */
final class DemoProximite {

  private DemoProximite() {}

  static void afficher(PrintWriter out, Referentiel ref) {
    Optional<Tribunal> lille =
        ref.tribunauxDuDepartement(CodeDepartement.of("59")).stream()
            .filter(t -> t.nom().toLowerCase(java.util.Locale.ROOT).contains("judiciaire de lille"))
            .findFirst();
    if (lille.isEmpty()) {
      out.println("== Recherche du juge : Tribunal judiciaire de Lille absent du référentiel");
      return;
    }
    Tribunal ti = lille.get();
    EmjpmEngine engine = EmjpmEngine.builder().referentiel(ref).build();
    GestionnairesDemo demo = new GestionnairesDemo(2026L, 120, ti.id());
    out.println("== Un juge du " + ti.nom() + " cherche des gestionnaires près de Roubaix");
    out.println("  (120 gestionnaires fictifs générés de façon déterministe, graine 2026)");
    IndicateursDisponibilite nord = engine.statistiques().disponibilite(Perimetre.departement(CodeDepartement.of("59")), demo.fiches, demo.comptage);
    out.println("  Nord (59) : " + nord.placesDisponibles() + " places disponibles, surcapacité " + nord.surcapacite()
        + ", disponibilité totale " + nord.disponibiliteTotale() + ", capacité non renseignée " + nord.capaciteNonRenseignee());
    IndexGestionnaires index = engine.proximite().indexer(demo.fiches);
    RequeteProximite requete =
        RequeteProximite.builder().rayonKm(30).nombreMax(5).tribunal(ti.id())
            .filtres(FiltresGestionnaire.builder().disponiblesSeulement(true).build()).build();
    List<GestionnaireProche> proches =
        engine.proximite().autourDe(CodeInsee.of("59512"), index, requete, demo.comptage).valeurOuErreur();
    out.println("  Les 5 plus proches de Roubaix (59512) ayant des places, à moins de 30 km :");
    for (GestionnaireProche p : proches) {
      out.println(String.format(java.util.Locale.FRANCE, "    %7.3f km  %-14s %-36s dispo %3d%s",
          p.distanceKm(), p.fiche().id(), p.fiche().nom(), p.disponibilite().disponibilite(), p.prefere() ? "  ★ préfère ce tribunal" : ""));
    }
    PageRecherche page =
        engine.recherche().rechercher(
            CritereRecherche.builder().tribunal(ti.id()).departementTribunal(ti.departement()).texte("roubaix").build(),
            demo.fiches, demo.comptage);
    out.println("  Liste du juge, texte « roubaix » : " + page.total() + " gestionnaire(s) ; les premiers :");
    page.lignes().stream().limit(5).forEach(l -> out.println(
        "    " + l.id() + "  " + l.fiche().nom() + "  disponibilité " + l.disponibilite()
            + l.disponibiliteDepartementale().stream().mapToObj(x -> " (dép. 59 : " + x + ")").findFirst().orElse("")));
  }
}
