// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import picocli.CommandLine.Option;

/**
 * Option {@code --json} commune aux commandes (mixin picocli) : les données sortent en JSON UTF-8 (clés
 * snake_case) sur la sortie standard, les messages d'erreur restent en français sur la sortie d'erreur.
 */
final class SortieJson {

  @Option(names = "--json", description = "Sortie JSON (UTF-8, clés snake_case) sur la sortie standard.")
  private boolean actif;

  /** {@return vrai si {@code --json} est demandé} */
  boolean actif() {
    return actif;
  }
}
