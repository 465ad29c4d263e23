// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.rules.EmjpmEngine;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Au démarrage : la table {@code tribunal} reçoit les tribunaux du référentiel du moteur (sans doublon). */
@Component
public class ChargementTribunaux implements ApplicationRunner {

  private final EmjpmEngine engine;
  private final JdbcTemplate jdbc;

  ChargementTribunaux(EmjpmEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Object[]> lignes = engine.referentiel().tribunaux().stream()
        .filter(t -> t.siret().isPresent())
        .map(t -> new Object[] {t.id().valeur(), t.siret().get().valeur(), t.nom(), t.departement().valeur()})
        .toList();
    jdbc.batchUpdate("insert into tribunal (id, siret, nom, departement) values (?, ?, ?, ?) on conflict do nothing",
        lignes);
  }
}
