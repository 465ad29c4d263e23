// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Secret statistique des tableaux publiés aux directions (reliability.md R-PRIV-4).
 *
 * <p>Le tableau est étendu de ses marges (totaux de lignes, de colonnes et total général).
 * Masquage primaire : toute case (marges comprises) valant 1 à {@code k − 1} est masquée (k = 11 par
 * défaut, seulement augmentable). Masquage secondaire : tant qu'une ligne ou une colonne du tableau
 * étendu a exactement une case masquée, la plus petite case visible de cette ligne (case intérieure
 * non nulle de préférence, une case nulle ou une marge nulle en dernier) est masquée aussi, pour
 * qu'aucune case masquée ne se déduise d'une seule soustraction. Tant que l'audit exact ({@link
 * TableauPublie#casesRecalculables()}) trouve une case recalculable, la plus petite case visible de sa
 * ligne et de sa colonne est masquée ; si toutes deux sont déjà entières masquées, tout le tableau
 * l'est (dernier recours). {@link #publier} rend donc toujours un tableau publiable et ne lève jamais
 * pour un tableau valide.
 */
public final class MasquageStatistique {

  /** Seuil primaire par défaut. */
  public static final int K_DEFAUT = 11;

  private final int k;

  private MasquageStatistique(int k) {
    this.k = k;
  }

  /**
   * Masquage au seuil par défaut (11).
   *
   * @return masquage au seuil par défaut (11)
   */
  public static MasquageStatistique standard() {
    return new MasquageStatistique(K_DEFAUT);
  }

  /**
   * Masquage à un seuil plus strict ; un seuil inférieur à 11 est refusé.
   *
   * @param k seuil primaire, au moins {@value #K_DEFAUT}
   * @return masquage à ce seuil
   */
  public static MasquageStatistique avecSeuil(int k) {
    if (k < K_DEFAUT) {
      throw new IllegalArgumentException("le seuil ne peut qu'être augmenté (minimum " + K_DEFAUT + ")");
    }
    return new MasquageStatistique(k);
  }

  /** Tableau publié : cases intérieures et marges, chacune visible ou masquée. */
  public static final class TableauPublie {
    private final long[][] etendu;
    private final boolean[][] masque;

    TableauPublie(long[][] etendu, boolean[][] masque) {
      this.etendu = etendu;
      this.masque = masque;
    }

    /**
     * Nombre de lignes intérieures.
     *
     * @return nombre de lignes intérieures
     */
    public int lignes() {
      return etendu.length - 1;
    }

    /**
     * Nombre de colonnes intérieures.
     *
     * @return nombre de colonnes intérieures
     */
    public int colonnes() {
      return etendu[0].length - 1;
    }

    /**
     * Case publiée ; {@code ligne == lignes()} désigne la ligne des totaux et {@code colonne ==
     * colonnes()} la colonne des totaux. Vide si masquée.
     *
     * @param ligne indice de ligne, de 0 à {@link #lignes()} (ligne des totaux) inclus
     * @param colonne indice de colonne, de 0 à {@link #colonnes()} (colonne des totaux) inclus
     * @return valeur de la case, vide si elle est masquée
     */
    public OptionalLong valeur(int ligne, int colonne) {
      return masque[ligne][colonne] ? OptionalLong.empty() : OptionalLong.of(etendu[ligne][colonne]);
    }

    /**
     * Vrai si la case (marges comprises) est masquée.
     *
     * @param ligne indice de ligne, de 0 à {@link #lignes()} (ligne des totaux) inclus
     * @param colonne indice de colonne, de 0 à {@link #colonnes()} (colonne des totaux) inclus
     * @return vrai si la case est masquée
     */
    public boolean estMasquee(int ligne, int colonne) {
      return masque[ligne][colonne];
    }

