// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.List;

/**
 * Résultat d'un import réussi. Import de fichier : tout ou rien, il n'existe que si aucune ligne n'est en
 * erreur. Synchronisation OCMI : mesure par mesure, chaque mesure refusée est dans les avertissements
 * ({@code OCMI_MESURE_NON_ENREGISTREE} puis ses violations).
 * Immuable et thread-safe.
 *
 * @param creations nombre de mesures nouvelles
 * @param misesAJour nombre de mesures existantes mises à jour (clé gestionnaire, tribunal, RG)
 * @param mesures les mesures à écrire par l'hôte, dans l'ordre du fichier (doublons écartés)
 * @param lignesLues lignes de données lues
 * @param avertissements avertissements (doublons, règles non bloquantes)
 */
public record ImportMesures(
    int creations, int misesAJour, List<Mesure> mesures, int lignesLues, List<Violation> avertissements) {

  /**
   * Copie défensive des listes.
   *
   * @param creations nombre de mesures nouvelles
   * @param misesAJour nombre de mesures existantes remplacées
   * @param mesures mesures à écrire par l'hôte, dans l'ordre du fichier ; copiées
   * @param lignesLues lignes de données lues
   * @param avertissements avertissements de l'import (doublons, règles non bloquantes) ; copiés
   */
  public ImportMesures {
    mesures = List.copyOf(mesures);
    avertissements = List.copyOf(avertissements);
  }
}
