// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import fr.gouv.emjpm.domain.referentiel.Referentiel;

/**
 * Détenteur paresseux du référentiel embarqué (idiome « initialization-on-demand holder ») : chargé
 * une seule fois, au premier appel, par l'initialisation de classe de la JVM (thread-safe sans
 * verrou explicite ni état statique mutable).
 */
public final class ReferentielEmbarque {

  private ReferentielEmbarque() {}

  private static final class Detenteur {
    static final Referentiel INSTANCE = ChargeurReferentiel.chargerEmbarque();
  }

  /** {@return l'instance partagée} */
  public static Referentiel instance() {
    return Detenteur.INSTANCE;
  }
}
