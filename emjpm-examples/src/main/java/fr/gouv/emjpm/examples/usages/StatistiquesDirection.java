// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.referentiel.Region;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.statistiques.ChiffresDepartement;
import fr.gouv.emjpm.rules.statistiques.ChiffresType;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import fr.gouv.emjpm.rules.statistiques.Statistiques;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage 5 : les statistiques d'une direction ({@code engine.statistiques()}), départementale (Nord)
 * puis régionale (Hauts-de-France), sur les sept gestionnaires de {@code GestionnairesDuNord} : places
 * disponibles, surcapacité, disponibilité totale, capacités non renseignées, puis chiffres par type de
 * gestionnaire et par département. Un gestionnaire habilité dans deux départements compte une fois
 * dans la région, mais une fois dans chacun de ses départements.
 */
public final class StatistiquesDirection {

  /**
   * Chiffres de l'exemple.
   *
   * @param nord indicateurs de la direction départementale du Nord (59)
   * @param region indicateurs de la direction régionale des Hauts-de-France
   * @param nomRegion nom de la région du Nord dans le référentiel
   * @param gestionnairesParType nombre de gestionnaires de la région par type (service, individuel, préposé)
   * @param gestionnairesParDepartement nombre de gestionnaires habilités par département de la région
   */
  public record Resultats(
      IndicateursDisponibilite nord,
      IndicateursDisponibilite region,
      String nomRegion,
      Map<String, Long> gestionnairesParType,
      Map<String, Long> gestionnairesParDepartement) {}

  private StatistiquesDirection() {}

  /** Calcule les statistiques, les raconte dans {@code out} et rend les chiffres. */
  public static Resultats executer(PrintWriter out) {
    EmjpmEngine engine = Recit.moteur();
    Tribunal lille = engine.referentiel().tribunal(Siret.of(EmbarquerMoteur.SIRET_LILLE)).orElseThrow();
    GestionnairesDuNord donnees = new GestionnairesDuNord(lille.id());
    Statistiques stats = engine.statistiques();
    out.println("== Statistiques des directions (" + donnees.fiches.size() + " gestionnaires du Nord et du Pas-de-Calais)");

    IndicateursDisponibilite nord =
        stats.disponibilite(Perimetre.departement(GestionnairesDuNord.NORD), donnees.fiches, donnees.comptage);
    decrire(out, "Direction départementale du Nord (59)", nord);

    Region hdf = engine.referentiel().regionDuDepartement(GestionnairesDuNord.NORD).orElseThrow();
    Perimetre perimetreRegion = Perimetre.region(hdf.code(), engine.referentiel()).valeurOuErreur();
    IndicateursDisponibilite region = stats.disponibilite(perimetreRegion, donnees.fiches, donnees.comptage);
    decrire(out, "Direction régionale " + hdf.nom() + " (" + perimetreRegion.departements().size() + " départements)",
        region);

    Map<String, Long> parType = new LinkedHashMap<>();
    out.println("  Par type dans la région :");
    for (ChiffresType t : stats.parType(perimetreRegion, donnees.fiches, donnees.comptage)) {
      parType.put(t.type().name(), t.gestionnaires());
      out.println("    " + t.type().name() + " : " + t.gestionnaires() + " gestionnaire(s), capacité " + t.mesuresMax()
          + ", en cours " + t.mesuresEnCours() + ", disponibilité actuelle " + t.disponibiliteActuelle()
          + (t.enSurcapacite() ? " (surcapacité)" : ""));
    }
    Map<String, Long> parDepartement = new LinkedHashMap<>();
    out.println("  Carte par département :");
    List<ChiffresDepartement> deps = stats.parDepartement(perimetreRegion, donnees.fiches, donnees.comptage);
    for (ChiffresDepartement d : deps) {
      parDepartement.put(d.departement().valeur(), d.gestionnaires());
      out.println("    " + d.departement().valeur() + " : " + d.gestionnaires() + " gestionnaire(s), capacité "
          + d.mesuresMax() + ", en cours " + d.mesuresEnCours() + ", en attente " + d.mesuresEnAttente()
          + ", disponibilités " + d.disponibilite());
    }
    return new Resultats(nord, region, hdf.nom(), Collections.unmodifiableMap(parType), Collections.unmodifiableMap(parDepartement));
  }

  private static void decrire(PrintWriter out, String titre, IndicateursDisponibilite i) {
    out.println("  " + titre + " : " + i.gestionnaires() + " gestionnaires");
    out.println("    places disponibles " + i.placesDisponibles() + ", surcapacité " + i.surcapacite()
        + ", disponibilité totale " + i.disponibiliteTotale() + ", capacité non renseignée "
        + i.capaciteNonRenseignee() + " ; capacité " + i.mesuresMax() + ", en cours " + i.mesuresEnCours()
        + ", en attente " + i.mesuresEnAttente());
  }

  /** Imprime le récit de l'exemple. */
  public static void main(String[] args) {
    Recit.imprimer(StatistiquesDirection::executer);
  }
}
