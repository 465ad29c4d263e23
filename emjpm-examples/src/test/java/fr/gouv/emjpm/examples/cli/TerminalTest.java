// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Détection d'un terminal sur la sortie d'erreur et décision d'afficher la progression d'un import. */
class TerminalTest {

  @TempDir Path dossier;

  @Test
  void seulsLesCheminsDeTerminalSontDesTerminaux() {
    assertThat(Terminal.designeUnTerminal("/dev/pts/3")).isTrue();
    assertThat(Terminal.designeUnTerminal("/dev/tty1")).isTrue();
    assertThat(Terminal.designeUnTerminal("/dev/tty")).isTrue();
    assertThat(Terminal.designeUnTerminal("/dev/console")).isTrue();
    assertThat(Terminal.designeUnTerminal("/tmp/import.log")).isFalse();
    assertThat(Terminal.designeUnTerminal("/dev/null")).isFalse();
    assertThat(Terminal.designeUnTerminal("pipe:[48213]")).isFalse();
    assertThat(Terminal.designeUnTerminal("socket:[1]")).isFalse();
  }

  @Test
  void leRepliNeSertQueSiLaCibleEstInconnue() {
    AtomicInteger appels = new AtomicInteger();
    assertThat(Terminal.estUnTerminal(Optional.of("/dev/pts/0"), () -> appels.incrementAndGet() < 0)).isTrue();
    assertThat(Terminal.estUnTerminal(Optional.of("pipe:[1]"), () -> appels.incrementAndGet() > 0)).isFalse();
    assertThat(appels).hasValue(0);
    assertThat(Terminal.estUnTerminal(Optional.empty(), () -> true)).isTrue();
    assertThat(Terminal.estUnTerminal(Optional.empty(), () -> false)).isFalse();
  }

  @Test
  void laCibleEstLueDansLeLienDuDescripteur() throws Exception {
    Path pts = Files.createSymbolicLink(dossier.resolve("2"), Path.of("/dev/pts/7"));
    assertThat(Terminal.cible(pts)).contains("/dev/pts/7");
    assertThat(Terminal.estUnTerminal(Terminal.cible(pts), () -> false)).isTrue();
    Path fichier = Files.writeString(dossier.resolve("sortie.txt"), "");
    Path versFichier = Files.createSymbolicLink(dossier.resolve("fd2"), fichier);
    assertThat(Terminal.estUnTerminal(Terminal.cible(versFichier), () -> true)).isFalse();
    assertThat(Terminal.cible(dossier.resolve("absent"))).isEmpty();
    assertThat(Terminal.cible(fichier)).isEmpty(); // pas un lien
  }

  @Test
  void laProgressionNApparaitQueSurUnTerminalAuDelaDe5000Lignes() {
    assertThat(ProgressionImport.afficher(false, 100_000)).isFalse();
    assertThat(ProgressionImport.afficher(true, 5_000)).isFalse();
    assertThat(ProgressionImport.afficher(true, 5_001)).isTrue();

    StringWriter sansTerminal = new StringWriter();
    ProgressionImport p = new ProgressionImport(new PrintWriter(sansTerminal, true), false);
    for (long n = 1_000; n <= 10_000; n += 1_000) {
      p.accept(n);
    }
    p.terminer();
    assertThat(sansTerminal.toString()).isEmpty();

    StringWriter terminal = new StringWriter();
    ProgressionImport q = new ProgressionImport(new PrintWriter(terminal, true), true);
    for (long n = 1_000; n <= 5_000; n += 1_000) {
      q.accept(n);
    }
    assertThat(terminal.toString()).isEmpty();
    q.accept(6_000);
    assertThat(terminal.toString()).isEqualTo("\r  import : 6 000 lignes lues");
    q.terminer();
    assertThat(terminal.toString()).endsWith("\r" + " ".repeat("  import : 6 000 lignes lues".length()) + "\r");

    StringWriter court = new StringWriter();
    ProgressionImport r = new ProgressionImport(new PrintWriter(court, true), true);
    r.accept(1_000);
    r.terminer();
    assertThat(court.toString()).isEmpty();
  }
}
