// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm

/**
 * Règles métier e-MJPM : validation, cycle de vie, disponibilités, statistiques, proximité, moteur
 * ({@link fr.gouv.emjpm.rules.EmjpmEngine}).
 *
 * <p>Seuls les paquets d'API sont exportés ; {@code fr.gouv.emjpm.rules.internal} et {@code
 * fr.gouv.emjpm.rules.enquete.internal} ne le sont pas. Le catalogue d'enquête embarqué est lu par
 * {@link fr.gouv.emjpm.rules.enquete.CatalogueEnquete}, classe de ce module.
 */
@SuppressWarnings("requires-automatic") // JTS n'a pas de descripteur de module (nom : org.locationtech.jts)
module fr.gouv.emjpm.rules {
  requires transitive fr.gouv.emjpm.domain;
  requires org.locationtech.jts;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports fr.gouv.emjpm.rules;
  exports fr.gouv.emjpm.rules.cyclevie;
  exports fr.gouv.emjpm.rules.disponibilite;
  exports fr.gouv.emjpm.rules.editeur;
  exports fr.gouv.emjpm.rules.enquete;
  exports fr.gouv.emjpm.rules.etablissement;
  exports fr.gouv.emjpm.rules.listeblanche;
  exports fr.gouv.emjpm.rules.listes;
  exports fr.gouv.emjpm.rules.profil;
  exports fr.gouv.emjpm.rules.proximite;
  exports fr.gouv.emjpm.rules.recherche;
  exports fr.gouv.emjpm.rules.statistiques;
  exports fr.gouv.emjpm.rules.validation;
}
