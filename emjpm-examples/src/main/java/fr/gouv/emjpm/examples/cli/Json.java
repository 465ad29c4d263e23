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

  /**
   * Générateur indenté comme {@link #ecrire} sur {@code out}, qui ne ferme pas {@code out} : pour écrire
   * en flux une sortie trop grosse pour tenir en mémoire d'un bloc (100 000 mesures importées).
   */
  static com.fasterxml.jackson.core.JsonGenerator generateur(PrintWriter out) throws java.io.IOException {
    com.fasterxml.jackson.core.JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  static void ecrire(PrintWriter out, Object valeur) {
    try {
      out.println(MAPPER.writeValueAsString(valeur));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Sérialisation JSON impossible", e);
    }
  }
}
