// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MesuresJsonTest {

  static final EmjpmEngine ENGINE =
      EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();

  static final String MESURE =
      "{\"numero_rg\":\"18A32450\",\"numero_dossier\":\"D-1\",\"annee_naissance\":1982,\"civilite\":\"monsieur\","
          + "\"tribunal_siret\":\"17590111500709\",\"date_nomination\":\"2018-02-01\",\"date_fin_mesure\":\"0000-00-00\","
          + "\"etats\":[{\"date_changement_etat\":\"2018-02-01\",\"nature_mesure\":\"curatelle_simple\","
          + "\"champ_mesure\":\"protection_personne\",\"lieu_vie\":\"domicile\",\"code_postal\":\"59000\","
          + "\"ville\":\"LILLE\",\"pays\":\"FR\"}],"
          + "\"ressources\":[{\"annee\":2020,\"niveau_ressource\":\"25000\",\"prestations_sociales\":[\"AAH\"]}]";

  static Resultat<LotJson> lire(String json, boolean strict) {
    return MesuresJsonReader.lire(json.getBytes(StandardCharsets.UTF_8), strict);
  }

  static String codes(Resultat<?> r) {
    return String.join(",", r.violations().stream().map(Violation::code).toList());
  }

  @Test
  void uneSaisieValideSEnregistreAvecLeMoteurEtSortAuFormat74() throws Exception {
    Resultat<LotJson> r = lire(MESURE + "}", false);
    SaisieMesure s = r.valeurOuErreur().elements().get(0).valeurOuErreur();
    assertThat(s.dateFinMesure()).isEmpty();
    Resultat<Transition> t = Enregistrement.enregistrer(s, GestionnaireId.individuel(1), Set.of(), Optional.empty(),
        MesuresExistantes.aucune(), ENGINE.contexte());
    Mesure m = t.valeurOuErreur().mesure().orElseThrow();
    assertThat(m.nature()).isEqualTo(NatureMesure.CURATELLE_SIMPLE);
    JsonNode j = MesureJson.ecrire(m, ENGINE.referentiel());
    assertThat(j.get("status").asText()).isEqualTo("en_cours");
    assertThat(j.get("tribunal_siret").asText()).isEqualTo("17590111500709");
    assertThat(j.get("date_nomination").asText()).isEqualTo("2018-02-01");
    assertThat(j.get("etats").get(0).get("nature_mesure").asText()).isEqualTo("curatelle_simple");
    assertThat(j.get("ressources").get(0).get("prestations_sociales").get(0).asText()).isEqualTo("AAH");
    String viaModule = new ObjectMapper().registerModule(new EmjpmJacksonModule(ENGINE.referentiel())).writeValueAsString(m);
    // le module écrit d'abord le format des logiciels métier, puis les autres champs de la mesure
    assertThat(viaModule).startsWith(new ObjectMapper().writeValueAsString(j).replaceAll("}$", ","));
    assertThat(new ObjectMapper().registerModule(new EmjpmJacksonModule(ENGINE.referentiel()))
        .writeValueAsString(NatureMesure.CURATELLE_RENFORCEE)).isEqualTo("\"curatelle_renforcee\"");
  }

  @Test
  void canariNomEcarteEtJamaisRecopieRefuseEnStrict() {
    String json = MESURE + ",\"nom\":\"CANARY-7f3a\",\"Prénom\":\"CANARY-7f3a\",\"inconnu_x\":\"CANARY-7f3a\"}";
    Resultat<LotJson> r = lire(json, false);
    assertThat(r.estSucces()).isTrue();
    assertThat(codes(r)).isEqualTo("JSON_CHAMP_INTERDIT,JSON_CHAMP_INTERDIT,JSON_CHAMP_INCONNU");
    assertThat(r.toString()).doesNotContain("CANARY-7f3a");
    assertThat(r.violations().get(2).message()).isEqualTo("Champ inconnu ignoré : inconnu_x.");
    Resultat<LotJson> strict = lire(json, true);
    assertThat(strict.estSucces()).isFalse();
    assertThat(strict.toString()).doesNotContain("CANARY-7f3a");
  }

  @Test
  void unLotPorteSesErreursParElement() {
    String mauvais = MESURE.replace("\"annee_naissance\":1982", "\"annee_naissance\":\"vieux\"") + "}";
    Resultat<LotJson> r = lire("[" + MESURE + "}," + mauvais + "]", false);
    LotJson lot = r.valeurOuErreur();
    assertThat(lot.estUnLot()).isTrue();
    assertThat(lot.elements().get(0).estSucces()).isTrue();
    assertThat(lot.elements().get(1).violations()).extracting(Violation::chemin).containsExactly("/mesures/1/annee_naissance");
    assertThat(lot.elements().get(1).violations().toString()).doesNotContain("vieux");
    StringBuilder trop = new StringBuilder("[");
    for (int i = 0; i < 1001; i++) {
      trop.append(i == 0 ? "" : ",").append("{}");
    }
    assertThat(codes(lire(trop + "]", false))).isEqualTo("JSON_LOT_TROP_GRAND");
  }

  @Test
  void documentsHostilesRefusesParCodeType() {
    assertThat(codes(lire("[".repeat(10_000) + "]".repeat(10_000), false))).isEqualTo("JSON_LIMITE_DEPASSEE");
    assertThat(codes(lire("{\"annee_naissance\":" + "9".repeat(100_000) + "}", false))).isEqualTo("JSON_LIMITE_DEPASSEE");
    assertThat(codes(lire("{\"numero_rg\":\"A\",\"numero_rg\":\"B\"}", false))).isEqualTo("JSON_CLE_EN_DOUBLE");
    assertThat(codes(lire("{\"@class\":\"java.net.URL\",\"numero_rg\":\"A\"}", false))).isEqualTo("JSON_TYPAGE_REFUSE");
    assertThat(codes(lire("{\"a\":1} {\"b\":2}", false))).isEqualTo("JSON_ILLISIBLE");
    assertThat(codes(lire("{\"a\":", false))).isEqualTo("JSON_ILLISIBLE");
    assertThat(codes(lire("", false))).isEqualTo("JSON_ILLISIBLE");
    assertThat(codes(lire("42", false))).isEqualTo("JSON_RACINE_INVALIDE");
    assertThat(codes(lire("{\"x\":\"" + "a".repeat(20_000) + "\"}", false))).isEqualTo("JSON_LIMITE_DEPASSEE");
  }

  @Test
  void filtreDesChampsInterditsApresNormalisation() {
    for (String c : new String[] {"nom", "NOM", "Prénom", "prenom", "nom_usage", "nomNaissance", "first-name",
        "LastName", "date_de_naissance", "Identité"}) {
      assertThat(ChampsInterdits.estInterdit(c)).as(c).isTrue();
    }
    for (String c : new String[] {"numero_rg", "nomenclature", "ville", "annee_naissance", "civilite", "cabinet"}) {
      assertThat(ChampsInterdits.estInterdit(c)).as(c).isFalse();
    }
  }
}
