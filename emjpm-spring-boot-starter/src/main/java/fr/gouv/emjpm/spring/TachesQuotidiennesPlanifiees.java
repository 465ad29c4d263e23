// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.CycleDeVie;
import fr.gouv.emjpm.rules.cyclevie.TransitionLot;
import java.util.Objects;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tâches quotidiennes planifiées ({@code emjpm.taches.actives=true}, cron {@code emjpm.taches.cron}) :
 * expiration des réservations puis clôture automatique des mesures échues, par le port de l'hôte.
 */
public class TachesQuotidiennesPlanifiees {

  private final EmjpmEngine engine;
  private final PortTachesQuotidiennes port;

  /**
   * Tâches sur ce moteur et ce port.
   *
   * @param engine moteur (horloge et fuseau métier)
   * @param port stockage de l'hôte
   */
  public TachesQuotidiennesPlanifiees(EmjpmEngine engine, PortTachesQuotidiennes port) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.port = Objects.requireNonNull(port, "port");
  }

  /**
   * Exécute les deux tâches, dans cet ordre, à l'instant de l'horloge du moteur.
   *
   * @return les deux lots appliqués (expiration, clôture)
   */
  public Bilan executer() {
    CycleDeVie cycle = engine.cycleDeVie();
    TransitionLot expiration = cycle.expirerReservations(port.reservationsAvant(cycle.limiteExpiration()));
    port.appliquer(expiration);
    TransitionLot cloture = cycle.cloturerEchues(port.enCoursEchues(engine.contexte().aujourdhui()));
    port.appliquer(cloture);
    return new Bilan(expiration, cloture);
  }

  /** Exécution planifiée (cron {@code emjpm.taches.cron}, fuseau {@code emjpm.taches.zone}). */
  @Scheduled(cron = "${emjpm.taches.cron:0 30 2 * * *}", zone = "${emjpm.taches.zone:Europe/Paris}")
  public void planifiee() {
    executer();
  }

  /**
   * Lots appliqués par une exécution.
   *
   * @param expiration lot de l'expiration des réservations
   * @param cloture lot de la clôture automatique
   */
  public record Bilan(TransitionLot expiration, TransitionLot cloture) {}
}
