// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Entrée de liste blanche d'un délégué aux prestations familiales individuel (DPF) : ses départements
 * d'agrément ({@code dpfi_departements}), dont un « département financeur ». Hors du circuit des mesures.
 *
 * <p>Invariant : identifiant positif. Les exigences de saisie (au moins un élément, exactement un
 * marqué…) sont des règles de emjpm-rules. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract non-sealed class AbstractListeBlancheDpfi implements EntreeListeBlanche {

  @Override
  public final TypeListeBlanche type() {
    return TypeListeBlanche.DPFI;
  }

  /**
   * Départements d'agrément ({@code dpfi_departements}).
   *
   * @return départements d'agrément ({@code dpfi_departements})
   */
  public abstract List<DepartementAgrement> departementsAgrement();

  /**
   * Premier département marqué financeur, vide s'il n'y en a pas.
   *
   * @return premier département marqué financeur, vide s'il n'y en a pas
   */
  public final Optional<CodeDepartement> departementFinanceur() {
    return departementsAgrement().stream()
        .filter(DepartementAgrement::financeur)
        .map(DepartementAgrement::departement)
        .findFirst();
  }

  @Override
  public final Set<CodeDepartement> departementsCouverts() {
    Set<CodeDepartement> s = new LinkedHashSet<>();
    departementsAgrement().forEach(d -> s.add(d.departement()));
    return java.util.Collections.unmodifiableSet(s);
  }

  /** Invariant. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
  }
}
