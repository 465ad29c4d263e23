// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Corps du lot de §7.2 ({@code {"mesures": [...], "strictNumeroRG": bool}}) et chemins des violations
 * du moteur aux noms des champs JSON de §7.3.
 */
class JsonLotEtCheminsTest {
  private static final String M = MesuresJsonTest.MESURE;

  private static Resultat<LotJson> lire(String json) {
    return MesuresJsonReader.lire(json.getBytes(StandardCharsets.UTF_8), false);
  }

  private static List<Violation> verifier(String json) {
    Resultat<LotJson> r = lire(json);
    return r.valeur().map(l -> MesuresJsonReader.verifier(l, Set.of(), MesuresJsonTest.ENGINE.contexte()))
        .orElseGet(r::violations);
  }

  // ------------------------------------------------------------------ corps du lot

  @Test
  void leCorpsDuLotEstLuCommeUnLotAvecSesCheminsParRang() {
    String mauvais = M.replace("\"annee_naissance\":1982", "\"annee_naissance\":\"vieux\"") + "}";
    LotJson lot = lire("{\"mesures\":[" + M + "}," + mauvais + "]}").valeurOuErreur();
    assertThat(lot.estUnLot()).isTrue();
    assertThat(lot.elements()).hasSize(2);
    assertThat(lot.elements().get(0).estSucces()).isTrue();
    assertThat(lot.elements().get(1).violations()).extracting(Violation::code, Violation::chemin)
        .containsExactly(tuple("JSON_TYPE_INVALIDE", "/mesures/1/annee_naissance"));
    // aucun champ inconnu : « mesures » n'est pas lu comme un champ d'une MesureInput
    assertThat(lot.avertissements()).isEmpty();
    // tableau nu et objet seul : toujours admis
    assertThat(lire("[" + M + "}]").valeurOuErreur().estUnLot()).isTrue();
    assertThat(lire(M + "}").valeurOuErreur().estUnLot()).isFalse();
    assertThat(lire("{\"mesures\":[]}").valeurOuErreur().elements()).isEmpty();
  }

  @Test
  void leStatutDeChaqueElementEstRenduTelQuEcritQuelleQueSoitLaForme() {
    String avec = M + ",\"status\":\"eteinte\"}";
    String nul = M + ",\"status\":null}";
    String nombre = M + ",\"status\":3}";
    List<String> attendus = List.of("Optional[eteinte]", "Optional.empty", "Optional.empty", "Optional[3]");
    String elements = avec + "," + nul + "," + M + "}," + nombre;
    assertThat(lire("[" + elements + "]").valeurOuErreur().statuts()).hasToString(attendus.toString());
    assertThat(lire("{\"mesures\":[" + elements + "]}").valeurOuErreur().statuts()).hasToString(attendus.toString());
    assertThat(lire(avec).valeurOuErreur().statuts()).containsExactly(java.util.Optional.of("eteinte"));
    // lu, jamais interprété : ni violation ni avertissement
    assertThat(lire(M + ",\"status\":\"inconnu\"}").violations()).isEmpty();
  }

