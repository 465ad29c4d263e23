// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables des violations produites par les règles métier (formulaires, saisies de mesure,
 * transitions du cycle de vie, verrous, unicité). Les messages reprennent ceux de l'original
 * (SocialGouv/emjpm) quand il en a ; ils ne contiennent jamais de donnée personnelle.
 */
public enum CodeRegle implements CodeViolation {
  // --- Champs des formulaires et des saisies ---
  /** Champ obligatoire absent ou vide. */
  CHAMP_OBLIGATOIRE("Le champ « {champ} » est obligatoire."),
  /** Code d'énumération inconnu (saisie non typée : API, import). */
  CODE_INVALIDE("La valeur n'est pas un code accepté pour « {champ} »."),
  /** Date illisible (saisie non typée). */
  DATE_INVALIDE("La date « {champ} » est invalide."),
  /** Numéro RG déjà utilisé par ce gestionnaire dans ce tribunal. */
  RG_DEJA_UTILISE("Ce numéro RG existe déjà sur le compte eMJPM de ce mandataire pour ce tribunal."),
  /** strictNumeroRG : le numéro RG transmis n'est pas déjà normalisé. */
  RG_NON_NORMALISE_STRICT(
      "Le numéro RG doit contenir exactement 8 caractères alphanumériques en majuscules (strictNumeroRG)."),
  /** Année de naissance hors de 1900..année en cours. */
  ANNEE_NAISSANCE_HORS_BORNES("L'année de naissance doit être comprise entre 1900 et {max}."),
  /** Tribunal inconnu du référentiel. */
  TRIBUNAL_INCONNU("Le SIRET du Tribunal est invalide."),
  /** Tribunal hors des tribunaux préférentiels du gestionnaire. */
  TRIBUNAL_NON_PREFERE("Le tribunal doit être l'un de vos tribunaux préférentiels."),
  /** Antenne qui n'appartient pas au service. */
  ANTENNE_INCONNUE("L'antenne ne correspond pas à votre service."),
  /** Antenne renseignée pour un gestionnaire qui n'est pas un service. */
  ANTENNE_HORS_SERVICE("Seul un service mandataire peut rattacher une mesure à une antenne."),
  /** Date de nomination antérieure à la date de première mise sous protection. */
  DATE_NOMINATION_AVANT_PREMIERE_MESURE(
      "La date de nomination doit être postérieure ou égale à la date de première mise sous protection."),
  /** Date de nomination postérieure au dernier changement d'état. */
  DATE_NOMINATION_APRES_DERNIER_ETAT(
      "La date de nomination doit être antérieure ou égale à la date du dernier changement d'état."),
  /** Date de fin antérieure à la date de nomination. */
  DATE_FIN_AVANT_NOMINATION(
      Gravite.AVERTISSEMENT, "La date de fin de mesure est antérieure à la date de nomination."),
  /** Type d'établissement absent alors que la personne vit en établissement. */
  TYPE_ETABLISSEMENT_OBLIGATOIRE(
      "Le type d'établissement est obligatoire lorsque la personne vit en établissement."),
  /** Code postal qui ne mène à aucun département. */
  CODE_POSTAL_SANS_DEPARTEMENT("Le code postal semble invalide."),
  /** Code postal qui n'est pas de 5 caractères. */
  CODE_POSTAL_MAL_FORME("Le code postal doit contenir 5 caractères."),
  /** Aucun état dans une saisie de mesure. */
  ETATS_OBLIGATOIRES("Au moins un état de la mesure est nécessaire."),
  /** Plusieurs états à la même date dans une saisie : le dernier l'emporte. */
  ETATS_MEME_JOUR(
      Gravite.AVERTISSEMENT,
      "Plusieurs états portent la même date : seul le dernier transmis pour ce jour est conservé."),
  /** Ajout d'un état à une date déjà occupée (un état par jour). */
  ETAT_DATE_DEJA_PRISE("Un état existe déjà à cette date : une mesure a au plus un état par jour."),
  /** État introuvable à la date indiquée. */
  ETAT_INTROUVABLE("Aucun état n'existe à cette date."),
  /** Suppression du dernier état d'une mesure en cours. */
  ETAT_DERNIER("Une mesure en cours garde au moins un état."),
  /** Année de ressources hors de 1900..année en cours. */
  RESSOURCE_ANNEE_HORS_BORNES("L'année des ressources doit être comprise entre 1900 et {max}."),
  /** Deux ressources pour la même année. */
  RESSOURCE_ANNEE_EN_DOUBLE("Des ressources existent déjà pour cette année."),
  /** Ressources introuvables pour l'année indiquée. */
  RESSOURCE_INTROUVABLE("Aucune ressource n'existe pour cette année."),
  /** Montant de ressources négatif. */
  RESSOURCE_MONTANT_NEGATIF("Le niveau de ressources ne peut pas être négatif."),
  /** Motif d'annulation absent. */
  MOTIF_ANNULATION_OBLIGATOIRE("Le motif de la suppression est obligatoire."),

