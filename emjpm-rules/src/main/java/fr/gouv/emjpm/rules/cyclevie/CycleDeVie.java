// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Vue « cycle de vie » du moteur ({@code engine.cycleDeVie()}) : chaque opération est une fonction
 * pure (mesure actuelle + formulaire + contexte → {@link Resultat} d'une {@link Transition} : nouvel
 * état et effets à exécuter par l'hôte). Le contexte (date du jour, référentiel) est lu sur le moteur
 * à chaque appel. Les refus sont des violations, jamais des exceptions. Sans état, thread-safe.
 *
 * <p>Les règles de chaque opération sont internes au paquet : cette vue en est le seul point
 * d'entrée, avec {@link Enregistrement} (saisie complète d'une mesure, contexte explicite).
 */
public final class CycleDeVie {
  private final Supplier<ContexteRegles> contexte;

  /**
   * Vue sur un fournisseur de contexte (celui du moteur).
   *
   * @param contexte fournit le contexte d'évaluation à chaque appel (celui du moteur), non nul
   */
  public CycleDeVie(Supplier<ContexteRegles> contexte) {
    this.contexte = Objects.requireNonNull(contexte, "contexte");
  }

  /**
   * Réservation par un juge (ou demande de réouverture d'une mesure clôturée).
   *
   * @param f formulaire de réservation du juge
   * @param juge magistrat ou greffier ; son tribunal devient celui de la mesure
   * @param existantes port d'unicité
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> reserver(FormulaireReservation f, Juge juge, MesuresExistantes existantes) {
    return Reservation.reserver(f, juge, existantes, contexte.get());
  }

  /**
   * Acceptation par le gestionnaire.
   *
   * @param mesure mesure en attente
   * @param f formulaire d'acceptation saisi
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> accepter(Mesure mesure, FormulaireAcceptation f, ActeurGestionnaire acteur) {
    return Acceptation.accepter(mesure, f, acteur, contexte.get());
  }

  /**
   * Création directe.
   *
   * @param f formulaire de création saisi
   * @param acteur gestionnaire qui crée la mesure
   * @param existantes port d'unicité
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> creer(FormulaireCreation f, ActeurGestionnaire acteur, MesuresExistantes existantes) {
    return Creation.creer(f, acteur, existantes, contexte.get());
  }

  /**
   * Modification d'une mesure en cours.
   *
   * @param mesure mesure en cours
   * @param f formulaire de modification saisi
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param existantes port d'unicité
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> modifier(
      Mesure mesure, FormulaireModification f, ActeurGestionnaire acteur, MesuresExistantes existantes) {
    return Creation.modifier(mesure, f, acteur, existantes, contexte.get());
  }

  /**
   * Clôture.
   *
   * @param mesure mesure en cours
   * @param dateFin date de fin de mesure, non nulle
   * @param cause cause de sortie, non nulle
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> cloturer(Mesure mesure, LocalDate dateFin, CauseSortie cause, ActeurGestionnaire acteur) {
    return Cloture.cloturer(mesure, Optional.of(dateFin), Optional.of(cause), acteur, contexte.get());
  }

  /**
   * Réactivation.
   *
   * @param mesure mesure clôturée
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> reactiver(Mesure mesure, ActeurGestionnaire acteur) {
    return Cloture.reactiver(mesure, acteur, contexte.get());
  }

  /**
   * Refus (« supprimer la demande de réouverture »).
   *
   * @param mesure mesure en attente sous demande de réouverture
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> refuserReouverture(Mesure mesure, ActeurGestionnaire acteur) {
    return Cloture.refuserReouverture(mesure, acteur, contexte.get());
  }

  /**
   * Annulation d'une réservation par le juge.
   *
   * @param mesure mesure en attente
   * @param juge magistrat ou greffier du tribunal de la mesure
   * @param motif motif d'annulation, non vide (non conservé)
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> annuler(Mesure mesure, Juge juge, String motif) {
    return Suppression.annuler(mesure, juge, motif, contexte.get());
  }

  /**
   * Suppression par le gestionnaire.
   *
   * @param mesure mesure à supprimer
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> supprimer(Mesure mesure, ActeurGestionnaire acteur) {
    return Suppression.supprimer(mesure, acteur, contexte.get());
  }

  /**
   * Tout supprimer sauf les mesures en attente (sauf si forcé).
   *
   * @param mesures mesures candidates, de tout gestionnaire
   * @param gestionnaire gestionnaire dont les mesures sont supprimées
   * @param forcerEnAttente vrai pour supprimer aussi les mesures en attente
   * @return le lot de transitions
   */
  public TransitionLot toutSupprimer(List<Mesure> mesures, GestionnaireId gestionnaire, boolean forcerEnAttente) {
    return Suppression.toutSupprimer(mesures, gestionnaire, forcerEnAttente);
  }

