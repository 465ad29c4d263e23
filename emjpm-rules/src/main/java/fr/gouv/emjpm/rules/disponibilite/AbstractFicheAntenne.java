// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ce que les règles de disponibilité et de recherche lisent d'une antenne de service ({@code
 * service_antenne}) : identifiant, nom, département, capacité souhaitée ({@code
 * mesures_max}) et position. Immuable et thread-safe (classe générée {@code FicheAntenne}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFicheAntenne {

  /** {@return identifiant de l'antenne (celui que portent les mesures dans {@code antenne_id})} */
  public abstract long id();

  /** {@return nom de l'antenne} */
  public abstract String nom();

  /** {@return département où se trouve l'antenne} */
  public abstract Optional<CodeDepartement> departement();

  /** {@return capacité souhaitée de l'antenne ({@code mesures_max}, 0 par défaut)} */
  @Value.Default
  public int mesuresMax() {
    return 0;
  }

  /** {@return position géocodée de l'antenne} */
  public abstract Optional<Position> position();

  @Value.Check
  void verifier() {
    if (id() <= 0) {
      throw new IllegalStateException("identifiant d'antenne non positif");
    }
    if (mesuresMax() < 0) {
      throw new IllegalStateException("capacité d'antenne négative");
    }
  }
}
