// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire de profil d'un mandataire individuel ou préposé (« Modifier mes informations »), tel que
 * saisi : chaque champ peut manquer ; les règles sont dans {@link ReglesProfil}. Immuable et thread-safe
 * (classe générée {@code FormulaireMandataire}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireMandataire implements ChampsGestionnaire {

  /** {@return type : individuel ou préposé} */
  public abstract TypeGestionnaire type();

  /** {@return adresse e-mail du compte} */
  public abstract Optional<String> email();

  /** {@return nom} */
  public abstract Optional<String> nom();

  /** {@return prénom} */
  public abstract Optional<String> prenom();

  /** {@return genre ({@code F} ou {@code H})} */
  public abstract Optional<String> genre();

  /** {@return téléphone} */
  public abstract Optional<String> telephone();

  /** {@return téléphone portable} */
  public abstract Optional<String> telephonePortable();

  /** {@return nombre de mesures souhaitées ({@code dispo_max})} */
  public abstract Optional<Integer> dispoMax();

  /** {@return SIRET saisi} */
  public abstract Optional<String> siret();

  /** {@return SIRET enregistré avant la modification (non recontrôlé pour l'unicité)} */
  public abstract Optional<String> siretInitial();

  /** Invariant : un mandataire est individuel ou préposé. */
  @Value.Check
  protected void verifier() {
    if (!type().estMandataire()) {
      throw new IllegalStateException("Un formulaire de mandataire est individuel ou préposé");
    }
  }
}
