// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

/** Rôle de celui qui agit sur une campagne ou une réponse (enquete.md §3.3–3.4). */
public enum ActeurEnquete {
  /** Mandataire individuel, préposé ou membre de service : propriétaire de la réponse. */
  REPONDANT,
  /** Direction régionale ou départementale (rôle {@code direction}). */
  DIRECTION,
  /** Direction nationale : crée les campagnes, compte et liste les réponses ; ne les ouvre, ne les modifie ni ne les valide (§3.4). */
  DIRECTION_NATIONALE
}
