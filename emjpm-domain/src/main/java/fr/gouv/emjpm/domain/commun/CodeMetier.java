// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

/**
 * Valeur d'une énumération métier : un code stocké par l'original (celui qui voyage dans les échanges
 * JSON, CSV ou Excel) et un libellé métier français. Chaque énumération qui l'implémente offre aussi
 * {@code static Optional<X> parCode(String)}.
 */
public interface CodeMetier {

  /** {@return code stocké par l'original, par exemple {@code "curatelle_renforcee"}} */
  String code();

  /** {@return libellé métier français, avec accents, par exemple {@code "curatelle renforcée"}} */
  String libelle();
}
