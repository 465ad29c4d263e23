// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import fr.gouv.emjpm.domain.listeblanche.EntreeListeBlanche;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.Optional;

/**
 * Construction des {@link FicheGestionnaire} à partir des entités du domaine : l'équivalent des vues
 * {@code view_lb_tis} et {@code view_mesure_gestionnaire_departement} de l'original. Classe utilitaire sans état, thread-safe.
 */
final class Fiches {

  private Fiches() {}

  /**
   * {@return fiche d'un mandataire individuel ou préposé}
   *
   * @param mandataire le mandataire
   * @param nom nom affiché (« NOM Prénom », porté par le compte utilisateur, hors du modèle)
   * @param listeBlanche son entrée de liste blanche : départements d'agrément (individuel) ou des
   *     établissements (préposé) ; absente = habilitation non vérifiée, aucun département
   */
  public static FicheGestionnaire de(
      Mandataire mandataire, String nom, Optional<? extends EntreeListeBlanche> listeBlanche) {
    FicheGestionnaire.Builder b =
        FicheGestionnaire.builder()
            .id(mandataire.gestionnaireId())
            .nom(nom)
            .mesuresMax(mandataire.dispoMax())
            .suspendu(mandataire.suspendu())
            .habilite(listeBlanche.isPresent() || mandataire.listeBlancheId().isPresent())
            .position(position(mandataire.latitude(), mandataire.longitude()))
            .siret(mandataire.siret().map(Siret::valeur))
            .codePostal(mandataire.codePostal())
            .ville(mandataire.ville())
            .adresse(mandataire.adresseLocalisation())
            .addAllTribunauxPreferes(mandataire.tribunauxPreferes());
    listeBlanche.ifPresent(lb -> b.addAllDepartements(lb.departementsCouverts()));
    return b.build();
  }

  /**
   * Fiche d'un service mandataire, avec ses antennes et ses départements ({@code service_departements}).
   *
   * @param service service mandataire
   * @return la fiche du service, toujours habilité, avec ses antennes et ses départements
   */
  public static FicheGestionnaire de(ServiceMandataire service) {
    FicheGestionnaire.Builder b =
        FicheGestionnaire.builder()
            .id(service.gestionnaireId())
            .nom(service.nom())
            .mesuresMax(service.dispoMax())
            .suspendu(service.suspendu())
            .habilite(true)
            .position(position(service.latitude(), service.longitude()))
            .siret(service.siret().map(Siret::valeur))
            .codePostal(service.codePostal())
            .ville(service.ville())
            .adresse(service.adresseLocalisation())
            .addAllDepartements(service.departements())
            .addAllTribunauxPreferes(service.tribunauxPreferes());
    for (Antenne a : service.antennes()) {
      b.addAntennes(antenne(a));
    }
    return b.build();
  }

  /**
   * Fiche d'une antenne.
   *
   * @param antenne antenne d'un service
   * @return la fiche de l'antenne (sans position si ses coordonnées sont absentes ou invalides)
   */
  public static FicheAntenne antenne(Antenne antenne) {
    return FicheAntenne.builder()
        .id(antenne.id())
        .nom(antenne.nom())
        .departement(antenne.departement())
        .mesuresMax(antenne.mesuresMax())
        .position(position(antenne.latitude(), antenne.longitude()))
        .build();
  }

  private static Optional<Position> position(Optional<Double> lat, Optional<Double> lon) {
    if (lat.isPresent() && lon.isPresent() && Position.estValide(lat.get(), lon.get())) {
      return Optional.of(Position.of(lat.get(), lon.get()));
    }
    return Optional.empty();
  }
}
