// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.Optional;
import java.util.Set;

/**
 * Entrée de la liste blanche : un professionnel habilité et le périmètre de son
 * agrément. Trois formes : {@link ListeBlancheIndividuel} (départements, dont le financeur), {@link
 * ListeBlanchePrepose} (établissements, dont celui de rattachement) et {@link ListeBlancheService}
 * (départements), et pour les délégués aux prestations familiales {@link ListeBlancheDpfi}
 * (départements, dont le financeur) et {@link ListeBlancheSdpf} (un département). Les noms et coordonnées de contact ne sont pas portés.
 */
public sealed interface EntreeListeBlanche
    permits AgrementDepartements, AbstractListeBlanchePrepose, AbstractListeBlancheService,
        AbstractListeBlancheSdpf {

  /** {@return identifiant technique de l'entrée} */
  long id();

  /** {@return type de l'entrée} */
  TypeListeBlanche type();

  /** {@return SIRET (exigé pour un individuel et un service ; facultatif pour un préposé)} */
  Optional<Siret> siret();

  /** {@return département de l'adresse de l'entrée} */
  Optional<CodeDepartement> departement();

  /** {@return code postal de l'adresse de l'entrée} */
  Optional<String> codePostal();

  /** {@return ville de l'adresse de l'entrée} */
  Optional<String> ville();

  /**
   * {@return départements couverts par l'habilitation : départements d'agrément (individuel, service) ou
   * départements connus des établissements (préposé), sans doublon, dans l'ordre}
   */
  Set<CodeDepartement> departementsCouverts();
}
