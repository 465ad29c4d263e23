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
 * Entrée de liste blanche d'un mandataire préposé : les établissements où il exerce, dont celui de rattachement.
 *
 * <p>Invariant : identifiant positif. Les exigences de saisie (au moins un élément, exactement un
 * marqué…) sont des règles de emjpm-rules. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract non-sealed class AbstractListeBlanchePrepose implements EntreeListeBlanche {

  @Override
  public final TypeListeBlanche type() {
    return TypeListeBlanche.PREPOSE;
  }

  /** {@return établissements ({@code mandataire_prepose_etablissements})} */
  public abstract List<EtablissementPrepose> etablissements();

  /** {@return premier établissement marqué de rattachement, vide s'il n'y en a pas} */
  public final Optional<EtablissementPrepose> etablissementRattachement() {
    return etablissements().stream().filter(EtablissementPrepose::rattachement).findFirst();
  }

  @Override
  public final Set<CodeDepartement> departementsCouverts() {
    Set<CodeDepartement> s = new LinkedHashSet<>();
    etablissements().forEach(e -> e.departement().ifPresent(s::add));
    return java.util.Collections.unmodifiableSet(s);
  }

  /** Invariant. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
  }
}
