// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import fr.gouv.emjpm.io.internal.MappeursJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;

/**
 * Le mappeur JSON privé de la bibliothèque : jamais celui de l'hôte, chaque
 * limite fixée explicitement, clés en double refusées, pas de typage polymorphe. Immuable et
 * thread-safe.
 */
final class JsonDurci {

  /** Taille maximale d'un document. */
  static final long TAILLE_MAX = 5L * 1024 * 1024;

  /** Taille maximale d'un fichier OCMI (JSON décompressé), lu en flux élément par élément. */
  static final long TAILLE_MAX_FLUX = 256L * 1024 * 1024;

  /** Mappeur des documents (API des logiciels métier). */
  static final JsonMapper MAPPER = MappeursJson.durci(TAILLE_MAX, 2_000_000)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /** Mappeur des lectures en flux (mêmes limites, sauf la longueur du document ; le flux borné arrête avant). */
  static final JsonMapper MAPPER_FLUX = MappeursJson.durci(TAILLE_MAX_FLUX + 1024 * 1024, 100_000_000).build();

  private JsonDurci() {}

  /** Violation d'une exception de lecture, sans le texte de Jackson. */
  static Violation violation(Throwable e) {
    if (e instanceof StreamConstraintsException) {
      return Violation.de(CodeJson.JSON_LIMITE_DEPASSEE, "");
    }
    boolean doublon = e.getMessage() != null && e.getMessage().contains("Duplicate");
    return Violation.de(doublon ? CodeJson.JSON_CLE_EN_DOUBLE : CodeJson.JSON_ILLISIBLE, "");
  }

  /** Lit un document en arbre ; toute erreur devient une violation typée, sans le texte de Jackson. */
  static Resultat<JsonNode> lire(byte[] octets) {
    if (octets.length > TAILLE_MAX) {
      return Resultat.echec(Violation.de(CodeJson.JSON_LIMITE_DEPASSEE, ""));
    }
    try (JsonParser p = MAPPER.createParser(octets)) {
      JsonNode n = MAPPER.readTree(p);
      if (n == null || n.isMissingNode()) {
        return Resultat.echec(Violation.de(CodeJson.JSON_ILLISIBLE, ""));
      }
      return Resultat.succes(n);
    } catch (StreamConstraintsException e) {
      return Resultat.echec(Violation.de(CodeJson.JSON_LIMITE_DEPASSEE, ""));
    } catch (StreamReadException e) {
      boolean doublon = e.getMessage() != null && e.getMessage().startsWith("Duplicate");
      return Resultat.echec(Violation.de(doublon ? CodeJson.JSON_CLE_EN_DOUBLE : CodeJson.JSON_ILLISIBLE, ""));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      boolean doublon = e.getMessage() != null && e.getMessage().contains("Duplicate");
      return Resultat.echec(Violation.de(doublon ? CodeJson.JSON_CLE_EN_DOUBLE : CodeJson.JSON_ILLISIBLE, ""));
    }
  }
}