    /**
     * Audit exact : les cases masquées dont la valeur est l'unique solution des cases publiées, des
     * équations de lignes, de colonnes et du total, et de la positivité des comptes. Vide pour un
     * tableau correctement protégé.
     *
     * <p>Méthode : en changeant le signe des marges (sauf le total général), chaque ligne et chaque
     * colonne du tableau étendu somme à zéro ; les cases masquées sont alors les arcs d'une circulation
     * (intérieur et total : ligne → colonne ; marges : colonne → ligne) de flux {@code x ≥ 0}. Une case
     * peut varier si, et seulement si, un cycle du graphe résiduel passe par son arc, dans un sens ou
     * dans l'autre (décomposition des flux ; la matrice est totalement unimodulaire, donc la variation
     * est entière).
     *
     * @return positions {@code {ligne, colonne}} des cases masquées recalculables
     */
    public java.util.List<int[]> casesRecalculables() {
      java.util.List<int[]> r = new java.util.ArrayList<>();
      for (int i = 0; i < etendu.length; i++) {
        for (int j = 0; j < etendu[0].length; j++) {
          if (masque[i][j] && !peutVarier(i, j)) {
            r.add(new int[] {i, j});
          }
        }
      }
      return r;
    }

    private boolean peutVarier(int li, int co) {
      int[] arc = arc(li, co);
      // Augmenter la case : chemin résiduel de la tête de son arc vers sa queue.
      if (chemin(arc[1], arc[0], li, co)) {
        return true;
      }
      // Diminuer la case (si elle est positive) : chemin de la queue vers la tête.
      return etendu[li][co] > 0 && chemin(arc[0], arc[1], li, co);
    }

    /** Arc {queue, tête} d'une case : nœuds lignes 0..r, colonnes r+1..r+c+1. */
    private int[] arc(int i, int j) {
      int r = etendu.length - 1;
      int c = etendu[0].length - 1;
      int ligne = i;
      int colonne = etendu.length + j;
      boolean marge = (i == r) != (j == c);
      return marge ? new int[] {colonne, ligne} : new int[] {ligne, colonne};
    }

    /** Parcours en largeur du graphe résiduel des cases masquées, sans la case exclue. */
    private boolean chemin(int depart, int arrivee, int exclueI, int exclueJ) {
      int n = etendu.length + etendu[0].length;
      boolean[] vu = new boolean[n];
      java.util.ArrayDeque<Integer> file = new java.util.ArrayDeque<>();
      file.add(depart);
      vu[depart] = true;
      while (!file.isEmpty()) {
        int u = file.poll();
        if (u == arrivee) {
          return true;
        }
        for (int i = 0; i < etendu.length; i++) {
          for (int j = 0; j < etendu[0].length; j++) {
            if (!masque[i][j] || (i == exclueI && j == exclueJ)) {
              continue;
            }
            int[] a = arc(i, j);
            int suivant = -1;
            if (a[0] == u) {
              suivant = a[1]; // augmenter : toujours possible
            } else if (a[1] == u && etendu[i][j] > 0) {
              suivant = a[0]; // diminuer : seulement si positive
            }
            if (suivant >= 0 && !vu[suivant]) {
              vu[suivant] = true;
              file.add(suivant);
            }
          }
        }
      }
      return false;
    }
  }

