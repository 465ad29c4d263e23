// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

/**
 * Nombre de mesures en cours et en attente d'un gestionnaire ou d'une antenne, compté sur les mesures
 * données. Immuable et thread-safe.
 *
 * @param enCours mesures au statut {@code en_cours}
 * @param enAttente mesures au statut {@code en_attente}
 */
public record Compteurs(int enCours, int enAttente) {

  /** Aucune mesure. */
  public static final Compteurs AUCUN = new Compteurs(0, 0);

  /**
   * Garantit des nombres positifs ou nuls.
   *
   * @param enCours nombre de mesures en cours, positif ou nul
   * @param enAttente nombre de mesures en attente, positif ou nul
   */
  public Compteurs {
    if (enCours < 0 || enAttente < 0) {
      throw new IllegalArgumentException("compteur négatif");
    }
  }

  /** {@return somme des deux compteurs} */
  public int total() {
    return enCours + enAttente;
  }

  /**
   * Somme terme à terme.
   *
   * @param autre compteurs à ajouter
   * @return nouveaux compteurs, somme terme à terme
   */
  public Compteurs plus(Compteurs autre) {
    return new Compteurs(enCours + autre.enCours, enAttente + autre.enAttente);
  }
}
