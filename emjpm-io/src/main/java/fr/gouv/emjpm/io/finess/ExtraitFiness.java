// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.etablissement.Etablissement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Extrait FINESS lu en entier : établissements (dans l'ordre du fichier, coordonnées jointes), date
 * d'extraction de la ligne d'en-tête et avertissements. Immuable.
 *
 * @param etablissements établissements, un par numéro FINESS (le dernier l'emporte)
 * @param dateExtraction date de la ligne d'en-tête {@code finess;etalab;…;AAAA-MM-JJ}, si elle est lisible
 * @param lignes nombre de lignes lues
 * @param avertissements lignes écartées ou champs laissés vides, avec leur numéro de ligne
 */
public record ExtraitFiness(
    List<Etablissement> etablissements, Optional<LocalDate> dateExtraction, int lignes, List<Violation> avertissements) {

  /**
   * Copie les listes.
   *
   * @param etablissements établissements
   * @param dateExtraction date d'extraction, éventuellement vide
   * @param lignes nombre de lignes lues
   * @param avertissements avertissements
   */
  public ExtraitFiness {
    etablissements = List.copyOf(etablissements);
    Objects.requireNonNull(dateExtraction, "dateExtraction");
    avertissements = List.copyOf(avertissements);
  }
}
