// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** État d'une {@link SaisieMesure}, déjà typé ; un champ absent est vide. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractSaisieEtat {
  abstract Optional<LocalDate> dateChangementEtat();

  abstract Optional<NatureMesure> nature();

  abstract Optional<ChampMesure> champ();

  abstract Optional<LieuVie> lieuVie();

  abstract Optional<TypeEtablissement> typeEtablissement();

  abstract Optional<String> codePostal();

  abstract Optional<String> ville();

  abstract Optional<Pays> pays();
}
