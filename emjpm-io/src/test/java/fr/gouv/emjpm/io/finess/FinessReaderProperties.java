// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.gouv.emjpm.domain.commun.Resultat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entrées hostiles : des lignes faites de champs quelconques (séparateurs, guillemets, caractères de
 * contrôle, non-ASCII) ne lèvent jamais d'exception ; toute violation est typée et ne recopie pas le
 * contenu lu.
 */
class FinessReaderProperties {

  @Test
  void lignes_quelconques_jamais_d_exception() {
    qt().withExamples(500)
        .forAll(lists().of(strings().allPossible().ofLengthBetween(0, 60)).ofSizeBetween(0, 12),
            integers().between(0, 2))
        .checkAssert((champs, prefixe) -> {
          String type = switch (prefixe) {
            case 0 -> "structureet;";
            case 1 -> "geolocalisation;";
            default -> "";
          };
          String ligne = type + String.join(";", champs);
          Resultat<ExtraitFiness> r = lire(ligne + "\n" + ligne + "\r\n");
          r.violations().forEach(v -> {
            assertThat(v.code()).startsWith("FINESS_");
            champs.stream().filter(c -> c.length() > 3).forEach(c -> assertThat(v.message()).doesNotContain(c));
          });
          r.valeur().ifPresent(e -> assertThat(e.lignes()).isEqualTo(2));
        });
  }

  private static Resultat<ExtraitFiness> lire(String t) {
    try {
      return FinessReader.parDefaut().lire(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void lignes_valides_toutes_gardees() {
    qt().withExamples(200)
        .forAll(integers().between(1, 400))
        .checkAssert(n -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            sb.append("structureet;01").append(String.format(java.util.Locale.ROOT, "%07d", i)).append(";;N;;;;;;;;;001;01\n");
          }
          ExtraitFiness e = lire(sb.toString()).valeur().orElseThrow();
          assertThat(e.etablissements()).hasSize(n);
          assertThat(e.etablissements().stream().map(x -> x.numeroFiness().valeur()).distinct().count()).isEqualTo((long) n);
          List<String> codes = e.avertissements().stream().map(v -> v.code()).distinct().toList();
          assertThat(codes).allMatch(c -> c.equals("FINESS_CLE_INVALIDE") || c.equals("FINESS_AVERTISSEMENTS_TRONQUES"));
        });
  }
}
