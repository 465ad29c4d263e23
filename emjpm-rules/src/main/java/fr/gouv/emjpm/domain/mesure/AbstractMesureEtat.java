// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** BOUCHON TEMPORAIRE. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractMesureEtat {
  abstract LocalDate dateChangementEtat();

  abstract NatureMesure natureMesure();

  abstract Optional<ChampMesure> champMesure();

  abstract LieuVie lieuVie();

  abstract Optional<TypeEtablissement> typeEtablissement();

  abstract Optional<CodePostal> codePostal();

  abstract Optional<String> ville();

  abstract Pays pays();
}
