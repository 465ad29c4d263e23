// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

/**
 * Codes des violations d'un paramètre fourni par l'hôte (numéro et taille de page, rayon, nombre de
 * résultats, champ de builder), rendues par {@link Parametres#construire} : un hôte qui relaie des
 * paramètres HTTP les renvoie tels quels (réponse 400). Stables : voir {@code docs/erreurs.md}.
 */
public enum CodeParametre implements CodeViolation {
  /** Champ obligatoire d'un builder non renseigné. */
  PARAMETRE_ABSENT("Le paramètre {nom} est obligatoire."),
  /** Paramètre refusé par un invariant du type construit. */
  PARAMETRE_INVALIDE("Paramètre invalide : {raison}."),
  /** Numéro de page inférieur à 1. */
  PAGE_INVALIDE("Le numéro de page doit être supérieur ou égal à 1."),
  /** Taille de page hors de [1, 1000]. */
  TAILLE_PAGE_INVALIDE("La taille de page doit être comprise entre 1 et {max}."),
  /** Rayon négatif ou non défini (NaN). */
  RAYON_INVALIDE("Le rayon doit être un nombre de kilomètres positif ou nul."),
  /** Nombre de résultats demandé négatif. */
  NOMBRE_INVALIDE("Le nombre de résultats demandé doit être positif ou nul.");

  private final String modele;

  CodeParametre(String modele) {
    this.modele = modele;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public Gravite gravite() {
    return Gravite.BLOQUANTE;
  }

  @Override
  public String modele() {
    return modele;
  }
}
