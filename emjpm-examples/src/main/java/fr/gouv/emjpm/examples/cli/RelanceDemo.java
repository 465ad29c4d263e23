// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code java -jar emjpm.jar demo} : la démonstration est un programme court (quelques secondes) dont
 * le compilateur optimisant de la JVM (C2) double le temps processeur sans avoir le temps de rembourser
 * ses compilations ; sur 2 cœurs partagés, il en double aussi la durée. Un jar ne peut pas porter
 * d'options de JVM : la commande {@code demo} se relance donc une fois dans une JVM fille avec
 * {@code -XX:TieredStopAtLevel=1} (compilateur C1 seul, l'option des outils de développement), mêmes
 * options de JVM, même chemin de classes, mêmes flux, même code de sortie. Rien n'est relancé si la JVM
 * a déjà une option de compilation ({@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation},
 * {@code -Xint}…) ou un outil attaché (débogueur, agent, JFR, archive CDS écrite à la sortie), si la
 * propriété {@code emjpm.demo.relance} est donnée ({@code -Demjpm.demo.relance=non}), ou si la relance est
 * impossible : la démonstration tourne alors dans la JVM courante. Mesures : docs/performance.md, section « Démo ».
 */
final class RelanceDemo {

  /** Propriété système : {@code non} interdit la relance ; {@code fille} marque la JVM relancée. */
  static final String PROPRIETE = "emjpm.demo.relance";

  /**
   * Options de la JVM courante qui empêchent la relance : choix du compilateur déjà fait, ou outil attaché
   * à ce processus (débogueur, agent, enregistrement JFR, archive CDS écrite à la sortie, journaux).
   */
  private static final List<String> INCHANGEES = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
      "-XX:+TieredCompilation", "-Xint", "-Xcomp", "-XX:CICompilerCount", "-agentlib", "-agentpath", "-javaagent",
      "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-XX:StartFlightRecording", "-Xlog", "-Xrun");

  private RelanceDemo() {}

  /**
   * Relance la démonstration dans une JVM fille au compilateur C1 seul, si c'est utile et possible.
   *
   * @param args arguments de la ligne de commande
   * @return le code de sortie de la JVM fille, ou vide si la démonstration doit tourner ici
   */
  static OptionalInt relancer(String[] args) {
    if (args.length == 0 || !args[0].equals("demo") || System.getProperty(PROPRIETE) != null) {
      return OptionalInt.empty();
    }
    Optional<List<String>> commande = commande(args);
    if (commande.isEmpty()) {
      return OptionalInt.empty();
    }
    Process fille;
    try {
      fille = new ProcessBuilder(commande.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(fille.waitFor());
    } catch (InterruptedException e) {
      fille.destroy();
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }

  /** Commande de la JVM fille pour la JVM courante, ou vide si elle ne doit pas être relancée. */
  static Optional<List<String>> commande(String[] args) {
    List<String> options;
    try {
      options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
    return commande(ProcessHandle.current().info().command(), options, System.getProperty("java.class.path", ""), args);
  }

  /**
   * Commande de la JVM fille : même exécutable, mêmes options de JVM plus {@code -XX:TieredStopAtLevel=1},
   * même chemin de classes, mêmes arguments.
   *
   * @param java exécutable de la JVM courante (vide s'il est inconnu)
   * @param options options de la JVM courante
   * @param chemin chemin de classes
   * @param args arguments de la ligne de commande
   * @return la commande, ou vide si une option interdit la relance ou si l'exécutable ou le chemin manque
   */
  static Optional<List<String>> commande(Optional<String> java, List<String> options, String chemin, String[] args) {
    if (java.isEmpty() || chemin.isEmpty() || options.stream().anyMatch(o -> INCHANGEES.stream().anyMatch(o::startsWith))) {
      return Optional.empty();
    }
    List<String> c = new ArrayList<>();
    c.add(java.get());
    c.addAll(options);
    c.add("-XX:TieredStopAtLevel=1");
    c.add("-D" + PROPRIETE + "=fille");
    c.add("-cp");
    c.add(chemin);
    c.add(EmjpmCli.class.getName());
    c.addAll(List.of(args));
    return Optional.of(c);
  }
}
