// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire de modification d'une mesure en cours. Nature, champ et lieu de vie ne changent
 * que par les états.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireModification {
  abstract Optional<String> numeroRg();

  abstract Optional<String> numeroDossier();

  abstract Optional<TribunalId> tribunal();

  abstract Optional<String> cabinet();

  abstract Optional<Civilite> civilite();

  abstract Optional<Integer> anneeNaissance();

  abstract Optional<LocalDate> datePremiereMesure();

  abstract Optional<LocalDate> dateNomination();

  abstract Optional<LocalDate> dateProtectionEnCours();

  abstract Optional<Long> antenneId();

  /**
   * Formulaire pré-rempli depuis une mesure.
   *
   * @param m mesure recopiée (numéro RG, dossier, tribunal, dates, antenne…)
   * @return le formulaire pré-rempli
   */
  public static FormulaireModification depuis(fr.gouv.emjpm.domain.mesure.Mesure m) {
    return FormulaireModification.builder()
        .numeroRg(m.numeroRg().valeur())
        .numeroDossier(m.numeroDossier())
        .tribunal(m.tribunal())
        .cabinet(m.cabinet())
        .civilite(m.civilite())
        .anneeNaissance(m.anneeNaissance())
        .datePremiereMesure(m.datePremiereMesure())
        .dateNomination(m.dateNomination())
        .dateProtectionEnCours(m.dateProtectionEnCours())
        .antenneId(m.antenneId())
        .build();
  }
}