  /**
   * Applique les masquages primaire et secondaire à un tableau rectangulaire de comptes ≥ 0.
   *
   * @param comptes tableau rectangulaire non vide de comptes positifs ou nuls (lignes × colonnes)
   * @return tableau publié, étendu de ses marges
   */
  public TableauPublie publier(long[][] comptes) {
    int r = comptes.length;
    if (r == 0 || comptes[0].length == 0) {
      throw new IllegalArgumentException("tableau vide");
    }
    int c = comptes[0].length;
    long[][] e = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      if (comptes[i].length != c) {
        throw new IllegalArgumentException("tableau non rectangulaire");
      }
      for (int j = 0; j < c; j++) {
        if (comptes[i][j] < 0) {
          throw new IllegalArgumentException("compte négatif");
        }
        e[i][j] = comptes[i][j];
        e[i][c] += comptes[i][j];
        e[r][j] += comptes[i][j];
        e[r][c] += comptes[i][j];
      }
    }
    boolean[][] m = new boolean[r + 1][c + 1];
    for (int i = 0; i <= r; i++) {
      for (int j = 0; j <= c; j++) {
        m[i][j] = e[i][j] >= 1 && e[i][j] < k;
      }
    }
    boolean change = true;
    while (change) {
      change = false;
      for (int i = 0; i <= r; i++) {
        if (compterLigne(m[i]) == 1) {
          masquerPlusPetite(e, m, i, -1, r, c);
          change = true;
        }
      }
      for (int j = 0; j <= c; j++) {
        if (compterColonne(m, j) == 1) {
          masquerPlusPetite(e, m, -1, j, r, c);
          change = true;
        }
      }
    }
    // Masquage secondaire complémentaire : tant qu'une case masquée reste recalculable (audit exact),
    // masquer la plus petite case visible de sa ligne, puis de sa colonne, et recommencer.
    while (true) {
      java.util.List<int[]> faibles = new TableauPublie(e, m).casesRecalculables();
      if (faibles.isEmpty()) {
        break;
      }
      int[] f = faibles.get(0);
      boolean progres = false;
      if (compterLigne(m[f[0]]) <= c) {
        progres |= masquerPlusPetite(e, m, f[0], -1, r, c);
      }
      if (compterColonne(m, f[1]) <= r) {
        progres |= masquerPlusPetite(e, m, -1, f[1], r, c);
      }
      if (!progres) {
        // Dernier recours : la ligne et la colonne de la case sont entières masquées et elle reste
        // recalculable ; tout masquer rend chaque case variable (le total général peut croître).
        for (boolean[] ligne : m) {
          Arrays.fill(ligne, true);
        }
        break;
      }
      change = true;
      while (change) {
        change = false;
        for (int i = 0; i <= r; i++) {
          if (compterLigne(m[i]) == 1) {
            masquerPlusPetite(e, m, i, -1, r, c);
            change = true;
          }
        }
        for (int j = 0; j <= c; j++) {
          if (compterColonne(m, j) == 1) {
            masquerPlusPetite(e, m, -1, j, r, c);
            change = true;
          }
        }
      }
    }
    return new TableauPublie(copie(e), m);
  }

  private static int compterLigne(boolean[] ligne) {
    int n = 0;
    for (boolean b : ligne) {
      n += b ? 1 : 0;
    }
    return n;
  }

  private static int compterColonne(boolean[][] m, int j) {
    int n = 0;
    for (boolean[] ligne : m) {
      n += ligne[j] ? 1 : 0;
    }
    return n;
  }

  /**
   * Masque la plus petite case visible de la ligne {@code i} (ou de la colonne {@code j}), en évitant
   * les cases nulles (une case nulle masquée ne peut pas diminuer, donc protège mal) : case intérieure
   * non nulle d'abord, puis marge non nulle, puis case intérieure nulle, puis marge nulle.
   *
   * @return vrai si une case a été masquée (faux si toute la ligne ou colonne l'était déjà)
   */
  private static boolean masquerPlusPetite(long[][] e, boolean[][] m, int i, int j, int r, int c) {
    int meilleur = -1;
    long min = Long.MAX_VALUE;
    int meilleurRang = Integer.MAX_VALUE;
    int n = i >= 0 ? c + 1 : r + 1;
    for (int x = 0; x < n; x++) {
      int li = i >= 0 ? i : x;
      int co = i >= 0 ? x : j;
      if (m[li][co]) {
        continue;
      }
      boolean interieur = li < r && co < c;
      long v = e[li][co];
      int rang = (v == 0 ? 2 : 0) + (interieur ? 0 : 1);
      if (meilleur < 0 || rang < meilleurRang || (rang == meilleurRang && v < min)) {
        meilleur = x;
        min = v;
        meilleurRang = rang;
      }
    }
    if (meilleur < 0) {
      return false;
    }
    if (i >= 0) {
      m[i][meilleur] = true;
    } else {
      m[meilleur][j] = true;
    }
    return true;
  }

  private static long[][] copie(long[][] e) {
    long[][] r = new long[e.length][];
    for (int i = 0; i < e.length; i++) {
      r[i] = Arrays.copyOf(e[i], e[i].length);
    }
    return r;
  }
}
