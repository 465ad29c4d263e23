// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

/** Opérations du cycle de vie d'une mesure (§3), nommées dans les violations {@code TRANSITION_INTERDITE}. */
public enum Operation {
  /** Réservation par un juge (§3.2) ; sur une mesure clôturée : demande de réouverture (§3.8). */
  RESERVER("réserver la mesure"),
  /** Acceptation par le gestionnaire (§3.3). */
  ACCEPTER("accepter la mesure"),
  /** Création directe par le gestionnaire (§3.4). */
  CREER("ajouter une mesure"),
  /** Modification (§3.5). */
  MODIFIER("modifier la mesure"),
  /** Clôture (§3.6). */
  CLOTURER("mettre fin au mandat"),
  /** Réactivation (§3.7). */
  REACTIVER("rouvrir la mesure"),
  /** Refus d'une demande de réouverture (§3.8). */
  REFUSER_REOUVERTURE("supprimer la demande de réouverture"),
  /** Annulation d'une réservation par le juge (§3.9). */
  ANNULER("annuler la réservation"),
  /** Suppression par le gestionnaire (§3.9). */
  SUPPRIMER("supprimer la mesure"),
  /** Ajout, modification ou suppression d'un état (§2.3). */
  MODIFIER_ETATS("modifier les états"),
  /** Ajout, modification ou suppression de ressources (§2.4). */
  MODIFIER_RESSOURCES("modifier les ressources");

  private final String libelle;

  Operation(String libelle) {
    this.libelle = libelle;
  }

  /**
   * Libellé français (« mettre fin au mandat »).
   *
   * @return libellé français (« mettre fin au mandat »)
   */
  public String libelle() {
    return libelle;
  }
}
