// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

/**
 * Disponibilité d'un gestionnaire ou d'une antenne : capacité souhaitée ({@code
 * dispo_max} / {@code mesures_max}), mesures en cours et en attente, suspension d'activité. Valeur
 * recalculée à chaque fois à partir des mesures, jamais mise en cache. Immuable et thread-safe.
 *
 * @param mesuresMax capacité souhaitée (0 si non renseignée)
 * @param enCours mesures en cours
 * @param enAttente mesures en attente
 * @param suspendu activité suspendue ("ne souhaite plus recevoir de nouvelles mesures")
 */
public record Disponibilite(int mesuresMax, int enCours, int enAttente, boolean suspendu) {

  /**
   * Garantit des compteurs positifs ou nuls.
   *
   * @param mesuresMax capacité souhaitée, positive ou nulle (0 si non renseignée)
   * @param enCours nombre de mesures en cours, positif ou nul
   * @param enAttente nombre de mesures en attente, positif ou nul
   * @param suspendu vrai si l'activité est suspendue
   */
  public Disponibilite {
    if (mesuresMax < 0 || enCours < 0 || enAttente < 0) {
      throw new IllegalArgumentException("capacité ou compteur négatif");
    }
  }

  /**
   * Disponibilité à partir d'une capacité et de compteurs.
   *
   * @param mesuresMax capacité souhaitée, positive ou nulle (0 si non renseignée)
   * @param compteurs mesures en cours et en attente comptées
   * @param suspendu vrai si l'activité est suspendue
   * @return la disponibilité
   */
  public static Disponibilite de(int mesuresMax, Compteurs compteurs, boolean suspendu) {
    return new Disponibilite(mesuresMax, compteurs.enCours(), compteurs.enAttente(), suspendu);
  }

  /**
   * {@return capacité restante brute {@code mesures_max − en_attente − en_cours} (négative en surcapacité),
   * sans tenir compte de la suspension ({@code remaining_capacity} de {@code
   * view_mesure_gestionnaire})}
   */
  public int restante() {
    return mesuresMax - enAttente - enCours;
  }

  /**
   * {@return « Disponibilité » montrée au juge : la capacité restante, forcée à 0 quand l'activité est
   * suspendue ({@code view_lb_tis})}
   */
  public int disponibilite() {
    return suspendu ? 0 : restante();
  }

  /** {@return capacité affichée : 0 quand l'activité est suspendue} */
  public int mesuresMaxAffichees() {
    return suspendu ? 0 : mesuresMax;
  }

  /** {@return vrai s'il reste au moins une place et que l'activité n'est pas suspendue} */
  public boolean estDisponible() {
    return disponibilite() > 0;
  }

  /** {@return surcapacité : plus de mesures en cours et en attente que la capacité souhaitée} */
  public boolean estEnSurcapacite() {
    return restante() < 0;
  }

  /** {@return vrai quand les seules mesures en cours dépassent la capacité (affichage en rouge)} */
  public boolean enCoursDepasseCapacite() {
    return enCours > mesuresMax;
  }

  /** {@return vrai quand la capacité souhaitée est renseignée ({@code dispo_max > 0})} */
  public boolean capaciteRenseignee() {
    return mesuresMax > 0;
  }

  /** {@return places réellement offertes ({@code nb_real}) : restante si positive et non suspendu} */
  public int placesDisponibles() {
    return capaciteRenseignee() && !suspendu && restante() > 0 ? restante() : 0;
  }
}
