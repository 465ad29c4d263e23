// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Point d'entrée de la CLI {@code emjpm}. Codes de sortie : 0 succès, 1 entrée refusée (violations), 2
 * erreur d'utilisation ou d'entrée/sortie. Messages d'erreur en français sur la sortie d'erreur ; avec
 * {@code --json}, les données sortent en JSON UTF-8 (clés snake_case) sur la sortie standard.
 */
@Command(
    name = "emjpm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCli.class,
    description = "Bibliothèque e-MJPM : démonstration et outils en ligne de commande.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommande.class,
      RgCommande.class,
      EnqueteCommande.class,
      ReferentielCommande.class,
      MesuresCommande.class,
      ProximiteCommande.class,
      DisponibiliteCommande.class,
      RechercheCommande.class
    })
public final class EmjpmCli implements Runnable {

  /** Succès. */
  public static final int OK = 0;

  /** Entrée refusée avec des violations. */
  public static final int REFUS = 1;

  /** Erreur d'utilisation ou d'entrée/sortie. */
  public static final int ERREUR = 2;

  /**
   * Erreur interne (exception non prévue) : code distinct d'un refus, {@code EX_SOFTWARE} de
   * {@code sysexits.h} ; une ligne en français, jamais de pile d'appels ni de message de bibliothèque.
   */
  public static final int ERREUR_INTERNE = 70;

  /** Message de l'erreur interne, sans détail (un message d'exception peut porter une donnée). */
  static final String MESSAGE_ERREUR_INTERNE =
      "Erreur interne d'emjpm : l'opération n'a pas abouti (code 70). Signalez-la avec la commande utilisée.";

  /** Textes français de l'aide fournie par picocli ({@code -h}, {@code -V}, {@code help}, titres). */
  static final String AIDE = "fr.gouv.emjpm.examples.cli.aide";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Lance la CLI et termine la JVM avec le code de sortie. */
  public static void main(String[] args) {
    // demo : relancée une fois au compilateur C1 seul (voir RelanceDemo)
    java.util.OptionalInt relance = RelanceDemo.relancer(args);
    if (relance.isPresent()) {
      System.exit(relance.getAsInt());
    }
    System.exit(executer(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Exécute la CLI sur des flux donnés (utilisé par les tests) et rend le code de sortie.
   *
   * @param args arguments
   * @param out sortie standard
   * @param err sortie d'erreur
   * @return code de sortie (0, 1, 2, ou 70 pour une erreur interne)
   */
  public static int executer(String[] args, PrintWriter out, PrintWriter err) {
    return executer(new EmjpmCli(), args, out, err);
  }

  /** Exécute {@code commande} (la CLI, ou une commande de test) avec la gestion des erreurs de la CLI. */
  static int executer(Object commande, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(commande);
    cl.setResourceBundle(ResourceBundle.getBundle(AIDE, Locale.ROOT));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("Erreur d'utilisation : " + Messages.traduire(ex));
          err.println("Voir : emjpm " + ex.getCommandLine().getCommandName() + " --help");
          return ERREUR;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, r) -> {
          if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            err.println("Erreur d'entrée/sortie : " + ex.getMessage());
            return ERREUR;
          }
          if (ex instanceof ErreurUtilisateur eu) {
            err.println(eu.getMessage());
            return eu.code();
          }
          err.println(MESSAGE_ERREUR_INTERNE);
          return ERREUR_INTERNE;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
      // erreur levée hors de l'exécution d'une commande (ou Error, que picocli laisse passer)
      err.println(MESSAGE_ERREUR_INTERNE);
      code = ERREUR_INTERNE;
    }
    out.flush();
    err.flush();
    return code;
  }
}
