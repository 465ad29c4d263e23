// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** Écriture JSON de la CLI (UTF-8, clés snake_case construites explicitement, ordre stable). */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static void ecrire(PrintWriter out, Object valeur) {
    try {
      out.println(MAPPER.writeValueAsString(valeur));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Sérialisation JSON impossible", e);
    }
  }
}
