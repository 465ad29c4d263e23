// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Fichier OCMI et synchronisation d'un mandataire (domain.md §7.6). */
class SynchronisationOcmiTest {
  private static final EmjpmEngine ENGINE =
      EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
  private static final String SIRET_A = "12345678900011";
  private static final String SIRET_B = "98765432100019";
  private static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(4);

  /** Une mesure OCMI ; {@code pays} vide = état sans pays (FR par défaut). */
  private static String mesure(String siretMandataire, String rg, String tribunal, String pays) {
    return "{\"mandataire\":{\"siret\":\"" + siretMandataire + "\",\"nom\":\"DUPONT\",\"prenom\":\"Jean\","
        + "\"email\":\"j@exemple.fr\"},\"numero_rg\":\"" + rg + "\",\"annee_naissance\":1950,"
        + "\"civilite\":\"madame\",\"tribunal_siret\":\"" + tribunal + "\",\"date_nomination\":\"2019-03-01\","
        + "\"etats\":[{\"date_changement_etat\":\"2019-03-01\",\"nature_mesure\":\"tutelle\","
        + "\"champ_mesure\":\"protection_bien_personne\",\"lieu_vie\":\"domicile\",\"code_postal\":\"59000\","
        + "\"ville\":\"LILLE\"" + (pays.isEmpty() ? "" : ",\"pays\":\"" + pays + "\"") + "}]}";
  }

  private static FichierOcmi lire(byte[] octets) throws IOException {
    Resultat<FichierOcmi> r = FichierOcmi.lire(new ByteArrayInputStream(octets));
    assertThat(r.violations()).extracting(Violation::code).doesNotContain("JSON_ILLISIBLE");
    return r.valeurOuErreur();
  }