  // --- Transitions du cycle de vie ---
  /** Opération impossible dans le statut actuel de la mesure. */
  TRANSITION_INTERDITE("L'opération « {operation} » est impossible sur une mesure au statut « {statut} »."),
  /** Réservation d'un RG déjà en cours chez ce gestionnaire. */
  MESURE_DEJA_EN_COURS(
      "Il y a déjà une mesure en cours avec ce numéro RG chez ce mandataire pour ce tribunal."),
  /** Réservation d'un RG déjà en attente chez ce gestionnaire. */
  MESURE_DEJA_EN_ATTENTE(
      "Il y a déjà une mesure en attente avec ce numéro RG chez ce mandataire pour ce tribunal."),
  /** Refus d'une réouverture sur une mesure qui n'en a pas. */
  PAS_DE_DEMANDE_REOUVERTURE("Cette mesure n'a pas de demande de réouverture en attente."),
  /** Mesure d'un autre gestionnaire. */
  MESURE_AUTRE_GESTIONNAIRE("Cette mesure n'appartient pas à ce gestionnaire."),
  /** Mesure d'un autre tribunal que celui du juge. */
  MESURE_AUTRE_TRIBUNAL("Cette mesure ne relève pas de votre tribunal."),

  // --- Verrous ---
  /** Mesure écrite par un logiciel métier. */
  MESURE_VERROUILLEE_EDITEUR(
      "Cette mesure a été transmise par votre logiciel métier : modifiez-la dans ce logiciel."),
  /** Gestionnaire synchronisé avec OCMI. */
  MESURE_VERROUILLEE_OCMI(
      "La synchronisation de vos mesures avec OCMI est activée : vos mesures ne sont pas modifiables dans e-MJPM."),

  // --- Unicité ---
  /** Lignes en double (même RG et même tribunal) dans un lot : seule la première est gardée. */
  DOUBLONS(
      Gravite.AVERTISSEMENT,
      "{nombre} numéro(s) RG en double : gardez un Numéro RG unique par mesure et par tribunal ; seule la première occurrence est importée."),

  // --- Invariants d'une mesure (ReglesMesure) ---
  /** Mesure en cours sans date de nomination. */
  EN_COURS_SANS_DATE_NOMINATION("Une mesure en cours a une date de nomination."),
  /** Mesure en cours sans état. */
  EN_COURS_SANS_ETAT("Une mesure en cours a au moins un état."),
  /** Mesure clôturée sans date de fin. */
  ETEINTE_SANS_DATE_FIN("Une mesure clôturée a une date de fin."),
  /** Champs courants différents du dernier état. */
  CHAMPS_COURANTS_DIFFERENTS_DU_DERNIER_ETAT(
      "La nature, le champ, le lieu de vie et le code postal de la mesure sont ceux de son dernier état."),
  /** Deux états le même jour. */
  DEUX_ETATS_MEME_JOUR("Une mesure a au plus un état par jour."),
  /** Drapeau de réouverture incohérent avec le statut ou la demande. */
  REOUVERTURE_INCOHERENTE(
      "Une demande de réouverture n'existe que sur une mesure en attente, avec ses données."),

  // --- Saisies d'import (fichier, OCMI) : écarts tolérés, signalés ---
  /**
   * En établissement sans type d'établissement, dans une saisie qui le rend facultatif (import de
   * fichier, OCMI : l'original ne l'exigeait pas) ; formulaires et API des logiciels métier l'exigent.
   */
  TYPE_ETABLISSEMENT_ABSENT(
      Gravite.AVERTISSEMENT,
      "La personne vit en établissement sans type d'établissement : la mesure est enregistrée sans type ; renseignez la colonne facultative type_etablissement (valeurs : {valeurs})."),
  /**
   * Code postal à 5 chiffres dont le département est inconnu du référentiel (Monaco 98000…), dans une
   * saisie d'import ou d'API : gardé tel quel ; les formulaires le refusent ({@link #CODE_POSTAL_SANS_DEPARTEMENT}).
   */
  CODE_POSTAL_DEPARTEMENT_INCONNU(
      Gravite.AVERTISSEMENT,
      "Le code postal ne correspond à aucun département connu : il est gardé tel quel.");

  private final Gravite gravite;
  private final String modele;

  CodeRegle(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeRegle(Gravite gravite, String modele) {
    this.gravite = gravite;
    this.modele = modele;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public Gravite gravite() {
    return gravite;
  }

  @Override
  public String modele() {
    return modele;
  }
}
