// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ce qu'un utilisateur lit (Javadoc, aide de la CLI, messages, ressources, docs) ne renvoie jamais aux
 * fichiers de spécification internes ({@code domain.md}, {@code enquete.md}, {@code reliability.md})
 * ni à une section numérotée {@code §N.N} : il dit la règle, ou cite un fichier {@code docs/…} du
 * dépôt. Seul {@code docs/ecarts.md} garde ses renvois (historique des écarts). Les tests peuvent en
 * garder.
 */
class RenvoisSpecificationsTest {

  /** Un fichier de spécification (pas {@code docs/formats/enquete.md} ni {@code cli-enquete.md}), ou § suivi d'un chiffre. */
  static final Pattern RENVOI =
      Pattern.compile("(?<![\\w-])(?<!formats/)(?:domain|enquete|reliability)\\.md|§\\s?\\d");

  private static final Set<String> RACINE_LUE = Set.of("README.md", "CONTRIBUTING.md", "SECURITY.md");
  private static final Set<String> IGNORES = Set.of(".git", "target", "node_modules", ".mvn");

  /**
   * Racine du dépôt : en partant du répertoire du module (celui où Maven lance les tests), le plus haut
   * ancêtre d'une chaîne continue de répertoires qui ont un {@code pom.xml}, c'est-à-dire le pom parent.
   */
  static Path racineDuDepot(Path depart) {
    Path courant = depart.toAbsolutePath().normalize();
    while (!Files.isRegularFile(courant.resolve("pom.xml")) && courant.getParent() != null) {
      courant = courant.getParent();
    }
    Path racine = courant;
    while (racine.getParent() != null && Files.isRegularFile(racine.getParent().resolve("pom.xml"))) {
      racine = racine.getParent();
    }
    return racine;
  }

  /** Vrai si le fichier, relatif à la racine, est lu par un utilisateur et doit être vérifié. */
  static boolean estVerifie(Path relatif) {
    String r = relatif.toString().replace('\\', '/');
    if (r.equals("docs/ecarts.md")) {
      return false;
    }
    return RACINE_LUE.contains(r) || r.startsWith("docs/") || r.contains("/src/main/") || r.startsWith("src/main/");
  }

  /** Renvois trouvés dans un texte, avec leur numéro de ligne. */
  static List<String> renvois(String texte) {
    List<String> r = new ArrayList<>();
    String[] lignes = texte.split("\n", -1);
    for (int i = 0; i < lignes.length; i++) {
      Matcher m = RENVOI.matcher(lignes[i]);
      while (m.find()) {
        r.add((i + 1) + ": " + m.group());
      }
    }
    return r;
  }

  private static Optional<String> texte(Path fichier) throws IOException {
    byte[] octets = Files.readAllBytes(fichier);
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(octets))
          .toString();
      return s.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(s); // binaire (classeur, archive)
    } catch (CharacterCodingException e) {
      return Optional.empty(); // binaire
    }
  }

  @Test
  void racineTrouveeDepuisLeModule() {
    Path racine = racineDuDepot(Path.of(""));
    assertThat(racine.resolve("pom.xml")).isRegularFile();
    assertThat(racine.resolve("docs")).isDirectory();
    assertThat(racine.resolve("emjpm-examples/pom.xml")).isRegularFile();
    assertThat(racineDuDepot(racine.resolve("emjpm-io/src/main/java"))).isEqualTo(racine);
  }

  @Test
  void leDetecteurVoitLesRenvoisEtLaisseLesFichiersDuDepot() {
    assertThat(renvois("Règle (domain.md §7.3).")).containsExactly("1: domain.md", "1: §7");
    assertThat(renvois("a\nvoir `enquete.md` et reliability.md R-POI-1")).containsExactly("2: enquete.md", "2: reliability.md");
    assertThat(renvois("§ 12.4")).hasSize(1);
    assertThat(renvois("docs/formats/enquete.md, docs/cli-enquete.md, emjpm-enquete.md, § seul, 5 §")).isEmpty();
    assertThat(estVerifie(Path.of("docs/ecarts.md"))).isFalse();
    assertThat(estVerifie(Path.of("CHANGELOG.md"))).isFalse();
    assertThat(estVerifie(Path.of("emjpm-io/src/test/java/A.java"))).isFalse();
    assertThat(estVerifie(Path.of("docs/formats/ocmi.md"))).isTrue();
    assertThat(estVerifie(Path.of("README.md"))).isTrue();
    assertThat(estVerifie(Path.of("emjpm-rules/src/main/resources/x/enquete-fields.json"))).isTrue();
  }

  @Test
  void aucunRenvoiAuxSpecificationsDansCeQueLitUnUtilisateur() throws IOException {
    Path racine = racineDuDepot(Path.of(""));
    List<String> fautes = new ArrayList<>();
    int lus = 0;
    List<Path> fichiers;
    try (Stream<Path> s = Files.walk(racine)) {
      fichiers = s.filter(p -> IGNORES.stream().noneMatch(i -> aPourSegment(racine.relativize(p), i)))
          .filter(Files::isRegularFile)
          .filter(p -> estVerifie(racine.relativize(p)))
          .sorted()
          .toList();
    }
    for (Path f : fichiers) {
      Optional<String> t = texte(f);
      if (t.isEmpty()) {
        continue;
      }
      lus++;
      for (String r : renvois(t.get())) {
        fautes.add(racine.relativize(f) + ":" + r);
      }
    }
    assertThat(lus).as("fichiers lus").isGreaterThan(300);
    assertThat(fautes).as("renvois aux spécifications internes (dire la règle, ou citer docs/…)").isEmpty();
  }

  private static boolean aPourSegment(Path relatif, String nom) {
    for (Path segment : relatif) {
      if (segment.toString().equals(nom)) {
        return true;
      }
    }
    return false;
  }
}
