// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Établissement où exerce un mandataire préposé ({@code mandataire_prepose_etablissements}). Immuable et
 * thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractEtablissementPrepose {

  /** {@return identifiant technique de l'établissement (table {@code etablissements})} */
  public abstract long etablissementId();

  /** {@return numéro FINESS de l'établissement, s'il est connu} */
  public abstract Optional<String> finess();

  /** {@return département de l'établissement, s'il est connu} */
  public abstract Optional<CodeDepartement> departement();

  /** {@return vrai pour l'« établissement de rattachement »} */
  @Value.Default
  public boolean rattachement() {
    return false;
  }

  /** Invariant : identifiant positif. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(etablissementId(), "etablissementId");
  }
}
