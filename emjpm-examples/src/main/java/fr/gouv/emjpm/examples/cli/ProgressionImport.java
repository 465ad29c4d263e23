// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * Progression de {@code mesures importer} sur la sortie d'erreur : seulement si elle est un terminal
 * ({@link Terminal#sortieErreur()}) et au-delà de {@value #SEUIL} lignes lues (la bibliothèque rappelle
 * tous les 1 000 lignes). La ligne est effacée à la fin. Une par import, non thread-safe.
 */
final class ProgressionImport implements LongConsumer {

  /** Nombre de lignes lues au-delà duquel la progression s'affiche. */
  static final long SEUIL = 5_000;

  private final PrintWriter err;
  private final boolean terminal;
  private int largeur;

  ProgressionImport(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Décision : afficher la progression après {@code lues} lignes ? */
  static boolean afficher(boolean terminal, long lues) {
    return terminal && lues > SEUIL;
  }

  @Override
  public void accept(long lues) {
    if (afficher(terminal, lues)) {
      String ligne = "  import : " + DemoImport.nombre(lues) + " lignes lues";
      largeur = Math.max(largeur, ligne.length());
      err.print("\r" + ligne);
      err.flush();
    }
  }

  /** Efface la ligne de progression si elle a été affichée. */
  void terminer() {
    if (largeur > 0) {
      err.print("\r" + " ".repeat(largeur) + "\r");
      err.flush();
    }
  }
}
