// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm

/**
 * Module Jackson 3 ({@code tools.jackson}) des types du domaine e-MJPM, pour les hôtes Spring Boot 4.
 *
 * <p>Jackson ne fait aucune réflexion sur les classes d'emjpm (sérialiseurs et désérialiseurs
 * explicites) : aucun paquet n'est ouvert.
 */
module fr.gouv.emjpm.jackson3 {
  requires transitive fr.gouv.emjpm.domain;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports fr.gouv.emjpm.jackson3;
}
