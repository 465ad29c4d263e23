// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables de l'import/export Excel de l'enquête ; liste : docs/erreurs.md. Les messages
 * ne contiennent jamais le contenu d'une cellule, seulement son adresse. Les refus d'un fichier par la
 * lecture durcie (taille, archive, chiffrement, DTD, plafonds, délai) sont ceux de tout import, codes
 * {@code CodeFichier}.
 */
public enum CodeImportEnquete implements CodeViolation {
  /**
   * Ni .xls (OLE2) ni .xlsx (OOXML) d'après son contenu (texte, CSV, classeur OpenDocument…) : l'enquête
   * ne lit que les classeurs Excel. Les autres refus de fichier (taille, archive, chiffrement, DTD,
   * délai…) sont ceux du lecteur commun, codes {@code FICHIER_*} de {@code
   * CodeFichier}.
   */
  ENQUETE_FORMAT_NON_SUPPORTE(Gravite.BLOQUANTE,
      "Le fichier n'est pas un classeur Excel .xls ou .xlsx (un classeur OpenDocument .ods doit être enregistré au format xlsx)."),
  /**
   * Plafond propre à l'enquête : plus de 4 M caractères de texte gardés dans la zone utile des feuilles
   * lues, pour tout le classeur (chaque texte distinct compté une fois).
   */
  ENQUETE_CLASSEUR_HORS_LIMITES(Gravite.BLOQUANTE, "Le classeur dépasse une limite de lecture : {limite} (au plus {max})."),
  /** Feuille obligatoire absente. */
  ENQUETE_FEUILLE_MANQUANTE(Gravite.BLOQUANTE, "Onglet \"{feuille}\" manquant."),
  /** Cellule illisible (texte non numérique, erreur Excel) : valeur non importée. */
  ENQUETE_CELLULE_ILLISIBLE(Gravite.AVERTISSEMENT, "Cellule {cellule} illisible pour le champ {champ} : valeur non importée."),
  /** Libellé absent de la liste : valeur non importée. */
  ENQUETE_LIBELLE_INCONNU(Gravite.AVERTISSEMENT, "Cellule {cellule} : libellé inconnu pour le champ {champ}, valeur non importée."),
  /** Décimal dans une cellule entière : tronqué. */
  ENQUETE_VALEUR_TRONQUEE(Gravite.AVERTISSEMENT, "Cellule {cellule} : nombre décimal tronqué à l'entier pour le champ {champ}."),
  /** Cellule « > 0 » du modèle sous la borne basse du catalogue (négatif, ou 0 si la borne l'exclut) : non importée. */
  ENQUETE_VALEUR_IGNOREE(Gravite.AVERTISSEMENT, "Cellule {cellule} : valeur sous le minimum ({min}) du champ {champ}, non importée."),
  /**
   * Cellule non prise en compte : radio ou case « 1 » contenant autre chose que 1, second choix d'une
   * même question, C19 sans coopération (C17 = 1), C17 autre que 0/1, B22 non nul sans établissement.
   */
  ENQUETE_CELLULE_IGNOREE(Gravite.AVERTISSEMENT, "Cellule {cellule} ignorée pour le champ {champ} : {motif}."),
  /**
   * Libellé d'une ligne de saisie introuvable, mais position confirmée par les lignes de libellés
   * voisines (même décalage avant et après) : la ligne est lue à cette position.
   */
  ENQUETE_LIGNE_INTROUVABLE(Gravite.AVERTISSEMENT,
      "Feuille {feuille} : libellé « {ligne} » introuvable ; position confirmée par les lignes voisines, ligne lue."),
  /**
   * Feuille trouvée par son nom (ou, pour l'activité, par sa position) dont les libellés ne sont pas
   * ceux du modèle : refusée plutôt que lue comme une autre.
   */
  ENQUETE_FEUILLE_NON_RECONNUE(Gravite.BLOQUANTE,
      "Feuille « {feuille} » : ses libellés ne sont pas ceux de l'onglet attendu ({attendue}), libellé « {libelle} » attendu en {cellule} ; classeur refusé."),
  /**
   * Cellule de saisie qui ne peut être située sûrement : son libellé n'est pas retrouvé et les lignes
   * voisines n'ont pas le même décalage (lignes insérées ou supprimées autour).
   */
  ENQUETE_ANCRE_INTROUVABLE(Gravite.BLOQUANTE,
      "Feuille « {feuille} » : libellé « {libelle} » attendu (cellule {cellule} du modèle) introuvable à une position sûre ; classeur refusé plutôt que lu à une autre position."),
  /** Feuille sans aucun libellé (classeur produit par un programme) : lue aux positions du modèle, sans vérification. */
  ENQUETE_FEUILLE_SANS_LIBELLES(Gravite.AVERTISSEMENT,
      "Feuille « {feuille} » sans aucun libellé : lue aux positions du modèle 2019, sans vérification possible."),
  /** Nombre hors de toute cellule de saisie (ligne insérée, sous un tableau, colonne ajoutée) : non importé. */
  ENQUETE_VALEUR_HORS_CHAMP(Gravite.AVERTISSEMENT,
      "Cellule {cellule} : valeur hors de toute cellule de saisie du modèle (ligne insérée, sous un tableau…), non importée."),
  /** Nombre de lignes d'établissements remplies différent du nombre déclaré. */
  ENQUETE_ETABLISSEMENTS_NOMBRE_DIFFERENT(Gravite.AVERTISSEMENT,
      "Cellule {cellule} : {declare} établissement(s) déclaré(s) mais {lus} ligne(s) d'établissement remplie(s), toutes lues."),
  /** Deux cellules non nulles dans une question à choix unique : la première est retenue, les deux sont nommées. */
  ENQUETE_CHOIX_MULTIPLE(Gravite.AVERTISSEMENT,
      "Cellule {cellule} ignorée pour le champ {champ} : {retenue} est déjà choisie et la question n'admet qu'un choix (deux cellules non nulles)."),
  /** N° FINESS saisi comme nombre : complété à 9 chiffres par des zéros à gauche. */
  ENQUETE_FINESS_COMPLETE(Gravite.AVERTISSEMENT,
      "Cellule {cellule} : N° FINESS saisi comme nombre, complété à 9 chiffres par des zéros à gauche."),
  /** N° FINESS de format inattendu (9 caractères commençant par un code de département). */
  ENQUETE_FINESS_INVALIDE(Gravite.AVERTISSEMENT,
      "Cellule {cellule} : N° FINESS de format inattendu (9 caractères commençant par un code de département attendus)."),
  /** Nombre hors des bornes d'un entier 64 bits (1e308, 9,3e18…) : refusé, jamais replié. */
  ENQUETE_ENTIER_HORS_BORNES(Gravite.AVERTISSEMENT,
      "Cellule {cellule} : nombre hors des bornes d'un entier pour le champ {champ}, refusé (non importé)."),
  /** Document JSON de réponse illisible ou de forme inattendue. */
  ENQUETE_JSON_INVALIDE(Gravite.BLOQUANTE, "Le document JSON de réponse est illisible ou mal formé ({detail})."),
  /** Table ou clé JSON absente du catalogue du type d'enquête. */
  ENQUETE_JSON_CLE_INCONNUE(Gravite.BLOQUANTE, "Clé {cle} inconnue du catalogue pour ce type d'enquête."),
  /** Valeur JSON d'un type incompatible avec le champ du catalogue. */
  ENQUETE_JSON_TYPE_INCORRECT(Gravite.BLOQUANTE, "Clé {cle} : valeur de type incorrect (attendu : {attendu})."),
  /** Export : valeur sans cellule dans le classeur (plus de 20 établissements, établissement vide, code ou niveau sans case). */
  ENQUETE_EXPORT_VALEUR_NON_PORTEE(Gravite.AVERTISSEMENT, "Valeur du champ {champ} non écrite dans le classeur : {motif}."),
  /** Erreur d'écriture du classeur exporté. */
  ENQUETE_EXPORT_IMPOSSIBLE(Gravite.BLOQUANTE, "Le classeur n'a pas pu être écrit.");

  private final Gravite gravite;
  private final String modele;

  CodeImportEnquete(Gravite gravite, String modele) {
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
