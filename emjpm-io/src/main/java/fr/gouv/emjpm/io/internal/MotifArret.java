// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Motif d'un arrêt de lecture levé par le code partagé de lecture durcie des .xlsx ({@link Echeance},
 * {@link FluxBorne}, {@link XmlFlux}, {@link ChainesPartagees}). Chaque import le traduit en son propre code par
 * ses {@link CodesArret}. Hors API.
 */
public enum MotifArret {
  /** Échéance coopérative dépassée ; plafond : délai admis, en millisecondes. */
  DELAI_DEPASSE,
  /**
   * Octets réellement décompressés au-delà d'un plafond (budget des parties que POI analyse lui-même,
   * ou plafond d'une partie lue en flux) ; plafond : le budget dépassé, en octets.
   */
  VOLUME_EXCESSIF,
  /** Prologue XML d'une partie qui déclare une DTD ({@code <!DOCTYPE}) ; plafond sans objet (0). */
  DTD_INTERDITE,
  /** Partie qui n'est pas une entrée de l'archive lue ; plafond sans objet (0). */
  ILLISIBLE,
  /** Plus de chaînes partagées que permis (attribut {@code uniqueCount} ou comptage) ; plafond : nombre. */
  TROP_DE_CHAINES,
  /** Chaîne partagée trop longue ; plafond : caractères décodés par chaîne. */
  CHAINE_TROP_LONGUE,
  /** Trop de caractères pour toute la table des chaînes partagées ; plafond : caractères décodés. */
  TEXTE_EXCESSIF,
  /**
   * Paquet OOXML qui est un classeur, mais pas un classeur xlsx ordinaire (classeur à macros .xlsm,
   * modèle .xltx/.xltm, complément .xlam, classeur binaire .xlsb) ; plafond sans objet (0).
   */
  TYPE_CLASSEUR_REFUSE,
  /** Paquet OOXML qui n'est pas un classeur (document Word, présentation…) ; plafond sans objet (0). */
  PAS_UN_CLASSEUR,
  /**
   * Jeton XML (balise et ses attributs, commentaire, instruction, CDATA, texte) plus long que permis,
   * repéré sur le flux d'octets avant l'analyseur ; plafond : octets.
   */
  JETON_TROP_LONG
}
