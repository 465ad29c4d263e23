// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/** Codes stables des règles de l'enquête (statut, soumission, cycle) ; liste : docs/erreurs.md. */
public enum CodeEnquete implements CodeViolation {
  /** Champ obligatoire vide. */
  ENQUETE_CHAMP_REQUIS("Veuillez renseigner ce champ."),
  /** Valeur d'un type inattendu (texte dans un nombre…). */
  ENQUETE_TYPE_INVALIDE("La valeur n'a pas le type attendu ({type})."),
  /** Décimal dans un champ entier. */
  ENQUETE_NON_ENTIER("Le nombre indiqué doit être un entier."),
  /** Sous la borne basse incluse. */
  ENQUETE_INFERIEUR_MIN("Le nombre indiqué doit être supérieur ou égal à {min}."),
  /** Sous ou égal à la borne basse exclue. */
  ENQUETE_NON_SUPERIEUR_MIN("Le nombre indiqué doit être supérieur à {min}."),
  /** Au-dessus de la borne haute. */
  ENQUETE_SUPERIEUR_MAX("Le nombre indiqué doit être inférieur ou égal à {max}."),
  /** Code hors de l'énumération. */
  ENQUETE_VALEUR_HORS_LISTE("La valeur ne fait pas partie de la liste {liste}."),
  /** Bloc JSON absent dans une étape renseignée. */
  ENQUETE_BLOC_MANQUANT("Le bloc {bloc} doit être renseigné."),
  /** R-IG1. */
  ENQUETE_EXERCE_SEUL("Vous avez déclaré exercer seul une activité."),
  /** R-IG2, réponse oui. */
  ENQUETE_ETP_SECRETARIAT_REQUIS("Veuillez indiquer l'ETP du secrétariat spécialisé (supérieur à 0)."),
  /** R-IG2, réponse non ou vide. */
  ENQUETE_ETP_SECRETARIAT_DOIT_ETRE_VIDE(
      "Vous avez répondu \"non\" à la question précédente, donc ce champ doit être vide."),
  /** R-FIN1. */
  ENQUETE_CHARGES_PREPOSES_SUPERIEURES(
      "La valeur de charges préposés ne peut être supérieure à la charge personnel total."),
  /** Soumission d'une réponse dont le statut global est invalide. */
  ENQUETE_REPONSE_INVALIDE("Certaines réponses sont invalides : la réponse ne peut pas être envoyée."),
  /** Réponse qui n'est plus en brouillon (soumission, import, modification par le répondant). */
  ENQUETE_DEJA_SOUMISE("Les réponses à l'enquête {annee} ont déjà été envoyées."),
  /** Date limite dépassée. */
  ENQUETE_CAMPAGNE_CLOSE("La campagne {annee} est close depuis le {dateFin}."),
  /** Acteur sans le droit demandé. */
  ENQUETE_ACTION_NON_AUTORISEE("Action {action} non autorisée pour ce rôle."),
  /** Validation d'une réponse qui n'est pas soumise. */
  ENQUETE_NON_SOUMISE("La réponse n'a pas encore été envoyée."),
  /** Validation d'une réponse déjà validée. */
  ENQUETE_DEJA_VALIDEE("Cette réponse à l'enquête {annee} est déjà validée."),
  /** Année de campagne invalide. */
  ENQUETE_ANNEE_INVALIDE("L'année de la campagne doit comporter quatre chiffres."),
  /** Campagne déjà existante pour cette année. */
  ENQUETE_CAMPAGNE_EXISTANTE("Une campagne existe déjà pour l'année {annee}."),
  /** Montants AAH/SMIC de l'année d'activité absents des paramètres : pré-remplissage impossible. */
  ENQUETE_BAREME_MANQUANT("Montant(s) {manquants} de l'année {annee} non paramétré(s) (à fournir par l'hôte) : pré-remplissage impossible."),
  /**
   * Pré-remplissage : mesure incohérente (fin avant nomination, clôturée sans date de fin, à domicile avec
   * un type d'établissement), comptée selon la règle énoncée dans le message ; avertissement.
   */
  ENQUETE_MESURE_INCOHERENTE(Gravite.AVERTISSEMENT, "Mesure n° {position} : {motif} ; comptée ainsi : {regle}."),
  /** Aucun département connu pour le répondant (§3.2). */
  ENQUETE_DEPARTEMENT_INCONNU("Aucun département connu pour le répondant : pré-remplissage impossible.");

  private final String modele;
  private final Gravite gravite;

  CodeEnquete(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeEnquete(Gravite gravite, String modele) {
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
