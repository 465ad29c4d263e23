// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * La table à adressage ouvert de {@link Doublons.Suivi} décide exactement comme le {@code HashSet} qu'elle
 * remplace (gardé ici comme oracle, {@link SuiviHashSet}) : même réponse ligne à ligne, même nombre
 * d'écartées, sur des suites où beaucoup de clés ont le même {@code hashCode} (blocs {@code AO}/{@code B0},
 * de même empreinte), avec beaucoup de doublons, des clés dont seule la coupure RG/tribunal diffère et
 * assez de clés pour agrandir la table plusieurs fois.
 */
class DoublonsTableProperties {

  /** 16 RG valides de même {@code hashCode} : {@code "AO".hashCode() == "B0".hashCode()}. */
  private static final List<String> RG_COLLISION = new ArrayList<>();
  /** Tribunaux de même {@code hashCode}, plus un vide, un SIRET et un identifiant. */
  private static final List<String> TRIBUNAUX_COLLISION = new ArrayList<>();

  static {
    for (int i = 0; i < 16; i++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < 4; b++) {
        sb.append((i >> b & 1) == 0 ? "AO" : "B0");
      }
      RG_COLLISION.add(sb.toString());
    }
    for (int i = 0; i < 8; i++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < 3; b++) {
        sb.append((i >> b & 1) == 0 ? "AO" : "B0");
      }
      TRIBUNAUX_COLLISION.add(sb.toString());
    }
    TRIBUNAUX_COLLISION.addAll(List.of("", "82254321300027", "41"));
  }

  @Test
  void les_blocs_choisis_ont_bien_le_meme_hashcode() {
    assertThat(RG_COLLISION.stream().map(String::hashCode).distinct()).hasSize(1);
    assertThat(RG_COLLISION).doesNotHaveDuplicates().allMatch(NumeroRg::estValide);
    assertThat(TRIBUNAUX_COLLISION.subList(0, 8).stream().map(String::hashCode).distinct()).hasSize(1);
  }

  @Test
  void meme_decision_que_le_hashset_sur_des_cles_en_collision() {
    // n < 0 : RG en collision ; n >= 0 : RG numérique (beaucoup de clés distinctes, agrandissements)
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-RG_COLLISION.size() * TRIBUNAUX_COLLISION.size(), 3_000))
            .ofSizeBetween(0, 2_500))
        .checkAssert(lignes -> {
          Doublons.Suivi table = Doublons.suivi();
          SuiviHashSet oracle = new SuiviHashSet();
          for (int n : lignes) {
            String rg;
            String tribunal;
            if (n < 0) {
              int k = -n - 1;
              rg = RG_COLLISION.get(k % RG_COLLISION.size());
              tribunal = TRIBUNAUX_COLLISION.get(k / RG_COLLISION.size());
            } else {
              rg = String.format(java.util.Locale.ROOT, "%08d", n % 1_500);
              tribunal = TRIBUNAUX_COLLISION.get(n / 1_500 % TRIBUNAUX_COLLISION.size());
            }
            Optional<Siret> siret = tribunal.length() == 14 ? Optional.of(Siret.of(tribunal)) : Optional.empty();
            String id = siret.isPresent() ? "7" : tribunal;
            assertThat(table.premiere(new NumeroRg(rg), siret, id)).isEqualTo(oracle.premiere(rg, tribunal));
          }
          assertThat(table.ecartees()).isEqualTo(oracle.ecartees());
          assertThat(table.capacite()).isGreaterThanOrEqualTo(2 * (lignes.size() - table.ecartees()));
        });
  }

  @Test
  void meme_decision_que_le_hashset_pour_les_cles_en_chaine() {
    // clés en chaîne de même hashCode, et coupures différentes d'un même texte (« AO.B0 », « AOB0. »…)
    List<String> cles = new ArrayList<>();
    for (String a : RG_COLLISION.subList(0, 4)) {
      for (String b : TRIBUNAUX_COLLISION) {
        cles.add(a + "." + b);
        cles.add(a + b);
        cles.add(a + b + ".");
      }
    }
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, cles.size() - 1)).ofSizeBetween(0, 600))
        .checkAssert(lignes -> {
          Doublons.Suivi table = Doublons.suivi();
          Set<String> oracle = new HashSet<>();
          int ecartees = 0;
          for (int n : lignes) {
            boolean attendu = oracle.add(cles.get(n));
            ecartees += attendu ? 0 : 1;
            assertThat(table.premiere(cles.get(n))).isEqualTo(attendu);
          }
          assertThat(table.ecartees()).isEqualTo(ecartees);
        });
  }

  @Test
  void coupure_differente_du_rg_et_du_tribunal_n_est_pas_un_doublon() {
    Doublons.Suivi suivi = Doublons.suivi();
    assertThat(suivi.premiere(new NumeroRg("AOAOAOAO"), Optional.empty(), "B0")).isTrue();
    assertThat(suivi.premiere(new NumeroRg("AOAOAOB0"), Optional.empty(), "AO")).isTrue();
    assertThat(suivi.premiere(new NumeroRg("AOAOAOAO"), Optional.empty(), "AO")).isTrue();
    assertThat(suivi.premiere(new NumeroRg("AOAOAOAO"), Optional.empty(), "B0")).isFalse();
    // une clé en chaîne n'est jamais égale à une clé composée (les deux formes ne se mêlent pas)
    assertThat(suivi.premiere("AOAOAOAO")).isTrue();
    assertThat(suivi.ecartees()).isEqualTo(1);
  }

  @Test
  void la_table_double_a_moitie_pleine_et_garde_toutes_les_cles() {
    Doublons.Suivi suivi = Doublons.suivi();
    int capacite = suivi.capacite();
    assertThat(capacite).isEqualTo(Doublons.Suivi.CAPACITE_INITIALE);
    for (int i = 0; i < capacite / 2; i++) {
      assertThat(suivi.premiere(rg(i), Optional.empty(), "41")).isTrue();
    }
    // la moitié atteinte : la table a doublé
    assertThat(suivi.capacite()).isEqualTo(capacite * 2);
    for (int i = capacite / 2; i < capacite * 4; i++) {
      assertThat(suivi.premiere(rg(i), Optional.empty(), "41")).isTrue();
    }
    assertThat(suivi.capacite()).isEqualTo(capacite * 16);
    for (int i = 0; i < capacite * 4; i++) {
      assertThat(suivi.premiere(rg(i), Optional.empty(), "41")).as("clé %s retrouvée après agrandissements", i)
          .isFalse();
    }
    assertThat(suivi.ecartees()).isEqualTo(capacite * 4);
  }

  @Test
  void cent_mille_rg_ne_font_presque_pas_de_sondage() {
    // RG numériques d'un même tribunal, comme un gros import : l'empreinte les disperse (pas de longues
    // suites de cases occupées), moins d'une case traversée en moyenne par recherche (87 926 mesurées)
    Doublons.Suivi suivi = Doublons.suivi();
    for (int i = 0; i < 100_000; i++) {
      suivi.premiere(rg(i * 7), Optional.of(Siret.of("82254321300027")), "41");
    }
    assertThat(suivi.ecartees()).isZero();
    assertThat(suivi.sondages()).isBetween(1L, 100_000L);
  }

  @Test
  void des_cles_de_meme_empreinte_se_suivent_case_apres_case() {
    // 16 RG de même hashCode, un même tribunal : même empreinte, même case de départ ; la k-ième clé
    // traverse les k cases déjà prises (0 + 1 + … + 15), puis chacune est retrouvée à sa place
    Doublons.Suivi suivi = Doublons.suivi();
    for (String rg : RG_COLLISION) {
      assertThat(suivi.premiere(new NumeroRg(rg), Optional.empty(), "41")).isTrue();
    }
    assertThat(suivi.sondages()).isEqualTo(120);
    for (String rg : RG_COLLISION) {
      assertThat(suivi.premiere(new NumeroRg(rg), Optional.empty(), "41")).isFalse();
    }
    assertThat(suivi.sondages()).isEqualTo(120 + 120);
    assertThat(suivi.ecartees()).isEqualTo(16);
  }

  private static NumeroRg rg(int i) {
    return new NumeroRg(String.format(java.util.Locale.ROOT, "%08d", i));
  }

  /** Le suivi d'avant (un {@code HashSet} de clés composées), oracle des propriétés. */
  static final class SuiviHashSet {
    private final Set<Object> vues = new HashSet<>();
    private int ecartees;

    boolean premiere(String rg, String tribunal) {
      if (vues.add(new Cle(rg, tribunal))) {
        return true;
      }
      ecartees++;
      return false;
    }

    int ecartees() {
      return ecartees;
    }

    private record Cle(String rg, String tribunal) {}
  }
}
