// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Écoute de la progression d'un import de mesures ({@link MesuresImporter#importer(java.nio.file.Path,
 * ParametresImport, SuiviImport)}) : lignes lues, lignes refusées, fin. Chaque méthode est appelée dans
 * le fil de l'import ; aucune ne reçoit le contenu d'une cellule.
 */
public interface SuiviImport {

  /**
   * Lignes de données lues jusqu'ici, par paquets de 1 000 (aucun appel pour un petit fichier).
   *
   * @param lignes nombre total de lignes de données lues depuis le début de l'import
   */
  void lignesLues(long lignes);

  /**
   * Ligne refusée (au moins une erreur bloquante) ; appelée à la fin de la lecture, une fois par ligne,
   * dans l'ordre des lignes, avant {@link #termine}. Par défaut, rien.
   *
   * @param ligne numéro de ligne tableur (l'en-tête est la ligne 1)
   */
  default void ligneRefusee(int ligne) {}

  /**
   * Fin de l'import, appelée exactement une fois, qu'il soit accepté ou refusé (y compris pour un
   * fichier trop volumineux ou illisible, et quand une erreur du système interrompt l'import). Par
   * défaut, rien.
   *
   * @param lignesLues lignes de données lues (0 si le fichier n'a pas pu être lu)
   * @param lignesRefusees lignes qui portent au moins une erreur bloquante
   * @param accepte vrai si l'import est accepté (mesures à écrire), faux s'il est refusé
   */
  default void termine(long lignesLues, long lignesRefusees, boolean accepte) {}

  /**
   * Adaptateur d'un rappel de progression ({@link ParametresImport#progression()}) : seules les lignes
   * lues lui sont transmises.
   *
   * @param progression rappel qui reçoit le nombre de lignes lues, non nul
   * @return suivi qui transmet {@link #lignesLues} à {@code progression} et ignore le reste
   */
  static SuiviImport depuis(LongConsumer progression) {
    Objects.requireNonNull(progression, "progression");
    return progression::accept;
  }
}
