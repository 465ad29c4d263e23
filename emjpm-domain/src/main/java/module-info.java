// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm

/**
 * Modèle du domaine e-MJPM et référentiel embarqué (JDK seul à l'exécution).
 *
 * <p>Seuls les paquets d'API sont exportés. Les paquets {@code internal} ne le sont pas : {@code
 * fr.gouv.emjpm.domain.internal} n'est lisible que par les modules Jackson d'emjpm, et {@code
 * fr.gouv.emjpm.domain.style} (style Immutables) que par {@code fr.gouv.emjpm.rules}. Le référentiel
 * embarqué (fichiers CSV) est lu par les classes de ce module : il reste lisible quel que soit le module
 * de l'hôte.
 */
@SuppressWarnings("module") // exportations qualifiées vers des modules compilés après celui-ci
module fr.gouv.emjpm.domain {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports fr.gouv.emjpm.domain.commun;
  exports fr.gouv.emjpm.domain.direction;
  exports fr.gouv.emjpm.domain.enquete;
  exports fr.gouv.emjpm.domain.etablissement;
  exports fr.gouv.emjpm.domain.gestionnaire;
  exports fr.gouv.emjpm.domain.listeblanche;
  exports fr.gouv.emjpm.domain.mandataire;
  exports fr.gouv.emjpm.domain.mesure;
  exports fr.gouv.emjpm.domain.referentiel;
  exports fr.gouv.emjpm.domain.service;
  exports fr.gouv.emjpm.domain.tribunal;

  exports fr.gouv.emjpm.domain.style to
      fr.gouv.emjpm.rules;
  exports fr.gouv.emjpm.domain.internal to
      fr.gouv.emjpm.io,
      fr.gouv.emjpm.jackson3;
}
