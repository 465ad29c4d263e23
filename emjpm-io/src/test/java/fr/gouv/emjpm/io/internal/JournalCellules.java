// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Récepteur des tests du lecteur : chaque événement noté en une ligne de {@link #vu} ({@code "ligne 3"},
 * {@code "0 texte x"}, {@code "1 nombre 2.5 0.00"}, {@code "2 date 45000.0 …"}, {@code "3 booleen true"},
 * {@code "4 erreur #N/A"}, {@code "fin"}) ; toutes les feuilles sont lues.
 */
class JournalCellules implements RecepteurCellules {
  final List<String> vu = new ArrayList<>();

  /** Forme notée du format d'une date : sa chaîne. */
  String formatDate(FormatCellule format) {
    return format.chaine();
  }

  @Override
  public boolean feuille(int indice, String nom) {
    return true;
  }

  @Override
  public void ligne(int numero) {
    vu.add("ligne " + numero);
  }

  @Override
  public void texte(int colonne, String valeur) {
    vu.add(colonne + " texte " + valeur);
  }

  @Override
  public void nombre(int colonne, double valeur, FormatCellule format) {
    vu.add(colonne + " nombre " + valeur + " " + format.chaine());
  }

  @Override
  public void date(int colonne, double serie, FormatCellule format) {
    vu.add(colonne + " date " + serie + " " + formatDate(format));
  }

  @Override
  public void booleen(int colonne, boolean valeur) {
    vu.add(colonne + " booleen " + valeur);
  }

  @Override
  public void erreur(int colonne) {
    vu.add(colonne + " erreur");
  }

  @Override
  public void erreur(int colonne, String code) {
    vu.add(colonne + " erreur " + code);
  }

  @Override
  public void finLigne() {
    vu.add("fin");
  }
}
