// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import java.util.Arrays;
import java.util.List;

/**
 * Correspondance entre les lignes du classeur modèle et celles d'une feuille reçue, établie par les
 * libellés : les lignes de libellés du modèle ({@link GabaritClasseur.LigneModele}) sont appariées aux
 * lignes de la feuille dans le même ordre (plus longue sous-suite commune), de sorte que des lignes
 * insérées ou supprimées n'en déplacent aucune autre.
 *
 * <p>Une ligne du modèle sans libellé propre (ligne de saisie sous un en-tête, ligne vide) ou dont le
 * libellé n'est pas retrouvé n'est située que si les lignes de libellés retrouvées juste avant et juste
 * après elle ont le même décalage : sinon des lignes ont été insérées ou supprimées autour d'elle et sa
 * position est inconnue ({@code -1}) ; l'import refuse alors le classeur plutôt que de lire ailleurs.
 * Une feuille sans aucun libellé est lue aux positions du modèle (identité).
 *
 * @param modele feuille du modèle
 * @param feuille feuille reçue
 * @param reelle ligne reçue de chaque ligne du modèle, -1 si elle ne peut être située
 * @param libelleAbsent vrai pour une ligne du modèle dont le libellé n'a pas été retrouvé (position déduite)
 * @param modeleDe ligne du modèle de chaque ligne reçue examinée, -1 pour une ligne insérée
 * @param reconnue vrai si la feuille est bien celle du modèle : au moins la moitié des lignes de libellés de
 *     la zone des cellules de saisie sont retrouvées
 * @param premiereAbsente première ligne de libellés (zone de saisie) introuvable, -1 s'il n'y en a pas
 * @param sansLibelles vrai si la feuille n'a aucun libellé (classeur écrit par un programme, valeurs seules) :
 *     elle est alors lue aux positions du modèle, comme par l'original
 */
