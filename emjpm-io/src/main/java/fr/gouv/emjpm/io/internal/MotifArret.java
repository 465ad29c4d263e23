// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Motif d'un arrêt de lecture levé par le code partagé de lecture durcie des classeurs ({@link Echeance},
 * {@link FluxBorne}, {@link XmlFlux}, {@link ChainesPartagees}, {@link LecteurOds}). Chaque import le traduit
 * en son propre code par ses {@link CodesArret}. Hors API.
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
  /**
   * Chaîne partagée trop longue, ou texte d'une cellule d'un .ods trop long ; plafond : caractères
   * décodés par chaîne ou par cellule.
   */
  CHAINE_TROP_LONGUE,
  /** Trop de caractères pour toute la table des chaînes partagées ; plafond : caractères décodés. */
  TEXTE_EXCESSIF,
  /**
   * Paquet OOXML qui est un classeur, mais pas un classeur xlsx ordinaire (classeur à macros .xlsm,
   * modèle .xltx/.xltm, complément .xlam, classeur binaire .xlsb, modèle OpenDocument .ots) ; plafond sans
   * objet (0).
   */
  TYPE_CLASSEUR_REFUSE,
  /**
   * Paquet OOXML ou archive OpenDocument qui n'est pas un classeur (document Word ou Writer,
   * présentation…) ; plafond sans objet (0).
   */
  PAS_UN_CLASSEUR,
  /**
   * Jeton XML (balise et ses attributs, commentaire, instruction, CDATA, texte) plus long que permis,
   * repéré sur le flux d'octets avant l'analyseur ; plafond : octets.
   */
  JETON_TROP_LONG,
  /**
   * Plus de lignes non vides que permis, ou ligne non vide au-delà de la dernière ligne admise (ligne
   * répétée d'un .ods) ; plafond : lignes.
   */
  TROP_DE_LIGNES,
  /** Cellule non vide au-delà de la dernière colonne admise (cellule répétée d'un .ods) ; plafond : colonnes. */
  TROP_DE_COLONNES,
  /** Classeur protégé par un mot de passe (parties chiffrées d'un .ods) ; plafond sans objet (0). */
  CHIFFRE,
  /**
   * Structure d'archive zip suspecte relevée par le pré-vol (entrées en double ou trop nombreuses, noms
   * absolus ou remontants) ; plafond sans objet (0).
   */
  STRUCTURE_ARCHIVE
}
