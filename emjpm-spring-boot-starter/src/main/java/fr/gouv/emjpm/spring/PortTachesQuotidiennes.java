// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.rules.cyclevie.TransitionLot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Port que l'hôte implémente sur son stockage pour les tâches quotidiennes planifiées par le starter
 * ({@code emjpm.taches.actives=true}). Les règles restent dans la bibliothèque
 * ({@link fr.gouv.emjpm.rules.cyclevie.TachesQuotidiennes}) : l'hôte ne fait que lire et écrire.
 */
public interface PortTachesQuotidiennes {

  /**
   * Mesures en attente candidates à l'expiration : au moins celles créées, ou dont la demande de
   * réouverture date, d'avant {@code limite}. Un sur-ensemble est admis (la bibliothèque filtre).
   *
   * @param limite instant limite (maintenant moins deux mois, fuseau métier)
   * @return les mesures en attente candidates
   */
  List<Mesure> reservationsAvant(Instant limite);

  /**
   * Mesures en cours candidates à la clôture automatique : au moins celles dont la date de fin est
   * antérieure ou égale à {@code jour}. Un sur-ensemble est admis.
   *
   * @param jour date du jour dans le fuseau métier
   * @return les mesures en cours candidates
   */
  List<Mesure> enCoursEchues(LocalDate jour);

  /**
   * Enregistre un lot (modifications, suppressions, recomptages), dans une transaction de l'hôte.
   *
   * @param lot lot calculé par la bibliothèque
   */
  void appliquer(TransitionLot lot);
}
