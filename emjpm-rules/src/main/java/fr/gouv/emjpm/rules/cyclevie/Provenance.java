// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

/**
 * Chemin par lequel une saisie arrive à {@link Enregistrement} : il décide de ce qu'une mesure existante
 * de même clé (gestionnaire, tribunal, numéro RG) garde quand elle est mise à jour.
 */
public enum Provenance {
  /**
   * Import d'un fichier de mesures (xlsx, xls, ods, CSV) : une ligne ne porte qu'une partie de la mesure.
   * Les états de la mesure existante sont remplacés par l'état de la ligne ; tout ce que la ligne ne
   * porte pas est gardé : ressources, date de première mesure, résultat de révision, magistrat, greffier,
   * date de jugement, urgence, logiciel métier, et numéro de dossier, cabinet et antenne quand leur
   * cellule est vide. La date de fin et la cause de sortie sont effacées : la mesure réimportée est en
   * cours.
   */
  FICHIER,

  /**
   * API des logiciels métier et synchronisation OCMI : la saisie décrit la mesure entière et remplace
   * ses champs ; seuls les champs de la réservation, qu'aucun logiciel métier n'envoie (magistrat,
   * greffier, date de jugement, urgence), sont gardés.
   */
  LOGICIEL_METIER,

  /**
   * Synchronisation OCMI : comme {@link #LOGICIEL_METIER} pour ce que garde une mesure existante.
   * L'original enregistrait OCMI sans validation : les deux règles croisées des dates (date de
   * nomination avant la première mise sous protection, ou après le dernier état) y sont des
   * avertissements, les dates étant gardées telles que transmises ; une civilité, une année de naissance
   * ou une date de nomination absente est signalée par un avertissement et laissée vide.
   */
  OCMI
}
