// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Formulaire « Ajouter une mesure » du gestionnaire. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireCreation {
  abstract Optional<String> numeroRg();

  abstract Optional<String> numeroDossier();

  abstract Optional<TribunalId> tribunal();

  abstract Optional<String> cabinet();

  abstract Optional<Civilite> civilite();

  abstract Optional<Integer> anneeNaissance();

  abstract Optional<LocalDate> datePremiereMesure();

  abstract Optional<LocalDate> dateNomination();

  abstract Optional<NatureMesure> nature();

  abstract Optional<ChampMesure> champ();

  abstract Optional<LieuVie> lieuVie();

  abstract Optional<TypeEtablissement> typeEtablissement();

  abstract Optional<Pays> pays();

  abstract Optional<String> codePostal();

  abstract Optional<String> ville();

  abstract Optional<Long> antenneId();
}
