// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.rules.internal.Textes;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Adresse géocodée choisie dans un formulaire (réponse de la base adresse nationale) : libellé, code
 * postal, ville, département, latitude et longitude. Immuable et thread-safe (classe générée {@code
 * AdresseGeocodee}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractAdresseGeocodee {

  /** {@return libellé complet de l'adresse} */
  public abstract Optional<String> libelle();

  /** {@return code postal} */
  public abstract Optional<String> codePostal();

  /** {@return ville} */
  public abstract Optional<String> ville();

  /** {@return code du département} */
  public abstract Optional<String> departement();

  /**
   * Latitude WGS84.
   *
   * @return latitude
   */
  public abstract Optional<Double> latitude();

  /**
   * Longitude WGS84.
   *
   * @return longitude
   */
  public abstract Optional<Double> longitude();

  /**
   * Vrai si l'adresse est complète comme l'exigeait l'original : libellé, ville et département non
   * vides, latitude et longitude présentes et non nulles (0 comptait comme absent).
   *
   * @return vrai si l'adresse géocodée est complète
   */
  public final boolean estComplete() {
    return Textes.renseigne(libelle()) && Textes.renseigne(ville()) && Textes.renseigne(departement())
        && latitude().filter(v -> v != 0 && Double.isFinite(v)).isPresent()
        && longitude().filter(v -> v != 0 && Double.isFinite(v)).isPresent();
  }
}
