// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.math.BigDecimal;
import java.util.Set;
import org.immutables.value.Value;

/** BOUCHON TEMPORAIRE. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractRessource {
  abstract int annee();

  abstract BigDecimal niveauRessource();

  abstract Set<PrestationSociale> prestationsSociales();
}
