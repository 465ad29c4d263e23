// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON des logiciels métier face à ce que l'original acceptait : dates sous d'autres formes,
 * ressources hors contrat (acceptées avec avertissement), et vérification de toutes les violations
 * d'un élément en une passe, règles du moteur comprises quand des champs sont illisibles.
 */
class JsonCompatibiliteTest {

  private static final String M = MesuresJsonTest.MESURE;

  private static List<Violation> verifier(String json) {
    return MesuresJsonReader.verifier(json.getBytes(StandardCharsets.UTF_8), false, Set.of(),
        MesuresJsonTest.ENGINE.contexte());
  }

  private static List<Violation> verifierLot(String json) {
    LotJson lot = MesuresJsonTest.lire(json, false).valeurOuErreur();
    return MesuresJsonReader.verifier(lot, Set.of(), MesuresJsonTest.ENGINE.contexte());
  }

  @Test
  void uneAnneeDeNaissanceAbsenteEstSignaleeDesLaPremiereSoumissionAvecUneDateIllisible() {
    String json = M.replace("\"annee_naissance\":1982,", "").replace("\"2018-02-01\",\"date_fin", "\"hier\",\"date_fin")
        + "}";
    // objet seul : lire échoue sur la date, verifier rend aussi la règle de l'année de naissance
    assertThat(MesuresJsonTest.lire(json, false).violations()).extracting(Violation::code)
        .containsExactly("DATE_INVALIDE");
    assertThat(verifier(json)).extracting(Violation::code, Violation::chemin).containsExactly(
        tuple("DATE_INVALIDE", "/date_nomination"),
        tuple("CHAMP_OBLIGATOIRE", "/annee_naissance"));
    // dans un lot, par verifier(LotJson)
    assertThat(verifierLot("[" + M + "}," + json + "]")).extracting(Violation::code, Violation::chemin)
        .containsExactly(
            tuple("DATE_INVALIDE", "/mesures/1/date_nomination"),
            tuple("CHAMP_OBLIGATOIRE", "/mesures/1/annee_naissance"));
  }

  @Test
  void toutesLesViolationsDUnElementEnUnePasseSansRepeterUnChampIllisible() {
    String json = M.replace("1982", "\"vieux\"").replace("\"civilite\":\"monsieur\",", "")
        .replace("\"17590111500709\"", "\"1759\"")
        .replace("\"etats\":[{", "\"etats\":[42,{\"lieu_vie\":\"etablissement\",")
        .replace("\"lieu_vie\":\"domicile\",", "")
        .replace("\"annee\":2020", "\"annee\":\"deux mille\"") + "}";
    List<Violation> v = verifier(json);
    assertThat(v).extracting(Violation::code, Violation::chemin).containsExactlyInAnyOrder(
        tuple("JSON_TYPE_INVALIDE", "/annee_naissance"),
        tuple("JSON_TYPE_INVALIDE", "/tribunal_siret"),
        tuple("JSON_TYPE_INVALIDE", "/etats/0"),
        tuple("JSON_TYPE_INVALIDE", "/ressources/0/annee"),
        tuple("CHAMP_OBLIGATOIRE", "/civilite"),
        tuple("TYPE_ETABLISSEMENT_OBLIGATOIRE", "/etats/1/type_etablissement"));
    assertThat(v.toString()).doesNotContain("vieux").doesNotContain("deux mille");
  }

  @Test
  void unElementValideNeRecoitQueLesReglesDuMoteur() {
    assertThat(verifier(M + "}")).noneMatch(Violation::estBloquante);
    assertThat(verifier(M.replace("1982", "1850") + "}")).extracting(Violation::code)
        .containsExactly("ANNEE_NAISSANCE_HORS_BORNES");
    // document illisible : seulement la lecture
    assertThat(verifier("{\"numero_rg\":")).extracting(Violation::code).containsExactly("JSON_ILLISIBLE");
  }

