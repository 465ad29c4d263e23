// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Outils communs aux exemples : sortie du récit en UTF-8 et moteur à horloge fixe. */
final class Recit {

  /** Instant fixe des exemples (15 mars 2024, 10 h à Paris). */
  static final Instant INSTANT = Instant.parse("2024-03-15T09:00:00Z");

  private Recit() {}

  /** Moteur à horloge fixe ({@link #INSTANT}, fuseau de Paris) et référentiel embarqué. */
  static EmjpmEngine moteur() {
    return EmjpmEngine.builder()
        .clock(Clock.fixed(INSTANT, EmjpmEngine.FUSEAU_PARIS))
        .referentiel(Referentiel.embarque())
        .build();
  }

  /** Imprime le récit sur la sortie standard, en UTF-8, puis vide le tampon. */
  static void imprimer(Consumer<PrintWriter> exemple) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    exemple.accept(out);
    out.flush();
  }

  /** Exemple qui écrit ses fichiers dans un dossier. */
  @FunctionalInterface
  interface AvecDossier {
    void executer(Path dossier, PrintWriter out) throws IOException;
  }

  /** Imprime le récit d'un exemple qui travaille dans un dossier temporaire, supprimé ensuite. */
  static void imprimerDansUnDossierTemporaire(String prefixe, AvecDossier exemple) throws IOException {
    Path dossier = Files.createTempDirectory(prefixe);
    try {
      imprimer(out -> {
        try {
          exemple.executer(dossier, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } finally {
      supprimer(dossier);
    }
  }

  /** Supprime un dossier temporaire et son contenu (au mieux). */
  static void supprimer(Path dossier) throws IOException {
    List<Path> chemins;
    try (Stream<Path> s = Files.walk(dossier)) {
      chemins = s.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : chemins) {
      Files.deleteIfExists(p);
    }
  }
}
