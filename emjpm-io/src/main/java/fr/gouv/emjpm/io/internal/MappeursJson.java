// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Mappeurs JSON durcis de la bibliothèque (R-JSON-1…3), une seule définition pour tous les lecteurs :
 * longueur du document et nombre de jetons choisis par l'appelant, profondeur 32, chaîne 10 000
 * caractères, nombre 32 chiffres, nom 128, clés en double refusées, aucun typage polymorphe, champs
 * inconnus tolérés (le lecteur les signale lui-même). Hors API.
 */
public final class MappeursJson {
  private MappeursJson() {}

  /**
   * Constructeur de mappeur aux limites communes.
   *
   * @param longueurMax longueur maximale du document, en unités d'entrée de Jackson (octets ou
   *     caractères selon la source)
   * @param jetonsMax nombre maximal de jetons JSON du document
   * @return constructeur de mappeur à compléter puis construire par l'appelant
   */
  public static JsonMapper.Builder durci(long longueurMax, long jetonsMax) {
    JsonFactory usine =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(longueurMax)
                    .maxNestingDepth(32)
                    .maxStringLength(10_000)
                    .maxNumberLength(32)
                    .maxNameLength(128)
                    .maxTokenCount(jetonsMax)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(32).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(usine)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
