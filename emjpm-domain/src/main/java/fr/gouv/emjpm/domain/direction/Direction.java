// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.direction;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Objects;
import java.util.Optional;

/**
 * Agent de direction (table {@code direction} de l'original) : son type et, selon le type, sa région
 * et son département. Invariant : une direction régionale a une région, une direction départementale
 * un département. Immuable et thread-safe.
 *
 * @param type type de la direction
 * @param region identifiant de la région (par exemple {@code 84}), exigé pour une direction régionale
 * @param departement département, exigé pour une direction départementale
 */
public record Direction(TypeDirection type, Optional<String> region, Optional<CodeDepartement> departement) {

  /**
   * Vérifie la cohérence du type, de la région et du département.
   *
   * @param type type, non nul
   * @param region région, présente pour une direction régionale
   * @param departement département, présent pour une direction départementale
   */
  public Direction {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(departement, "departement");
    if (type == TypeDirection.REGIONALE && region.filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("Une direction régionale a une région");
    }
    if (type == TypeDirection.DEPARTEMENTALE && departement.isEmpty()) {
      throw new IllegalArgumentException("Une direction départementale a un département");
    }
  }

  /** {@return direction nationale} */
  public static Direction nationale() {
    return new Direction(TypeDirection.NATIONALE, Optional.empty(), Optional.empty());
  }

  /**
   * {@return direction régionale}
   *
   * @param region identifiant de la région
   */
  public static Direction regionale(String region) {
    return new Direction(TypeDirection.REGIONALE, Optional.of(region), Optional.empty());
  }

  /**
   * {@return direction départementale}
   *
   * @param departement département
   */
  public static Direction departementale(CodeDepartement departement) {
    return new Direction(TypeDirection.DEPARTEMENTALE, Optional.empty(), Optional.of(departement));
  }
}
