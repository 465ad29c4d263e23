// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import java.time.LocalDate;

/**
 * Façade des générateurs de mesures. Exemple :
 *
 * <pre>{@code
 * List<Mesure> mesures = Mesures.generateur()
 *     .statut(StatutMesure.EN_COURS)
 *     .nature(NatureMesure.TUTELLE)
 *     .nombreEtats(2, 5)
 *     .datesEntre(LocalDate.of(2015, 1, 1), LocalDate.of(2022, 12, 31))
 *     .liste(42L, 100);
 * }</pre>
 *
 * Immuable et thread-safe.
 */
public final class Mesures {

  /** Borne basse par défaut des dates générées. */
  public static final LocalDate DEBUT_PAR_DEFAUT = LocalDate.of(2000, 1, 1);

  /** Borne haute par défaut des dates générées. */
  public static final LocalDate FIN_PAR_DEFAUT = LocalDate.of(2024, 12, 31);

  private Mesures() {}

  /** {@return générateur de mesures de statut quelconque, entièrement aléatoires mais valides} */
  public static GenerateurMesure generateur() {
    return GenerateurMesure.parDefaut();
  }

  /** {@return mesures en cours (au moins un état)} */
  public static GenerateurMesure enCours() {
    return generateur().statut(StatutMesure.EN_COURS);
  }

  /** {@return mesures en attente (réservées, sans état)} */
  public static GenerateurMesure enAttente() {
    return generateur().statut(StatutMesure.EN_ATTENTE);
  }

  /** {@return mesures éteintes (clôturées, date de fin après le dernier état)} */
  public static GenerateurMesure eteintes() {
    return generateur().statut(StatutMesure.ETEINTE);
  }

  /** {@return générateur de suites d'états (1 à 4 par défaut) à dates distinctes et croissantes} */
  public static GenerateurEtats etats() {
    return GenerateurEtats.parDefaut();
  }

  /**
   * {@return une mesure aléatoire valide (raccourci de {@code generateur().generer(graine)})}
   *
   * @param graine graine de la source d'aléa ; même graine, même mesure
   */
  public static Mesure une(long graine) {
    return generateur().generer(graine);
  }
}
