// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.valeurs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Types valeur (issue 8) : {@code equals}/{@code hashCode} cohérents ({@link EqualsTester}), refus propre
 * de {@code null} par toutes les méthodes et constructeurs publics ({@link NullPointerTester}, appliqué
 * par balayage à CHAQUE type public des modules publiés, pour qu'un nouveau type soit couvert d'office),
 * et aucun type public sérialisable (hors énumérations et exceptions).
 */
class TypesValeurTest {
  private static final String[] PUBLIES = {"fr.gouv.emjpm.domain", "fr.gouv.emjpm.rules", "fr.gouv.emjpm.io",
      "fr.gouv.emjpm.testkit"};

  private static List<Class<?>> typesPublics() throws ClassNotFoundException {
    List<Class<?>> r = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PUBLIES)) {
      if (c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getName().contains("internal")) {
        Class<?> t = Class.forName(c.getName(), false, TypesValeurTest.class.getClassLoader());
        if (Modifier.isPublic(t.getModifiers())) {
          r.add(t);
        }
      }
    }
    return r;
  }

  @Test
  void aucunTypePublicNEstSerialisable() throws Exception {
    List<String> fautes = new ArrayList<>();
    List<Class<?>> types = typesPublics();
    for (Class<?> t : types) {
      // un module Jackson est sérialisable par héritage de com.fasterxml.jackson.databind.Module
      if (Serializable.class.isAssignableFrom(t) && !t.isEnum() && !Throwable.class.isAssignableFrom(t)
          && !com.fasterxml.jackson.databind.Module.class.isAssignableFrom(t)
          && !(t.getSuperclass() != null && t.getSuperclass().isEnum())) {
        fautes.add(t.getName());
      }
    }
    assertThat(types).hasSizeGreaterThan(150);
    assertThat(fautes).isEmpty();
  }

  /** Valeurs par défaut non nulles des paramètres, pour que NullPointerTester n'essaie que null. */
  static NullPointerTester testeur() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(NumeroRg.class, NumeroRg.normalise("21A00167"));
    t.setDefault(Siret.class, Siret.of("17590111500709"));
    t.setDefault(CodePostal.class, CodePostal.of("59000"));
    t.setDefault(CodeInsee.class, CodeInsee.of("59350"));
    t.setDefault(CodeDepartement.class, CodeDepartement.of("59"));
    t.setDefault(GestionnaireId.class, GestionnaireId.individuel(1));
    t.setDefault(TribunalId.class, TribunalId.of("1"));
    t.setDefault(MesureId.class, MesureId.of(1));
    t.setDefault(Mesure.class, MesureFixtures.tutelleEnCours());
    t.setDefault(Referentiel.class, Referentiel.embarque());
    t.setDefault(LocalDate.class, LocalDate.of(2024, 3, 15));
    t.setDefault(Instant.class, Instant.parse("2024-03-15T10:00:00Z"));
    t.setDefault(ZoneId.class, ZoneId.of("Europe/Paris"));
    t.setDefault(ContexteRegles.class, EmjpmEngine.builder().build().contexte());
    t.setDefault(ReponseEnquete.class, ReponseEnquete.vide(TypeEnquete.SERVICE));
    t.setDefault(Violation.class, Violation.de(fr.gouv.emjpm.domain.commun.CodeDomaine.values()[0], ""));
    t.setDefault(Resultat.class, Resultat.succes(1));
    t.setDefault(ValeurReponse.class, ValeurReponse.entier(1));
    t.setDefault(CampagneEnquete.class, new CampagneEnquete(2021, LocalDate.of(2021, 6, 30)));
    t.setDefault(fr.gouv.emjpm.domain.mandataire.Mandataire.class, fr.gouv.emjpm.testkit.GestionnaireFixtures.individuelParis());
    t.setDefault(fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire.class,
        fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire.de(fr.gouv.emjpm.testkit.GestionnaireFixtures.individuelParis()));
    t.setDefault(fr.gouv.emjpm.rules.cyclevie.Juge.class, fr.gouv.emjpm.rules.cyclevie.Juge.magistrat(TribunalId.of("1"), 1));
    t.setDefault(fr.gouv.emjpm.rules.validation.SaisieMesure.class, fr.gouv.emjpm.rules.validation.SaisieMesure.builder().build());
    t.setDefault(fr.gouv.emjpm.rules.cyclevie.FormulaireAcceptation.class,
        fr.gouv.emjpm.rules.cyclevie.FormulaireAcceptation.builder().build());
    t.setDefault(fr.gouv.emjpm.rules.cyclevie.FormulaireEtat.class, fr.gouv.emjpm.rules.cyclevie.FormulaireEtat.builder().build());
    t.setDefault(fr.gouv.emjpm.rules.disponibilite.Disponibilite.class, new fr.gouv.emjpm.rules.disponibilite.Disponibilite(10, 2, 1, false));
    t.setDefault(fr.gouv.emjpm.rules.proximite.Position.class, fr.gouv.emjpm.rules.proximite.Position.of(50.6, 3.06));
    t.setDefault(fr.gouv.emjpm.rules.enquete.BaremesRevenus.class, fr.gouv.emjpm.rules.enquete.BaremesRevenus.originaux());
    t.setDefault(fr.gouv.emjpm.rules.enquete.ArbreStatutEnquete.class,
        fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete.standard().statut(ReponseEnquete.vide(TypeEnquete.SERVICE)));
    t.setDefault(fr.gouv.emjpm.rules.enquete.VuesDirection.Perimetre.class,
        fr.gouv.emjpm.rules.enquete.VuesDirection.Perimetre.departement(CodeDepartement.of("59")));
    t.setDefault(fr.gouv.emjpm.io.mesures.LimitesImport.class, fr.gouv.emjpm.io.mesures.LimitesImport.parDefaut());
    t.setDefault(fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire.class, fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire
        .builder().id(GestionnaireId.individuel(1)).nom("A").mesuresMax(10).build());
    t.setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2024, 3));
    t.setDefault(fr.gouv.emjpm.rules.listes.FiltreAntenne.class, fr.gouv.emjpm.rules.listes.FiltreAntenne.toutes());
    t.setDefault(fr.gouv.emjpm.rules.listes.PageMesures.class,
        new fr.gouv.emjpm.rules.listes.PageMesures(List.of(), 1, 20, 0));
    t.setDefault(fr.gouv.emjpm.rules.enquete.LigneReponseEnquete.class, new fr.gouv.emjpm.rules.enquete.LigneReponseEnquete(
        1, TypeEnquete.SERVICE, fr.gouv.emjpm.domain.enquete.StatutReponse.SOUMIS, java.util.Optional.empty(),
        Instant.parse("2024-03-15T10:00:00Z"), java.util.Optional.empty(), java.util.Optional.empty(), "A",
        java.util.Optional.empty()));
    t.setDefault(fr.gouv.emjpm.domain.etablissement.CoordonneesProjetees.class,
        new fr.gouv.emjpm.domain.etablissement.CoordonneesProjetees(700_000, 6_600_000, java.util.Optional.empty()));
    t.setDefault(fr.gouv.emjpm.domain.etablissement.NumeroFiness.class,
        fr.gouv.emjpm.domain.etablissement.NumeroFiness.of("010000024"));
    t.setDefault(fr.gouv.emjpm.domain.etablissement.PointWgs84.class,
        new fr.gouv.emjpm.domain.etablissement.PointWgs84(46.5, 3));
    t.setDefault(fr.gouv.emjpm.domain.etablissement.Etablissement.class, fr.gouv.emjpm.domain.etablissement.Etablissement
        .builder().numeroFiness(fr.gouv.emjpm.domain.etablissement.NumeroFiness.of("010000024")).raisonSociale("CH")
        .departement(CodeDepartement.of("01")).build());
    t.setDefault(fr.gouv.emjpm.domain.direction.Direction.class, fr.gouv.emjpm.domain.direction.Direction.nationale());
    t.setDefault(fr.gouv.emjpm.rules.enquete.ConsolidationEnquete.Totaux.class,
        fr.gouv.emjpm.rules.enquete.ConsolidationEnquete.pour(TypeEnquete.SERVICE, 2021).totaux());
    t.setDefault(fr.gouv.emjpm.rules.cyclevie.CourrielAnnulation.class, new fr.gouv.emjpm.rules.cyclevie.CourrielAnnulation(
        java.util.Optional.empty(), TribunalId.of("1"), fr.gouv.emjpm.domain.mesure.NatureMesure.TUTELLE,
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
    t.setDefault(fr.gouv.emjpm.rules.cyclevie.CourrielNouvelleMesure.class, new fr.gouv.emjpm.rules.cyclevie.CourrielNouvelleMesure(
        TribunalId.of("1"), java.util.Optional.empty(), fr.gouv.emjpm.domain.mesure.NatureMesure.TUTELLE,
        java.util.Optional.empty(), fr.gouv.emjpm.domain.mesure.Civilite.MADAME, 1950, java.util.Optional.empty(), false, false));
    return t;
  }

  /**
   * Types valeur : tous les types publics du domaine, et dans les autres modules les records et les
   * classes générées par Immutables (constructeur {@code builder()} statique et {@code copyOf}).
   */
  static boolean estTypeValeur(Class<?> c) {
    if (c.getPackageName().startsWith("fr.gouv.emjpm.domain")) {
      return true;
    }
    if (c.isRecord()) {
      return true;
    }
    return java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals("copyOf")
        && Modifier.isStatic(m.getModifiers()));
  }

  @Test
  void methodesStatiquesEtConstructeursDesTypesValeurRefusentNull() throws Exception {
    NullPointerTester t = testeur();
    List<String> fautes = new ArrayList<>();
    List<String> testes = new ArrayList<>();
    for (Class<?> c : typesPublics()) {
      if (!estTypeValeur(c) || (c.isInterface() && c.getDeclaredMethods().length == 0)) {
        continue;
      }
      try {
        t.testAllPublicStaticMethods(c);
        t.testAllPublicConstructors(c);
        testes.add(c.getSimpleName());
      } catch (AssertionError | RuntimeException e) {
        fautes.add(c.getName() + " : " + e.getMessage());
      }
    }
    assertThat(testes).hasSizeGreaterThan(100).contains("NumeroRg", "Mesure", "Violation", "Transition",
        "IdentiteRepondant", "ParametresImport", "GroupeOcmi");
    assertThat(fautes).isEmpty();
  }

  @Test
  void methodesDInstanceDesTypesValeur() {
    NullPointerTester t = testeur();
    for (Object o : List.of(NumeroRg.normalise("21A00167"), Siret.of("17590111500709"), CodePostal.of("59000"),
        CodeInsee.of("59350"), CodeDepartement.of("59"), GestionnaireId.individuel(1), TribunalId.of("1"),
        MesureId.of(1), MesureFixtures.tutelleEnCours(), RapportValidation.vide(),
        ReponseEnquete.vide(TypeEnquete.SERVICE), new CampagneEnquete(2021, LocalDate.of(2021, 6, 30)))) {
      t.testAllPublicInstanceMethods(o);
    }
  }

  /** Deux fabriques d'une même valeur (égales) et une fabrique d'une autre valeur. */
  private record Cas(String nom, Supplier<Object> a, Supplier<Object> b) {}

  @Test
  void egaliteEtHachageDesTypesValeur() {
    Violation v1 = Violation.de(fr.gouv.emjpm.domain.commun.CodeDomaine.values()[0], "/a");
    List<Cas> cas = List.of(
        new Cas("NumeroRg", () -> NumeroRg.normalise("21A00167"), () -> NumeroRg.normalise("21A00168")),
        new Cas("Siret", () -> Siret.of("17590111500709"), () -> Siret.of("17750111101383")),
        new Cas("CodePostal", () -> CodePostal.of("59000"), () -> CodePostal.of("20200")),
        new Cas("CodeInsee", () -> CodeInsee.of("59350"), () -> CodeInsee.of("2A004")),
        new Cas("CodeDepartement", () -> CodeDepartement.of("59"), () -> CodeDepartement.of("2A")),
        new Cas("GestionnaireId", () -> GestionnaireId.individuel(1), () -> GestionnaireId.service(1)),
        new Cas("TribunalId", () -> TribunalId.of("1"), () -> TribunalId.of("2")),
        new Cas("MesureId", () -> MesureId.of(1), () -> MesureId.of(2)),
        new Cas("Mesure", MesureFixtures::tutelleEnCours, () -> MesureFixtures.tutelleEnCours().withAnneeNaissance(1961)),
        new Cas("Violation", () -> v1, () -> new Violation(v1.code(), Gravite.AVERTISSEMENT, "/b", v1.message(), Map.of())),
        new Cas("RapportValidation", () -> RapportValidation.de(v1), RapportValidation::vide),
        new Cas("Resultat", () -> Resultat.succes(1), () -> Resultat.succes(2)),
        new Cas("ValeurReponse", () -> ValeurReponse.entier(3), () -> ValeurReponse.texte("3")),
        new Cas("ReponseEnquete", () -> ReponseEnquete.vide(TypeEnquete.SERVICE), () -> ReponseEnquete.vide(TypeEnquete.PREPOSE)),
        new Cas("CampagneEnquete", () -> new CampagneEnquete(2021, LocalDate.of(2021, 6, 30)),
            () -> new CampagneEnquete(2022, LocalDate.of(2022, 6, 30))),
        new Cas("DepartementAgrement", () -> DepartementAgrement.of(CodeDepartement.of("59")),
            () -> DepartementAgrement.financeur(CodeDepartement.of("59"))));
    for (Cas c : cas) {
      new EqualsTester().addEqualityGroup(c.a().get(), c.a().get()).addEqualityGroup(c.b().get()).testEquals();
    }
    assertThat(cas).hasSize(16);
  }
}
