// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelanceDemoTest {

  private static final Optional<String> JAVA = Optional.of("/opt/jdk/bin/java");

  @Test
  void demo_relancee_avec_c1_seul_memes_options_meme_chemin_memes_arguments() {
    assertThat(RelanceDemo.commande(JAVA, List.of("-Xmx1g", "-Dfile.encoding=UTF-8"), "emjpm.jar",
        new String[] {"demo", "--sortie", "images"}))
        .contains(List.of("/opt/jdk/bin/java", "-Xmx1g", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1",
            "-Demjpm.demo.relance=fille", "-cp", "emjpm.jar", EmjpmCli.class.getName(), "demo", "--sortie", "images"));
  }

  @Test
  void pas_de_relance_si_le_compilateur_est_deja_choisi_ou_un_outil_attache() {
    for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:agent.jar",
        "-XX:ArchiveClassesAtExit=emjpm.jsa", "-XX:StartFlightRecording=filename=demo.jfr")) {
      assertThat(RelanceDemo.commande(JAVA, List.of("-Xmx1g", option), "emjpm.jar", new String[] {"demo"}))
          .as(option).isEmpty();
    }
  }

  @Test
  void pas_de_relance_sans_executable_ni_chemin_de_classes() {
    assertThat(RelanceDemo.commande(Optional.empty(), List.of(), "emjpm.jar", new String[] {"demo"})).isEmpty();
    assertThat(RelanceDemo.commande(JAVA, List.of(), "", new String[] {"demo"})).isEmpty();
  }

  @Test
  void seule_la_demo_est_relancee() {
    // aucune JVM fille pour les autres commandes, ni sans commande
    assertThat(RelanceDemo.relancer(new String[] {"rg", "21/00167"})).isEmpty();
    assertThat(RelanceDemo.relancer(new String[] {})).isEmpty();
  }

  @Test
  void la_jvm_des_tests_deja_en_c1_ne_relance_pas() {
    // l'argLine des tests porte -XX:TieredStopAtLevel=1 : la démonstration tournerait dans cette JVM
    assertThat(RelanceDemo.commande(new String[] {"demo"})).isEmpty();
  }
}
