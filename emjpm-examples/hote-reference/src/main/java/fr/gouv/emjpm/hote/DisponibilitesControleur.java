// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import fr.gouv.emjpm.spring.RefusException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicateurs de disponibilité d'un département ({@code GET /disponibilites/departements/{code}}) et
 * de la France ({@code GET /disponibilites/france}) : fiches et compteurs lus dans PostgreSQL, calcul de
 * la bibliothèque.
 */
@RestController
public class DisponibilitesControleur {

  private final EmjpmEngine engine;
  private final DepotGestionnaires gestionnaires;
  private final DepotMesures mesures;

  DisponibilitesControleur(EmjpmEngine engine, DepotGestionnaires gestionnaires, DepotMesures mesures) {
    this.engine = engine;
    this.gestionnaires = gestionnaires;
    this.mesures = mesures;
  }

  /**
   * Indicateurs d'un département.
   *
   * @param code code du département ({@code 59}, {@code 2A}, {@code 974})
   * @return ses indicateurs
   */
  @GetMapping("/disponibilites/departements/{code}")
  public IndicateursDisponibilite departement(@PathVariable String code) {
    CodeDepartement dep = CodeDepartement.parse(code).fold(r -> r.donnee(), e -> {
      throw new RefusException(e.violations(), RefusException.STATUT_PARAMETRE);
    });
    List<FicheGestionnaire> fiches = gestionnaires.habilitesDans(dep);
    return engine.statistiques().disponibilite(Perimetre.departement(dep), fiches,
        mesures.comptage(fiches.stream().map(FicheGestionnaire::id).toList()));
  }

  /**
   * Indicateurs nationaux.
   *
   * @return les indicateurs de la France entière
   */
  @GetMapping("/disponibilites/france")
  public IndicateursDisponibilite france() {
    return engine.statistiques().disponibilite(Perimetre.national(), gestionnaires.tousPourLaFrance(),
        mesures.comptageNational());
  }
}
