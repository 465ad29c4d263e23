// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.util.Map;

/**
 * Les limites d'une lecture appliquées une fois, quel que soit le format, entre le lecteur d'un format et
 * le récepteur de l'import : colonne au-delà de {@link LimitesLecture#colonnesMax()}, texte de cellule
 * au-delà de {@link LimitesLecture#celluleMax()}, échéance à chaque ligne. Non thread-safe. Hors API.
 */
final class RecepteurBorne implements RecepteurCellules {
  private final RecepteurCellules cible;
  private final int colonnesMax;
  private final int celluleMax;
  private final Echeance echeance;

  RecepteurBorne(RecepteurCellules cible, LimitesLecture limites, Echeance echeance) {
    this.cible = cible;
    this.colonnesMax = limites.colonnesMax();
    this.celluleMax = limites.celluleMax();
    this.echeance = echeance;
  }

  /** Vérifie l'indice de colonne d'une cellule, même vide (un champ CSV vide compte). */
  void colonne(int colonne) {
    if (colonne >= colonnesMax) {
      throw ArretLecture.de(CodeFichier.FICHIER_TROP_DE_COLONNES, Map.of("max", colonnesMax));
    }
  }

  /** Vérifie la longueur d'un texte de cellule. */
  void longueur(int longueur) {
    if (longueur > celluleMax) {
      throw ArretLecture.de(CodeFichier.FICHIER_CELLULE_TROP_LONGUE, Map.of("max", celluleMax));
    }
  }

  @Override
  public boolean formats() {
    return cible.formats();
  }

  @Override
  public void chaineAbsente(int colonne) {
    cible.chaineAbsente(colonne);
  }

  @Override
  public boolean feuille(int indice, String nom) {
    return cible.feuille(indice, nom);
  }

  @Override
  public void ligne(int numero) {
    echeance.verifier();
    cible.ligne(numero);
  }

  @Override
  public void texte(int colonne, String valeur) {
    colonne(colonne);
    longueur(valeur.length());
    cible.texte(colonne, valeur);
  }

  @Override
  public void nombre(int colonne, double valeur, FormatCellule format) {
    colonne(colonne);
    cible.nombre(colonne, valeur, format);
  }

  @Override
  public void date(int colonne, double serie, FormatCellule format) {
    colonne(colonne);
    cible.date(colonne, serie, format);
  }

  @Override
  public void booleen(int colonne, boolean valeur) {
    colonne(colonne);
    cible.booleen(colonne, valeur);
  }

  @Override
  public void erreur(int colonne) {
    erreur(colonne, "");
  }

  @Override
  public void erreur(int colonne, String code) {
    colonne(colonne);
    cible.erreur(colonne, code);
  }

  @Override
  public void finLigne() {
    cible.finLigne();
  }

  @Override
  public boolean finFeuille() {
    return cible.finFeuille();
  }
}
