// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.LimitesImport;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Refus en problem details (RFC 9457), écrits par le vrai mappeur Jackson 3 de Boot. */
class ProblemesEmjpmTest {

  private static final String CSV_FAUTIF = EmjpmAutoConfigurationTest.CSV.replace("01/02/2020", "31/02/2020")
      .replace(";H;", ";X;");

  @Test
  void unImportRefuseDonneUnProblemeAvecLigneCodeCheminEtMessageFrancais() throws Exception {
    EmjpmImports imports = new EmjpmImports(EmjpmEngine.parDefaut(), LimitesImport.parDefaut(),
        InstrumentationImport.aucune());
    Resultat<ImportMesures> r = imports.importer(
        EmjpmAutoConfigurationTest.flux(CSV_FAUTIF), ParametresImport.pour(GestionnaireId.individuel(1)));
    assertThatThrownBy(() -> RefusException.exiger(r)).isInstanceOfSatisfying(RefusException.class, refus -> {
      JsonNode json = ecrire(ProblemesEmjpm.depuis(refus));
      assertThat(json.get("type").asString()).isEqualTo("urn:emjpm:refus");
      assertThat(json.get("status").asInt()).isEqualTo(422);
      assertThat(json.get("title").asString()).isEqualTo("Demande refusée");
      assertThat(json.get("detail").asString())
          .isEqualTo("2 erreur(s) sur 2 mesure(s) : aucune mesure n'est importée.");
      JsonNode v = json.get("violations");
      assertThat(v.size()).isEqualTo(3);
      assertThat(v.get(0).get("code").asString()).isEqualTo("IMPORT_BILAN_ERREURS");
      assertThat(v.get(1).get("code").asString()).isEqualTo("IMPORT_DATE_INVALIDE");
      assertThat(v.get(1).get("ligne").asInt()).isEqualTo(2);
      assertThat(v.get(1).get("chemin").asString()).startsWith("/lignes/2/");
      assertThat(v.get(2).get("code").asString()).isEqualTo("IMPORT_VALEUR_NON_ACCEPTEE");
      assertThat(v.get(2).get("ligne").asInt()).isEqualTo(3);
      assertThat(v.get(2).get("message").asString()).contains("civilite");
      assertThat(json.toString()).doesNotContain("21B00168").doesNotContain("Roubaix");
    });
  }

  @Test
  void unSuccesNeLevePasDeRefus() {
    assertThat(RefusException.exiger(GestionnaireId.parse("service-3"))).isEqualTo(GestionnaireId.service(3));
  }

  @Test
  void unParametreRefuseParUnConvertisseurDonneUn400SansLaValeurRecue() throws Exception {
    EmjpmProblemesHandler handler = new EmjpmProblemesHandler();
    MethodParameter param = new MethodParameter(ProblemesEmjpmTest.class.getDeclaredMethod("cible", GestionnaireId.class), 0);
    RefusException cause;
    try {
      new ConvertisseursEmjpm.GestionnaireIdConverter().convert("mandataire-zz");
      throw new AssertionError("refus attendu");
    } catch (RefusException e) {
      cause = e;
    }
    var conversion = new ConversionFailedException(TypeDescriptor.valueOf(String.class),
        TypeDescriptor.valueOf(GestionnaireId.class), "mandataire-zz", cause);
    var e = new MethodArgumentTypeMismatchException("mandataire-zz", GestionnaireId.class, "gestionnaire", param, conversion);
    JsonNode json = ecrire(handler.parametre(e));
    assertThat(json.get("status").asInt()).isEqualTo(400);
    assertThat(json.get("type").asString()).isEqualTo("urn:emjpm:parametre-invalide");
    assertThat(json.get("violations").get(0).get("code").asString()).isEqualTo("GESTIONNAIRE_ID_INVALIDE");
    assertThat(json.get("violations").get(0).get("chemin").asString()).isEqualTo("/gestionnaire");
    assertThat(json.toString()).doesNotContain("mandataire-zz");
  }

  @Test
  void uneAutreErreurDeConversionEstLaisseeASpring() throws Exception {
    MethodParameter param = new MethodParameter(ProblemesEmjpmTest.class.getDeclaredMethod("cible", GestionnaireId.class), 0);
    var e = new MethodArgumentTypeMismatchException("x", Integer.class, "n", param, new NumberFormatException());
    assertThatThrownBy(() -> new EmjpmProblemesHandler().parametre(e)).isSameAs(e);
  }

  static void cible(GestionnaireId gestionnaire) {
    // signature d'un paramètre de contrôleur
  }

  private static JsonNode ecrire(ProblemDetail p) {
    JsonNode[] n = new JsonNode[1];
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .run(ctx -> {
          JsonMapper m = ctx.getBean(JsonMapper.class);
          n[0] = m.readTree(new String(m.writeValueAsBytes(p), StandardCharsets.UTF_8));
        });
    return n[0];
  }
}
