// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * Le lecteur JSON durci, chaque contrainte prise juste à sa borne et juste au-delà : longueur du document,
 * nombre de jetons, profondeur (lecture et écriture), longueur d'une chaîne, d'un nombre, d'un nom, clés
 * en double refusées.
 */
class MappeursJsonTest {

  private static final JsonMapper MAPPEUR = MappeursJson.durci(100_000, 1_000).build();

  /** Vrai si Jackson lit le document ; faux s'il le refuse (exception de Jackson). */
  private static boolean lu(JsonMapper m, String json) {
    try {
      m.readTree(json);
      return true;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return false;
    }
  }

  private static boolean lu(String json) {
    return lu(MAPPEUR, json);
  }

  @Test
  void profondeurBornee() {
    assertThat(lu("[".repeat(32) + "]".repeat(32))).isTrue();
    assertThat(lu("[".repeat(33) + "]".repeat(33))).isFalse();
    JsonNode n = MAPPEUR.createArrayNode();
    for (int i = 0; i < 33; i++) {
      n = MAPPEUR.createArrayNode().add(n);
    }
    JsonNode profond = n;
    assertThat(ecrit(profond)).isFalse();
    JsonNode m = MAPPEUR.createArrayNode();
    for (int i = 0; i < 31; i++) {
      m = MAPPEUR.createArrayNode().add(m);
    }
    assertThat(ecrit(m)).isTrue();
  }

  private static boolean ecrit(JsonNode n) {
    try {
      MAPPEUR.writeValueAsString(n);
      return true;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return false;
    }
  }

  @Test
  void chainesNombresEtNomsBornes() {
    assertThat(lu("\"" + "x".repeat(10_000) + "\"")).isTrue();
    assertThat(lu("\"" + "x".repeat(10_001) + "\"")).isFalse();
    assertThat(lu("1" + "0".repeat(31))).isTrue();
    assertThat(lu("1" + "0".repeat(32))).isFalse();
    assertThat(lu("{\"" + "n".repeat(128) + "\":1}")).isTrue();
    assertThat(lu("{\"" + "n".repeat(129) + "\":1}")).isFalse();
  }

  @Test
  void documentEtJetonsBornes() {
    JsonMapper petit = MappeursJson.durci(20, 5).build();
    assertThat(lu(petit, "[1,2,3]")).isTrue(); // 5 jetons
    assertThat(lu(petit, "[1,2,3,4]")).isFalse();
    assertThat(lu(petit, "\"" + "x".repeat(18) + "\"")).isTrue(); // 20 octets
    assertThat(lu(petit, "\"" + "x".repeat(19) + "\"")).isFalse();
  }

  @Test
  void clesEnDoubleRefusees() {
    assertThat(lu("{\"a\":1,\"a\":2}")).isFalse();
    assertThat(lu("{\"a\":1,\"b\":{\"a\":2}}")).isTrue();
  }
}
