// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.jackson3.EmjpmJackson3Module;
import fr.gouv.emjpm.rules.EmjpmEngine;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration d'emjpm. Chaque bean recule si l'hôte définit le sien
 * ({@link ConditionalOnMissingBean}) :
 *
 * <ul>
 *   <li>{@link EmjpmEngine} : horloge = le bean {@link Clock} de l'hôte s'il y en a un (sinon l'horloge
 *       système, fuseau Europe/Paris) ; référentiel = le bean {@link Referentiel} de l'hôte s'il y en a un
 *       (sinon le référentiel embarqué) ;
 *   <li>{@link EmjpmJackson3Module} (si Jackson 3 est présent), que Boot enregistre dans son
 *       {@code JsonMapper} ;
 *   <li>les convertisseurs de {@link ConvertisseursEmjpm} ;
 *   <li>{@link EmjpmProblemesHandler} (application web servlet) ;
 *   <li>{@link EmjpmImports} avec les limites {@code emjpm.import.*} et {@link InstrumentationImport} :
 *       {@link ObservationImport} si Micrometer et un {@link ObservationRegistry} sont présents ;
 *   <li>{@link TachesQuotidiennesPlanifiees} si {@code emjpm.taches.actives=true} et que l'hôte fournit un
 *       {@link PortTachesQuotidiennes}.
 * </ul>
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"},
    beforeName = {"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(EmjpmProperties.class)
public class EmjpmAutoConfiguration {

  /** Configuration lue par Boot. */
  public EmjpmAutoConfiguration() {
    // auto-configuration
  }

  /**
   * Moteur partagé.
   *
   * @param horloge horloge de l'hôte, si définie
   * @param referentiel référentiel de l'hôte, s'il est défini
   * @return le moteur
   */
  @Bean
  @ConditionalOnMissingBean
  public EmjpmEngine emjpmEngine(ObjectProvider<Clock> horloge, ObjectProvider<Referentiel> referentiel) {
    EmjpmEngine.Builder b = EmjpmEngine.builder();
    horloge.ifUnique(b::clock);
    referentiel.ifUnique(b::referentiel);
    return b.build();
  }

  /**
   * Imports de fichiers téléversés.
   *
   * @param engine moteur
   * @param proprietes propriétés {@code emjpm.*}
   * @param instrumentation instrumentation de l'hôte ou d'emjpm, aucune sinon
   * @return le service d'import
   */
  @Bean
  @ConditionalOnMissingBean
  public EmjpmImports emjpmImports(EmjpmEngine engine, EmjpmProperties proprietes,
      ObjectProvider<InstrumentationImport> instrumentation) {
    return new EmjpmImports(engine, proprietes.limitesImport(),
        instrumentation.getIfUnique(InstrumentationImport::aucune));
  }

  /**
   * Convertisseur des identifiants de gestionnaire.
   *
   * @return le convertisseur
   */
  @Bean
  @ConditionalOnMissingBean
  public ConvertisseursEmjpm.GestionnaireIdConverter emjpmGestionnaireIdConverter() {
    return new ConvertisseursEmjpm.GestionnaireIdConverter();
  }

  /**
   * Convertisseur des numéros RG.
   *
   * @return le convertisseur
   */
  @Bean
  @ConditionalOnMissingBean
  public ConvertisseursEmjpm.NumeroRgConverter emjpmNumeroRgConverter() {
    return new ConvertisseursEmjpm.NumeroRgConverter();
  }

  /**
   * Convertisseur des codes postaux.
   *
   * @return le convertisseur
   */
  @Bean
  @ConditionalOnMissingBean
  public ConvertisseursEmjpm.CodePostalConverter emjpmCodePostalConverter() {
    return new ConvertisseursEmjpm.CodePostalConverter();
  }

  /**
   * Convertisseur des énumérations métier par code.
   *
   * @return le convertisseur
   */
  @Bean
  @ConditionalOnMissingBean
  public ConvertisseursEmjpm.CodeMetierConverter emjpmCodeMetierConverter() {
    return new ConvertisseursEmjpm.CodeMetierConverter();
  }

  /** Module Jackson 3, enregistré par Boot dans son mappeur. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JsonMapper.class)
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    EmjpmJackson3Module emjpmJackson3Module(EmjpmEngine engine) {
      return new EmjpmJackson3Module(engine.referentiel());
    }
  }

  /** Problem details des refus (Spring MVC). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.method.annotation.MethodArgumentTypeMismatchException")
  static class Web {
    @Bean
    @ConditionalOnMissingBean
    EmjpmProblemesHandler emjpmProblemesHandler() {
      return new EmjpmProblemesHandler();
    }
  }

  /** Observation Micrometer des imports. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObservationRegistry.class)
  static class Observation {
    @Bean
    @ConditionalOnMissingBean(InstrumentationImport.class)
    @ConditionalOnBean(ObservationRegistry.class)
    ObservationImport emjpmObservationImport(ObservationRegistry registre) {
      return new ObservationImport(registre);
    }
  }

  /** Tâches quotidiennes planifiées. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "emjpm.taches", name = "actives", havingValue = "true")
  @ConditionalOnBean(PortTachesQuotidiennes.class)
  @EnableScheduling
  static class Taches {
    @Bean
    @ConditionalOnMissingBean
    TachesQuotidiennesPlanifiees emjpmTachesQuotidiennes(EmjpmEngine engine, PortTachesQuotidiennes port) {
      return new TachesQuotidiennesPlanifiees(engine, port);
    }
  }
}
