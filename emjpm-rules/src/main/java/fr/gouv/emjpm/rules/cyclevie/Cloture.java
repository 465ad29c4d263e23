// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clôture, réactivation et refus d'une demande de réouverture.
 */
final class Cloture {
  private Cloture() {}

  /**
   * « Mettre fin au mandat » : date de fin et cause de sortie obligatoires ; statut clôturé.
   * Avertissement si la date de fin précède la date de nomination.
   *
   * @param mesure mesure en cours à clôturer
   * @param dateFin date de fin de mesure, obligatoire (vide : violation)
   * @param cause cause de sortie, obligatoire (vide : violation)
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (non lu par cette opération)
   * @return la transition vers la mesure clôturée (avertissement si la date de fin précède la nomination), ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> cloturer(
      Mesure mesure,
      Optional<LocalDate> dateFin,
      Optional<CauseSortie> cause,
      ActeurGestionnaire acteur,
      ContexteRegles ctx) {
    List<Violation> v =
        new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.CLOTURER, StatutMesure.EN_COURS));
    Champs.exiger(dateFin, "/dateFinMesure", "date de fin de mesure", v);
    Champs.exiger(cause, "/causeSortie", "cause de sortie", v);
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    List<Violation> avertissements = new ArrayList<>();
    if (mesure.dateNomination().filter(n -> dateFin.get().isBefore(n)).isPresent()) {
      avertissements.add(Violation.de(CodeRegle.DATE_FIN_AVANT_NOMINATION, "/dateFinMesure"));
    }
    Mesure m = mesure.withStatut(StatutMesure.ETEINTE).withDateFinMesure(dateFin).withCauseSortie(cause);
    return Resultat.succes(
        Transition.vers(m, new Effet.RecompterGestionnaire(m.gestionnaire())), avertissements);
  }

  /**
   * « Rouvrir la mesure » : une mesure clôturée repasse en cours, date de fin effacée (cause gardée).
   *
   * @param mesure mesure clôturée à rouvrir
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (non lu par cette opération)
   * @return la transition vers la mesure en cours, date de fin effacée, ou l'échec
   */
  public static Resultat<Transition> reactiver(Mesure mesure, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v = Gardes.ecriture(mesure, acteur, Operation.REACTIVER, StatutMesure.ETEINTE);
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    Mesure m = mesure.withStatut(StatutMesure.EN_COURS).withDateFinMesure(Optional.empty());
    return Resultat.succes(Transition.vers(m, new Effet.RecompterGestionnaire(m.gestionnaire())));
  }

  /**
   * « Supprimer la demande de réouverture » : la demande est effacée et la mesure redevient clôturée,
   * telle qu'elle était.
   *
   * @param mesure mesure en attente sous demande de réouverture
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (non lu par cette opération)
   * @return la transition vers la mesure clôturée d'origine, ou l'échec
   */
  public static Resultat<Transition> refuserReouverture(
      Mesure mesure, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>(Gardes.proprietaire(mesure, acteur));
    if (v.isEmpty()) {
      v.addAll(Gardes.statut(mesure, Operation.REFUSER_REOUVERTURE, StatutMesure.EN_ATTENTE));
      if (v.isEmpty() && !mesure.enAttenteReouverture()) {
        v.add(Violation.de(CodeRegle.PAS_DE_DEMANDE_REOUVERTURE, "/enAttenteReouverture"));
      }
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    return Resultat.succes(
        Transition.vers(retablirCloture(mesure), new Effet.RecompterGestionnaire(mesure.gestionnaire())));
  }

  /** Mesure sous demande de réouverture remise dans son état clôturé d'origine. */
  static Mesure retablirCloture(Mesure mesure) {
    return mesure
        .withStatut(StatutMesure.ETEINTE)
        .withEnAttenteReouverture(false)
        .withDemandeReouverture(Optional.empty());
  }
}
