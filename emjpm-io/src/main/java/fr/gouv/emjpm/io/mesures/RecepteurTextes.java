// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.RecepteurCellules;

/**
 * Récepteur qui rend chaque cellule typée en son texte ({@link LecteurTableau.Textes}) et le confie à
 * {@link #placer} ; seule la première feuille est lue. Base commune du lecteur de tableau, qui forme les
 * lignes, et de l'enregistreur du fil de lecture ({@link LectureEnParallele}), qui note les textes pour
 * les rejouer : ils ne diffèrent que par ce qu'ils font du texte et des bornes de ligne. Non
 * thread-safe : une instance par fil.
 */
abstract class RecepteurTextes implements RecepteurCellules {

  private final LecteurTableau.Textes textes;

  RecepteurTextes(FormatFichier format) {
    this.textes = new LecteurTableau.Textes(format);
  }

  /** Reçoit le texte déjà calculé de la cellule de {@code colonne} de la ligne en cours. */
  abstract void placer(int colonne, String texte);

  @Override
  public final boolean feuille(int indice, String nom) {
    return indice == 0; // la feuille lue : la première
  }

  @Override
  public final boolean finFeuille() {
    return false; // la lecture s'arrête après la feuille lue, aucune autre n'est lue
  }

  @Override
  public final void texte(int colonne, String valeur) {
    placer(colonne, textes.texte(valeur));
  }

  @Override
  public final void nombre(int colonne, double valeur, FormatCellule format) {
    placer(colonne, textes.nombre(valeur, format));
  }

  @Override
  public final void date(int colonne, double serie, FormatCellule format) {
    placer(colonne, textes.date(serie, format));
  }

  @Override
  public final void booleen(int colonne, boolean valeur) {
    placer(colonne, LecteurTableau.Textes.booleen(valeur));
  }

  @Override
  public final void erreur(int colonne) {
    erreur(colonne, "");
  }

  @Override
  public final void erreur(int colonne, String code) {
    placer(colonne, textes.erreur(code));
  }
}
