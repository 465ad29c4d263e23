// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chaque type de champ du JSON des logiciels métier : valeur lue, ou type invalide au bon chemin. */
class JsonChampsTest {
  private static final String M = MesuresJsonTest.MESURE;

  private static List<Violation> violations(String json) {
    Resultat<LotJson> r = MesuresJsonReader.lire(json.getBytes(StandardCharsets.UTF_8), false);
    if (r.valeur().isEmpty()) {
      return r.violations();
    }
    return r.valeurOuErreur().elements().stream().flatMap(e -> e.violations().stream()).toList();
  }

  private static SaisieMesure saisie(String json) {
    return MesuresJsonReader.lire(("[" + json + "]").getBytes(StandardCharsets.UTF_8), false).valeurOuErreur()
        .elements().get(0).valeurOuErreur();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"annee_naissance\":1982|\"annee_naissance\":\"vieux\"|/mesures/0/annee_naissance",
      "\"annee_naissance\":1982|\"annee_naissance\":19.5|/mesures/0/annee_naissance",
      "\"civilite\":\"monsieur\"|\"civilite\":5|/mesures/0/civilite",
      "\"date_nomination\":\"2018-02-01\"|\"date_nomination\":20180201|/mesures/0/date_nomination",
      "\"etats\":[{|\"etats\":[5,{|/mesures/0/etats/0",
      "\"niveau_ressource\":\"25000\"|\"niveau_ressource\":true|/mesures/0/ressources/0/niveau_ressource",
      "\"annee\":2020|\"annee\":\"2020x\"|/mesures/0/ressources/0/annee",
      "\"etats\":[{|\"etats\":\"aucun\",\"x\":[{|/mesures/0/etats",
      "\"lieu_vie\":\"domicile\"|\"lieu_vie\":[]|/mesures/0/etats/0/lieu_vie"})
  void typeInvalideSignaleAuCheminDuChamp(String avant, String apres, String chemin) {
    String mauvais = "[" + M.replace(avant, apres) + "}]";
    assertThat(violations(mauvais)).filteredOn(v -> v.code().equals("JSON_TYPE_INVALIDE"))
        .extracting(Violation::chemin).contains(chemin);
    assertThat(violations("[" + M + "}]")).extracting(Violation::code).doesNotContain("JSON_TYPE_INVALIDE");
  }

  @Test
  void valeursLuesDeChaqueType() {
    SaisieMesure s = saisie(M + ",\"strictNumeroRG\":true,\"antenne_id\":7}");
    assertThat(s.strictNumeroRg()).isTrue();
    assertThat(s.antenneId()).contains(7L);
    assertThat(s.ressources().get(0).niveauRessource()).isEqualByComparingTo(new BigDecimal("25000"));
    assertThat(s.ressources().get(0).annee()).isEqualTo(2020);
    assertThat(s.etats().get(0).champ()).contains(ChampMesure.PROTECTION_PERSONNE);
    assertThat(saisie(M + ",\"niveau\":1}").strictNumeroRg()).isFalse();
    assertThat(violations("[" + M + ",\"strictNumeroRG\":\"oui\"}]")).extracting(Violation::chemin)
        .contains("/mesures/0/strictNumeroRG");
    // nombre décimal JSON accepté pour un niveau de ressource
    assertThat(saisie(M.replace("\"niveau_ressource\":\"25000\"", "\"niveau_ressource\":1234.5") + "}")
        .ressources().get(0).niveauRessource()).isEqualByComparingTo(new BigDecimal("1234.5"));
    // texte vide : absent
    assertThat(saisie(M.replace("\"numero_dossier\":\"D-1\"", "\"numero_dossier\":\"  \"") + "}").numeroDossier()).isEmpty();
  }

  @Test
  void champsInconnusEtInterditsDansLesEtatsEtLesRessources() {
    String json = "[" + M.replace("\"ville\":\"LILLE\"", "\"ville\":\"LILLE\",\"etage\":3,\"nom\":\"X\"")
        .replace("\"prestations_sociales\"", "\"inconnue_r\":1,\"prestations_sociales\"") + "}]";
    Resultat<LotJson> r = MesuresJsonReader.lire(json.getBytes(StandardCharsets.UTF_8), false);
    assertThat(r.violations()).extracting(Violation::code, Violation::chemin).contains(
        org.assertj.core.groups.Tuple.tuple("JSON_CHAMP_INCONNU", "/mesures/0/etats/0/etage"),
        org.assertj.core.groups.Tuple.tuple("JSON_CHAMP_INCONNU", "/mesures/0/ressources/0/inconnue_r"),
        org.assertj.core.groups.Tuple.tuple("JSON_CHAMP_INTERDIT", "/0/etats/0/nom"));
    assertThat(MesuresJsonReader.lire(json.getBytes(StandardCharsets.UTF_8), true).violations())
        .extracting(Violation::code).contains("JSON_CHAMP_INTERDIT");
  }

  @Test
  void lotDeMilleAdmisMilleUnRefuse() {
    String mille = "[" + String.join(",", java.util.Collections.nCopies(1000, "{}")) + "]";
    assertThat(MesuresJsonReader.lire(mille.getBytes(StandardCharsets.UTF_8), false).valeurOuErreur().elements())
        .hasSize(1000);
  }

  @Test
  void sortieJsonDUnLotEtDeChaqueChamp() {
    Mesure m = MesureFixtures.tutelleEnCours().withId(MesureId.of(12)).withCabinet("C3").withNumeroDossier("ND")
        .withEditorId(5L).withCreeLe(Instant.parse("2024-01-02T03:04:05Z"))
        .withGestionnaire(fr.gouv.emjpm.domain.gestionnaire.GestionnaireId.service(2)).withAntenneId(9L);
    ArrayNode lot = MesureJson.ecrire(List.of(m, m.withId(MesureId.of(13))), MesuresJsonTest.ENGINE.referentiel());
    assertThat(lot).hasSize(2);
    JsonNode j = lot.get(0);
    assertThat(j.get("id").asLong()).isEqualTo(12);
    assertThat(lot.get(1).get("id").asLong()).isEqualTo(13);
    assertThat(j.get("antenne_id").asLong()).isEqualTo(9);
    assertThat(j.get("editor_id").asLong()).isEqualTo(5);
    assertThat(j.get("numero_dossier").asText()).isEqualTo("ND");
    assertThat(j.get("created_at").asText()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(j.get("civilite").asText()).isEqualTo(m.civilite().orElseThrow().code());
    assertThat(j.get("annee_naissance").asInt()).isEqualTo(m.anneeNaissance().orElseThrow());
    assertThat(j.get("etats").get(0).get("nature_mesure").asText()).isEqualTo(m.etats().get(0).nature().code());
    assertThat(j.get("etats").get(0).get("pays").asText()).isEqualTo("FR");
  }
}
