// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tâches quotidiennes : expiration des réservations de plus de deux mois et clôture
 * automatique des mesures dont la date de fin est passée. Le temps vient du contexte (horloge du
 * moteur), dans le fuseau métier.
 */
final class TachesQuotidiennes {
  private TachesQuotidiennes() {}

  /** Durée de vie d'une réservation en attente. */
  public static final int MOIS_AVANT_EXPIRATION = 2;

  /**
   * Limite d'expiration : une mesure en attente créée strictement avant cet instant a expiré
   * (maintenant moins deux mois, calculé dans le fuseau métier).
   *
   * @param ctx contexte d'évaluation (instant présent et fuseau métier)
   * @return l'instant limite : maintenant moins deux mois, calculé dans le fuseau métier
   */
  public static Instant limiteExpiration(ContexteRegles ctx) {
    return ctx.maintenant().atZone(ctx.zone()).minusMonths(MOIS_AVANT_EXPIRATION).toInstant();
  }

  /**
   * Expiration : supprime chaque mesure en attente créée il y a plus de deux mois (sans courriel).
   *
   * <p>Écart à l'original : une demande de réouverture n'est jamais supprimée ; expirée (deux mois après la
   * demande), elle est retirée et la mesure clôturée d'origine est rétablie avec son historique.
   *
   * @param mesures mesures à examiner, de tout statut (seules celles en attente sont concernées)
   * @param ctx contexte d'évaluation (instant présent et fuseau métier)
   * @return le lot des suppressions, des demandes de réouverture retirées et des recomptages
   */
  public static TransitionLot expirerReservations(List<Mesure> mesures, ContexteRegles ctx) {
    Instant limite = limiteExpiration(ctx);
    List<Mesure> modifiees = new ArrayList<>();
    List<CleMesure> supprimees = new ArrayList<>();
    List<Effet> effets = new ArrayList<>();
    Set<GestionnaireId> recompter = new LinkedHashSet<>();
    for (Mesure m : mesures) {
      if (m.statut() != StatutMesure.EN_ATTENTE) {
        continue;
      }
      if (m.enAttenteReouverture() || m.demandeReouverture().isPresent()) {
        // Sans date de demande (donnée ancienne), on se rabat sur la création : la mesure est
        // rétablie clôturée, jamais supprimée.
        Optional<Instant> demande =
            m.demandeReouverture().flatMap(DemandeReouverture::demandeeLe).or(m::creeLe);
        if (demande.filter(d -> d.isBefore(limite)).isPresent()) {
          modifiees.add(Cloture.retablirCloture(m));
          recompter.add(m.gestionnaire());
        }
      } else if (m.creeLe().filter(c -> c.isBefore(limite)).isPresent()) {
        supprimees.add(CleMesure.de(m));
        effets.add(new Effet.SupprimerMesure(CleMesure.de(m)));
        recompter.add(m.gestionnaire());
      }
    }
    recompter.forEach(g -> effets.add(new Effet.RecompterGestionnaire(g)));
    return new TransitionLot(modifiees, supprimees, effets);
  }

  /**
   * Clôture automatique : chaque mesure en cours dont la date de fin est renseignée et antérieure ou
   * égale à aujourd'hui (fuseau métier) passe au statut clôturé.
   *
   * @param mesures mesures à examiner, de tout statut (seules celles en cours sont concernées)
   * @param ctx contexte d'évaluation (date du jour dans le fuseau métier)
   * @return le lot des mesures clôturées et des recomptages de leurs gestionnaires
   */
  public static TransitionLot cloturerEchues(List<Mesure> mesures, ContexteRegles ctx) {
    LocalDate aujourdhui = ctx.aujourdhui();
    List<Mesure> modifiees = new ArrayList<>();
    Set<GestionnaireId> recompter = new LinkedHashSet<>();
    for (Mesure m : mesures) {
      if (m.statut() == StatutMesure.EN_COURS
          && m.dateFinMesure().filter(d -> !d.isAfter(aujourdhui)).isPresent()) {
        modifiees.add(m.withStatut(StatutMesure.ETEINTE));
        recompter.add(m.gestionnaire());
      }
    }
    List<Effet> effets = new ArrayList<>();
    recompter.forEach(g -> effets.add(new Effet.RecompterGestionnaire(g)));
    return new TransitionLot(modifiees, List.of(), effets);
  }
}
