// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm

/**
 * Adaptateurs d'entrée/sortie e-MJPM : Excel (POI), CSV, JSON (Jackson 2).
 *
 * <p>Seuls les paquets d'API sont exportés ; {@code fr.gouv.emjpm.io.internal} ne l'est pas. Les modèles
 * Excel de l'enquête sont lus par les classes de ce module. Jackson ne fait aucune réflexion sur les
 * classes d'emjpm (sérialiseurs et désérialiseurs explicites) : aucun paquet n'est ouvert.
 */
module fr.gouv.emjpm.io {
  requires transitive fr.gouv.emjpm.domain;
  requires transitive fr.gouv.emjpm.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.slf4j;
  requires java.xml;
  requires static org.jspecify;

  exports fr.gouv.emjpm.io.enquete;
  exports fr.gouv.emjpm.io.fichier;
  exports fr.gouv.emjpm.io.finess;
  exports fr.gouv.emjpm.io.json;
  exports fr.gouv.emjpm.io.mesures;
}
