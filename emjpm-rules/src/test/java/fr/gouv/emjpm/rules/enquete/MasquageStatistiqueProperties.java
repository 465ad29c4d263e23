// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class MasquageStatistiqueProperties {

  private static long[][] tableau(List<Integer> valeurs, int colonnes) {
    int lignes = Math.max(1, valeurs.size() / colonnes);
    long[][] t = new long[lignes][colonnes];
    for (int i = 0; i < lignes * colonnes; i++) {
      t[i / colonnes][i % colonnes] = i < valeurs.size() ? valeurs.get(i) : 0;
    }
    return t;
  }

  @Test
  void aucune_case_publiee_entre_1_et_10_et_jamais_une_seule_case_masquee_par_ligne() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 30), integers().between(1, 6))
        .checkAssert((valeurs, colonnes) -> {
          MasquageStatistique.TableauPublie p = MasquageStatistique.standard().publier(tableau(valeurs, colonnes));
          int r = p.lignes();
          int c = p.colonnes();
          for (int i = 0; i <= r; i++) {
            int masquees = 0;
            for (int j = 0; j <= c; j++) {
              p.valeur(i, j).ifPresent(v -> assertThat(v < 1 || v > 10).as("case publiée %d", v).isTrue());
              masquees += p.estMasquee(i, j) ? 1 : 0;
            }
            assertThat(masquees).isNotEqualTo(1);
          }
          for (int j = 0; j <= c; j++) {
            int masquees = 0;
            for (int i = 0; i <= r; i++) {
              masquees += p.estMasquee(i, j) ? 1 : 0;
            }
            assertThat(masquees).isNotEqualTo(1);
          }
          // Audit exact : aucune case masquée n'est l'unique solution des totaux publiés.
          assertThat(p.casesRecalculables()).isEmpty();
        });
  }

  @Test
  void lAuditTrouveUneCaseRecalculableEtAccepteUnRectangleProtege() {
    // 2 × 2 intérieur + marges ; seules (0,0) et (0,1) masquées : (0,0) = total colonne 0 − (1,0).
    long[][] etendu = {{3, 20, 23}, {15, 12, 27}, {18, 32, 50}};
    boolean[][] masque = {{true, true, false}, {false, false, false}, {false, false, false}};
    MasquageStatistique.TableauPublie faible = new MasquageStatistique.TableauPublie(etendu, masque);
    assertThat(faible.casesRecalculables()).extracting(c -> c[0] * 10 + c[1]).containsExactly(0, 1);
    // Rectangle masqué (0,0),(0,1),(1,0),(1,1) : chaque case peut varier de ±1 sans changer les totaux.
    boolean[][] rectangle = {{true, true, false}, {true, true, false}, {false, false, false}};
    assertThat(new MasquageStatistique.TableauPublie(etendu, rectangle).casesRecalculables()).isEmpty();
    // Rectangle dont les deux cases « à diminuer » valent 0 d'un côté et qui ne peut varier que d'un côté :
    // 5,0 / 0,5 peut devenir 4,1 / 1,4 : protégé.
    long[][] diagonale = {{5, 0, 5}, {0, 5, 5}, {5, 5, 10}};
    assertThat(new MasquageStatistique.TableauPublie(diagonale, rectangle).casesRecalculables()).isEmpty();
    // 0,0 / 0,5 : la case (1,1) = 5 ne peut ni diminuer (les autres sont à 0, ne peuvent pas baisser)
    // ni augmenter (totaux publiés) → recalculable ; les zéros aussi.
    long[][] coin = {{0, 0, 0}, {0, 5, 5}, {0, 5, 5}};
    assertThat(new MasquageStatistique.TableauPublie(coin, rectangle).casesRecalculables()).hasSize(4);
  }

  @Test
  void exemple_secondaire_et_seuil_seulement_augmentable() {
    MasquageStatistique.TableauPublie p =
        MasquageStatistique.standard().publier(new long[][] {{5, 20, 30}, {40, 50, 60}});
    assertThat(p.estMasquee(0, 0)).isTrue();
    assertThat(p.estMasquee(0, 1)).isTrue(); // plus petite case visible de la ligne
    assertThat(p.estMasquee(1, 0)).isTrue(); // plus petite case visible de la colonne
    assertThat(p.valeur(1, 2)).hasValue(60);
    assertThatThrownBy(() -> MasquageStatistique.avecSeuil(5)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void verifierPubliable(MasquageStatistique.TableauPublie p) {
    int r = p.lignes();
    int c = p.colonnes();
    for (int i = 0; i <= r; i++) {
      for (int j = 0; j <= c; j++) {
        p.valeur(i, j).ifPresent(v -> assertThat(v < 1 || v > 10).as("case publiée %d", v).isTrue());
      }
    }
    assertThat(p.casesRecalculables()).isEmpty();
  }

  @Test
  void tableaux_pleins_de_zeros_toujours_publiables_sans_exception() {
    // Plus de la moitié des cases à 0, marges nulles fréquentes : publier ne lève jamais et l'audit tient.
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(-90, 60).map(x -> Math.max(0, x))).ofSizeBetween(1, 16),
            integers().between(1, 5))
        .checkAssert((valeurs, colonnes) ->
            verifierPubliable(MasquageStatistique.standard().publier(tableau(valeurs, colonnes))));
  }

  @Test
  void le_tableau_qui_levait_masquage_impossible_est_publie() {
    MasquageStatistique.TableauPublie p =
        MasquageStatistique.standard().publier(new long[][] {{0, 0, 53}, {0, 10, 43}, {0, 12, 0}});
    verifierPubliable(p);
    assertThat(p.estMasquee(1, 1)).isTrue();
  }
  /**
   * L'audit comparé à une énumération indépendante, sur de petits tableaux (jusqu'à 3 × 3, beaucoup de
   * zéros) et des masques quelconques : une case masquée est recalculable si et seulement si aucune autre
   * affectation des cases intérieures masquées (comptes ≥ 0) ne redonne toutes les cases publiées avec
   * une autre valeur pour elle. Les cases sont énumérées à ±1 de leur valeur : s'il existe une autre
   * solution, il en existe une à ±1 (cycle unitaire de la circulation).
   */
  @Test
  void audit_egal_a_l_enumeration_des_solutions() {
    qt().withExamples(600)
        .forAll(lists().of(integers().between(-3, 4).map(x -> Math.max(0, x))).ofSizeBetween(1, 9),
            integers().between(1, 3), lists().of(integers().between(0, 2)).ofSize(20))
        .checkAssert((valeurs, colonnes, tirage) -> {
          long[][] t = tableau(valeurs, colonnes);
          int r = t.length;
          int c = t[0].length;
          long[][] e = etendre(t);
          boolean[][] masque = new boolean[r + 1][c + 1];
          for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
              masque[i][j] = tirage.get(i * (c + 1) + j) > 0;
            }
          }
          java.util.Set<Integer> attendu = new java.util.TreeSet<>();
          for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
              if (masque[i][j] && !autreSolution(t, e, masque, i, j)) {
                attendu.add(i * 10 + j);
              }
            }
          }
          java.util.Set<Integer> audit = new java.util.TreeSet<>();
          new MasquageStatistique.TableauPublie(e, masque).casesRecalculables().forEach(x -> audit.add(x[0] * 10 + x[1]));
          assertThat(audit).as("tableau %s masque %s", java.util.Arrays.deepToString(e), java.util.Arrays.deepToString(masque))
              .isEqualTo(attendu);
        });
  }

  private static long[][] etendre(long[][] t) {
    int r = t.length;
    int c = t[0].length;
    long[][] e = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        e[i][j] = t[i][j];
        e[i][c] += t[i][j];
        e[r][j] += t[i][j];
        e[r][c] += t[i][j];
      }
    }
    return e;
  }

  /** Vrai s'il existe une affectation des cases intérieures masquées qui redonne les cases publiées et change (i, j). */
  private static boolean autreSolution(long[][] t, long[][] e, boolean[][] masque, int ci, int cj) {
    int r = t.length;
    int c = t[0].length;
    java.util.List<int[]> libres = new java.util.ArrayList<>();
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        if (masque[i][j]) {
          libres.add(new int[] {i, j});
        }
      }
    }
    long[][] x = new long[r][];
    for (int i = 0; i < r; i++) {
      x[i] = t[i].clone();
    }
    int n = libres.size();
    int[] pas = new int[n];
    java.util.Arrays.fill(pas, -1);
    while (true) {
      boolean valide = true;
      for (int k = 0; k < n && valide; k++) {
        int[] p = libres.get(k);
        x[p[0]][p[1]] = t[p[0]][p[1]] + pas[k];
        valide = x[p[0]][p[1]] >= 0;
      }
      if (valide) {
        long[][] f = etendre(x);
        boolean publieesEgales = true;
        for (int i = 0; i <= r && publieesEgales; i++) {
          for (int j = 0; j <= c && publieesEgales; j++) {
            publieesEgales = masque[i][j] || f[i][j] == e[i][j];
          }
        }
        if (publieesEgales && f[ci][cj] != e[ci][cj]) {
          return true;
        }
      }
      int k = 0;
      while (k < n && pas[k] == 1) {
        pas[k++] = -1;
      }
      if (k == n) {
        return false;
      }
      pas[k]++;
    }
  }
}
