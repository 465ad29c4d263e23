// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import java.io.IOException;

/**
 * Enveloppe autour de chaque import de {@link EmjpmImports} : une observation Micrometer quand
 * Micrometer est présent ({@code emjpm.import.mesures}), rien sinon. L'hôte peut définir la sienne.
 */
@FunctionalInterface
public interface InstrumentationImport {

  /**
   * Exécute l'import, entouré de l'instrumentation.
   *
   * @param appel l'import
   * @return son résultat, inchangé
   * @throws IOException si l'import en lève une
   */
  Resultat<ImportMesures> autour(Appel appel) throws IOException;

  /**
   * Aucune instrumentation.
   *
   * @return l'instrumentation qui exécute l'import tel quel
   */
  static InstrumentationImport aucune() {
    return Appel::executer;
  }

  /** Un import à exécuter. */
  @FunctionalInterface
  interface Appel {
    /**
     * Exécute l'import.
     *
     * @return son résultat
     * @throws IOException si le fichier temporaire ne peut être lu
     */
    Resultat<ImportMesures> executer() throws IOException;
  }
}
