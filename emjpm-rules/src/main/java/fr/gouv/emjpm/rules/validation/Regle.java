// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.List;

/**
 * Une règle métier : vérifie un sujet dans un contexte et rend toutes ses violations (liste vide si
 * la règle est respectée). Une règle ne lève pas d'exception sur une donnée métier.
 *
 * @param <T> type du sujet
 */
@FunctionalInterface
public interface Regle<T> {

  /**
   * Vérifie {@code sujet}.
   *
   * @param sujet l'objet vérifié
   * @param ctx contexte (date du jour, référentiel)
   * @return les violations, vide si la règle est respectée
   */
  List<Violation> verifier(T sujet, ContexteRegles ctx);

  /**
   * Applique toutes les règles d'un catalogue et rassemble leurs violations.
   *
   * @param regles catalogue de règles, appliquées dans l'ordre
   * @param sujet objet vérifié, non nul
   * @param ctx contexte d'évaluation (date du jour, référentiel), non nul
   * @return le rapport de toutes les violations, dans l'ordre des règles
   * @param <T> type du sujet
   */
  static <T> RapportValidation appliquer(List<? extends Regle<? super T>> regles, T sujet, ContexteRegles ctx) {
    java.util.Objects.requireNonNull(sujet, "sujet");
    java.util.Objects.requireNonNull(ctx, "ctx");
    RapportValidation.Builder b = RapportValidation.builder();
    for (Regle<? super T> r : regles) {
      b.ajouterTout(r.verifier(sujet, ctx));
    }
    return b.build();
  }
}
