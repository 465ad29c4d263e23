// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Ligne du journal des changements de la liste blanche ({@code lb_update_log}) : opération, table,
 * auteur, entrée concernée, ligne liée (département, établissement, service), SIRET d'une entrée
 * supprimée, et date. Immuable et thread-safe.
 *
 * @param operation opération
 * @param table table modifiée ({@code liste_blanche}, {@code mandataire_individuel_departements},
 *     {@code mandataire_prepose_etablissements}, {@code dpfi_departements}, {@code services}, {@code
 *     service_departements}, {@code sdpf})
 * @param utilisateurId compte qui a fait le changement
 * @param listeBlancheId entrée de liste blanche concernée
 * @param cle clé de la ligne liée (code de département, identifiant d'établissement ou de service),
 *     vide pour la ligne de l'entrée elle-même
 * @param siret SIRET stocké de l'entrée, renseigné pour une suppression
 * @param date instant du changement (horloge du moteur)
 */
public record ChangementListeBlanche(
    OperationJournal operation, String table, long utilisateurId, long listeBlancheId, Optional<String> cle,
    Optional<String> siret, Instant date) {

  /**
   * Vérifie la présence de chaque composant.
   *
   * @param operation opération, non nulle
   * @param table table, non nulle
   * @param utilisateurId auteur
   * @param listeBlancheId entrée concernée
   * @param cle clé de la ligne liée, éventuellement vide
   * @param siret SIRET d'une entrée supprimée, éventuellement vide
   * @param date instant, non nul
   */
  public ChangementListeBlanche {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(cle, "cle");
    Objects.requireNonNull(siret, "siret");
    Objects.requireNonNull(date, "date");
  }
}
