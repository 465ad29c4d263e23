// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import org.immutables.value.Value;

/**
 * Entrée de liste blanche d'un mandataire individuel : ses départements d'agrément, dont un « département financeur ».
 *
 * <p>Invariant : identifiant positif. Les exigences de saisie (au moins un élément, exactement un
 * marqué…) sont des règles de emjpm-rules. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract non-sealed class AbstractListeBlancheIndividuel implements AgrementDepartements {

  @Override
  public final TypeListeBlanche type() {
    return TypeListeBlanche.INDIVIDUEL;
  }

  /** Invariant. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
  }
}
