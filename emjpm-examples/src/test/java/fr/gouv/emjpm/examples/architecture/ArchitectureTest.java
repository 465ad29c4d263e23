// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Règles d'architecture sur le code de production de tous les modules (ce module est le seul qui les
 * voit tous) : dépendances entre modules, packages internes, accès à l'horloge et à la locale par défaut,
 * polymorphisme Jackson par nom de classe.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importer() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.gouv.emjpm");
  }

  @Test
  void lImportVoitChaqueModule() {
    for (String module : new String[] {"domain", "rules", "io", "testkit", "examples"}) {
      org.assertj.core.api.Assertions.assertThat(
              production.stream()
                  .filter(c -> c.getPackageName().startsWith("fr.gouv.emjpm." + module))
                  .count())
          .as(module)
          .isGreaterThan(0);
    }
    org.assertj.core.api.Assertions.assertThat(
            production.stream().anyMatch(c -> c.getSimpleName().equals("ContreExemples")))
        .isFalse();
  }

  @Test
  void leDomaineNeDependQueDuJdkEtDAnnotations() {
    noClasses()
        .that()
        .resideInAPackage("fr.gouv.emjpm.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.jspecify..", "org.immutables..", "fr.gouv.emjpm.domain..")
        .check(production);
  }

  @Test
  void lesReglesNeTouchentPasAuxEntreesSorties() {
    noClasses()
        .that()
        .resideInAPackage("fr.gouv.emjpm.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "fr.gouv.emjpm.io..", "org.apache.poi..", "com.fasterxml.jackson..", "org.slf4j..")
        .check(production);
  }

  @Test
  void lesModulesDeBaseNeDependentPasDesModulesSuperieurs() {
    noClasses()
        .that()
        .resideInAPackage("fr.gouv.emjpm.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("fr.gouv.emjpm.rules..", "fr.gouv.emjpm.io..", "fr.gouv.emjpm.testkit..")
        .check(production);
    noClasses()
        .that()
        .resideInAnyPackage("fr.gouv.emjpm.domain..", "fr.gouv.emjpm.rules..", "fr.gouv.emjpm.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("fr.gouv.emjpm.examples..", "fr.gouv.emjpm.testkit..")
        .check(production);
  }

  @Test
  void aucunPackageInterneNestUtiliseHorsDeSonModule() {
    for (String module : new String[] {"rules", "io", "testkit"}) {
      String racine = "fr.gouv.emjpm." + module + "..";
      noClasses()
          .that()
          .resideOutsideOfPackage(racine)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("fr.gouv.emjpm." + module + "..internal..")
          .check(production);
    }
    // domaine : seul l'arbre neutre des mesures (MesureArbre) sert aux deux modules Jackson
    String[] modulesJackson = {"fr.gouv.emjpm.io.json..", "fr.gouv.emjpm.jackson3.."};
    noClasses()
        .that()
        .resideOutsideOfPackage("fr.gouv.emjpm.domain..")
        .and()
        .resideOutsideOfPackages(modulesJackson)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("fr.gouv.emjpm.domain..internal..")
        .check(production);
    noClasses()
        .that()
        .resideInAnyPackage(modulesJackson)
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.gouv.emjpm.domain..internal..")
                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                        fr.gouv.emjpm.domain.internal.MesureArbre.class))))
        .check(production);
  }

  @Test
  void horlogeMuraleSeulementDansLeConstructeurDuMoteur() {
    regleHorloge().check(production);
  }

  @Test
  void lesReglesDetectentLesContreExemples() {
    JavaClasses fautives = new ClassFileImporter().importClasses(ContreExemples.class);
    assertThatThrownBy(() -> regleHorloge().check(fautives)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> regleLocale().check(fautives)).isInstanceOf(AssertionError.class);
  }

  private static com.tngtech.archunit.lang.ArchRule regleHorloge() {
    DescribedPredicate<JavaCall<?>> horlogeMurale =
        DescribedPredicate.describe(
            "lecture de l'horloge murale",
            appel -> {
              String proprietaire = appel.getTargetOwner().getName();
              String nom = appel.getName();
              int nbParametres = appel.getTarget().getRawParameterTypes().size();
              boolean nowSansHorloge =
                  nom.equals("now")
                      && nbParametres == 0
                      && proprietaire.startsWith("java.time.");
              boolean horlogeSysteme =
                  proprietaire.equals("java.time.Clock")
                      && (nom.equals("systemDefaultZone") || nom.equals("systemUTC"));
              boolean millis =
                  proprietaire.equals("java.lang.System") && nom.equals("currentTimeMillis");
              return nowSansHorloge || horlogeSysteme || millis;
            });
    return noClasses()
        .that()
        .doNotHaveFullyQualifiedName("fr.gouv.emjpm.rules.EmjpmEngine$Builder")
        .should()
        .callMethodWhere(horlogeMurale);
  }

  @Test
  void jamaisLaLocaleParDefaut() {
    regleLocale().check(production);
  }

  private static com.tngtech.archunit.lang.ArchRule regleLocale() {
    DescribedPredicate<JavaCall<?>> localeParDefaut =
        DescribedPredicate.describe(
            "formatage ou changement de casse selon la locale par défaut",
            appel -> {
              String proprietaire = appel.getTargetOwner().getName();
              String nom = appel.getName();
              var params = appel.getTarget().getRawParameterTypes();
              boolean casse =
                  proprietaire.equals("java.lang.String")
                      && (nom.equals("toUpperCase") || nom.equals("toLowerCase"))
                      && params.isEmpty();
              boolean format =
                  (proprietaire.equals("java.lang.String") && nom.equals("format")
                          || proprietaire.equals("java.lang.String") && nom.equals("formatted"))
                      && (params.isEmpty() || !params.get(0).getName().equals("java.util.Locale"));
              boolean localeDefaut =
                  proprietaire.equals("java.util.Locale") && nom.equals("getDefault");
              return casse || format || localeDefaut;
            });
    return noClasses().should().callMethodWhere(localeParDefaut);
  }

  @Test
  void pasDePolymorphismeJacksonParNomDeClasse() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "activation du typage par défaut de Jackson",
                appel ->
                    appel.getTargetOwner().getName().startsWith("com.fasterxml.jackson")
                        && (appel.getName().equals("activateDefaultTyping")
                            || appel.getName().equals("enableDefaultTyping")
                            || appel.getName().equals("activateDefaultTypingAsProperty"))))
        .check(production);
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
        .check(production);
  }
}