  @Test
  void strictNumeroRgDuCorpsVautPourChaqueElement() {
    String brut = M.replace("\"18A32450\"", "\"18a-32450\"") + "}";
    String autre = M.replace("\"18A32450\"", "\"19b-1\"") + "}";
    LotJson strict = lire("{\"mesures\":[" + brut + "," + autre + "],\"strictNumeroRG\":true}").valeurOuErreur();
    assertThat(strict.elements()).allMatch(e -> e.valeurOuErreur().strictNumeroRg());
    assertThat(verifier("{\"mesures\":[" + brut + "," + autre + "],\"strictNumeroRG\":true}"))
        .filteredOn(Violation::estBloquante).extracting(Violation::code, Violation::chemin).containsExactly(
            tuple("RG_NON_NORMALISE_STRICT", "/mesures/0/numero_rg"),
            tuple("RG_NON_NORMALISE_STRICT", "/mesures/1/numero_rg"));
    for (String corps : new String[] {"{\"mesures\":[" + brut + "],\"strictNumeroRG\":false}",
        "{\"mesures\":[" + brut + "]}", "{\"mesures\":[" + brut + "],\"strictNumeroRG\":null}"}) {
      assertThat(lire(corps).valeurOuErreur().elements().get(0).valeurOuErreur().strictNumeroRg()).as(corps).isFalse();
      assertThat(verifier(corps)).as(corps).noneMatch(Violation::estBloquante);
    }
    // l'élément qui demande lui-même strictNumeroRG le garde
    String propre = M.replace("\"18A32450\"", "\"18a-32450\"") + ",\"strictNumeroRG\":true}";
    assertThat(lire("{\"mesures\":[" + propre + "," + brut + "],\"strictNumeroRG\":false}").valeurOuErreur().elements())
        .extracting(e -> e.valeurOuErreur().strictNumeroRg()).containsExactly(true, false);
  }

  @Test
  void bornesEtTypesDuCorpsDuLot() {
    String mille = "{\"mesures\":[" + String.join(",", Collections.nCopies(1000, "{}")) + "]}";
    assertThat(lire(mille).valeurOuErreur().elements()).hasSize(1000);
    String milleUn = "{\"mesures\":[" + String.join(",", Collections.nCopies(1001, "{}")) + "]}";
    assertThat(lire(milleUn).violations()).extracting(Violation::code).containsExactly("JSON_LOT_TROP_GRAND");
    assertThat(lire("{\"mesures\":{}}").violations()).extracting(Violation::code, Violation::chemin)
        .containsExactly(tuple("JSON_TYPE_INVALIDE", "/mesures"));
    assertThat(lire("{\"mesures\":[],\"strictNumeroRG\":\"oui\"}").violations())
        .extracting(Violation::code, Violation::chemin).containsExactly(tuple("JSON_TYPE_INVALIDE", "/strictNumeroRG"));
    Resultat<LotJson> inconnu = lire("{\"mesures\":[" + M + ",\"nom\":\"CANARI-LOT\"}],\"editeur\":\"x\"}");
    assertThat(inconnu.estSucces()).isTrue();
    assertThat(inconnu.violations()).extracting(Violation::code, Violation::chemin, Violation::gravite).contains(
        tuple("JSON_CHAMP_INCONNU", "/editeur", Gravite.AVERTISSEMENT),
        tuple("JSON_CHAMP_INTERDIT", "/mesures/0/nom", Gravite.AVERTISSEMENT));
    assertThat(inconnu.toString()).doesNotContain("CANARI-LOT");
    assertThat(MesuresJsonReader.lire(("{\"mesures\":[{\"nom\":\"X\"}]}").getBytes(StandardCharsets.UTF_8), true)
        .estSucces()).isFalse();
  }

  // ------------------------------------------------------------------ chemins

