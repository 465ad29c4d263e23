// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import fr.gouv.emjpm.domain.listeblanche.ListeBlancheService;
import fr.gouv.emjpm.domain.service.ServiceMandataire;

/**
 * Point d'entrée de la liste blanche : règles du formulaire, création du service, journal, lien
 * d'habilitation. Sans état, thread-safe.
 */
public final class ListeBlanche {

  private static final ListeBlanche STANDARD = new ListeBlanche();

  private ListeBlanche() {}

  /** {@return liste blanche standard} */
  public static ListeBlanche standard() {
    return STANDARD;
  }

  /**
   * Règles du formulaire de chaque type d'entrée.
   *
   * @return règles du formulaire
   */
  public ReglesListeBlanche regles() {
    return ReglesListeBlanche.standard();
  }

  /** {@return journal des changements} */
  public JournalListeBlanche journal() {
    return JournalListeBlanche.standard();
  }

  /**
   * Lien « habilitation vérifiée » entre un compte et une entrée.
   *
   * @return règles du lien
   */
  public HabilitationVerifiee habilitation() {
    return HabilitationVerifiee.standard();
  }

  /**
   * Service mandataire créé avec une entrée de type service : même nom, SIRET, code postal, ville et
   * départements ; les deux restent liés par le SIRET. Capacité souhaitée à 0, sans antenne ni tribunal
   * préférentiel (le service les renseigne dans son profil).
   *
   * @param entree entrée de liste blanche du service
   * @param serviceId identifiant attribué au service par l'hôte, strictement positif
   * @return le service à enregistrer
   */
  public ServiceMandataire creerService(ListeBlancheService entree, long serviceId) {
    return ServiceMandataire.builder()
        .id(serviceId)
        .nom(entree.nom())
        .siret(entree.siret())
        .codePostal(entree.codePostal())
        .ville(entree.ville())
        .addAllDepartements(entree.departements())
        .build();
  }
}
