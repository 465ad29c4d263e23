// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entrée de liste blanche agréée par départements, dont un « département financeur » : mandataire
 * individuel et délégué aux prestations familiales individuel (DPF).
 */
sealed interface AgrementDepartements extends EntreeListeBlanche
    permits AbstractListeBlancheIndividuel, AbstractListeBlancheDpfi {

  /**
   * Départements d'agrément ({@code mandataire_individuel_departements} pour un individuel, {@code
   * dpfi_departements} pour un DPF).
   *
   * @return départements d'agrément
   */
  List<DepartementAgrement> departementsAgrement();

  /**
   * Premier département marqué financeur, vide s'il n'y en a pas.
   *
   * @return premier département marqué financeur, vide s'il n'y en a pas
   */
  default Optional<CodeDepartement> departementFinanceur() {
    return departementsAgrement().stream()
        .filter(DepartementAgrement::financeur)
        .map(DepartementAgrement::departement)
        .findFirst();
  }

  @Override
  default Set<CodeDepartement> departementsCouverts() {
    Set<CodeDepartement> s = new LinkedHashSet<>();
    departementsAgrement().forEach(d -> s.add(d.departement()));
    return Collections.unmodifiableSet(s);
  }
}
