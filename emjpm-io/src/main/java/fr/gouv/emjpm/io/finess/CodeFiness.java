// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables de la lecture de l'extrait FINESS. Les limites (taille, lignes, longueur de ligne,
 * délai) arrêtent la lecture ; une ligne inexploitable est écartée avec un avertissement qui porte son
 * numéro de ligne, jamais son contenu. Voir {@code docs/erreurs.md}.
 */
public enum CodeFiness implements CodeViolation {
  /** Fichier au-delà de la taille admise. */
  FINESS_TROP_VOLUMINEUX("Le fichier FINESS dépasse la taille maximale admise ({max} octets)."),
  /** Trop de lignes. */
  FINESS_TROP_DE_LIGNES("Le fichier FINESS contient plus de {max} lignes."),
  /** Ligne trop longue (octets avant la fin de ligne). */
  FINESS_LIGNE_TROP_LONGUE("Une ligne du fichier FINESS dépasse {max} octets."),
  /** Échéance dépassée. */
  FINESS_DELAI_DEPASSE("La lecture du fichier FINESS a dépassé le délai admis."),
  /** Fichier sans aucune ligne {@code structureet}. */
  FINESS_AUCUN_ETABLISSEMENT("Le fichier ne contient aucune ligne structureet : ce n'est pas un extrait FINESS des établissements."),
  /** Ligne {@code structureet} dont le numéro FINESS d'établissement est mal formé : écartée. */
  FINESS_NUMERO_INVALIDE(Gravite.AVERTISSEMENT, "Numéro FINESS d'établissement invalide : ligne écartée."),
  /** Ligne {@code structureet} sans département : écartée, comme dans l'original. */
  FINESS_DEPARTEMENT_ABSENT(Gravite.AVERTISSEMENT, "Département absent : ligne écartée."),
  /** Ligne {@code structureet} dont le département est inconnu : écartée. */
  FINESS_DEPARTEMENT_INVALIDE(Gravite.AVERTISSEMENT, "Code de département invalide : ligne écartée."),
  /** Champ facultatif illisible (date, SIRET, numéro d'entité juridique) : laissé vide. */
  FINESS_CHAMP_INVALIDE(Gravite.AVERTISSEMENT, "Valeur illisible pour {champ} : champ laissé vide."),
  /** Ligne {@code geolocalisation} dont les coordonnées sont illisibles : ignorée. */
  FINESS_COORDONNEES_INVALIDES(Gravite.AVERTISSEMENT, "Coordonnées illisibles : ligne de géolocalisation ignorée."),
  /** Ligne {@code geolocalisation} d'un établissement absent du fichier : ignorée. */
  FINESS_GEOLOCALISATION_ORPHELINE(Gravite.AVERTISSEMENT, "Géolocalisation d'un établissement absent du fichier : ignorée."),
  /** Deuxième ligne {@code structureet} pour le même numéro : la dernière remplace la précédente. */
  FINESS_DOUBLON(Gravite.AVERTISSEMENT, "Établissement déjà décrit plus haut : la dernière ligne remplace la précédente."),
  /** Ligne d'un autre type que {@code structureet} ou {@code geolocalisation} : ignorée. */
  FINESS_LIGNE_IGNOREE(Gravite.AVERTISSEMENT, "Ligne d'un type inconnu : ignorée."),
  /** Au-delà du nombre d'avertissements gardés : les suivants sont seulement comptés. */
  FINESS_AVERTISSEMENTS_TRONQUES(Gravite.AVERTISSEMENT, "{nombre} autres avertissements non détaillés.");

  private final Gravite gravite;
  private final String modele;

  CodeFiness(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeFiness(Gravite gravite, String modele) {
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
