// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.proximite.GestionnaireProche;
import fr.gouv.emjpm.rules.proximite.IndexGestionnaires;
import fr.gouv.emjpm.rules.proximite.RequeteProximite;
import fr.gouv.emjpm.rules.recherche.CritereRecherche;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import fr.gouv.emjpm.rules.recherche.LigneRecherche;
import fr.gouv.emjpm.rules.recherche.PageRecherche;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Usage 4 : un juge du Tribunal judiciaire de Lille cherche un gestionnaire pour un majeur qui vit à
 * Roubaix (commune 59512). D'abord la proximité ({@code engine.proximite()}) : les gestionnaires à
 * moins de 40 km, du plus proche au plus lointain, tous puis seulement ceux qui ont des places ; puis
 * la liste du juge ({@code engine.recherche()}), triée par disponibilité. Les sept gestionnaires sont
 * ceux de {@code GestionnairesDuNord}.
 */
public final class RechercherPresDUneCommune {

  /** Roubaix. */
  public static final CodeInsee ROUBAIX = CodeInsee.of("59512");

  /** Rayon de recherche. */
  public static final double RAYON_KM = 40;

  /**
   * Chiffres de l'exemple.
   *
   * @param proches identifiants des gestionnaires dans le rayon, du plus proche au plus lointain
   * @param distancesKm leurs distances (km), dans le même ordre
   * @param prochesDisponibles identifiants des seuls gestionnaires qui ont des places, dans le rayon
   * @param refusCommuneInconnue codes rendus pour une commune absente du référentiel
   * @param listeDuJuge identifiants de la liste du juge (tri par disponibilité)
   * @param disponibilitesListe disponibilité de chaque ligne de la liste du juge
   * @param totalTexteRoubaix nombre de gestionnaires trouvés par le texte « roubaix »
   */
  public record Resultats(
      List<String> proches,
      List<Double> distancesKm,
      List<String> prochesDisponibles,
      List<String> refusCommuneInconnue,
      List<String> listeDuJuge,
      List<Integer> disponibilitesListe,
      int totalTexteRoubaix) {}

  private RechercherPresDUneCommune() {}

  /** Déroule les recherches, les raconte dans {@code out} et rend les chiffres. */
  public static Resultats executer(PrintWriter out) {
    EmjpmEngine engine = Recit.moteur();
    Tribunal lille = engine.referentiel().tribunal(Siret.of(EmbarquerMoteur.SIRET_LILLE)).orElseThrow();
    GestionnairesDuNord nord = new GestionnairesDuNord(lille.id());
    IndexGestionnaires index = engine.proximite().indexer(nord.fiches);
    out.println("== Un juge du " + lille.nom() + " cherche près de Roubaix (" + ROUBAIX.valeur() + ")");

    RequeteProximite tous = RequeteProximite.builder().rayonKm(RAYON_KM).nombreMax(10).tribunal(lille.id()).build();
    List<GestionnaireProche> proches = engine.proximite().autourDe(ROUBAIX, index, tous, nord.comptage).valeurOuErreur();
    out.println("  À moins de " + (int) RAYON_KM + " km, du plus proche au plus lointain :");
    for (GestionnaireProche p : proches) {
      out.println(String.format(Locale.FRANCE, "    %6.2f km  %-13s %-34s disponibilité %3d%s", p.distanceKm(),
          p.fiche().id(), p.fiche().nom(), p.disponibilite().disponibilite(),
          p.prefere() ? "  (préfère ce tribunal)" : ""));
    }
    RequeteProximite avecPlaces =
        RequeteProximite.builder().rayonKm(RAYON_KM).nombreMax(10).tribunal(lille.id())
            .filtres(FiltresGestionnaire.builder().disponiblesSeulement(true).build()).build();
    List<GestionnaireProche> disponibles =
        engine.proximite().autourDe(ROUBAIX, index, avecPlaces, nord.comptage).valeurOuErreur();
    out.println("  Avec des places seulement : " + ids(disponibles));

    Resultat<List<GestionnaireProche>> inconnue =
        engine.proximite().autourDe(CodeInsee.of("59999"), index, tous, nord.comptage);
    out.println("  Commune 59999 : refus " + inconnue.rapport().codes());

    PageRecherche page = engine.recherche().rechercher(
        CritereRecherche.builder().tribunal(lille.id()).departementTribunal(lille.departement()).build(),
        nord.fiches, nord.comptage);
    out.println("  Liste du juge (" + page.total() + " gestionnaires habilités dans le "
        + lille.departement().valeur() + " ou préférant son tribunal), par disponibilité :");
    for (LigneRecherche l : page.lignes()) {
      out.println("    " + l.id() + "  " + l.fiche().nom() + "  disponibilité " + l.disponibilite());
    }
    PageRecherche texte = engine.recherche().rechercher(
        CritereRecherche.builder().tribunal(lille.id()).departementTribunal(lille.departement()).texte("roubaix").build(),
        nord.fiches, nord.comptage);
    out.println("  Texte « roubaix » : " + texte.total() + " gestionnaire(s) "
        + texte.lignes().stream().map(l -> l.id().toString()).toList());
    return new Resultats(
        ids(proches),
        proches.stream().map(GestionnaireProche::distanceKm).toList(),
        ids(disponibles),
        inconnue.rapport().codes(),
        page.lignes().stream().map(l -> l.id().toString()).toList(),
        page.lignes().stream().map(LigneRecherche::disponibilite).toList(),
        texte.total());
  }

  private static List<String> ids(List<GestionnaireProche> proches) {
    return proches.stream().map(p -> p.fiche().id().toString()).toList();
  }

  /** Imprime le récit de l'exemple. */
  public static void main(String[] args) {
    Recit.imprimer(RechercherPresDUneCommune::executer);
  }
}
