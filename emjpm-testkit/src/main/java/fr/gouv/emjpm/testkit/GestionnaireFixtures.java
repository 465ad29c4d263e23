// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.service.ServiceMandataire;

/** Gestionnaires de référence (mandataires, service) pour les tests d'exemple. Immuable et thread-safe. */
public final class GestionnaireFixtures {

  private GestionnaireFixtures() {}

  /** {@return mandataire individuel n° 1 à Paris, capacité 40, tribunal préféré {@link MesureFixtures#TRIBUNAL}} */
  public static Mandataire individuelParis() {
    return Mandataire.builder()
        .id(1)
        .type(TypeGestionnaire.INDIVIDUEL)
        .siret(Siret.of("73282932000074"))
        .listeBlancheId(1L)
        .adresseLocalisation("1 place de l'Hôtel de Ville 75004 Paris")
        .codePostal("75004")
        .ville("PARIS")
        .departement(CodeDepartement.of("75"))
        .latitude(48.8566)
        .longitude(2.3522)
        .dispoMax(40)
        .addTribunauxPreferes(MesureFixtures.TRIBUNAL)
        .build();
  }

  /** {@return mandataire préposé n° 2 à Lyon, capacité 20, sans SIRET} */
  public static Mandataire preposeLyon() {
    return Mandataire.builder()
        .id(2)
        .type(TypeGestionnaire.PREPOSE)
        .codePostal("69003")
        .ville("LYON")
        .departement(CodeDepartement.of("69"))
        .latitude(45.76)
        .longitude(4.85)
        .dispoMax(20)
        .addTribunauxPreferes(MesureFixtures.TRIBUNAL)
        .build();
  }

  /** {@return service n° 1 (Paris et Hauts-de-Seine), capacité 100, deux antennes de 30 et 50} */
  public static ServiceMandataire serviceAvecDeuxAntennes() {
    return ServiceMandataire.builder()
        .id(1)
        .nom("Association tutélaire de test")
        .siret(Siret.of("73282932000074"))
        .codePostal("75010")
        .ville("PARIS")
        .latitude(48.87)
        .longitude(2.36)
        .dispoMax(100)
        .addDepartements(CodeDepartement.of("75"), CodeDepartement.of("92"))
        .addAntennes(
            Antenne.builder().id(11).serviceId(1).nom("Antenne Paris").departement(CodeDepartement.of("75")).mesuresMax(30).build(),
            Antenne.builder().id(12).serviceId(1).nom("Antenne Nanterre").departement(CodeDepartement.of("92")).mesuresMax(50).build())
        .addTribunauxPreferes(MesureFixtures.TRIBUNAL)
        .build();
  }
}
