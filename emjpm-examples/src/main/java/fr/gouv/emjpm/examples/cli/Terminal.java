// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * La sortie d'erreur est-elle un terminal ? {@code System.console()} ne répond que pour l'entrée et la
 * sortie standard ensemble (faux dès que la sortie standard est redirigée, {@code --json > f}) ; sous
 * Linux, on lit donc la cible du descripteur 2 ({@code /proc/self/fd/2}) : un pseudo-terminal
 * ({@code /dev/pts/N}) ou une console ({@code /dev/ttyN}, {@code /dev/console}). Sans {@code /proc}
 * (macOS, Windows), repli sur {@code System.console()}.
 */
final class Terminal {

  /** Lien du descripteur de la sortie d'erreur du processus (Linux). */
  static final Path DESCRIPTEUR_ERREUR = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /** Vrai si la sortie d'erreur du processus est un terminal. */
  static boolean sortieErreur() {
    return estUnTerminal(cible(DESCRIPTEUR_ERREUR), () -> System.console() != null);
  }

  /**
   * Décision : la cible du descripteur si elle est connue, sinon le repli.
   *
   * @param cible cible du lien du descripteur, vide si illisible
   * @param repli réponse quand la cible est inconnue
   */
  static boolean estUnTerminal(Optional<String> cible, BooleanSupplier repli) {
    return cible.map(Terminal::designeUnTerminal).orElseGet(repli::getAsBoolean);
  }

  /** Vrai pour un chemin de terminal : {@code /dev/pts/N}, {@code /dev/tty…}, {@code /dev/console}. */
  static boolean designeUnTerminal(String cible) {
    return cible.startsWith("/dev/pts/") || cible.startsWith("/dev/tty") || cible.equals("/dev/console");
  }

  /** Cible d'un lien symbolique, vide s'il n'existe pas ou ne se lit pas. */
  static Optional<String> cible(Path lien) {
    try {
      return Optional.of(Files.readSymbolicLink(lien).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }
}
