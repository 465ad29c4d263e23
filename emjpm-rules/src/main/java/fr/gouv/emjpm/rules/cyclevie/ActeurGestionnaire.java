// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Objects;
import java.util.Set;

/**
 * Gestionnaire qui agit sur ses mesures, avec ce que les règles doivent savoir de lui : ses tribunaux
 * préférentiels, les antennes de son service et sa synchronisation OCMI.
 *
 * @param id identifiant du gestionnaire
 * @param tribunauxPreferes tribunaux où il peut créer des mesures
 * @param antennes identifiants des antennes de son service (vide sinon)
 * @param synchronisationOcmi vrai si ses mesures sont synchronisées avec OCMI (donc verrouillées)
 */
public record ActeurGestionnaire(
    GestionnaireId id, Set<TribunalId> tribunauxPreferes, Set<Long> antennes, boolean synchronisationOcmi) {

  /**
   * Copies défensives.
   *
   * @param id identifiant du gestionnaire, non nul
   * @param tribunauxPreferes tribunaux préférentiels, où il peut créer des mesures (copiés)
   * @param antennes identifiants des antennes de son service, vide pour un mandataire (copiés)
   * @param synchronisationOcmi vrai si ses mesures sont synchronisées avec OCMI, donc verrouillées
   */
  public ActeurGestionnaire {
    Objects.requireNonNull(id, "id");
    tribunauxPreferes = Set.copyOf(tribunauxPreferes);
    antennes = Set.copyOf(antennes);
  }

  /**
   * {@return gestionnaire sans synchronisation OCMI}
   *
   * @param id identifiant du gestionnaire, non nul
   * @param tribunauxPreferes tribunaux préférentiels, où il peut créer des mesures
   * @param antennes identifiants des antennes de son service, vide pour un mandataire
   */
  public static ActeurGestionnaire de(GestionnaireId id, Set<TribunalId> tribunauxPreferes, Set<Long> antennes) {
    return new ActeurGestionnaire(id, tribunauxPreferes, antennes, false);
  }

  /**
   * Un mandataire individuel ou préposé : ses tribunaux préférentiels et sa synchronisation OCMI.
   *
   * @param mandataire mandataire individuel ou préposé qui agit
   * @return l'acteur, avec les tribunaux préférentiels et la synchronisation OCMI du mandataire
   */
  public static ActeurGestionnaire de(Mandataire mandataire) {
    return new ActeurGestionnaire(
        mandataire.gestionnaireId(), Set.copyOf(mandataire.tribunauxPreferes()), Set.of(), mandataire.syncOcmi());
  }

  /**
   * Un service mandataire : ses tribunaux préférentiels et ses antennes.
   *
   * @param service service mandataire qui agit
   * @return l'acteur, avec les tribunaux préférentiels et les antennes du service (jamais synchronisé OCMI)
   */
  public static ActeurGestionnaire de(ServiceMandataire service) {
    return new ActeurGestionnaire(
        service.gestionnaireId(),
        Set.copyOf(service.tribunauxPreferes()),
        service.antennes().stream().map(Antenne::id).collect(java.util.stream.Collectors.toSet()),
        false);
  }

  /** {@return vrai pour un service mandataire} */
  public boolean estService() {
    return id.type() == TypeGestionnaire.SERVICE;
  }
}
