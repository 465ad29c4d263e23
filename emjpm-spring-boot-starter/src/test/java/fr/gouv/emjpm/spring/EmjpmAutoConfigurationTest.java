// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.jackson3.EmjpmJackson3Module;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.TransitionLot;
import fr.gouv.emjpm.testkit.MesureFixtures;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class EmjpmAutoConfigurationTest {

  /** Deux lignes valides au format de l'import (CSV UTF-8, point-virgule). */
  static final String CSV = "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret\n"
      + "01/02/2020;tutelle aux biens;59000;Lille;F;1950;21/00167;D1;A domicile;17590111500709\n"
      + "28/02/2020;tutelle;59100;Roubaix;H;1948;21B00168;;domicile;17590111500709\n";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(EmjpmAutoConfiguration.class));

  @Test
  void sansBeanDeLHoteLeMoteurPrendLHorlogeSystemeDeParisEtLeReferentielEmbarque() {
    runner.run(ctx -> {
      EmjpmEngine engine = ctx.getBean(EmjpmEngine.class);
      assertThat(engine.clock().getZone()).isEqualTo(EmjpmEngine.FUSEAU_PARIS);
      assertThat(engine.referentiel()).isSameAs(Referentiel.embarque());
      assertThat(ctx).hasSingleBean(EmjpmImports.class)
          .hasSingleBean(EmjpmJackson3Module.class)
          .hasSingleBean(ConvertisseursEmjpm.GestionnaireIdConverter.class)
          .hasSingleBean(ConvertisseursEmjpm.NumeroRgConverter.class)
          .hasSingleBean(ConvertisseursEmjpm.CodePostalConverter.class)
          .hasSingleBean(ConvertisseursEmjpm.CodeMetierConverter.class)
          .doesNotHaveBean(TachesQuotidiennesPlanifiees.class)
          .doesNotHaveBean(EmjpmProblemesHandler.class)
          .doesNotHaveBean(InstrumentationImport.class);
      assertThat(ctx.getBean(EmjpmImports.class).limites()).isEqualTo(fr.gouv.emjpm.io.mesures.LimitesImport.parDefaut());
    });
  }

  @Test
  void leMoteurUtiliseLHorlogeEtLeReferentielDeLHote() {
    Clock fixe = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    Referentiel delegue = (Referentiel) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Referentiel.class}, (p, m, a) -> m.invoke(Referentiel.embarque(), a));
    runner.withBean(Clock.class, () -> fixe).withBean(Referentiel.class, () -> delegue).run(ctx -> {
      EmjpmEngine engine = ctx.getBean(EmjpmEngine.class);
      assertThat(engine.clock()).isSameAs(fixe);
      assertThat(engine.referentiel()).isSameAs(delegue);
      assertThat(engine.aujourdhui()).isEqualTo(LocalDate.of(2024, 1, 2));
    });
  }

  @Test
  void chaqueBeanReculeDevantCeluiDeLHote() {
    EmjpmEngine sien = EmjpmEngine.builder().build();
    EmjpmJackson3Module module = new EmjpmJackson3Module(Referentiel.embarque());
    ConvertisseursEmjpm.NumeroRgConverter rg = new ConvertisseursEmjpm.NumeroRgConverter();
    InstrumentationImport instr = InstrumentationImport.aucune();
    runner.withBean(EmjpmEngine.class, () -> sien)
        .withBean(EmjpmJackson3Module.class, () -> module)
        .withBean(ConvertisseursEmjpm.NumeroRgConverter.class, () -> rg)
        .withBean(InstrumentationImport.class, () -> instr)
        .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
        .run(ctx -> {
          assertThat(ctx.getBean(EmjpmEngine.class)).isSameAs(sien);
          assertThat(ctx.getBean(EmjpmJackson3Module.class)).isSameAs(module);
          assertThat(ctx.getBean(ConvertisseursEmjpm.NumeroRgConverter.class)).isSameAs(rg);
          assertThat(ctx.getBean(InstrumentationImport.class)).isSameAs(instr);
          assertThat(ctx).doesNotHaveBean(ObservationImport.class);
        });
    EmjpmImports imports = new EmjpmImports(sien, fr.gouv.emjpm.io.mesures.LimitesImport.parDefaut(), instr);
    runner.withBean(EmjpmImports.class, () -> imports)
        .run(ctx -> assertThat(ctx.getBean(EmjpmImports.class)).isSameAs(imports));
  }

  @Test
  void lesLimitesDImportViennentDesProprietes() {
    runner.withPropertyValues("emjpm.import.taille-max=1MB", "emjpm.import.lignes-max=10",
        "emjpm.import.colonnes-max=20", "emjpm.import.cellule-max=300",
        "emjpm.import.chaines-partagees-max=1000", "emjpm.import.delai=5s").run(ctx -> {
          var l = ctx.getBean(EmjpmImports.class).limites();
          assertThat(l.tailleMax()).isEqualTo(DataSize.ofMegabytes(1).toBytes());
          assertThat(l.lignesMax()).isEqualTo(10);
          assertThat(l.colonnesMax()).isEqualTo(20);
          assertThat(l.celluleMax()).isEqualTo(300);
          assertThat(l.chainesPartageesMax()).isEqualTo(1000);
          assertThat(l.delai()).isEqualTo(Duration.ofSeconds(5));
        });
  }

  @Test
  void uneLimiteNulleEmpecheLeDemarrage() {
    runner.withPropertyValues("emjpm.import.lignes-max=0")
        .run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  void uneLimiteDeLignesDesProprietesRefuseLeFichierTropLong() {
    runner.withPropertyValues("emjpm.import.lignes-max=1").run(ctx -> {
      Resultat<ImportMesures> r = ctx.getBean(EmjpmImports.class).importer(flux(CSV),
          ParametresImport.pour(GestionnaireId.individuel(1)));
      assertThat(r.estSucces()).isFalse();
      assertThat(r.violations()).extracting(v -> v.code()).containsExactly("FICHIER_TROP_DE_LIGNES");
    });
  }

  @Test
  void avecMicrometerChaqueImportEstObserve() {
    runner.withBean(ObservationRegistry.class, TestObservationRegistry::create).run(ctx -> {
      assertThat(ctx).hasSingleBean(ObservationImport.class);
      Resultat<ImportMesures> r = ctx.getBean(EmjpmImports.class).importer(flux(CSV),
          ParametresImport.pour(GestionnaireId.individuel(1)));
      assertThat(r.estSucces()).isTrue();
      assertThat(r.valeur().orElseThrow().creations()).isEqualTo(2);
      Resultat<ImportMesures> refus = ctx.getBean(EmjpmImports.class).importer(flux("n'importe quoi"),
          ParametresImport.pour(GestionnaireId.individuel(1)));
      assertThat(refus.estSucces()).isFalse();
      TestObservationRegistry reg = (TestObservationRegistry) ctx.getBean(ObservationRegistry.class);
      TestObservationRegistryAssert.assertThat(reg)
          .hasNumberOfObservationsWithNameEqualTo(ObservationImport.NOM, 2)
          .hasAnObservationWithAKeyValue("resultat", "succes")
          .hasAnObservationWithAKeyValue("resultat", "refus");
    });
  }

  @Test
  void sansRegistreOuSansMicrometerAucuneObservationEtLImportFonctionne() {
    runner.run(ctx -> assertThat(ctx).doesNotHaveBean(ObservationImport.class));
    runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
        .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC))
        .run(ctx -> {
          assertThat(ctx).hasNotFailed().doesNotHaveBean(ObservationImport.class);
          Resultat<ImportMesures> r = ctx.getBean(EmjpmImports.class).importer(flux(CSV),
              ParametresImport.pour(GestionnaireId.individuel(1)));
          assertThat(r.estSucces()).isTrue();
        });
  }

  @Test
  void sansJackson3PasDeModule() {
    runner.withClassLoader(new FilteredClassLoader(JsonMapper.class))
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EmjpmJackson3Module.class)
            .hasSingleBean(EmjpmEngine.class));
  }

  @Test
  void leModuleEstEnregistreDansLeMappeurDeBoot() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EmjpmAutoConfiguration.class, JacksonAutoConfiguration.class))
        .run(ctx -> {
          JsonMapper mapper = ctx.getBean(JsonMapper.class);
          assertThat(mapper.writeValueAsString(NatureMesure.CURATELLE_RENFORCEE)).isEqualTo("\"curatelle_renforcee\"");
          assertThat(mapper.readValue("\"curatelle_renforcee\"", NatureMesure.class))
              .isEqualTo(NatureMesure.CURATELLE_RENFORCEE);
        });
  }

  @Test
  void lesTachesNeSontPlanifieesQueSurDemandeEtAvecLePortDeLHote() {
    PortEnMemoire port = new PortEnMemoire();
    runner.withBean(PortTachesQuotidiennes.class, () -> port)
        .run(ctx -> assertThat(ctx).doesNotHaveBean(TachesQuotidiennesPlanifiees.class));
    runner.withPropertyValues("emjpm.taches.actives=true")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(TachesQuotidiennesPlanifiees.class));
    runner.withPropertyValues("emjpm.taches.actives=false").withBean(PortTachesQuotidiennes.class, () -> port)
        .run(ctx -> assertThat(ctx).doesNotHaveBean(TachesQuotidiennesPlanifiees.class));
    runner.withPropertyValues("emjpm.taches.actives=true").withBean(PortTachesQuotidiennes.class, () -> port)
        .run(ctx -> assertThat(ctx).hasSingleBean(TachesQuotidiennesPlanifiees.class));
  }

  @Test
  void lesTachesExpirentLaReservationEtCloturentLaMesureEchue() {
    // 2024-01-02 : la réservation du 2023-06-01 a plus de deux mois ; la tutelle finit le 2023-12-31.
    Mesure reservee = MesureFixtures.curatelleRenforceeEnAttente();
    Mesure echue = MesureFixtures.tutelleEnCours().withDateFinMesure(LocalDate.of(2023, 12, 31));
    Mesure encore = MesureFixtures.tutelleEnCours().withDateFinMesure(LocalDate.of(2024, 6, 30));
    PortEnMemoire port = new PortEnMemoire();
    port.reservations.add(reservee);
    port.enCours.add(echue);
    port.enCours.add(encore);
    runner.withPropertyValues("emjpm.taches.actives=true", "emjpm.taches.cron=0 0 3 * * *")
        .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2024-01-02T10:00:00Z"), ZoneOffset.UTC))
        .withBean(PortTachesQuotidiennes.class, () -> port)
        .run(ctx -> {
          var bilan = ctx.getBean(TachesQuotidiennesPlanifiees.class).executer();
          assertThat(port.limite).isBetween(Instant.parse("2023-11-01T00:00:00Z"), Instant.parse("2023-11-03T00:00:00Z"));
          assertThat(bilan.expiration().supprimees()).containsExactly(CleMesure.de(reservee));
          assertThat(bilan.cloture().modifiees()).singleElement()
              .satisfies(m -> assertThat(m.statut()).isEqualTo(StatutMesure.ETEINTE));
          assertThat(port.appliques).containsExactly(bilan.expiration(), bilan.cloture());
        });
  }

  static ByteArrayInputStream flux(String texte) {
    return new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8));
  }

  static final class PortEnMemoire implements PortTachesQuotidiennes {
    final List<Mesure> reservations = new ArrayList<>();
    final List<Mesure> enCours = new ArrayList<>();
    final List<TransitionLot> appliques = new ArrayList<>();
    Instant limite = Instant.EPOCH;

    @Override
    public List<Mesure> reservationsAvant(Instant l) {
      this.limite = l;
      return reservations;
    }

    @Override
    public List<Mesure> enCoursEchues(LocalDate jour) {
      return enCours;
    }

    @Override
    public void appliquer(TransitionLot lot) {
      appliques.add(lot);
    }
  }

  @Test
  void uneApplicationWebRecoitLeGestionnaireDeProblemesSaufSiElleALeSien() throws IOException {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EmjpmAutoConfiguration.class));
    web.run(ctx -> assertThat(ctx).hasSingleBean(EmjpmProblemesHandler.class));
    EmjpmProblemesHandler sien = new EmjpmProblemesHandler();
    web.withBean(EmjpmProblemesHandler.class, () -> sien)
        .run(ctx -> assertThat(ctx.getBean(EmjpmProblemesHandler.class)).isSameAs(sien));
  }
}
