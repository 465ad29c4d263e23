// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.io.json.EmjpmJacksonModule;
import fr.gouv.emjpm.jackson3.EmjpmJackson3Module;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Les modules Jackson 2 (emjpm-io) et Jackson 3 (emjpm-jackson3) écrivent le même JSON et relisent celui de l'autre. */
class ModulesJacksonTest {

  private static final Referentiel REFERENTIEL = Referentiel.embarque();
  private static final ObjectMapper J2 = new ObjectMapper().registerModule(new EmjpmJacksonModule(REFERENTIEL));
  private static final JsonMapper J3 = JsonMapper.builder().addModule(new EmjpmJackson3Module(REFERENTIEL)).build();

  @Test
  void memeJsonDansLesDeuxSens() {
    qt().withExamples(200).forAll(EmjpmGen.mesuresCompletes()).check(m -> {
      try {
        String deux = J2.writeValueAsString(m);
        String trois = J3.writeValueAsString(m);
        return deux.equals(trois) && J3.readValue(deux, Mesure.class).equals(m) && J2.readValue(trois, Mesure.class).equals(m);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(J2.getRegisteredModuleIds()).isNotEmpty();
  }
}
