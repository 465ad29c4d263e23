// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gestionnaires fictifs des Hauts-de-France, générés de façon déterministe (graine fixe) pour la
 * démonstration : noms inventés, positions autour de villes du Nord et du Pas-de-Calais.
 */
final class GestionnairesDemo {

  private record Ville(String nom, String codePostal, double lat, double lon, String dep) {}

  private static final List<Ville> VILLES =
      List.of(
          new Ville("LILLE", "59000", 50.6311, 3.0468, "59"),
          new Ville("ROUBAIX", "59100", 50.6942, 3.1746, "59"),
          new Ville("TOURCOING", "59200", 50.7239, 3.1612, "59"),
          new Ville("VILLENEUVE-D'ASCQ", "59650", 50.6233, 3.1450, "59"),
          new Ville("ARMENTIERES", "59280", 50.6881, 2.8833, "59"),
          new Ville("DOUAI", "59500", 50.3714, 3.0800, "59"),
          new Ville("VALENCIENNES", "59300", 50.3570, 3.5235, "59"),
          new Ville("DUNKERQUE", "59140", 51.0343, 2.3768, "59"),
          new Ville("ARRAS", "62000", 50.2910, 2.7775, "62"),
          new Ville("LENS", "62300", 50.4329, 2.8279, "62"),
          new Ville("BOULOGNE-SUR-MER", "62200", 50.7264, 1.6147, "62"),
          new Ville("AMIENS", "80000", 49.8941, 2.2958, "80"));

  private static final List<String> NOMS =
      List.of("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND",
          "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID",
          "BERTRAND", "ROUX", "VINCENT", "FOURNIER");
  private static final List<String> PRENOMS =
      List.of("Camille", "Dominique", "Claude", "Alix", "Sacha", "Lou", "Charlie", "Maxime");

  final List<FicheGestionnaire> fiches = new ArrayList<>();
  final ComptageMesures comptage;

  GestionnairesDemo(long graine, int nombre, TribunalId tribunalLille) {
    SplittableRandom r = new SplittableRandom(graine);
    ComptageMesures.Builder c = ComptageMesures.builder();
    long antenneId = 1;
    for (int i = 1; i <= nombre; i++) {
      TypeGestionnaire type = i % 7 == 0 ? TypeGestionnaire.SERVICE : i % 3 == 0 ? TypeGestionnaire.PREPOSE : TypeGestionnaire.INDIVIDUEL;
      GestionnaireId id = GestionnaireId.of(type, i);
      Ville v = VILLES.get(r.nextInt(VILLES.size()));
      String nom =
          type == TypeGestionnaire.SERVICE
              ? "Association tutélaire " + v.nom() + " " + i
              : NOMS.get(r.nextInt(NOMS.size())) + " " + PRENOMS.get(r.nextInt(PRENOMS.size()));
      int max = type == TypeGestionnaire.SERVICE ? 80 + r.nextInt(120) : r.nextInt(8) == 0 ? 0 : 20 + r.nextInt(40);
      FicheGestionnaire.Builder b =
          FicheGestionnaire.builder()
              .id(id)
              .nom(nom)
              .mesuresMax(max)
              .suspendu(r.nextInt(12) == 0)
              .habilite(type == TypeGestionnaire.SERVICE || r.nextInt(5) != 0)
              .position(Position.of(v.lat() + (r.nextDouble() - 0.5) * 0.04, v.lon() + (r.nextDouble() - 0.5) * 0.06))
              .codePostal(v.codePostal())
              .ville(v.nom())
              .addDepartements(CodeDepartement.of(v.dep()));
      if (r.nextInt(3) == 0) {
        b.addTribunauxPreferes(tribunalLille);
      }
      int enCours = max == 0 ? r.nextInt(10) : (int) (max * (0.5 + r.nextDouble() * 0.6));
      if (type == TypeGestionnaire.SERVICE) {
        b.addDepartements(CodeDepartement.of(v.dep().equals("59") ? "62" : "59"));
        FicheAntenne a1 = FicheAntenne.builder().id(antenneId++).nom("Antenne " + v.nom()).departement(CodeDepartement.of(v.dep())).mesuresMax(max / 2).build();
        FicheAntenne a2 = FicheAntenne.builder().id(antenneId++).nom("Antenne Roubaix").departement(CodeDepartement.of("59")).mesuresMax(max / 4).build();
        b.addAntennes(a1, a2);
        for (int k = 0; k < enCours; k++) {
          if (k % 3 == 0) {
            c.enCours(id, a1.id());
          } else if (k % 3 == 1) {
            c.enCours(id, a2.id());
          } else {
            c.enCours(id);
          }
        }
      } else {
        for (int k = 0; k < enCours; k++) {
          c.enCours(id);
        }
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        c.enAttente(id);
      }
      fiches.add(b.build());
    }
    comptage = c.build();
  }
}
