// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.domain.commun.CodeParametre;
import fr.gouv.emjpm.domain.commun.ParametresInvalides;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.ArrayList;
import java.util.List;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paramètres d'une recherche « à proximité d'une localisation » : rayon (300 km par
 * défaut, comme l'original mais en vrais kilomètres), nombre maximal de résultats (20 par défaut),
 * filtres de la liste du juge et, pour le filtre « préféré », le tribunal du juge. Immuable et
 * thread-safe (classe générée {@code RequeteProximite}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractRequeteProximite {

  /** Rayon par défaut de l'original. */
  static final double RAYON_DEFAUT_KM = 300.0;

  /** Nombre maximal de résultats par défaut. */
  static final int MAX_DEFAUT = 20;

  /** {@return rayon de recherche en kilomètres} */
  @Value.Default
  public double rayonKm() {
    return RAYON_DEFAUT_KM;
  }

  /** {@return nombre maximal de résultats} */
  @Value.Default
  public int nombreMax() {
    return MAX_DEFAUT;
  }

  /** {@return filtres (type, département d'habilitation, habilitation, préféré, disponibles)} */
  @Value.Default
  public FiltresGestionnaire filtres() {
    return FiltresGestionnaire.builder().build();
  }

  /** {@return tribunal du juge, pour l'étoile et le filtre « préféré »} */
  public abstract Optional<TribunalId> tribunal();

  /**
   * Rayon positif ou nul (ni négatif ni NaN), nombre maximal positif ou nul.
   *
   * @throws ParametresInvalides codes {@code RAYON_INVALIDE}, {@code NOMBRE_INVALIDE} ; construire dans
   *     {@link fr.gouv.emjpm.domain.commun.Parametres#construire} pour un {@code Resultat}
   */
  @Value.Check
  void verifier() {
    List<Violation> v = new ArrayList<>();
    if (!(rayonKm() >= 0.0)) {
      v.add(Violation.de(CodeParametre.RAYON_INVALIDE, "rayonKm"));
    }
    if (nombreMax() < 0) {
      v.add(Violation.de(CodeParametre.NOMBRE_INVALIDE, "nombreMax"));
    }
    ParametresInvalides.leverSi(v);
  }
}
