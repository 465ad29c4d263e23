// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import org.apache.poi.ss.util.CellReference;

/** Une feuille d'un classeur en lecture : son nom et le contenu brut de ses cellules. */
interface FeuilleLue {
  /** Nom de la feuille. */
  String nom();

  /** Contenu de la cellule (ligne et colonne à partir de 0) ; {@link Brut.Vide} si absente. */
  Brut brut(int ligne, int colonne);

  /** Contenu de la cellule désignée. */
  default Brut brut(CellReference ref) {
    return brut(ref.getRow(), ref.getCol());
  }
}
