// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.fichier;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables des refus d'un fichier de tableur par la lecture durcie, les mêmes pour tout import qui
 * lit un classeur ou un CSV : taille, format, structure de l'archive, défenses XML, plafonds de lecture,
 * délai. Chaque refus arrête la lecture ; aucun message ne recopie le contenu du fichier ni le texte
 * d'une exception. Ils remplacent les codes de même sens propres à chaque import (table des
 * correspondances dans {@code CHANGELOG.md} et {@code docs/erreurs.md}).
 */
public enum CodeFichier implements CodeViolation {
  /** Fichier plus gros que le plafond, refusé avant toute analyse. */
  FICHIER_TROP_VOLUMINEUX("Le fichier dépasse la taille maximale admise ({max} octets)."),
  /** Contenu qui n'est ni un classeur xlsx/xls/ods ni un texte CSV. */
  FICHIER_FORMAT_INCONNU("Le format du fichier n'est pas reconnu (xlsx, xls, ods ou CSV attendu)."),
  /** Classeur Excel 95 ou plus ancien (BIFF5). */
  FICHIER_FORMAT_ANCIEN("Ce classeur Excel est trop ancien : enregistrez-le au format xlsx."),
  /** Classeur protégé par un mot de passe. */
  FICHIER_CHIFFRE("Le classeur est protégé par un mot de passe : enregistrez-le sans protection."),
  /** Archive xlsx de structure suspecte (entrées en double, trop nombreuses, noms remontants). */
  FICHIER_ZIP_STRUCTURE("La structure du classeur xlsx est invalide."),
  /** Archive xlsx qui se décompresserait en un volume excessif. */
  FICHIER_ZIP_BOMBE("Le classeur se décompresse en un volume excessif."),
  /** Limites globales d'Apache POI de l'application hôte plus lâches que celles d'emjpm. */
  FICHIER_LIMITES_HOTE(
      "Les limites de sécurité d'Apache POI de l'application hôte sont plus lâches que celles d'emjpm : import refusé."),
  /** Fichier tronqué, corrompu ou non décodable. */
  FICHIER_ILLISIBLE("Le fichier est illisible ou corrompu."),
  /**
   * Partie XML du classeur qui déclare une DTD ({@code <!DOCTYPE} : entités externes, « milliard de
   * rires »), refusée avant toute analyse.
   */
  FICHIER_DTD_INTERDITE("Le classeur contient une déclaration DOCTYPE (DTD), interdite."),
  /** Trop de lignes. */
  FICHIER_TROP_DE_LIGNES("Le fichier contient plus de {max} lignes."),
  /** Trop de chaînes de caractères (chaînes partagées d'un xlsx, table SST d'un xls). */
  FICHIER_TROP_DE_CHAINES("Le classeur contient plus de {max} chaînes de caractères."),
  /** Trop de colonnes. */
  FICHIER_TROP_DE_COLONNES("Le fichier contient plus de {max} colonnes."),
  /** Cellule trop longue. */
  FICHIER_CELLULE_TROP_LONGUE("Une cellule dépasse {max} caractères."),
  /** Classeur xls de plus de {max} cellules, plages MULBLANK et MULRK développées (pré-vol). */
  FICHIER_TROP_DE_CELLULES("Le classeur contient plus de {max} cellules."),
  /** Lecture trop longue (échéance coopérative dépassée). */
  FICHIER_DELAI_DEPASSE("La lecture du fichier a dépassé le délai admis."),
  /**
   * Classeur à macros (.xlsm), modèle (.xltx, .xltm, .ots), complément (.xlam) ou classeur binaire
   * (.xlsb) : seul un classeur xlsx ou ods ordinaire est lu.
   */
  FICHIER_TYPE_CLASSEUR_REFUSE("Ce classeur est un classeur à macros, un modèle ou un classeur binaire :"
      + " enregistrez-le au format xlsx ou ods."),
  /** Paquet Office ou document OpenDocument qui n'est pas un classeur (document texte, présentation…). */
  FICHIER_PAS_UN_CLASSEUR(
      "Le fichier n'est pas un classeur (document texte ou présentation ?) : xlsx, xls, ods ou CSV attendu."),
  /** Jeton XML (attribut, commentaire, texte…) démesuré dans une partie du classeur xlsx. */
  FICHIER_JETON_XML_TROP_LONG(
      "Le classeur contient un élément XML (attribut, commentaire, texte) de plus de {max} octets."),
  /** Format numérique démesuré (longueur ou sections) dans le classeur. */
  FICHIER_FORMAT_NUMERIQUE_INVALIDE(
      "Le classeur contient un format de nombre de plus de {max} caractères ou de plus de 4 sections."),
  /** Classeur xls de plus de {max} enregistrements BIFF (pré-vol). */
  FICHIER_TROP_D_ENREGISTREMENTS("Le classeur contient plus de {max} enregistrements.");

  private final String modele;

  CodeFichier(String modele) {
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
