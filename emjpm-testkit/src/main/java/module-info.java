// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm

/**
 * Générateurs de données e-MJPM (Java pur, initialisables) et adaptateurs QuickTheories, pour les tests
 * des équipes hôtes.
 *
 * <p>QuickTheories n'a pas de descripteur de module : c'est un module automatique, nommé {@code
 * quicktheories} d'après le nom de son jar ({@code quicktheories-0.26.jar}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.gouv.emjpm.testkit {
  requires transitive fr.gouv.emjpm.domain;
  requires transitive quicktheories;
  requires static org.jspecify;

  exports fr.gouv.emjpm.testkit;
  exports fr.gouv.emjpm.testkit.quicktheories;
}
