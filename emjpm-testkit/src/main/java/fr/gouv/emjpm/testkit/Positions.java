// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import java.util.random.RandomGenerator;

/** Positions plausibles (WGS84) pour les entités générées ; hors API (aide du paquet). */
final class Positions {

  private Positions() {}

  /** Latitude en France métropolitaine. */
  static double latitude(RandomGenerator alea) {
    return 42.0 + alea.nextDouble() * 9.0;
  }

  /** Longitude en France métropolitaine. */
  static double longitude(RandomGenerator alea) {
    return -4.5 + alea.nextDouble() * 12.5;
  }
}
