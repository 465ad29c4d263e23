// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Point d'entrée : {@code java -jar} ou {@code mvn spring-boot:run} (voir le README du module). */
@SpringBootApplication
public class HoteReferenceApplication {

  /**
   * Démarre l'application.
   *
   * @param args arguments de Spring Boot ({@code --spring.datasource.url=...})
   */
  public static void main(String[] args) {
    SpringApplication.run(HoteReferenceApplication.class, args);
  }
}
