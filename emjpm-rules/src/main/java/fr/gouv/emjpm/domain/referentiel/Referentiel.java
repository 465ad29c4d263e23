// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Optional;

/** BOUCHON TEMPORAIRE. */
public interface Referentiel {
  Referentiel EMBARQUE = siret -> siret.valeur().equals("17690111400080") ? Optional.of(TribunalId.of("39")) : Optional.empty();

  static Referentiel embarque() {
    return EMBARQUE;
  }

  Optional<TribunalId> tribunal(Siret siret);
}
