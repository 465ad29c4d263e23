// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Moteur des bancs : horloge fixe (22 novembre 2026, Paris) et référentiel embarqué. */
final class Moteurs {
  private Moteurs() {}

  static EmjpmEngine horlogeFixe() {
    return EmjpmEngine.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
  }
}