  /**
   * Ajout d'un état.
   *
   * @param mesure mesure en cours
   * @param f formulaire du nouvel état
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> ajouterEtat(Mesure mesure, FormulaireEtat f, ActeurGestionnaire acteur) {
    return Etats.ajouter(mesure, f, acteur, contexte.get());
  }

  /**
   * Modification de l'état d'une date.
   *
   * @param mesure mesure en cours
   * @param date date de l'état à modifier
   * @param f formulaire du nouvel état
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> modifierEtat(Mesure mesure, LocalDate date, FormulaireEtat f, ActeurGestionnaire acteur) {
    return Etats.modifier(mesure, date, f, acteur, contexte.get());
  }

  /**
   * Suppression de l'état d'une date.
   *
   * @param mesure mesure en cours
   * @param date date de l'état à supprimer
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> supprimerEtat(Mesure mesure, LocalDate date, ActeurGestionnaire acteur) {
    return Etats.supprimer(mesure, date, acteur, contexte.get());
  }

  /**
   * Ajout (ou remplacement) des ressources d'une année.
   *
   * @param mesure mesure en cours
   * @param ressource ressource de l'année
   * @param remplacer vrai pour remplacer la ressource existante de cette année, faux pour en ajouter une
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> enregistrerRessource(
      Mesure mesure, Ressource ressource, boolean remplacer, ActeurGestionnaire acteur) {
    return Ressources.enregistrer(mesure, ressource, remplacer, acteur, contexte.get());
  }

  /**
   * Suppression des ressources d'une année.
   *
   * @param mesure mesure en cours
   * @param annee année de la ressource à supprimer
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @return la transition, ou l'échec portant les violations
   */
  public Resultat<Transition> supprimerRessource(Mesure mesure, int annee, ActeurGestionnaire acteur) {
    return Ressources.supprimer(mesure, annee, acteur, contexte.get());
  }

  /**
   * Enregistrement d'une saisie (import, OCMI, API des logiciels métier).
   *
   * @param saisie saisie typée (import, OCMI, API)
   * @param gestionnaire gestionnaire qui écrit
   * @param antennesDuService identifiants des antennes du service (vide pour un mandataire)
   * @param editeurId logiciel métier qui écrit, vide pour un import ou OCMI
   * @param existantes port d'unicité
   * @return la transition, ou l'échec portant les violations (voir {@link Enregistrement#enregistrer})
   */
  public Resultat<Transition> enregistrer(
      SaisieMesure saisie,
      GestionnaireId gestionnaire,
      Set<Long> antennesDuService,
      Optional<Long> editeurId,
      MesuresExistantes existantes) {
    return Enregistrement.enregistrer(saisie, gestionnaire, antennesDuService, editeurId, existantes, contexte.get());
  }

  /**
   * {@return limite d'expiration à l'instant de l'horloge du moteur : une mesure en attente créée
   * strictement avant cet instant a expiré (maintenant moins deux mois, fuseau métier)}
   */
  public java.time.Instant limiteExpiration() {
    return TachesQuotidiennes.limiteExpiration(contexte.get());
  }

  /**
   * Tâche quotidienne d'expiration des réservations.
   *
   * @param mesures mesures à examiner, de tout statut
   * @return le lot de transitions
   */
  public TransitionLot expirerReservations(List<Mesure> mesures) {
    return TachesQuotidiennes.expirerReservations(mesures, contexte.get());
  }

  /**
   * Tâche quotidienne de clôture des mesures échues.
   *
   * @param mesures mesures à examiner, de tout statut
   * @return le lot de transitions
   */
  public TransitionLot cloturerEchues(List<Mesure> mesures) {
    return TachesQuotidiennes.cloturerEchues(mesures, contexte.get());
  }

  /**
   * Champs courants et date de la protection en cours dérivés des états.
   *
   * @param mesure mesure dont les états sont lus
   * @return la mesure dérivée
   */
  public Mesure deriver(Mesure mesure) {
    return Etats.deriver(mesure);
  }
}
