// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.List;

/**
 * Sept gestionnaires fictifs du Nord et du Pas-de-Calais, écrits à la main pour que les chiffres des
 * exemples se vérifient de tête (r = capacité − en cours − en attente) :
 *
 * <table>
 *   <caption>Gestionnaires</caption>
 *   <tr><th>id</th><th>ville</th><th>dép.</th><th>capacité</th><th>en cours</th><th>en attente</th><th>r</th></tr>
 *   <tr><td>individuel-1</td><td>Roubaix</td><td>59</td><td>30</td><td>20</td><td>2</td><td>8</td></tr>
 *   <tr><td>individuel-2</td><td>Tourcoing</td><td>59</td><td>20</td><td>22</td><td>0</td><td>−2</td></tr>
 *   <tr><td>prepose-3</td><td>Lille</td><td>59</td><td>25</td><td>10</td><td>0</td><td>15</td></tr>
 *   <tr><td>service-4</td><td>Douai</td><td>59, 62</td><td>100</td><td>60</td><td>5</td><td>35</td></tr>
 *   <tr><td>individuel-5</td><td>Arras</td><td>62</td><td>40</td><td>10</td><td>0</td><td>30</td></tr>
 *   <tr><td>individuel-6</td><td>Villeneuve-d'Ascq</td><td>59</td><td>non renseignée</td><td>3</td><td>0</td><td>—</td></tr>
 *   <tr><td>individuel-7 (suspendu)</td><td>Lens</td><td>62</td><td>30</td><td>5</td><td>0</td><td>25</td></tr>
 * </table>
 */
final class GestionnairesDuNord {

  static final CodeDepartement NORD = CodeDepartement.of("59");
  static final CodeDepartement PAS_DE_CALAIS = CodeDepartement.of("62");

  final List<FicheGestionnaire> fiches;
  final ComptageMesures comptage;

  /**
   * Les sept fiches et leur comptage de mesures.
   *
   * @param lille tribunal que préfèrent individuel-1 et service-4
   */
  GestionnairesDuNord(TribunalId lille) {
    fiches = List.of(
        fiche(GestionnaireId.individuel(1), "DUPONT Alice", "ROUBAIX", "59100", 50.6942, 3.1746, 30, false, NORD)
            .addTribunauxPreferes(lille).build(),
        fiche(GestionnaireId.individuel(2), "MARTIN Paul", "TOURCOING", "59200", 50.7239, 3.1612, 20, false, NORD).build(),
        fiche(GestionnaireId.prepose(3), "LEROY Claire", "LILLE", "59000", 50.6311, 3.0468, 25, false, NORD).build(),
        fiche(GestionnaireId.service(4), "Association tutélaire du Douaisis", "DOUAI", "59500", 50.3714, 3.0800, 100,
                false, NORD)
            .addDepartements(PAS_DE_CALAIS).addTribunauxPreferes(lille).build(),
        fiche(GestionnaireId.individuel(5), "PETIT Jeanne", "ARRAS", "62000", 50.2910, 2.7775, 40, false, PAS_DE_CALAIS)
            .build(),
        fiche(GestionnaireId.individuel(6), "SIMON Louis", "VILLENEUVE-D'ASCQ", "59650", 50.6233, 3.1450, 0, false, NORD)
            .build(),
        fiche(GestionnaireId.individuel(7), "ROUX Marc", "LENS", "62300", 50.4329, 2.8279, 30, true, PAS_DE_CALAIS)
            .build());
    ComptageMesures.Builder c = ComptageMesures.builder();
    compter(c, GestionnaireId.individuel(1), 20, 2);
    compter(c, GestionnaireId.individuel(2), 22, 0);
    compter(c, GestionnaireId.prepose(3), 10, 0);
    compter(c, GestionnaireId.service(4), 60, 5);
    compter(c, GestionnaireId.individuel(5), 10, 0);
    compter(c, GestionnaireId.individuel(6), 3, 0);
    compter(c, GestionnaireId.individuel(7), 5, 0);
    comptage = c.build();
  }

  private static FicheGestionnaire.Builder fiche(GestionnaireId id, String nom, String ville, String codePostal,
      double lat, double lon, int capacite, boolean suspendu, CodeDepartement dep) {
    return FicheGestionnaire.builder().id(id).nom(nom).ville(ville).codePostal(codePostal)
        .position(Position.of(lat, lon)).mesuresMax(capacite).suspendu(suspendu).habilite(true).addDepartements(dep);
  }

  private static void compter(ComptageMesures.Builder c, GestionnaireId id, int enCours, int enAttente) {
    for (int i = 0; i < enCours; i++) {
      c.enCours(id);
    }
    for (int i = 0; i < enAttente; i++) {
      c.enAttente(id);
    }
  }
}
