// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire de profil d'un mandataire individuel ou préposé (« Modifier mes informations »), tel que
 * saisi : chaque champ peut manquer ; les règles sont dans {@link ReglesProfil}. Immuable et thread-safe
 * (classe générée {@code FormulaireMandataire}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireMandataire {

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

  /** {@return adresse géocodée ({@code geocode}), position du gestionnaire} */
  public abstract Optional<AdresseGeocodee> adresseGeocodee();

  /**
   * {@return vrai (par défaut) pour afficher l'adresse géocodée plutôt que {@code adresse} ({@code use_location_adresse})}
   */
  @Value.Default
  public boolean utiliserAdresseLocalisation() {
    return true;
  }

  /** {@return adresse affichée aux magistrats quand l'adresse géocodée ne l'est pas} */
  public abstract Optional<String> adresse();

  /** {@return complément d'adresse} */
  public abstract Optional<String> adresseComplement();

  /** {@return SIRET saisi} */
  public abstract Optional<String> siret();

  /** {@return SIRET enregistré avant la modification (non recontrôlé pour l'unicité)} */
  public abstract Optional<String> siretInitial();

  /** {@return informations à destination du magistrat ({@code competences})} */
  public abstract Optional<String> competences();

  /** {@return vrai si le gestionnaire ne souhaite plus recevoir de nouvelles mesures pour le moment} */
  @Value.Default
  public boolean suspendu() {
    return false;
  }

  /** {@return motif de la suspension ({@code suspend_activity_reason})} */
  public abstract Optional<String> motifSuspension();

  /** {@return tribunaux préférentiels choisis ({@code tis})} */
  public abstract List<TribunalId> tribunaux();

  /** Invariant : un mandataire est individuel ou préposé. */
  @Value.Check
  protected void verifier() {
    if (!type().estMandataire()) {
      throw new IllegalStateException("Un formulaire de mandataire est individuel ou préposé");
    }
  }
}
