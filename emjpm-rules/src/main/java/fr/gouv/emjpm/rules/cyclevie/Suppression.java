// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suppression par le gestionnaire, « tout supprimer sauf en attente », annulation d'une réservation
 * par le juge.
 */
final class Suppression {
  private Suppression() {}

  /**
   * « Supprimer la mesure » (gestionnaire) : suppression définitive de l'une de ses mesures.
   *
   * @param mesure mesure à supprimer
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (non lu par cette opération)
   * @return la transition de suppression (avec recomptage du gestionnaire), ou un échec si l'acteur n'est pas propriétaire
   */
  public static Resultat<Transition> supprimer(Mesure mesure, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v = Gardes.proprietaire(mesure, acteur);
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    return Resultat.succes(
        Transition.suppression(
            new Effet.SupprimerMesure(CleMesure.de(mesure)), new Effet.RecompterGestionnaire(mesure.gestionnaire())));
  }

  /**
   * « Supprimer toutes les mesures » d'un gestionnaire avant un nouvel import : toutes sauf celles en
   * attente, sauf si {@code forcerEnAttente} (écart à l'original : le drapeau est respecté). Les
   * mesures d'autres gestionnaires sont ignorées.
   *
   * @param mesures mesures candidates, de tout gestionnaire
   * @param gestionnaire gestionnaire dont les mesures sont supprimées
   * @param forcerEnAttente vrai pour supprimer aussi les mesures en attente
   * @return le lot des suppressions, avec un recomptage du gestionnaire s'il y en a au moins une
   */
  public static TransitionLot toutSupprimer(
      List<Mesure> mesures, GestionnaireId gestionnaire, boolean forcerEnAttente) {
    List<CleMesure> cles = new ArrayList<>();
    List<Effet> effets = new ArrayList<>();
    for (Mesure m : mesures) {
      if (m.gestionnaire().equals(gestionnaire) && (forcerEnAttente || m.statut() != StatutMesure.EN_ATTENTE)) {
        cles.add(CleMesure.de(m));
        effets.add(new Effet.SupprimerMesure(CleMesure.de(m)));
      }
    }
    if (!cles.isEmpty()) {
      effets.add(new Effet.RecompterGestionnaire(gestionnaire));
    }
    return new TransitionLot(List.of(), cles, effets);
  }

  /**
   * Annulation d'une réservation par un magistrat ou greffier de son tribunal : motif obligatoire (non
   * conservé), mesure en attente seulement ; suppression, recomptage et courriel d'annulation.
   *
   * <p>Écart : annuler une demande de réouverture ne supprime pas la mesure clôturée d'origine, qui
   * redevient clôturée.
   *
   * @param mesure mesure en attente à annuler
   * @param juge magistrat ou greffier qui annule, du tribunal de la mesure
   * @param motif motif d'annulation, obligatoire (non vide) mais non conservé
   * @param ctx contexte d'évaluation (non lu par cette opération)
   * @return la transition (suppression, ou retour à l'état clôturé d'une demande de réouverture), avec recomptage et courriel d'annulation ; ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> annuler(Mesure mesure, Juge juge, String motif, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>();
    if (!mesure.tribunal().equals(juge.tribunal())) {
      v.add(Violation.de(CodeRegle.MESURE_AUTRE_TRIBUNAL, "/tribunal"));
    } else {
      v.addAll(Gardes.statut(mesure, Operation.ANNULER, StatutMesure.EN_ATTENTE));
    }
    if (motif.isBlank()) {
      v.add(Violation.de(CodeRegle.MOTIF_ANNULATION_OBLIGATOIRE, "/motif"));
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    Optional<DemandeReouverture> d = mesure.demandeReouverture();
    CourrielAnnulation courriel =
        new CourrielAnnulation(
            d.flatMap(DemandeReouverture::demandeeLe).or(mesure::creeLe),
            mesure.tribunal(),
            d.flatMap(DemandeReouverture::nature).orElse(mesure.nature()),
            d.isPresent() ? d.get().champ() : mesure.champ(),
            d.flatMap(DemandeReouverture::civilite).or(mesure::civilite),
            d.flatMap(DemandeReouverture::anneeNaissance).or(mesure::anneeNaissance));
    Effet notifier = new Effet.NotifierAnnulation(mesure.gestionnaire(), courriel);
    Effet recompter = new Effet.RecompterGestionnaire(mesure.gestionnaire());
    if (mesure.enAttenteReouverture()) {
      return Resultat.succes(Transition.vers(Cloture.retablirCloture(mesure), recompter, notifier));
    }
    return Resultat.succes(
        Transition.suppression(new Effet.SupprimerMesure(CleMesure.de(mesure)), recompter, notifier));
  }
}