  /** Dates que l'original acceptait : lues quand elles n'ont qu'une lecture, avec un avertissement. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "2018-02-01|2018-02-01|",
      "2018/02/01|2018-02-01|JSON_DATE_TOLEREE",
      "2018/2/1|2018-02-01|JSON_DATE_TOLEREE",
      "2018-2-1|2018-02-01|JSON_DATE_TOLEREE",
      "2018-02-01T23:30:00Z|2018-02-01|JSON_DATE_TOLEREE",
      "2018-02-01T00:00:00.000+02:00|2018-02-01|JSON_DATE_TOLEREE",
      "2018-02-01 10:00|2018-02-01|JSON_DATE_TOLEREE",
      "01/02/2018||DATE_INVALIDE",
      "2018/02/31||DATE_INVALIDE",
      "2018-02/01||DATE_INVALIDE",
      "2018-02-01Tmidi||DATE_INVALIDE"})
  void datesDeLOriginal(String texte, String attendue, String code) {
    String json = M.replace("\"date_nomination\":\"2018-02-01\"", "\"date_nomination\":\"" + texte + "\"") + "}";
    List<Violation> v = verifier(json);
    if (code == null) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::code, Violation::chemin).containsExactly(tuple(code, "/date_nomination"));
    }
    Optional<LocalDate> lue = MesuresJsonTest.lire(json, false).valeur()
        .flatMap(l -> l.elements().get(0).valeur()).flatMap(SaisieMesure::dateNomination);
    assertThat(lue).isEqualTo(Optional.ofNullable(attendue).map(LocalDate::parse));
    assertThat(v).allMatch(x -> !x.message().contains(texte));
  }

  /**
   * L'API de l'original n'imposait rien aux ressources : année hors bornes, année en double, montant
   * négatif sont acceptés avec un avertissement ; pour une année en double, la dernière est gardée.
   */
  @Test
  void ressourcesHorsContratAccepteesAvecAvertissement() {
    String json = M.replace("\"ressources\":[{\"annee\":2020,\"niveau_ressource\":\"25000\",",
        "\"ressources\":[{\"annee\":1850,\"niveau_ressource\":\"1\"},{\"annee\":2030,\"niveau_ressource\":\"2\"},"
            + "{\"annee\":2019,\"niveau_ressource\":\"-300\"},{\"annee\":2020,\"niveau_ressource\":\"3\"},"
            + "{\"annee\":2020,\"niveau_ressource\":\"25000\",") + "}";
    List<Violation> v = verifier(json);
    assertThat(v).noneMatch(Violation::estBloquante);
    assertThat(v).extracting(Violation::code, Violation::chemin).containsExactly(
        tuple("RESSOURCE_ANNEE_HORS_BORNES", "/ressources/0/annee"),
        tuple("RESSOURCE_ANNEE_HORS_BORNES", "/ressources/1/annee"),
        tuple("RESSOURCE_MONTANT_NEGATIF", "/ressources/2/niveau_ressource"),
        tuple("RESSOURCE_ANNEE_EN_DOUBLE", "/ressources/4/annee"));
    SaisieMesure s = MesuresJsonTest.lire(json, false).valeurOuErreur().elements().get(0).valeurOuErreur();
    Mesure m = Enregistrement.enregistrer(s, GestionnaireId.individuel(1), Set.of(), Optional.empty(),
        MesuresExistantes.aucune(), MesuresJsonTest.ENGINE.contexte()).valeurOuErreur().mesure().orElseThrow();
    assertThat(m.ressources()).extracting(Ressource::annee, r -> r.niveauRessource().toPlainString())
        .containsExactly(tuple(1850, "1"), tuple(2030, "2"), tuple(2019, "-300"), tuple(2020, "25000"));
  }

  /** Montants en texte : la colonne numérique de l'original gardait toutes les décimales. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"25000\"|25000|", "\"25000,5\"|25000.5|", "\"0.1234567890123\"|0.1234567890123|",
      "1e3|1000.0|", "\"25 000\"||JSON_TYPE_INVALIDE", "\"1e3\"||JSON_TYPE_INVALIDE"})
  void montantsDeRessources(String json, String attendu, String code) {
    String doc = M.replace("\"niveau_ressource\":\"25000\"", "\"niveau_ressource\":" + json) + "}";
    List<Violation> v = verifier(doc);
    if (code == null) {
      assertThat(v).isEmpty();
      assertThat(MesuresJsonTest.lire(doc, false).valeurOuErreur().elements().get(0).valeurOuErreur().ressources()
          .get(0).niveauRessource().toString()).isEqualTo(attendu);
    } else {
      assertThat(v).extracting(Violation::code, Violation::chemin)
          .containsExactly(tuple(code, "/ressources/0/niveau_ressource"));
    }
  }
}
