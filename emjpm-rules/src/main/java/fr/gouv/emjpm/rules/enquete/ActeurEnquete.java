// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

/** Rôle de celui qui agit sur une campagne ou une réponse. */
public enum ActeurEnquete {
  /** Mandataire individuel, préposé ou membre de service : propriétaire de la réponse. */
  REPONDANT,
  /** Direction régionale ou départementale (rôle {@code direction}). */
  DIRECTION,
  /** Direction nationale : crée les campagnes, compte et liste les réponses ; ne les ouvre, ne les modifie ni ne les valide. */
  DIRECTION_NATIONALE
}
