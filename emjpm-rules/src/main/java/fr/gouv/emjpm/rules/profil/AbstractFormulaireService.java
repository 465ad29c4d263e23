// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire de profil d'un service mandataire (informations du service, organisation, compétences),
 * tel que saisi ; les règles sont dans {@link ReglesProfil}. Immuable et thread-safe (classe générée
 * {@code FormulaireService}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireService {

  /** {@return nom du service ({@code etablissement})} */
  public abstract Optional<String> nom();

  /** {@return adresse e-mail du service} */
  public abstract Optional<String> email();

  /** {@return nom de la personne de contact} */
  public abstract Optional<String> contactNom();

  /** {@return prénom de la personne de contact} */
  public abstract Optional<String> contactPrenom();

  /** {@return genre de la personne de contact} */
  public abstract Optional<String> contactGenre();

  /** {@return téléphone} */
  public abstract Optional<String> telephone();

  /** {@return nombre de mesures souhaitées au niveau global ({@code dispo_max})} */
  public abstract Optional<Integer> dispoMax();

  /** {@return nombre d'antennes du service} */
  @Value.Default
  public int nombreAntennes() {
    return 0;
  }

  /** {@return somme des nombres de mesures souhaitées des antennes} */
  @Value.Default
  public long sommeCapacitesAntennes() {
    return 0;
  }

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

  /** {@return vrai si le service appartient à un organisme gestionnaire ({@code org_gestionnaire})} */
  @Value.Default
  public boolean organismeGestionnaire() {
    return false;
  }

  /** {@return nom de l'organisme gestionnaire} */
  public abstract Optional<String> organismeNom();

  /** {@return adresse de l'organisme gestionnaire} */
  public abstract Optional<String> organismeAdresse();

  /** {@return code postal de l'organisme gestionnaire} */
  public abstract Optional<String> organismeCodePostal();

  /** {@return ville de l'organisme gestionnaire} */
  public abstract Optional<String> organismeVille();

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
}
