// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.rules.disponibilite.Disponibilite;

/**
 * Couleur d'un gestionnaire sur la carte de la démonstration : rouge s'il n'offre aucune place (complet,
 * en surcapacité, suspendu ou sans capacité déclarée), orange s'il lui reste moins de 10 % de sa
 * capacité, vert sinon.
 */
enum ClasseDisponibilite {
  VERT("#2e7d32", "places disponibles (≥ 10 % de la capacité)"),
  ORANGE("#ef6c00", "presque complet (< 10 % de la capacité)"),
  ROUGE("#c62828", "aucune place (complet, surcapacité, suspendu)");

  private final String couleur;
  private final String libelle;

  ClasseDisponibilite(String couleur, String libelle) {
    this.couleur = couleur;
    this.libelle = libelle;
  }

  String couleur() {
    return couleur;
  }

  String libelle() {
    return libelle;
  }

  static ClasseDisponibilite de(Disponibilite d) {
    if (!d.estDisponible()) {
      return ROUGE;
    }
    return d.disponibilite() * 10L < d.mesuresMax() ? ORANGE : VERT;
  }
}