  /** Propriétés d'une saisie du moteur (accesseurs, abstraits ou par défaut, de la classe modèle Immutables). */
  private static Set<String> proprietes(String classeModele) throws ClassNotFoundException {
    Set<String> noms = new HashSet<>();
    for (Method m : Class.forName("fr.gouv.emjpm.rules.validation." + classeModele).getDeclaredMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && m.getParameterCount() == 0) {
        noms.add(m.getName());
      }
    }
    return noms;
  }

  @Test
  void chaqueProprieteDesSaisiesAUnNomJsonQueLeLecteurConnait() throws Exception {
    Set<String> mesure = proprietes("AbstractSaisieMesure");
    // drapeau posé par les adaptateurs d'import (fichier, OCMI), jamais lu du JSON des logiciels métier
    // (leur API exige le type d'établissement, comme l'original)
    mesure.remove("typeEtablissementFacultatif");
    // résolus par l'adaptateur qui les a cherchés (tribunal, commune) ou calculés de la saisie (RG
    // normalisé) : jamais lus du JSON, aucune règle ne les vise
    Set<String> resolus = Set.of("tribunal", "commune", "numeroRgNormalise");
    assertThat(mesure).containsAll(resolus);
    assertThat(CheminsJson.SEGMENTS).doesNotContainKeys(resolus.toArray(String[]::new));
    mesure.removeAll(resolus);
    Set<String> etat = proprietes("AbstractSaisieEtat");
    Set<String> ressource = proprietes("AbstractSaisieRessource");
    assertThat(mesure).contains("dateNomination", "strictNumeroRg").hasSizeGreaterThan(15);
    assertThat(etat).contains("typeEtablissement", "nature");
    assertThat(ressource).contains("niveauRessource", "prestations");
    assertThat(CheminsJson.SEGMENTS).containsKeys(mesure.toArray(String[]::new))
        .containsKeys(etat.toArray(String[]::new)).containsKeys(ressource.toArray(String[]::new));
    for (String p : mesure) {
      assertThat(MesuresJsonReader.CHAMPS).as(p).contains(CheminsJson.SEGMENTS.get(p));
    }
    for (String p : etat) {
      assertThat(MesuresJsonReader.CHAMPS_ETAT).as(p).contains(CheminsJson.SEGMENTS.get(p));
    }
    for (String p : ressource) {
      assertThat(MesuresJsonReader.CHAMPS_RESSOURCE).as(p).contains(CheminsJson.SEGMENTS.get(p));
    }
  }

  @ParameterizedTest
  @CsvSource({
      "/numeroRg,/numero_rg", "/numeroDossier,/numero_dossier", "/anneeNaissance,/annee_naissance",
      "/civilite,/civilite", "/tribunalSiret,/tribunal_siret", "/tribunalCabinet,/tribunal_cabinet",
      "/antenneId,/antenne_id", "/dateNomination,/date_nomination", "/datePremiereMesure,/date_premier_mesure",
      "/dateProtectionEnCours,/date_protection_en_cours", "/dateFinMesure,/date_fin_mesure",
      "/causeSortie,/cause_sortie", "/resultatRevision,/resultat_revision", "/codePostal,/code_postal",
      "/ville,/ville", "/etats,/etats", "/ressources,/ressources", "/strictNumeroRg,/strictNumeroRG",
      "/etats/2/dateChangementEtat,/etats/2/date_changement_etat", "/etats/0/nature,/etats/0/nature_mesure",
      "/etats/0/champ,/etats/0/champ_mesure", "/etats/0/lieuVie,/etats/0/lieu_vie",
      "/etats/0/typeEtablissement,/etats/0/type_etablissement", "/etats/0/codePostal,/etats/0/code_postal",
      "/etats/0/ville,/etats/0/ville", "/etats/0/pays,/etats/0/pays", "/ressources/1/annee,/ressources/1/annee",
      "/ressources/1/niveauRessource,/ressources/1/niveau_ressource",
      "/ressources/1/prestations,/ressources/1/prestations_sociales",
      "/mesures/12/etats/0/typeEtablissement,/mesures/12/etats/0/type_etablissement",
      // déjà au format JSON, rang, segment inconnu ou vide : inchangés
      "/mesures/3/date_nomination,/mesures/3/date_nomination", "/inconnu,/inconnu", "'',''", "/,/"})
  void chaqueSegmentEstTraduit(String domaine, String json) {
    assertThat(CheminsJson.traduire(domaine)).isEqualTo(json);
    Violation v = Violation.de(fr.gouv.emjpm.rules.validation.CodeRegle.CHAMP_OBLIGATOIRE, domaine,
        java.util.Map.of("champ", "x"));
    Violation t = CheminsJson.traduire(v);
    assertThat(t.chemin()).isEqualTo(json);
    assertThat(List.of(t.code(), t.message(), t.arguments(), t.gravite()))
        .isEqualTo(List.of(v.code(), v.message(), v.arguments(), v.gravite()));
  }

  /** Violations réelles du moteur, une par champ qui peut en porter, relues au chemin JSON. */
  @ParameterizedTest(name = "{2} → {3}")
  @CsvSource(delimiter = '|', value = {
      "\"numero_rg\":\"18A32450\",|''|CHAMP_OBLIGATOIRE|/numero_rg",
      "\"annee_naissance\":1982|\"annee_naissance\":1850|ANNEE_NAISSANCE_HORS_BORNES|/annee_naissance",
      "\"civilite\":\"monsieur\",|''|CHAMP_OBLIGATOIRE|/civilite",
      "\"17590111500709\"|\"17750111101383\"|TRIBUNAL_INCONNU|/tribunal_siret",
      "\"numero_dossier\"|\"antenne_id\":7,\"numero_dossier\"|ANTENNE_INCONNUE|/antenne_id",
      "\"date_nomination\":\"2018-02-01\",|''|CHAMP_OBLIGATOIRE|/date_nomination",
      "\"date_fin_mesure\":\"0000-00-00\"|\"date_fin_mesure\":\"2017-01-01\"|DATE_FIN_AVANT_NOMINATION|/date_fin_mesure",
      "\"etats\":[{\"date_changement_etat\":\"2018-02-01\",|\"etats\":[{|CHAMP_OBLIGATOIRE|/etats/0/date_changement_etat",
      "\"nature_mesure\":\"curatelle_simple\",|''|CHAMP_OBLIGATOIRE|/etats/0/nature_mesure",
      "\"lieu_vie\":\"domicile\",|''|CHAMP_OBLIGATOIRE|/etats/0/lieu_vie",
      "\"lieu_vie\":\"domicile\"|\"lieu_vie\":\"etablissement\"|TYPE_ETABLISSEMENT_OBLIGATOIRE|/etats/0/type_etablissement",
      "\"code_postal\":\"59000\"|\"code_postal\":\"5900\"|CODE_POSTAL_MAL_FORME|/etats/0/code_postal",
      ",\"pays\":\"FR\"|''|CHAMP_OBLIGATOIRE|/etats/0/pays",
      "\"annee\":2020|\"annee\":1850|RESSOURCE_ANNEE_HORS_BORNES|/ressources/0/annee",
      "\"niveau_ressource\":\"25000\"|\"niveau_ressource\":-1|RESSOURCE_MONTANT_NEGATIF|/ressources/0/niveau_ressource"})
  void lesViolationsDuMoteurPortentLeNomDuChampJson(String avant, String apres, String code, String chemin) {
    String json = M.replace(avant, apres) + "}";
    assertThat(json).isNotEqualTo(M + "}");
    assertThat(verifier(json)).extracting(Violation::code, Violation::chemin).contains(tuple(code, chemin));
    assertThat(verifier("[" + json + "]")).extracting(Violation::code, Violation::chemin)
        .contains(tuple(code, "/mesures/0" + chemin));
    assertThat(verifier("{\"mesures\":[" + M + "}," + json + "]}")).extracting(Violation::code, Violation::chemin)
        .contains(tuple(code, "/mesures/1" + chemin));
    // aucun chemin aux noms Java
    assertThat(verifier(json)).extracting(Violation::chemin).noneMatch(c -> c.matches(".*[a-z][A-Z].*")
        && !c.endsWith("strictNumeroRG"));
    assertThat(verifier(M + "}")).noneMatch(Violation::estBloquante);
  }

  @Test
  void leParcoursDesChampsConnusEstComplet() {
    // chaque nom JSON produit par la traduction est un champ que le lecteur connaît
    Set<String> connus = new HashSet<>(MesuresJsonReader.CHAMPS);
    connus.addAll(MesuresJsonReader.CHAMPS_ETAT);
    connus.addAll(MesuresJsonReader.CHAMPS_RESSOURCE);
    assertThat(connus).containsAll(CheminsJson.SEGMENTS.values());
    assertThat(Arrays.asList("nature", "champ", "prestations")).noneMatch(connus::contains);
  }
}
