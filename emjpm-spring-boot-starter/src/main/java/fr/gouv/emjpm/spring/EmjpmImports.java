// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.LimitesImport;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Import d'un fichier téléversé (xlsx, xls, ods, CSV ; format reconnu par le contenu) avec les limites
 * {@code emjpm.import.*} et l'instrumentation de l'hôte. Tout ou rien : le résultat porte toutes les
 * mesures à écrire ou toutes les erreurs ; l'hôte les enregistre dans une transaction.
 *
 * <p>Le flux est copié dans un fichier temporaire, supprimé dans tous les cas, en attendant l'import
 * d'un {@link InputStream} par {@link MesuresImporter} ; la copie s'arrête dès que la taille maximale est
 * dépassée (le fichier est alors refusé par la bibliothèque, sans être lu).
 */
public class EmjpmImports {

  private final MesuresImporter importer;
  private final LimitesImport limites;
  private final InstrumentationImport instrumentation;

  /**
   * Imports sur ce moteur.
   *
   * @param engine moteur (horloge, référentiel)
   * @param limites limites appliquées à chaque fichier
   * @param instrumentation enveloppe de chaque import
   */
  public EmjpmImports(EmjpmEngine engine, LimitesImport limites, InstrumentationImport instrumentation) {
    this.importer = MesuresImporter.avec(engine);
    this.limites = Objects.requireNonNull(limites, "limites");
    this.instrumentation = Objects.requireNonNull(instrumentation, "instrumentation");
  }

  /**
   * Limites appliquées à chaque import.
   *
   * @return les limites
   */
  public LimitesImport limites() {
    return limites;
  }

  /**
   * Importe un flux téléversé ; le flux n'est pas fermé.
   *
   * @param flux contenu du fichier
   * @param parametres gestionnaire, antennes, mesures existantes (les limites sont remplacées par
   *     {@link #limites()})
   * @return les mesures à écrire, ou toutes les erreurs (ligne et code)
   * @throws IOException si le flux ne peut être lu ou le fichier temporaire de la bibliothèque écrit
   */
  public Resultat<ImportMesures> importer(InputStream flux, ParametresImport parametres) throws IOException {
    ParametresImport p = parametres.avecLimites(limites);
    return instrumentation.autour(() -> importer.importer(flux, p));
  }
}
