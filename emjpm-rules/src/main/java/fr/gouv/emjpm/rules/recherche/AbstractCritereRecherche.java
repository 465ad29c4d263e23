// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.internal.Pages;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Critères de la liste du juge pour son tribunal. Immuable et thread-safe (classe
 * générée {@code CritereRecherche}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractCritereRecherche {

  /** Taille de page de l'original. */
  static final int TAILLE_PAGE = 20;

  /** {@return tribunal du juge} */
  public abstract TribunalId tribunal();

  /** {@return département du tribunal} */
  public abstract CodeDepartement departementTribunal();

  /** {@return texte libre (SIRET, nom, code postal, ville, adresse, courriel)} */
  public abstract Optional<String> texte();

  /** {@return filtres} */
  @Value.Default
  public FiltresGestionnaire filtres() {
    return FiltresGestionnaire.builder().build();
  }

  /** {@return tri demandé ; par défaut pertinence s'il y a un texte, sinon disponibilité} */
  public abstract Optional<TriRecherche> tri();

  /** {@return numéro de page, à partir de 1} */
  @Value.Default
  public int page() {
    return 1;
  }

  /** {@return taille de page (20 par défaut)} */
  @Value.Default
  public int taillePage() {
    return TAILLE_PAGE;
  }

  /** {@return tri appliqué} */
  public TriRecherche triEffectif() {
    return tri()
        .orElseGet(
            () ->
                texte().map(TexteRecherche::de).filter(t -> !t.estVide()).isPresent()
                    ? TriRecherche.PERTINENCE
                    : TriRecherche.DISPONIBILITE);
  }

  /**
   * Numéro de page ≥ 1 et taille de page dans [1, 1000], toutes les violations rassemblées.
   *
   * @throws fr.gouv.emjpm.domain.commun.ParametresInvalides codes {@code PAGE_INVALIDE}, {@code TAILLE_PAGE_INVALIDE} ; construire
   *     dans {@link fr.gouv.emjpm.domain.commun.Parametres#construire} pour un {@code Resultat}
   */
  @Value.Check
  void verifier() {
    Pages.verifier(page(), taillePage());
  }
}
