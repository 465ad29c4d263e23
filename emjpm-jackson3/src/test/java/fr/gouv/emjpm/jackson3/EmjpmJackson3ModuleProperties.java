// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.listeblanche.TypeListeBlanche;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Propriétés du module Jackson 3 (mêmes que celles du module Jackson 2 d'emjpm-io) enregistré dans le mappeur d'un hôte : tout ce qu'il écrit se relit à
 * l'identique (mesures complètes, parties, types valeur, énumérations, record d'hôte), et une entrée
 * invalide devient l'erreur d'entrée de Jackson, en français, sans la valeur.
 */
class EmjpmJackson3ModuleProperties {

  static final Referentiel REFERENTIEL = Referentiel.embarque();

  private static final ObjectMapper HOTE = JsonMapper.builder()
      .addModule(new EmjpmJackson3Module(REFERENTIEL))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** Record d'un hôte qui porte des identifiants et des énumérations du domaine. */
  record Dossier(MesureId id, GestionnaireId gestionnaire, TribunalId tribunal, NumeroRg rg, NatureMesure nature,
      List<StatutMesure> statuts, Map<String, ChampMesure> champs, CodePostal cp, CodeInsee insee,
      CodeDepartement departement, Siret siret, Mesure mesure) {}

  static final List<Class<? extends Enum<?>>> ENUMS = List.of(
      NatureMesure.class, ChampMesure.class, StatutMesure.class, CauseSortie.class, Civilite.class, LieuVie.class,
      Pays.class, PrestationSociale.class, ResultatRevision.class, TypeEtablissement.class, TypeGestionnaire.class,
      TypeListeBlanche.class);

  @Test
  void uneMesureCompleteFaitLAllerRetour() {
    qt().withExamples(300).forAll(EmjpmGen.mesuresCompletes()).check(m -> {
      try {
        String json = HOTE.writeValueAsString(m);
        Mesure relue = HOTE.readValue(json, Mesure.class);
        return relue.equals(m) && relue.magistratId().equals(m.magistratId())
            && HOTE.writeValueAsString(relue).equals(json);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void lesPartiesEtUnRecordDHoteFontLAllerRetour() {
    qt().withExamples(100).forAll(EmjpmGen.mesuresCompletes()).check(m -> {
      try {
        List<MesureEtat> etats = HOTE.readValue(HOTE.writeValueAsString(m.etats()), new TypeReference<List<MesureEtat>>() {});
        List<Ressource> ressources =
            HOTE.readValue(HOTE.writeValueAsString(m.ressources()), new TypeReference<List<Ressource>>() {});
        Dossier d = new Dossier(m.id().orElseThrow(), m.gestionnaire(), m.tribunal(), m.numeroRg(), m.nature(),
            List.of(m.statut(), StatutMesure.ETEINTE), Map.of("courant", m.champ().orElse(ChampMesure.values()[0])),
            CodePostal.of("97411"), CodeInsee.of("2A004"), CodeDepartement.of("2B"), Siret.of("17590111500709"), m);
        Dossier relu = HOTE.readValue(HOTE.writeValueAsString(d), Dossier.class);
        boolean demande = m.demandeReouverture().map(x -> {
          try {
            return HOTE.readValue(HOTE.writeValueAsString(x), x.getClass()).equals(x);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }).orElse(true);
        return etats.equals(m.etats()) && ressources.equals(m.ressources()) && relu.equals(d) && demande;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Entrée hostile : un document muté se relit ou lève l'erreur de Jackson, jamais une autre exception. */
  @Test
  void unDocumentMuteNeLeveQueLErreurDeJackson() {
    String[] remplacements = {"", "\"", "{", "[", "]", "}", ",", "-1", "1e400", "null", "true", "\"x\"", "0",
        "99999999999999999999999", "\"2024-13-45\"", "{\"a\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]}"};
    qt().withExamples(400).forAll(EmjpmGen.mesuresCompletes(), org.quicktheories.generators.SourceDSL.integers().allPositive(),
        org.quicktheories.generators.SourceDSL.integers().between(0, remplacements.length - 1)).check((m, position, r) -> {
          String json;
          try {
            json = HOTE.writeValueAsString(m);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          int i = position % json.length();
          int fin = Math.min(json.length(), i + 1 + position % 7);
          String mute = json.substring(0, i) + remplacements[r] + json.substring(fin);
          try {
            HOTE.readValue(mute, Mesure.class);
            return true;
          } catch (tools.jackson.core.JacksonException e) {
            return true;
          } catch (Exception e) {
            throw new AssertionError("exception non Jackson " + e.getClass().getName() + " pour " + mute, e);
          }
        });
  }

  @Test
  void chaqueEnumerationSeLitParSonCode() throws Exception {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> e : type.getEnumConstants()) {
        String json = HOTE.writeValueAsString(e);
        assertThat(json).isEqualTo("\"" + ((CodeMetier) e).code() + "\"");
        assertThat(HOTE.readValue(json, type)).isSameAs(e);
      }
    }
    assertThat(HOTE.readValue("\"curatelle_simple\"", NatureMesure.class)).isEqualTo(NatureMesure.CURATELLE_SIMPLE);
    assertThat(HOTE.readValue("\"individuel-41\"", GestionnaireId.class)).isEqualTo(GestionnaireId.individuel(41));
  }

  @Test
  void uneEntreeInvalideDevientUneErreurDEntreeEnFrancaisSansLaValeur() throws Exception {
    assertThatThrownBy(() -> HOTE.readValue("\"individuel-0SECRET\"", GestionnaireId.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("valeur invalide").hasMessageNotContaining("SECRET");
    assertThatThrownBy(() -> HOTE.readValue("\"tutelle_SECRET\"", NatureMesure.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Code inconnu").hasMessageNotContaining("SECRET");
    String json = HOTE.writeValueAsString(fr.gouv.emjpm.testkit.Mesures.generateur().generer(7L));
    assertThatThrownBy(() -> HOTE.readValue(json.replace("\"numero_rg\"", "\"numero_xx\""), Mesure.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Champ inconnu : numero_xx");
    ObjectMapper tolerant = HOTE.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> tolerant.readValue(json.replace("\"numero_rg\"", "\"numero_xx\""), Mesure.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Champ obligatoire absent : numero_rg");
    assertThatThrownBy(() -> HOTE.readValue(json.replace("\"urgent\":", "\"urgent\":\"SECRET\",\"x\":"), Mesure.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageNotContaining("SECRET");
    assertThat(tolerant.readValue(json.replace("{", "{\"ajout\":1,"), Mesure.class))
        .isEqualTo(HOTE.readValue(json, Mesure.class));
  }

  @Test
  void laVersionDuModuleVientDuBuild() {
    String attendue = System.getProperty("emjpm.version", "");
    assertThat(new EmjpmJackson3Module(REFERENTIEL).version().toString())
        .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").isNotEqualTo("0.0.0")
        .satisfies(v -> assertThat(attendue.isEmpty() || v.equals(attendue)).isTrue());
  }
}
