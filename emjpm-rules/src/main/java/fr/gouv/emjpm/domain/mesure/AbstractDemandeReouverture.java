// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** BOUCHON TEMPORAIRE. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractDemandeReouverture {
  abstract Instant dateDemande();

  abstract int anneeNaissance();

  abstract Optional<String> cabinet();

  abstract NatureMesure natureMesure();

  abstract Optional<ChampMesure> champMesure();

  abstract Civilite civilite();

  abstract Optional<LocalDate> dateJugement();

  abstract Optional<Long> magistratId();

  abstract Optional<Long> greffierId();

  abstract boolean urgent();

  abstract Optional<Long> antenneId();
}
