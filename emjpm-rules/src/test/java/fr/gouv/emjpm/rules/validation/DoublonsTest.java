// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoublonsTest {

  record Ligne(String rg, String siret) {}

  @Test
  void garderLaPremiereOccurrenceEtSignalerChaqueCleUneFois() {
    List<Ligne> lignes =
        List.of(
            new Ligne("21/00167", "17750111101763"),
            new Ligne("2100167", "17750111101763"),
            new Ligne("21/00167", "17690111400080"),
            new Ligne("02100167", "17750111101763"),
            new Ligne("RG1", "17750111101763"));
    Doublons.Detection<Ligne> d =
        Doublons.detecter(lignes, l -> Doublons.cle(NumeroRg.normalise(l.rg()), Optional.of(Siret.of(l.siret())), "?"));
    assertThat(d.gardees()).containsExactly(lignes.get(0), lignes.get(2), lignes.get(4));
    assertThat(d.indicesEcartes()).containsExactly(1, 3);
    assertThat(d.clesEnDouble()).containsExactly("02100167.17750111101763");
    assertThat(d.avertissement()).hasValueSatisfying(v -> {
      assertThat(v.code()).isEqualTo("DOUBLONS");
      assertThat(v.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
      assertThat(v.arguments()).containsEntry("nombre", "1");
      assertThat(v.message()).startsWith("1 numéro(s) RG en double").doesNotContain("02100167");
    });
  }

  @Test
  void sansSiretLaCleUtiliseLIdentifiantDuTribunal() {
    assertThat(Doublons.cle(NumeroRg.normalise("a1"), Optional.empty(), "42")).isEqualTo("000000A1.42");
  }

  @Test
  void lotSansDoublonNiAvertissement() {
    Doublons.Detection<String> d = Doublons.detecter(List.of("a", "b"), s -> s);
    assertThat(d.aDesDoublons()).isFalse();
    assertThat(d.avertissement()).isEmpty();
    assertThat(d.gardees()).containsExactly("a", "b");
  }

  @Test
  void suiviEnFluxMemesDecisionsQueLaDetectionSurListe() {
    java.util.List<String> cles = java.util.List.of("a", "b", "a", "c", "b", "a");
    Doublons.Suivi suivi = Doublons.suivi();
    java.util.List<String> gardees = new java.util.ArrayList<>();
    for (String c : cles) {
      if (suivi.premiere(c)) {
        gardees.add(c);
      }
    }
    Doublons.Detection<String> d = Doublons.detecter(cles, c -> c);
    org.assertj.core.api.Assertions.assertThat(gardees).containsExactly("a", "b", "c").isEqualTo(d.gardees());
    org.assertj.core.api.Assertions.assertThat(suivi.ecartees()).isEqualTo(3).isEqualTo(d.indicesEcartes().size());
    org.assertj.core.api.Assertions.assertThat(Doublons.suivi().ecartees()).isZero();
  }
}
