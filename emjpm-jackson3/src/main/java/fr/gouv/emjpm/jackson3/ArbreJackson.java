// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Traduction entre l'arbre neutre des mesures (objets, listes, textes, nombres) et le flux Jackson 3.
 * Les nombres décimaux sont lus en {@link BigDecimal} exact, quelle que soit la configuration du
 * mappeur de l'hôte. Interne au module Jackson.
 */
final class ArbreJackson {

  /** Profondeur maximale d'imbrication lue (une mesure en a 3). */
  private static final int PROFONDEUR_MAX = 16;

  private ArbreJackson() {}

  static void ecrire(JsonGenerator g, @Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object x : l) {
        ecrire(g, x);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        ecrire(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalStateException("Type inattendu dans l'arbre : " + v.getClass().getName());
    }
  }

  /**
   * Lit la valeur sur laquelle est positionné l'analyseur (le jeton courant).
   *
   * @return l'arbre neutre ; une valeur JSON {@code null} rend {@code null}
   * @throws IllegalArgumentException si l'imbrication dépasse la profondeur admise
   */
  static @Nullable Object lire(JsonParser p) {
    return lire(p, 0);
  }

  private static @Nullable Object lire(JsonParser p, int profondeur) {
    if (profondeur > PROFONDEUR_MAX) {
      throw new IllegalArgumentException("Imbrication trop profonde.");
    }
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    if (t == null) {
      throw new IllegalArgumentException("Document vide.");
    }
    switch (t) {
      case START_OBJECT:
      case PROPERTY_NAME: {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        String nom = t == JsonToken.PROPERTY_NAME ? p.currentName() : p.nextName();
        while (nom != null) {
          p.nextToken();
          m.put(nom, lire(p, profondeur + 1));
          nom = p.nextName();
        }
        return m;
      }
      case START_ARRAY: {
        List<@Nullable Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(lire(p, profondeur + 1));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? (Object) p.getBigIntegerValue() : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("Valeur JSON inattendue.");
    }
  }

  /** Version du module, lue dans la ressource filtrée par le build. */
  static String versionDuBuild() {
    Properties p = new Properties();
    try (InputStream in = ArbreJackson.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "0.0.0";
    }
    return p.getProperty("version", "0.0.0");
  }
}
