// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.rules.enquete.internal.JsonLecteur;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLecteurTest {

  @Test
  @SuppressWarnings("unchecked")
  void lit_objets_tableaux_echappements_et_nombres() {
    Object v = JsonLecteur.lire("{\"a\": [1, -2.5e1, true, null], \"b\": \"\\u00e9\\\"x\\n\", \"c\": {}}");
    assertThat(v).isInstanceOf(Map.class);
    Map<?, ?> m = (Map<?, ?>) v;
    assertThat((List<Object>) m.get("a")).containsExactly(new BigDecimal("1"), new BigDecimal("-2.5e1"), Boolean.TRUE, JsonLecteur.NUL);
    assertThat(m.get("b")).isEqualTo("é\"x\n");
    assertThat((Map<?, ?>) m.get("c")).isEmpty();
  }

  @Test
  void refuse_un_document_invalide() {
    assertThatThrownBy(() -> JsonLecteur.lire("{\"a\": 1} x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLecteur.lire("[1 2]")).isInstanceOf(IllegalArgumentException.class);
  }
}
