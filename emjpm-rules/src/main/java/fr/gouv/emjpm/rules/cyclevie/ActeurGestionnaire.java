// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Objects;
import java.util.Set;

/**
 * Gestionnaire qui agit sur ses mesures, avec ce que les règles doivent savoir de lui : ses tribunaux
 * préférentiels (§1.12), les antennes de son service et sa synchronisation OCMI (§3.12).
 *
 * @param id identifiant du gestionnaire
 * @param tribunauxPreferes tribunaux où il peut créer des mesures
 * @param antennes identifiants des antennes de son service (vide sinon)
 * @param synchronisationOcmi vrai si ses mesures sont synchronisées avec OCMI (donc verrouillées)
 */
public record ActeurGestionnaire(
    GestionnaireId id, Set<TribunalId> tribunauxPreferes, Set<Long> antennes, boolean synchronisationOcmi) {

  /** Copies défensives. */
  public ActeurGestionnaire {
    Objects.requireNonNull(id, "id");
    tribunauxPreferes = Set.copyOf(tribunauxPreferes);
    antennes = Set.copyOf(antennes);
  }

  /** Gestionnaire sans synchronisation OCMI. */
  public static ActeurGestionnaire de(GestionnaireId id, Set<TribunalId> tribunauxPreferes, Set<Long> antennes) {
    return new ActeurGestionnaire(id, tribunauxPreferes, antennes, false);
  }

  /** Vrai pour un service mandataire. */
  public boolean estService() {
    return id.type() == TypeGestionnaire.SERVICE;
  }
}
