// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Reçoit les cellules typées d'un classeur (xlsx, xls, ods) ou d'un CSV, feuille par feuille et ligne par
 * ligne, dans l'ordre du fichier. Aucun objet n'est créé par cellule au-delà de la valeur elle-même : le
 * format d'une cellule numérique est partagé par toutes les cellules du même style. Les cellules vides
 * ne sont pas rendues ; une formule est rendue par sa valeur en cache. Hors API.
 *
 * <p>Les méthodes peuvent lever {@link ArretLecture} pour arrêter la lecture (limite d'un import).
 */
public interface RecepteurCellules {

  /**
   * Vrai (par défaut) si le récepteur veut les formats de nombre : une cellule numérique au format de date
   * est alors rendue par {@link #date}. Faux : les styles d'un xlsx ne sont pas analysés et chaque cellule
   * numérique est rendue par {@link #nombre}, valeur telle que le fichier la stocke (numéro de série d'une
   * date dans le système de dates du classeur, 1904 compris), comme POI la rend. Demandé une fois, avant la
   * première feuille.
   *
   * @return vrai pour recevoir les dates par {@link #date}
   */
  default boolean formats() {
    return true;
  }

  /**
   * Cellule xlsx qui cite une chaîne partagée absente de la table (indice hors table ou illisible : fichier
   * corrompu). Par défaut : lecture arrêtée, fichier illisible.
   *
   * @param colonne indice de colonne, à partir de 0
   * @throws ArretLecture par défaut ({@code FICHIER_ILLISIBLE})
   */
  default void chaineAbsente(int colonne) {
    throw ArretLecture.de(fr.gouv.emjpm.io.fichier.CodeFichier.FICHIER_ILLISIBLE, java.util.Map.of());
  }

  /**
   * Une feuille commence.
   *
   * @param indice indice de la feuille dans l'ordre du classeur, à partir de 0 (toujours 0 pour un CSV)
   * @param nom nom de la feuille (vide pour un CSV)
   * @return vrai pour lire la feuille, faux pour la sauter sans l'analyser plus avant
   */
  boolean feuille(int indice, String nom);

  /**
   * Une ligne commence (numéros croissants ; une ligne sans cellule peut ne pas être annoncée).
   *
   * @param numero numéro de ligne du tableur, à partir de 1
   */
  void ligne(int numero);

  /**
   * Cellule de texte (chaîne partagée, en ligne, ou résultat texte d'une formule), échappements décodés,
   * non nettoyée.
   *
   * @param colonne indice de colonne, à partir de 0 (A = 0)
   * @param valeur texte de la cellule
   */
  void texte(int colonne, String valeur);

  /**
   * Cellule numérique qui n'est pas une date.
   *
   * @param colonne indice de colonne, à partir de 0
   * @param valeur valeur stockée
   * @param format format de nombre de la cellule (partagé entre cellules)
   */
  void nombre(int colonne, double valeur, FormatCellule format);

  /**
   * Cellule numérique au format de date (ou date d'un .ods).
   *
   * @param colonne indice de colonne, à partir de 0
   * @param serie numéro de série de la date dans le système 1900 (le décalage d'un classeur au système
   *     1904 est déjà appliqué), partie fractionnaire = heure
   * @param format format de la cellule
   */
  void date(int colonne, double serie, FormatCellule format);

  /**
   * Cellule booléenne.
   *
   * @param colonne indice de colonne, à partir de 0
   * @param valeur valeur
   */
  void booleen(int colonne, boolean valeur);

  /**
   * Cellule en erreur ({@code #N/A}, {@code #DIV/0!}…) ou de type inconnu.
   *
   * @param colonne indice de colonne, à partir de 0
   */
  void erreur(int colonne);

  /**
   * Cellule en erreur, avec le code d'erreur que porte le fichier ({@code #N/A}, {@code #DIV/0!}…, vide
   * s'il n'en porte pas). Par défaut : {@link #erreur(int)}.
   *
   * @param colonne indice de colonne, à partir de 0
   * @param code code d'erreur du tableur, tel qu'écrit dans le fichier
   */
  default void erreur(int colonne, String code) {
    erreur(colonne);
  }

  /** Fin de la ligne annoncée par {@link #ligne(int)}. */
  void finLigne();

  /**
   * Fin d'une feuille lue.
   *
   * @return vrai pour continuer vers la feuille suivante, faux pour arrêter la lecture du classeur
   */
  default boolean finFeuille() {
    return true;
  }
}