  private static byte[] json(String... mesures) {
    return ("[" + String.join(",", mesures) + "]").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(byte[] contenu) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("LISEZMOI.txt"));
      z.write("x".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("ocmi-emjpmenq.json"));
      z.write(contenu);
    }
    return b.toByteArray();
  }

  @Test
  void regroupeParSiretGardeSeulementLeSiretDuMandataireEtSynchronise() throws IOException {
    byte[] contenu = json(mesure(SIRET_A, "19/00001", "17590111500709", ""),
        mesure(SIRET_B, "19/00002", "17590111500709", "FR"),
        mesure(SIRET_A, "19/00003", "17590111500709", "FR"),
        mesure(SIRET_A, "19/00001", "17590111500709", "FR")); // doublon
    for (byte[] octets : List.of(contenu, zip(contenu))) {
      FichierOcmi f = lire(octets);
      assertThat(f.sirets()).containsExactly(SIRET_A, SIRET_B);
      assertThat(f.nombreMesures()).isEqualTo(4);
      Resultat<ImportMesures> r = SynchronisationOcmi.avec(ENGINE)
          .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
      ImportMesures imp = r.valeurOuErreur();
      assertThat(imp.creations()).isEqualTo(2);
      assertThat(imp.misesAJour()).isZero();
      assertThat(imp.mesures()).extracting(m -> m.numeroRg().valeur()).containsExactly("01900001", "01900003"); // RG normalisés (§3.10)
      assertThat(imp.mesures().get(0).etats().get(0).pays()).isEqualTo(Pays.FR);
      assertThat(imp.avertissements()).extracting(Violation::code).containsExactly("IMPORT_DOUBLONS");
      // mises à jour quand les mesures existent déjà
      List<Mesure> existantes = new ArrayList<>(imp.mesures());
      ImportMesures deux = SynchronisationOcmi.avec(ENGINE)
          .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.de(existantes)).valeurOuErreur();
      assertThat(deux.misesAJour()).isEqualTo(2);
      assertThat(deux.creations()).isZero();
    }
  }

  @Test
  void leNomDuMandataireNEstJamaisGardeEtLesChampsDIdentiteDuMajeurSontSignalesUneFois() throws IOException {
    String avecNom = mesure(SIRET_A, "19/00001", "17590111500709", "FR").replace("\"numero_rg\"",
        "\"nom\":\"CANARI-OCMI\",\"numero_rg\"");
    FichierOcmi f = lire(json(avecNom, avecNom.replace("19/00001", "19/00002")));
    assertThat(f.avertissements()).extracting(Violation::code).containsExactly("JSON_CHAMP_INTERDIT");
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    assertThat(r.toString()).doesNotContain("CANARI-OCMI").doesNotContain("DUPONT").doesNotContain("Jean");
    assertThat(f.avertissements().toString()).doesNotContain("CANARI-OCMI");
    assertThat(r.valeurOuErreur().creations()).isEqualTo(2);
  }

  @Test
  void repliSurLeSirenPuisMandataireInconnu() throws IOException {
    FichierOcmi f = lire(json(mesure(SIRET_A, "19/00001", "17590111500709", "FR")));
    Resultat<ImportMesures> parSiren = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of("12345678900029"), MesuresExistantes.aucune());
    assertThat(parSiren.valeurOuErreur().creations()).isEqualTo(1);
    assertThat(parSiren.violations()).extracting(Violation::code).containsExactly("OCMI_TROUVE_PAR_SIREN");
    Resultat<ImportMesures> inconnu = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_B), MesuresExistantes.aucune());
    assertThat(inconnu.violations()).extracting(Violation::code).containsExactly("OCMI_MANDATAIRE_INCONNU");
  }

  @Test
  void unTribunalInconnuNeBloqueQueSaMesure() throws IOException {
    FichierOcmi f = lire(json(mesure(SIRET_A, "19/00001", "17590111500709", "FR"),
        mesure(SIRET_A, "19/00002", "17750111101383", "FR")));
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    assertThat(r.valeurOuErreur().mesures()).extracting(m -> m.numeroRg().valeur()).containsExactly("01900001");
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactly("OCMI_MESURE_NON_ENREGISTREE", "OCMI_TRIBUNAL_INCONNU");
    assertThat(r.violations()).noneMatch(Violation::estBloquante);
    assertThat(r.violations().get(1).chemin()).isEqualTo("/mesures/1/tribunal_siret");
    assertThat(r.violations().get(1).message()).isEqualTo("Aucun tribunal ne correspond au SIRET 17750111101383.");
    // seule mesure du mandataire, refusée : rien à enregistrer, l'échec porte son erreur
    FichierOcmi seul = lire(json(mesure(SIRET_A, "19/00002", "17750111101383", "FR")));
    Resultat<ImportMesures> echec = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(seul, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    assertThat(echec.valeur()).isEmpty();
    assertThat(echec.violations()).extracting(Violation::code).containsExactly("OCMI_TRIBUNAL_INCONNU");
  }

  /**
   * L'original enregistrait OCMI sans validation : une mesure invalide ne bloque plus les autres. Chaque
   * mesure refusée est signalée (rang, chemin, code) ; illisible, tribunal inconnu ou règle du moteur.
   */
  @Test
  void chaqueMesureInvalideEstSignaleeSansBloquerLesAutres() throws IOException {
    String sansEtat = mesure(SIRET_A, "19/00002", "17590111500709", "FR").replaceAll("\"etats\":\\[.*\\]", "\"etats\":[]");
    String anneeIllisible = mesure(SIRET_A, "19/00004", "17590111500709", "FR").replace("1950", "\"vieux\"");
    FichierOcmi f = lire(json(mesure(SIRET_A, "19/00001", "17590111500709", "FR"), sansEtat,
        mesure(SIRET_A, "19/00003", "17590111500709", "FR"), anneeIllisible,
        mesure(SIRET_A, "19/00005", "17750111101383", "")));
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    ImportMesures i = r.valeurOuErreur();
    assertThat(i.creations()).isEqualTo(2);
    assertThat(i.lignesLues()).isEqualTo(5);
    assertThat(i.mesures()).extracting(m -> m.numeroRg().valeur()).containsExactly("01900001", "01900003");
    assertThat(r.violations()).noneMatch(Violation::estBloquante);
    List<Violation> resumes = r.violations().stream()
        .filter(v -> v.code().equals("OCMI_MESURE_NON_ENREGISTREE")).toList();
    assertThat(resumes).extracting(Violation::chemin).containsExactly("/mesures/1", "/mesures/3", "/mesures/4");
    assertThat(resumes).extracting(v -> v.arguments().get("ligne")).containsExactly("2", "4", "5");
    assertThat(r.violations()).filteredOn(v -> !v.code().equals("OCMI_MESURE_NON_ENREGISTREE"))
        .extracting(v -> v.chemin() + " " + v.code())
        .contains("/mesures/1/etats ETATS_OBLIGATOIRES", "/mesures/3/annee_naissance JSON_TYPE_INVALIDE",
            "/mesures/4/tribunal_siret OCMI_TRIBUNAL_INCONNU");
    // aucune donnée reçue recopiée
    assertThat(r.violations().toString()).doesNotContain("vieux").doesNotContain("DUPONT");
  }

  @Test
  void leMemeRgAUnAncienEtAuSiretActuelEstUnDoublon() throws IOException {
    fr.gouv.emjpm.domain.tribunal.Tribunal lille = ENGINE.referentiel().tribunal(Siret.of("17590111500709")).orElseThrow();
    fr.gouv.emjpm.domain.tribunal.Tribunal ancien = lille.withId(fr.gouv.emjpm.domain.tribunal.TribunalId.of("ancien"))
        .withSiret(Siret.of("17590111500001")).withTribunalActuel(lille.id());
    EmjpmEngine avecAncien = EmjpmEngine.builder().clock(ENGINE.clock())
        .referentiel(ENGINE.referentiel().avecAnciensTribunaux(List.of(ancien))).build();
    FichierOcmi f = lire(json(mesure(SIRET_A, "19/00001", "17590111500001", "FR"),
        mesure(SIRET_A, "19-00001", "17590111500709", "FR")));
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(avecAncien)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    assertThat(r.valeurOuErreur().mesures()).singleElement()
        .satisfies(m -> assertThat(m.tribunal()).isEqualTo(lille.id()));
    assertThat(r.violations()).extracting(Violation::code).containsExactly("IMPORT_DOUBLONS");
  }

  @Test
  void unRgHeriteSuffixeEstApparieASaMesure() throws IOException {
    FichierOcmi f = lire(json(mesure(SIRET_A, "21A00167", "17590111500709", "FR"),
        mesure(SIRET_A, "21A00167-1", "17590111500709", "FR")));
    ImportMesures premier = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune()).valeurOuErreur();
    assertThat(premier.mesures()).extracting(m -> m.numeroRg().valeur()).containsExactly("21A00167", "21A00167-1");
    List<Mesure> existantes = List.of(premier.mesures().get(0).withId(fr.gouv.emjpm.domain.mesure.MesureId.of(1)),
        premier.mesures().get(1).withId(fr.gouv.emjpm.domain.mesure.MesureId.of(2)));
    ImportMesures second = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.de(existantes)).valeurOuErreur();
    assertThat(second.misesAJour()).isEqualTo(2);
    assertThat(second.mesures()).extracting(m -> m.id().orElseThrow().valeur()).containsExactly(1L, 2L);
  }

  /** L'original enregistrait OCMI sans validation : dates contradictoires gardées, avec un avertissement. */
  @Test
  void lesReglesCroiseesDesDatesSontDesAvertissementsPourOcmi() throws IOException {
    String contradictoire = mesure(SIRET_A, "19/00001", "17590111500709", "FR")
        .replace("\"date_nomination\":\"2019-03-01\"",
            "\"date_nomination\":\"2019-06-01\",\"date_premier_mesure\":\"2020-01-01\"");
    FichierOcmi f = lire(json(contradictoire));
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(f, MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    Mesure m = r.valeurOuErreur().mesures().get(0);
    assertThat(m.dateNomination()).contains(java.time.LocalDate.of(2019, 6, 1));
    assertThat(m.datePremiereMesure()).contains(java.time.LocalDate.of(2020, 1, 1));
    assertThat(r.violations()).noneMatch(Violation::estBloquante).extracting(Violation::code, Violation::chemin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DATE_NOMINATION_AVANT_PREMIERE_MESURE", "/mesures/0/date_nomination"),
            org.assertj.core.groups.Tuple.tuple("DATE_NOMINATION_APRES_DERNIER_ETAT", "/mesures/0/date_nomination"));
    // la même saisie par l'API des logiciels métier reste refusée, comme par l'original
    byte[] api = contradictoire.replaceAll("\"mandataire\":\\{[^}]*\\},", "").getBytes(StandardCharsets.UTF_8);
    assertThat(fr.gouv.emjpm.io.json.MesuresJsonReader.verifier(api, false, java.util.Set.of(), ENGINE.contexte()))
        .filteredOn(Violation::estBloquante).extracting(Violation::code)
        .containsExactly("DATE_NOMINATION_AVANT_PREMIERE_MESURE", "DATE_NOMINATION_APRES_DERNIER_ETAT");
  }

  /** L'original laissait vides, pour OCMI, une civilité, une année de naissance ou une date de nomination absente. */
  @Test
  void civiliteAnneeEtDateDeNominationAbsentesSontDesAvertissementsPourOcmi() throws IOException {
    String incomplete = mesure(SIRET_A, "19/00001", "17590111500709", "FR")
        .replace("\"annee_naissance\":1950,", "").replace("\"civilite\":\"madame\",", "")
        .replace("\"date_nomination\":\"2019-03-01\",", "");
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(ENGINE)
        .synchroniser(lire(json(incomplete)), MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune());
    Mesure m = r.valeurOuErreur().mesures().get(0);
    assertThat(m.civilite()).isEmpty();
    assertThat(m.anneeNaissance()).isEmpty();
    assertThat(m.dateNomination()).isEmpty();
    assertThat(m.etats()).hasSize(1);
    assertThat(r.violations()).noneMatch(Violation::estBloquante).extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("CHAMP_OBLIGATOIRE", "/mesures/0/annee_naissance"),
            org.assertj.core.groups.Tuple.tuple("CHAMP_OBLIGATOIRE", "/mesures/0/civilite"),
            org.assertj.core.groups.Tuple.tuple("CHAMP_OBLIGATOIRE", "/mesures/0/date_nomination"));
    // sans état ni tribunal, une mesure ne peut pas être enregistrée : refusée
    String sansEtat = incomplete.replaceAll("\"etats\":\\[.*\\]", "\"etats\":[]");
    assertThat(SynchronisationOcmi.avec(ENGINE)
        .synchroniser(lire(json(sansEtat)), MANDATAIRE, Siret.of(SIRET_A), MesuresExistantes.aucune()).valeur()).isEmpty();
  }

  @Test
  void fichiersIllisiblesRefusesParUnCodeStable() throws IOException {
    assertThat(FichierOcmi.lire(new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).violations())
        .extracting(Violation::code).containsExactly("JSON_RACINE_INVALIDE");
    assertThat(FichierOcmi.lire(new ByteArrayInputStream("[{\"a\":1},".getBytes(StandardCharsets.UTF_8))).violations())
        .extracting(Violation::code).containsExactly("JSON_ILLISIBLE");
    assertThat(FichierOcmi.lire(new ByteArrayInputStream("PK\u0003\u0004tronqué".getBytes(StandardCharsets.ISO_8859_1)))
        .violations()).extracting(Violation::code).containsExactly("OCMI_ARCHIVE_ILLISIBLE");
    // archive sans .json
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("a.txt"));
      z.write(1);
    }
    assertThat(FichierOcmi.lire(new ByteArrayInputStream(b.toByteArray())).violations())
        .extracting(Violation::code).containsExactly("OCMI_ARCHIVE_ILLISIBLE");
    // une mesure sans mandataire est écartée et comptée
    FichierOcmi f = lire(json(mesure(SIRET_A, "19/00001", "17590111500709", "FR"), "{\"numero_rg\":\"1\"}"));
    assertThat(f.nombreMesures()).isEqualTo(1);
    assertThat(f.avertissements()).extracting(Violation::code).containsExactly("OCMI_MANDATAIRE_ABSENT");
  }
}
