// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chaque package de code de production de chaque module a un {@code package-info.java} qui dit, en
 * Javadoc, ce qui y vit, et qui déclare {@code @NullMarked} (JSpecify). Les sources sont lues depuis
 * le dépôt (ce module est lancé depuis son répertoire, les autres modules sont à côté).
 */
class PackageInfoTest {

  private static Set<Path> packages(Path racine) throws IOException {
    Set<Path> r = new TreeSet<>();
    try (Stream<Path> s = Files.walk(racine)) {
      // module-info.java (racine des sources) n'appartient à aucun package
      s.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("module-info.java"))
          .forEach(p -> r.add(p.getParent()));
    }
    return r;
  }

  @Test
  void chaquePackageADocumentationEtNullMarked() throws IOException {
    Path depot = Path.of("").toAbsolutePath().getParent();
    List<String> fautes = new ArrayList<>();
    int vus = 0;
    try (Stream<Path> modules = Files.list(depot)) {
      for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("emjpm-")).toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        for (Path p : packages(sources)) {
          vus++;
          Path info = p.resolve("package-info.java");
          if (!Files.exists(info)) {
            fautes.add(depot.relativize(p) + " : pas de package-info.java");
            continue;
          }
          String texte = Files.readString(info, StandardCharsets.UTF_8);
          int doc = texte.indexOf("/**");
          int fin = texte.indexOf("*/", doc + 3);
          if (doc < 0 || fin < 0 || texte.substring(doc + 3, fin).replaceAll("[\\s*]", "").length() < 20) {
            fautes.add(depot.relativize(info) + " : pas de Javadoc qui dise ce qui vit là");
          }
          if (!texte.contains("@NullMarked")) {
            fautes.add(depot.relativize(info) + " : pas de @NullMarked");
          }
        }
      }
    }
    assertThat(vus).as("packages examinés").isGreaterThan(30);
    assertThat(fautes).isEmpty();
  }
}
