// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

/**
 * Codes des violations produites par les types valeur du domaine lors de l'analyse d'un texte non
 * fiable ({@code parse}). Stables : voir {@code docs/erreurs.md}.
 */
public enum CodeDomaine implements CodeViolation {
  /** Numéro RG absent. */
  RG_OBLIGATOIRE("Le numéro RG est obligatoire."),
  /** Numéro RG contenant autre chose que des lettres et chiffres ASCII. */
  RG_CARACTERES_INVALIDES("Aucun caractère spécial ou espace n'est accepté."),
  /** Numéro RG de moins de 8 caractères. */
  RG_TROP_COURT(
      "Le numéro RG doit contenir 8 chiffres ou lettres : ajoutez des 0 au début (exemple : 12A34567)."),
  /** Numéro RG de plus de 8 caractères. */
  RG_TROP_LONG("8 chiffres ou lettres maximum."),
  /** Numéro RG en minuscules (différent de sa forme normalisée). */
  RG_NON_NORMALISE("Le numéro RG doit être écrit en majuscules (forme normalisée : 8 lettres ou chiffres)."),
  /** SIRET qui n'est pas de 14 chiffres. */
  SIRET_INVALIDE("Le SIRET doit être composé de 14 chiffres."),
  /** SIRET dont la clé de Luhn est fausse (avertissement). */
  SIRET_CLE_INVALIDE(Gravite.AVERTISSEMENT, "La clé de contrôle du SIRET est incorrecte."),
  /** Code postal qui n'est pas de 5 chiffres. */
  CODE_POSTAL_INVALIDE("Le code postal doit être composé de 5 chiffres."),
  /** Code INSEE mal formé. */
  CODE_INSEE_INVALIDE("Le code INSEE doit être composé de 5 caractères (chiffres, ou 2A/2B pour la Corse)."),
  /** Code de département mal formé. */
  CODE_DEPARTEMENT_INVALIDE("Le code de département est invalide."),
  /** Identifiant de gestionnaire mal formé. */
  GESTIONNAIRE_ID_INVALIDE(
      "L'identifiant de gestionnaire doit être de la forme individuel-N, prepose-N ou service-N."),
  /** Code d'énumération inconnu. */
  CODE_INCONNU("La valeur {valeur} n'est pas un code accepté pour {champ}."),
  /** Valeur obligatoire absente. */
  VALEUR_OBLIGATOIRE("{champ} est obligatoire."),
  /** Numéro FINESS mal formé (9 caractères : département sur deux caractères, puis 7 chiffres). */
  FINESS_INVALIDE("Le numéro FINESS doit être composé de 9 caractères : 2 pour le département puis 7 chiffres."),
  /** Numéro FINESS dont la clé de Luhn est fausse (avertissement). */
  FINESS_CLE_INVALIDE(Gravite.AVERTISSEMENT, "La clé de contrôle du numéro FINESS est incorrecte.");

  private final Gravite gravite;
  private final String modele;

  CodeDomaine(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeDomaine(Gravite gravite, String modele) {
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