record AlignementFeuille(GabaritClasseur.FeuilleModele modele, FeuilleLue feuille, int[] reelle,
    boolean[] libelleAbsent, int[] modeleDe, boolean reconnue, int premiereAbsente, boolean sansLibelles) {

  /** Lignes examinées au-delà de la dernière ligne du modèle (lignes insérées). */
  static final int MARGE = 300;

  /** Nombre de lignes de la feuille reçue examinées. */
  int lignesExaminees() {
    return modeleDe.length;
  }

  /** Ligne reçue (base 0) de la ligne {@code ligneModele} du modèle ; -1 si elle ne peut être située. */
  int ligne(int ligneModele) {
    return ligneModele >= 0 && ligneModele < reelle.length ? reelle[ligneModele] : -1;
  }

  /** Vrai si la ligne a un libellé dans le modèle mais qu'il n'a pas été retrouvé (position déduite). */
  boolean libelleAbsent(int ligneModele) {
    return ligneModele >= 0 && ligneModele < libelleAbsent.length && libelleAbsent[ligneModele];
  }

  /** Ligne du modèle de la ligne reçue {@code ligne} ; -1 si elle n'en a pas (ligne insérée). */
  int ligneModeleDe(int ligne) {
    return ligne >= 0 && ligne < modeleDe.length ? modeleDe[ligne] : -1;
  }

  /** Colonnes examinées à droite des colonnes de libellés (colonnes insérées). */
  static final int MARGE_COLONNES = 20;

  /**
   * Première cellule de libellé du modèle (ligne, colonne) absente de sa place dans la ligne reçue mais
   * présente dans une autre colonne de cette même ligne : des colonnes ont été insérées ou supprimées,
   * ce qui déplacerait toutes les cellules de saisie à sa droite ; {@code {ligne, colonne du modèle,
   * colonne reçue}}, ou un tableau vide si aucune n'a bougé. Les lignes sont appariées sur la seule
   * colonne A quand les autres ont bougé : sans ce contrôle, une colonne insérée entre les libellés et
   * les saisies ferait lire chaque valeur dans la colonne voisine.
   */
  int[] colonneDeplacee() {
    if (sansLibelles) {
      return new int[0];
    }
    for (GabaritClasseur.LigneModele lm : modele.lignes) {
      int r = ligne(lm.ligne());
      if (r < 0) {
        continue;
      }
      int[] cols = lm.colonnes();
      for (int i = 0; i < cols.length; i++) {
        String attendu = lm.textes()[i];
        if (attendu.equals(texte(r, cols[i]))) {
          continue;
        }
        for (int c = 0; c < GabaritClasseur.COLONNES_LIBELLES + MARGE_COLONNES; c++) {
          if (c != cols[i] && attendu.equals(texte(r, c))) {
            return new int[] {lm.ligne(), cols[i], c};
          }
        }
      }
    }
    return new int[0];
  }

  private String texte(int ligne, int colonne) {
    return feuille.brut(ligne, colonne) instanceof Brut.Texte t ? GabaritClasseur.normaliser(t.valeur()) : "";
  }

  static AlignementFeuille aligner(GabaritClasseur.FeuilleModele m, FeuilleLue f) {
    int n = m.derniereLigne + MARGE + 1;
    String[][] textes = new String[n][];
    String[] contextes = new String[n];
    String contexte = null;
    int libelles = 0;
    java.util.Set<String> textesModele = new java.util.HashSet<>();
    m.lignes.forEach(lm -> textesModele.addAll(List.of(lm.textes())));
    for (int r = 0; r < n; r++) {
      String[] ligne = new String[GabaritClasseur.COLONNES_LIBELLES];
      for (int c = 0; c < ligne.length; c++) {
        if (f.brut(r, c) instanceof Brut.Texte t) {
          String k = GabaritClasseur.normaliser(t.valeur());
          ligne[c] = k.isEmpty() ? null : k;
          // texte d'une cellule de saisie : pas un libellé, sauf s'il est un libellé du modèle (colonne
          // insérée devant les libellés, qui les pousse dans les cellules de saisie)
          libelles += k.isEmpty() || (m.saisie(r, c) && !textesModele.contains(k)) ? 0 : 1;
        }
      }
      if (ligne[0] != null) {
        contexte = ligne[0];
      }
      textes[r] = ligne;
      contextes[r] = contexte;
    }
    List<GabaritClasseur.LigneModele> cles = libelles == 0 ? List.of() : m.lignes;
    int k = cles.size();
    int[] apparie = new int[k];
    boolean identite = true;
    for (int i = 0; i < k && identite; i++) {
      int l = cles.get(i).ligne();
      identite = l < n && correspond(cles.get(i), textes[l], contextes[l]);
      apparie[i] = l;
    }
    if (!identite) {
      apparier(cles, textes, contextes, apparie);
    }
    int taille = m.derniereLigne + 1;
    int[] reelle = new int[taille];
    Arrays.fill(reelle, -1);
    boolean[] cle = new boolean[taille];
    for (int i = 0; i < k; i++) {
      cle[cles.get(i).ligne()] = true;
      if (apparie[i] >= 0) {
        reelle[cles.get(i).ligne()] = apparie[i];
      }
    }
    // Lignes sans libellé retrouvé : situées par les décalages égaux des voisines retrouvées.
    int[] precedente = new int[taille];
    int dernier = -1;
    for (int l = 0; l < taille; l++) {
      precedente[l] = dernier;
      if (cle[l] && reelle[l] >= 0) {
        dernier = l;
      }
    }
    int[] suivante = new int[taille];
    dernier = -1;
    for (int l = taille - 1; l >= 0; l--) {
      suivante[l] = dernier;
      if (cle[l] && reelle[l] >= 0) {
        dernier = l;
      }
    }
    boolean[] absent = new boolean[taille];
    for (int l = 0; l < taille; l++) {
      if (cle[l] && reelle[l] >= 0) {
        continue;
      }
      int p = precedente[l];
      int q = suivante[l];
      int dp = p >= 0 ? reelle[p] - p : (q >= 0 ? reelle[q] - q : 0);
      int dq = q >= 0 ? reelle[q] - q : dp;
      int candidate = l + dp;
      // Une ligne de libellés absente n'est située qu'entre deux voisines retrouvées de même décalage.
      boolean encadree = !cle[l] || (p >= 0 && q >= 0);
      boolean situee = encadree && dp == dq && candidate >= 0 && candidate < n
          && (p < 0 || candidate > reelle[p]) && (q < 0 || candidate < reelle[q]);
      reelle[l] = situee ? candidate : -1;
      absent[l] = cle[l];
    }
    int[] modeleDe = inverse(reelle, n);
    // Ligne de saisie sans libellé (sous un en-tête de colonnes) : si la ligne située est vide alors
    // qu'une ligne non située voisine (trois lignes au plus) porte des valeurs dans ses colonnes, une
    // ligne a été insérée ou supprimée près d'elle ; sa position est inconnue.
    boolean douteuse = false;
    for (int l = 0; l < taille; l++) {
      if (cle[l] || reelle[l] < 0 || !m.lignesChamps.get(l) || m.saisie.get(l) == null) {
        continue;
      }
      java.util.BitSet cols = m.saisie.get(l);
      if (remplie(f, reelle[l], cols)) {
        continue;
      }
      for (int r = Math.max(0, reelle[l] - 3); r <= reelle[l] + 3 && r < n; r++) {
        if (r != reelle[l] && modeleDe[r] < 0 && remplie(f, r, cols)) {
          reelle[l] = -1;
          douteuse = true;
          break;
        }
      }
    }
    if (douteuse) {
      modeleDe = inverse(reelle, n);
    }
    int zone = m.lignesChamps.length();
    int total = 0;
    int trouvees = 0;
    int premiereAbsente = -1;
    for (GabaritClasseur.LigneModele lm : cles) {
      if (lm.ligne() > zone) {
        break;
      }
      total++;
      if (!absent[lm.ligne()]) {
        trouvees++;
      } else if (premiereAbsente < 0) {
        premiereAbsente = lm.ligne();
      }
    }
    boolean reconnue = total == 0 || 2 * trouvees >= total;
    return new AlignementFeuille(m, f, reelle, absent, modeleDe, reconnue, premiereAbsente, libelles == 0);
  }

  private static int[] inverse(int[] reelle, int n) {
    int[] modeleDe = new int[n];
    Arrays.fill(modeleDe, -1);
    for (int l = 0; l < reelle.length; l++) {
      if (reelle[l] >= 0) {
        modeleDe[reelle[l]] = l;
      }
    }
    return modeleDe;
  }

  private static boolean remplie(FeuilleLue f, int ligne, java.util.BitSet colonnes) {
    for (int c = colonnes.nextSetBit(0); c >= 0; c = colonnes.nextSetBit(c + 1)) {
      if (!(f.brut(ligne, c) instanceof Brut.Vide)) {
        return true;
      }
    }
    return false;
  }

  private static boolean correspond(GabaritClasseur.LigneModele lm, String[] textes, String contexte) {
    if (lm.contexte() != null && !lm.contexte().equals(contexte)) {
      return false;
    }
    int[] cols = lm.colonnes();
    String[] attendus = lm.textes();
    for (int i = 0; i < cols.length; i++) {
      if (!attendus[i].equals(textes[cols[i]])) {
        return false;
      }
    }
    return true;
  }

  /** Plus longue sous-suite commune des lignes de libellés du modèle et des lignes reçues. */
  private static void apparier(List<GabaritClasseur.LigneModele> cles, String[][] textes, String[] contextes,
      int[] apparie) {
    int k = cles.size();
    int n = textes.length;
    boolean[][] egal = new boolean[k][n];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < n; j++) {
        egal[i][j] = correspond(cles.get(i), textes[j], contextes[j]);
      }
    }
    int[][] lcs = new int[k + 1][n + 1];
    for (int i = k - 1; i >= 0; i--) {
      for (int j = n - 1; j >= 0; j--) {
        lcs[i][j] = egal[i][j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    Arrays.fill(apparie, -1);
    int i = 0;
    int j = 0;
    while (i < k && j < n) {
      if (egal[i][j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        apparie[i++] = j++;
      } else if (lcs[i + 1][j] > lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
  }
}
