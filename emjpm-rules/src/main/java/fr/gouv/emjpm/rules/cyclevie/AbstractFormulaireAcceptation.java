// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Formulaire « Accepter la mesure » du gestionnaire. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireAcceptation {
  abstract Optional<LocalDate> dateNomination();

  abstract Optional<Long> antenneId();

  abstract Optional<LieuVie> lieuVie();

  abstract Optional<TypeEtablissement> typeEtablissement();

  abstract Optional<Pays> pays();

  abstract Optional<String> codePostal();

  abstract Optional<String> ville();
}
