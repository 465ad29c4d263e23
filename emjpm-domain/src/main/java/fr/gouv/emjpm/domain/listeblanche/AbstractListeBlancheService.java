// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Entrée de liste blanche d'un service mandataire : nom du service et départements ; liée au service par le SIRET.
 *
 * <p>Invariant : identifiant positif. Les exigences de saisie (au moins un élément, exactement un
 * marqué…) sont des règles de emjpm-rules. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract non-sealed class AbstractListeBlancheService implements EntreeListeBlanche {

  @Override
  public final TypeListeBlanche type() {
    return TypeListeBlanche.SERVICE;
  }

  /** {@return nom du service ({@code etablissement})} */
  public abstract String nom();

  /** {@return départements du service} */
  public abstract List<CodeDepartement> departements();

  @Override
  public final Set<CodeDepartement> departementsCouverts() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(departements()));
  }

  /** Invariant. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
  }
}
