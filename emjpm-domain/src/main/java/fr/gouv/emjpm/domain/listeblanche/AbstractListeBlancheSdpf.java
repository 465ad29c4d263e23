// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Entrée de liste blanche d'un service délégué aux prestations familiales (SDPF) : nom du service et son
 * département unique. Son SIRET est stocké avec le préfixe {@code sdpf_} ({@link TypeListeBlanche#cleSiret})
 * pour qu'un SDPF puisse partager le SIRET d'un service mandataire. Hors du circuit des mesures.
 *
 * <p>Invariant : identifiant positif. Les exigences de saisie (au moins un élément, exactement un
 * marqué…) sont des règles de emjpm-rules. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract non-sealed class AbstractListeBlancheSdpf implements EntreeListeBlanche {

  @Override
  public final TypeListeBlanche type() {
    return TypeListeBlanche.SDPF;
  }

  /** {@return nom du service ({@code etablissement})} */
  public abstract String nom();

  /**
   * Département du service DPF (un seul).
   *
   * @return département du service DPF
   */
  public abstract Optional<CodeDepartement> departementService();

  @Override
  public final Set<CodeDepartement> departementsCouverts() {
    Set<CodeDepartement> s = new LinkedHashSet<>();
    departementService().ifPresent(s::add);
    return java.util.Collections.unmodifiableSet(s);
  }

  /** Invariant. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
  }
}
