// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/** Capture de ce qu'imprime un {@code main} d'exemple, et du récit d'un {@code executer}. */
final class SortieStandard {

  private SortieStandard() {}

  /** Action qui peut lever une exception vérifiée. */
  interface Action {
    void lancer() throws Exception;
  }

  /** Texte imprimé sur la sortie standard (UTF-8) pendant l'action. */
  static String capturer(Action action) throws Exception {
    PrintStream avant = System.out;
    ByteArrayOutputStream octets = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(octets, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      action.lancer();
    } finally {
      System.setOut(avant);
    }
    return octets.toString(StandardCharsets.UTF_8);
  }

  /** Résultat d'un {@code executer} et son récit. */
  record Execution<R>(R resultats, String recit) {}

  /** Appelle {@code executer} avec un récit en mémoire. */
  static <R> Execution<R> executer(Function<PrintWriter, R> executer) {
    StringWriter texte = new StringWriter();
    PrintWriter out = new PrintWriter(texte);
    R r = executer.apply(out);
    out.flush();
    return new Execution<>(r, texte.toString());
  }

  /** Exemple qui écrit ses fichiers dans un dossier. */
  interface AvecDossier<R> {
    R executer(Path dossier, PrintWriter out) throws IOException;
  }

  /** Appelle {@code executer} dans {@code dossier} avec un récit en mémoire. */
  static <R> Execution<R> executer(Path dossier, AvecDossier<R> executer) {
    return executer(out -> {
      try {
        return executer.executer(dossier, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
