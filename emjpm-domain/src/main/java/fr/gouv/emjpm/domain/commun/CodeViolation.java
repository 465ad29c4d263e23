// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

/**
 * Code stable d'une violation : chaque module a son énumération qui implémente cette interface
 * ({@code CodeDomaine} ici, {@code CodeRegle} dans emjpm-rules, {@code CodeImport} dans emjpm-io).
 *
 * <p>Un code n'est jamais réutilisé pour une autre signification ; il est documenté dans {@code
 * docs/erreurs.md}.
 */
public interface CodeViolation {

  /** {@return code stable, en majuscules, par exemple {@code RG_TROP_COURT}} */
  String code();

  /** {@return gravité par défaut des violations portant ce code} */
  Gravite gravite();

  /**
   * {@return modèle du message français ; les paramètres nommés {@code {nom}} sont remplacés par les arguments
   * de la violation}
   */
  String modele();
}
