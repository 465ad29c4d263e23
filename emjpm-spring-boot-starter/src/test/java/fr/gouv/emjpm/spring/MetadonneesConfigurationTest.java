// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.mesures.LimitesImport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Le processeur de configuration de Spring Boot produit {@code META-INF/spring-configuration-metadata.json}
 * pour {@link EmjpmProperties} : chaque propriété {@code emjpm.*} y est décrite (type, description en
 * français), et les valeurs par défaut annoncées aux IDE sont celles que le starter applique vraiment.
 */
class MetadonneesConfigurationTest {

  private static final Map<String, String> TYPES = Map.of(
      "emjpm.import.taille-max", "org.springframework.util.unit.DataSize",
      "emjpm.import.lignes-max", "java.lang.Integer",
      "emjpm.import.colonnes-max", "java.lang.Integer",
      "emjpm.import.cellule-max", "java.lang.Integer",
      "emjpm.import.chaines-partagees-max", "java.lang.Integer",
      "emjpm.import.delai", "java.time.Duration",
      "emjpm.taches.actives", "java.lang.Boolean",
      "emjpm.taches.cron", "java.lang.String",
      "emjpm.taches.zone", "java.lang.String");

  @Test
  void chaqueProprieteEmjpmEstDecriteAvecSonType() throws IOException {
    Map<String, JsonNode> proprietes = proprietes();
    assertThat(proprietes.keySet()).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
    proprietes.forEach((nom, p) -> {
      assertThat(p.get("type").asString()).as(nom).isEqualTo(TYPES.get(nom));
      assertThat(p.has("description")).as(nom).isTrue();
      assertThat(p.get("description").asString()).as(nom).isNotBlank().endsWith(".");
      assertThat(p.has("defaultValue")).as(nom + " : valeur par défaut annoncée").isTrue();
    });
  }

  @Test
  void lesValeursParDefautAnnonceesSontCellesDuStarter() throws IOException {
    // les valeurs par défaut des métadonnées, liées par Boot comme si l'hôte les écrivait, donnent
    // exactement les limites de la bibliothèque et les tâches d'une configuration vide
    Map<String, String> defauts = new LinkedHashMap<>();
    proprietes().forEach((nom, p) -> defauts.put(nom, p.get("defaultValue").asString()));
    EmjpmProperties liees = new Binder(new MapConfigurationPropertySource(defauts))
        .bind("emjpm", Bindable.of(EmjpmProperties.class)).get();
    assertThat(liees.limitesImport()).isEqualTo(LimitesImport.parDefaut());
    EmjpmProperties vide = new EmjpmProperties();
    assertThat(vide.limitesImport()).isEqualTo(LimitesImport.parDefaut());
    assertThat(liees.getTaches().isActives()).isEqualTo(vide.getTaches().isActives()).isFalse();
    assertThat(liees.getTaches().getCron()).isEqualTo(vide.getTaches().getCron());
    assertThat(liees.getTaches().getZone()).isEqualTo(vide.getTaches().getZone());
  }

  /** Propriétés décrites par le fichier de métadonnées du starter (pas ceux des autres jars de Boot). */
  private static Map<String, JsonNode> proprietes() throws IOException {
    List<JsonNode> fichiers = new ArrayList<>();
    JsonMapper json = JsonMapper.builder().build();
    for (URL url : Collections.list(MetadonneesConfigurationTest.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonNode racine = json.readTree(in);
        for (JsonNode g : racine.get("groups")) {
          if (g.get("type").asString().equals(EmjpmProperties.class.getName())) {
            fichiers.add(racine);
          }
        }
      }
    }
    assertThat(fichiers).as("métadonnées produites par spring-boot-configuration-processor").hasSize(1);
    Map<String, JsonNode> res = new LinkedHashMap<>();
    for (JsonNode p : fichiers.get(0).get("properties")) {
      res.put(p.get("name").asString(), p);
    }
    return res;
  }
}
