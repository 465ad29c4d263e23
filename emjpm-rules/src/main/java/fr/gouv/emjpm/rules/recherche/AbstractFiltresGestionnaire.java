// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filtres de la liste du juge et de la recherche de proximité, tous
 * facultatifs et combinés par ET. Immuable et thread-safe (classe générée {@code
 * FiltresGestionnaire}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFiltresGestionnaire {

  /** {@return type de gestionnaire (« Tous les types » si absent)} */
  public abstract Optional<TypeGestionnaire> type();

  /** {@return « Département d'habilitation »} */
  public abstract Optional<CodeDepartement> departementHabilitation();

  /** {@return « Habilitation vérifiée par la DD » seulement} */
  @Value.Default
  public boolean habilitesSeulement() {
    return false;
  }

  /** {@return « Souhaitant recevoir des mesures en provenance de votre tribunal » seulement} */
  @Value.Default
  public boolean preferesSeulement() {
    return false;
  }

  /** {@return « Ayant des places disponibles » seulement} */
  @Value.Default
  public boolean disponiblesSeulement() {
    return false;
  }

  /**
   * {@return vrai si la fiche passe les filtres}
   *
   * @param fiche le gestionnaire
   * @param prefere s'il a déclaré le tribunal du juge parmi ses préférés
   * @param disponible s'il a des places disponibles
   */
  public boolean accepte(FicheGestionnaire fiche, boolean prefere, boolean disponible) {
    return type().map(t -> t == fiche.type()).orElse(true)
        && departementHabilitation().map(fiche::estHabiliteDans).orElse(true)
        && (!habilitesSeulement() || fiche.habilite())
        && (!preferesSeulement() || prefere)
        && (!disponiblesSeulement() || disponible);
  }
}
