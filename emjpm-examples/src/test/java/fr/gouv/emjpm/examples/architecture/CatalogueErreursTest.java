// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.gouv.emjpm.domain.commun.CodeViolation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Chaque code stable (constante d'une énumération de production qui implémente {@link CodeViolation})
 * a sa ligne dans {@code docs/erreurs.md}, et aucun code n'est défini deux fois.
 */
class CatalogueErreursTest {

  @Test
  void chaqueCodeEstDocumenteEtUnique() throws Exception {
    String catalogue = Files.readString(Path.of("..", "docs", "erreurs.md"), StandardCharsets.UTF_8);
    List<String> manquants = new ArrayList<>();
    Set<String> vus = new HashSet<>();
    List<String> doublons = new ArrayList<>();
    int enums = 0;
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.gouv.emjpm")) {
      if (!c.isEnum() || !c.isAssignableTo(CodeViolation.class)) {
        continue;
      }
      enums++;
      for (Object constante : c.reflect().getEnumConstants()) {
        String code = ((CodeViolation) constante).code();
        if (!vus.add(code)) {
          doublons.add(code);
        }
        if (!catalogue.contains("`" + code + "`") && !catalogue.contains("| " + code + " |")) {
          manquants.add(c.getSimpleName() + "." + code);
        }
      }
    }
    assertThat(enums).isGreaterThanOrEqualTo(9);
    assertThat(manquants).as("codes sans ligne dans docs/erreurs.md").isEmpty();
    assertThat(doublons).as("codes définis deux fois").isEmpty();
  }
}
