// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EmjpmCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Sortie(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  static Sortie lancer(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EmjpmCli.executer(args, new PrintWriter(out), new PrintWriter(err));
    return new Sortie(code, out.toString(), err.toString());
  }

  @Test
  void aideListeLesCommandes() {
    Sortie s = lancer("--help");
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("demo", "rg", "referentiel");
  }

  @Test
  void lAideDePicocliEstEnFrancais() {
    for (String[] args : new String[][] {{"--help"}, {"mesures", "importer", "--help"}, {"help", "help"}}) {
      Sortie s = lancer(args);
      assertThat(s.code()).isZero();
      assertThat(s.out()).contains("Utilisation : emjpm", "-h, --help")
          .doesNotContain("Usage:", "Show this help", "Print version", "Display help", "Show usage help", "The COMMAND");
    }
    assertThat(lancer("--help").out()).contains("Affiche cette aide et termine.", "Affiche la version et termine.",
        "Commandes :", "help           Affiche l'aide d'une commande.");
    assertThat(lancer("mesures", "importer", "--help").out()).contains("Affiche cette aide et termine.",
        "Affiche la version et termine.");
    Sortie version = lancer("-V");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("emjpm ");
  }

  @Test
  void versionLueDansLeManifesteEtCompletionBash() throws Exception {
    // hors jar (classes des tests) : pas de manifeste, la version n'est pas inventée
    assertThat(VersionCli.lire(EmjpmCli.class.getPackage())).isEqualTo("(version de développement)");
    // dans un jar : Implementation-Version du manifeste (celui de picocli, chargé depuis son jar)
    assertThat(VersionCli.lire(picocli.CommandLine.class.getPackage())).isEqualTo(picocli.CommandLine.VERSION);
    String script = picocli.AutoComplete.bash("emjpm", new picocli.CommandLine(new EmjpmCli()));
    assertThat(script).contains("demo", "mesures", "referentiel", "--json");
    // --json déclaré une seule fois (mixin) mais proposé par chaque commande qui l'accepte
    assertThat(new picocli.CommandLine(new EmjpmCli()).getSubcommands().get("rg").getSubcommands().get("normaliser")
        .getCommandSpec().findOption("--json")).isNotNull();
  }

  @Test
  void rgNormaliserJson() throws Exception {
    Sortie s = lancer("rg", "normaliser", "21/00167", "RG234534", "--json");
    assertThat(s.code()).isZero();
    JsonNode a = s.json();
    assertThat(a).hasSize(2);
    assertThat(a.get(0).get("entree").asText()).isEqualTo("21/00167");
    assertThat(a.get(0).get("normalise").asText()).isEqualTo("02100167");
    assertThat(a.get(0).get("valide").asBoolean()).isFalse();
    assertThat(a.get(1).get("valide").asBoolean()).isTrue();
  }

  @Test
  void rgNormaliserTexte() {
    Sortie s = lancer("rg", "normaliser", "12a34567x");
    assertThat(s.out()).contains("12a34567x -> 12A34567");
  }

  @Test
  void erreurUtilisationCode2EnFrancais() {
    Sortie s = lancer("rg", "normaliser", "--inconnue");
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("Erreur d'utilisation");
    Sortie sansArgument = lancer("rg", "normaliser");
    assertThat(sansArgument.code()).isEqualTo(2);
    assertThat(sansArgument.err()).contains("paramètre obligatoire manquant");
  }

  @Test
  void communesDUnCodePostal() throws Exception {
    Sortie s = lancer("referentiel", "communes", "20200", "--json");
    assertThat(s.code()).isZero();
    JsonNode a = s.json();
    assertThat(a.size()).isGreaterThan(1);
    for (JsonNode c : a) {
      assertThat(c.get("code_postal").asText()).isEqualTo("20200");
      assertThat(c.get("departement").asText()).isEqualTo("2B");
      assertThat(c.has("code_insee") && c.has("nom") && c.has("latitude") && c.has("longitude")).isTrue();
    }
  }

  @Test
  void codePostalMalFormeRefuseAvecCode1() {
    Sortie s = lancer("referentiel", "communes", "ABCDE");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("code postal");
  }

  @Test
  void tribunauxDuNord() throws Exception {
    Sortie s = lancer("referentiel", "tribunaux", "--departement", "59", "--json");
    assertThat(s.code()).isZero();
    JsonNode a = s.json();
    assertThat(a.size()).isGreaterThan(5);
    for (JsonNode t : a) {
      assertThat(t.get("departement").asText()).isEqualTo("59");
    }
    Sortie tous = lancer("referentiel", "tribunaux", "--json");
    assertThat(tous.json().size()).isEqualTo(294);
  }

  @Test
  void demoDocumenteSonRepertoireDeSortie() {
    // La démo complète (effectifs du référentiel compris) est exécutée par DemoCommandeTest, dans un
    // répertoire temporaire : ici, seulement son aide.
    Sortie s = lancer("demo", "--help");
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("--sortie=DIR", "emjpm-demo", "Nord (59)");
  }

  /** Commande de test qui échoue d'une exception non prévue dont le message porte une donnée. */
  @picocli.CommandLine.Command(name = "plante")
  static final class Plante implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Option(names = "--erreur")
    boolean erreur;

    @Override
    public Integer call() {
      if (erreur) {
        throw new StackOverflowError("CANARI-Dupont");
      }
      throw new IllegalStateException("CANARI-Dupont");
    }
  }

  @Test
  void uneExceptionNonPreveueSortAvecLeCode70EtUneLigneEnFrancais() {
    for (String[] args : new String[][] {{}, {"--erreur"}}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = EmjpmCli.executer(new Plante(), args, new PrintWriter(out), new PrintWriter(err));
      assertThat(code).isEqualTo(EmjpmCli.ERREUR_INTERNE).isEqualTo(70).isNotEqualTo(EmjpmCli.REFUS);
      assertThat(err.toString().strip()).isEqualTo(EmjpmCli.MESSAGE_ERREUR_INTERNE).doesNotContain("\n");
      assertThat(err.toString() + out).doesNotContain("CANARI", "Exception", "at fr.");
    }
  }
}
