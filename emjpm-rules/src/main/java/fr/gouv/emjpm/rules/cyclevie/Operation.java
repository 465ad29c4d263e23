// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

/** Opérations du cycle de vie d'une mesure, nommées dans les violations {@code TRANSITION_INTERDITE}. */
public enum Operation {
  /** Réservation par un juge ; sur une mesure clôturée : demande de réouverture. */
  RESERVER("réserver la mesure"),
  /** Acceptation par le gestionnaire. */
  ACCEPTER("accepter la mesure"),
  /** Création directe par le gestionnaire. */
  CREER("ajouter une mesure"),
  /** Modification. */
  MODIFIER("modifier la mesure"),
  /** Clôture. */
  CLOTURER("mettre fin au mandat"),
  /** Réactivation. */
  REACTIVER("rouvrir la mesure"),
  /** Refus d'une demande de réouverture. */
  REFUSER_REOUVERTURE("supprimer la demande de réouverture"),
  /** Annulation d'une réservation par le juge. */
  ANNULER("annuler la réservation"),
  /** Suppression par le gestionnaire. */
  SUPPRIMER("supprimer la mesure"),
  /** Ajout, modification ou suppression d'un état. */
  MODIFIER_ETATS("modifier les états"),
  /** Ajout, modification ou suppression de ressources. */
  MODIFIER_RESSOURCES("modifier les ressources");

  private final String libelle;

  Operation(String libelle) {
    this.libelle = libelle;
  }

  /** {@return libellé français (« mettre fin au mandat »)} */
  public String libelle() {
    return libelle;
  }
}
