// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.editeur;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/** Codes stables des réponses de l'API des logiciels métier (lecture, mise à jour, filtre). */
public enum CodeEditeur implements CodeViolation {
  /**
   * Mesure inconnue ou qui n'est pas celle du gestionnaire de l'appel : l'hôte répond 404 (sans
   * dire laquelle des deux).
   */
  EDITEUR_MESURE_INTROUVABLE(Gravite.BLOQUANTE, "Mesure introuvable pour ce gestionnaire."),
  /**
   * Valeur de {@code status} hors de en_attente, en_cours, eteinte : aucune mesure ne correspond
   * (liste vide, comme l'original), l'appel n'est pas refusé.
   */
  EDITEUR_STATUT_INCONNU(
      Gravite.AVERTISSEMENT,
      "Statut inconnu (en_attente, en_cours ou eteinte attendu) : aucune mesure ne correspond.");

  private final Gravite gravite;
  private final String modele;

  CodeEditeur(Gravite gravite, String modele) {
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
