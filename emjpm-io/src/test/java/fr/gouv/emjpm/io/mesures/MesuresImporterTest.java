// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MesuresImporterTest {

  static final EmjpmEngine ENGINE =
      EmjpmEngine.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris")))
          .build();
  static final MesuresImporter IMPORTER = MesuresImporter.avec(ENGINE);
  static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(1);
  /** Tribunal judiciaire de Lille, présent dans le référentiel embarqué. */
  static final String SIRET_LILLE = "17590111500709";

  @TempDir Path dossier;

  static Path modele(Path dossier) throws IOException {
    Path p = dossier.resolve("modele.xlsx");
    try (InputStream in = MesuresImporterTest.class.getResourceAsStream("/mesures/Template_import_mesures.xlsx")) {
      Files.copy(in, p);
    }
    return p;
  }

  Path csv(String contenu) throws IOException {
    Path p = dossier.resolve("mesures-" + System.nanoTime() + ".txt");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * Violations d'un import sans le bilan « n erreurs sur m mesures » (IMPORT_BILAN_ERREURS, en tête de
   * tout import refusé et vérifié par {@link #unImportRefuseDitNErreursSurMMesures}).
   */
  static List<Violation> erreurs(Resultat<?> r) {
    return r.violations().stream().filter(v -> !v.code().equals("IMPORT_BILAN_ERREURS")).toList();
  }

  @Test
  void unImportRefuseDitNErreursSurMMesures() throws IOException {
    Path p = csv(EN_TETE
        + "01/02/2020;tutelle;59000;Lille;X;1950;21/00167;;A domicile;" + SIRET_LILLE + "\n"
        + "01/02/2020;tutelle;59000;Lille;F;1950;21/00168;;A domicile;" + SIRET_LILLE + "\n"
        + "99/02/2020;tutelle;59000;Lille;F;1950;21/00169;;A domicile;" + SIRET_LILLE + "\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(r.violations().get(0).code()).isEqualTo("IMPORT_BILAN_ERREURS");
    assertThat(r.violations().get(0).message()).isEqualTo("2 erreur(s) sur 3 mesure(s) : aucune mesure n'est importée.");
    assertThat(erreurs(r)).hasSize(2);
  }

  @Test
  void lesEnTetesSontLusSansCasseNiEspacesEtLesMessagesLesNommentCommeLUtilisateur() throws IOException {
    Path p = csv("Date_Nomination ;TYPE;code_postal;ville;Civilite;annee;numero_rg;numero_dossier;residence;"
        + "tribunal_siret \n"
        + "01/02/2020;curatelle simple aux bien;59000;Lille;f;1950;21/00167;;A DOMICILE;" + SIRET_LILLE + "\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(erreurs(r)).singleElement().satisfies(v -> {
      assertThat(v.chemin()).isEqualTo("/lignes/2/type");
      assertThat(v.message()).startsWith("TYPE : cette valeur n'est pas une valeur acceptée (valeurs : curatelle, ")
          .contains("curatelle simple aux biens", "tutelle aux biens et à la personne")
          .doesNotContain("aux bien,", "21/00167");
    });
    Path ok = csv(Files.readString(p).replace("curatelle simple aux bien;", "CURATELLE SIMPLE AUX BIENS;"));
    Resultat<ImportMesures> r2 = IMPORTER.importer(ok, ParametresImport.pour(MANDATAIRE));
    assertThat(r2.estSucces()).as(r2.violations().toString()).isTrue();
    assertThat(r2.valeurOuErreur().mesures().get(0).champ()).contains(ChampMesure.PROTECTION_BIEN);
  }

  @Test
  void toutesLesReglesEnEchecDUneLigneSontSignaleesDontLeTribunal() throws IOException {
    Path p = csv(EN_TETE + "31/02/2020;tutel;59000;Lille;X;1950;21/00167;;domicile;17750111101383\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(erreurs(r)).extracting(Violation::code).containsExactlyInAnyOrder("IMPORT_DATE_INVALIDE",
        "IMPORT_VALEUR_NON_ACCEPTEE", "IMPORT_VALEUR_NON_ACCEPTEE", "IMPORT_TRIBUNAL_INCONNU");
    assertThat(r.violations().get(0).message()).isEqualTo("4 erreur(s) sur 1 mesure(s) : aucune mesure n'est importée.");
  }

  @Test
  void dateIllisibleAnneeHorsBornesEtTypeEtablissementInvalideFontTroisErreursSansDoublon() throws IOException {
    Path p = csv(EN_TETE.replace("\n", ";type_etablissement\n")
        + "31/02/2020;tutelle;59000;Lille;F;1850;21B00167;;en établissement;" + SIRET_LILLE + ";clinique\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(erreurs(r)).extracting(Violation::code, Violation::chemin).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("IMPORT_DATE_INVALIDE", "/lignes/2/date_nomination"),
        org.assertj.core.groups.Tuple.tuple("IMPORT_ANNEE_TROP_PETITE", "/lignes/2/annee"),
        org.assertj.core.groups.Tuple.tuple("IMPORT_VALEUR_NON_ACCEPTEE", "/lignes/2/type_etablissement"));
    assertThat(r.violations().get(0).message()).isEqualTo("3 erreur(s) sur 1 mesure(s) : aucune mesure n'est importée.");
  }

  @Test
  void lesReglesDuMoteurSAppliquentAuxColonnesLisiblesDUneLigneEnErreurDeFormat() throws IOException {
    // date illisible et RG non normalisé en mode strict (règle du moteur) : les deux sont signalés
    Path p = csv(EN_TETE + "31/02/2020;tutelle;59000;Lille;F;1950;21/00167;;en établissement;" + SIRET_LILLE + "\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE).avecStrict(true));
    assertThat(erreurs(r)).filteredOn(Violation::estBloquante).extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("IMPORT_DATE_INVALIDE", "/lignes/2/date_nomination"),
            org.assertj.core.groups.Tuple.tuple("RG_NON_NORMALISE_STRICT", "/lignes/2/numero_rg"));
    assertThat(erreurs(r)).allSatisfy(v -> assertThat(MesuresImporter.ligneDe(v)).isEqualTo(2));
    assertThat(r.violations().toString()).doesNotContain("21/00167");
    // disposition de l'export : même mécanisme (pays illisible, RG strict signalé)
    Map<String, String> l = ImportDispositionExportTest.ligneValide();
    l.putAll(Map.of("pays", "XX", "numero_rg", "21/00167"));
    Resultat<ImportMesures> export = IMPORTER.importer(
        csv(ImportDispositionExportTest.csvExport(List.of(l))), ParametresImport.pour(MANDATAIRE).avecStrict(true));
    assertThat(erreurs(export)).extracting(Violation::code)
        .containsExactlyInAnyOrder("IMPORT_VALEUR_NON_ACCEPTEE", "RG_NON_NORMALISE_STRICT");
  }

  @Test
  void csvWindows1252AvecVirgulesEtTexteInvisible() throws IOException {
    String contenu = EN_TETE.replace(';', ',') + "1/2/2020,Tutelle\u00a0,2100,Saint-Quentin,F,1\u00a0950,"
        + "21/00167,,\u200bEn établissement," + "17\u00a0800\u00a0111\u00a0100\u00a0065\r\n";
    Path p = dossier.resolve("cp1252.csv");
    Files.write(p, contenu.replace("\u200b", "").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(r.estSucces()).as(r.violations().toString()).isTrue();
    Mesure m = r.valeurOuErreur().mesures().get(0);
    assertThat(m.codePostal()).contains("02100");
    assertThat(m.anneeNaissance()).contains(1950);
    assertThat(m.dateNomination()).contains(LocalDate.of(2020, 2, 1));
    assertThat(m.lieuVie()).contains(LieuVie.ETABLISSEMENT);
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactlyInAnyOrder("IMPORT_CODE_POSTAL_ZERO_RETABLI", "TYPE_ETABLISSEMENT_ABSENT");
    Path utf8 = csv(contenu);
    assertThat(IMPORTER.importer(utf8, ParametresImport.pour(MANDATAIRE)).estSucces()).isTrue();
  }

  static List<String> messages(Resultat<?> r) {
    return MesuresImporterTest.erreurs(r).stream().map(Violation::message).toList();
  }

  @Test
  void leModeleReelEchoueSurLeSiretInconnuLigne2() throws IOException {
    Resultat<ImportMesures> r = IMPORTER.importer(modele(dossier), ParametresImport.pour(MANDATAIRE));
    assertThat(r.estSucces()).isFalse();
    assertThat(messages(r)).containsExactly("Aucun tribunal ne correspond au SIRET 17750111101383");
    assertThat(MesuresImporter.ligneDe(MesuresImporterTest.erreurs(r).get(0))).isEqualTo(2);
    assertThat(MesuresImporterTest.erreurs(r).get(0).code()).isEqualTo("IMPORT_TRIBUNAL_INCONNU");
  }

  @Test
  void leModeleReussitAvecUnSiretDuReferentiel() throws IOException {
    Path p = modele(dossier);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
      wb.getSheetAt(0).getRow(1).getCell(9).setCellValue(SIRET_LILLE);
      try (OutputStream out = Files.newOutputStream(dossier.resolve("modifie.xlsx"))) {
        wb.write(out);
      }
    }
    Resultat<ImportMesures> r =
        IMPORTER.importer(dossier.resolve("modifie.xlsx"), ParametresImport.pour(MANDATAIRE));
    assertThat(MesuresImporterTest.erreurs(r)).filteredOn(Violation::estBloquante).isEmpty();
    ImportMesures i = r.valeurOuErreur();
    assertThat(i.creations()).isEqualTo(1);
    assertThat(i.misesAJour()).isZero();
    Mesure m = i.mesures().get(0);
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
    assertThat(m.numeroRg().valeur()).isEqualTo("21B00167");
    assertThat(m.nature()).isEqualTo(NatureMesure.CURATELLE_RENFORCEE);
    assertThat(m.champ()).isEmpty();
    assertThat(m.lieuVie()).contains(LieuVie.DOMICILE);
    assertThat(m.dateNomination()).contains(LocalDate.of(2019, 12, 21));
    assertThat(m.anneeNaissance()).contains(1982);
    assertThat(m.codePostal()).contains("75002");
    assertThat(m.departement().map(d -> d.valeur())).contains("75");
    assertThat(m.etats()).hasSize(1);
    assertThat(m.tribunal()).isEqualTo(ENGINE.referentiel().tribunal(fr.gouv.emjpm.domain.referentiel.Siret.of(SIRET_LILLE)).orElseThrow().id());
  }

  static final String EN_TETE =
      "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret\n";

  @Test
  void csvValideAvecBelgiqueChampEtMiseAJour() throws IOException {
    Path p = csv("\uFEFF" + EN_TETE
        + "01/02/2020;tutelle aux biens;59000;Lille;F;1950;21/00167;D1;A domicile;" + SIRET_LILLE + "\n"
        + "15/03/2021;Curatelle simple à la personne;1000;Bruxelles;H;1960;rg-2345 34;;sdf;" + SIRET_LILLE + "\r\n");
    Resultat<ImportMesures> premier = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    ImportMesures i = premier.valeurOuErreur();
    assertThat(i.creations()).isEqualTo(2);
    assertThat(i.mesures().get(0).champ()).contains(ChampMesure.PROTECTION_BIEN);
    assertThat(i.mesures().get(0).numeroRg().valeur()).isEqualTo("02100167");
    assertThat(i.mesures().get(1).pays()).isEqualTo(Pays.BE);
    assertThat(i.mesures().get(1).lieuVie()).contains(LieuVie.SDF);
    // Second import du même fichier contre les mesures créées : deux mises à jour.
    Resultat<ImportMesures> second =
        IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE).avecExistantes(MesuresExistantes.de(i.mesures())));
    assertThat(second.valeurOuErreur().misesAJour()).isEqualTo(2);
    assertThat(second.valeurOuErreur().creations()).isZero();
  }

  /** Moteur dont le référentiel connaît un ancien tribunal (SIRET {@value #SIRET_ANCIEN}) remplacé par Lille. */
  static final String SIRET_ANCIEN = "17590111500001";

  static MesuresImporter importerAvecAncienTribunal() {
    fr.gouv.emjpm.domain.referentiel.Referentiel ref = ENGINE.referentiel();
    fr.gouv.emjpm.domain.tribunal.Tribunal lille =
        ref.tribunal(fr.gouv.emjpm.domain.referentiel.Siret.of(SIRET_LILLE)).orElseThrow();
    fr.gouv.emjpm.domain.tribunal.Tribunal ancien = lille
        .withId(fr.gouv.emjpm.domain.tribunal.TribunalId.of("ancien-lille"))
        .withSiret(fr.gouv.emjpm.domain.referentiel.Siret.of(SIRET_ANCIEN)).withNom("Tribunal d'instance de Lille")
        .withTribunalActuel(lille.id());
    return MesuresImporter.avec(EmjpmEngine.builder().clock(ENGINE.clock())
        .referentiel(ref.avecAnciensTribunaux(List.of(ancien))).build());
  }

  @Test
  void unAncienSiretEstRedirigeVersLeTribunalActuelAvecUnAvertissement() throws IOException {
    Path p = csv(EN_TETE
        + "01/02/2020;tutelle;59000;Lille;F;1950;A1;;domicile;" + SIRET_LILLE + "\n"
        + "01/02/2020;tutelle;59000;Lille;F;1951;A2;;domicile;" + SIRET_ANCIEN + "\n");
    // Référentiel embarqué seul : l'ancien SIRET est inconnu (§6.5).
    assertThat(IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE)).rapport().codes())
        .containsExactly("IMPORT_BILAN_ERREURS", "IMPORT_TRIBUNAL_INCONNU");
    Resultat<ImportMesures> r = importerAvecAncienTribunal().importer(p, ParametresImport.pour(MANDATAIRE));
    ImportMesures i = r.valeurOuErreur();
    assertThat(i.creations()).isEqualTo(2);
    assertThat(i.mesures()).extracting(m -> m.tribunal().valeur()).containsOnly(
        ENGINE.referentiel().tribunal(fr.gouv.emjpm.domain.referentiel.Siret.of(SIRET_LILLE)).orElseThrow().id().valeur());
    assertThat(MesuresImporterTest.erreurs(r)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("IMPORT_TRIBUNAL_REDIRIGE");
      assertThat(v.gravite()).isEqualTo(fr.gouv.emjpm.domain.commun.Gravite.AVERTISSEMENT);
      assertThat(v.arguments()).containsEntry("ligne", "3");
      assertThat(v.message()).isEqualTo("Le SIRET " + SIRET_ANCIEN
          + " est celui d'un ancien tribunal : la mesure est rattachée au Tribunal judiciaire de Lille, qui le remplace.");
    });
  }

  @Test
  void unServiceSansAntenneDeclareeVoitChaqueNomDAntenneSignaleEtUnMandataireNonLue() throws IOException {
    Path p = csv(EN_TETE.replace("\n", ";antenne\n")
        + "01/02/2020;tutelle;59000;Lille;F;1950;A1;;domicile;" + SIRET_LILLE + ";NORD\n"
        + "01/02/2020;tutelle;59000;Lille;F;1951;A2;;domicile;" + SIRET_LILLE + ";NORD\n"
        + "01/02/2020;tutelle;59000;Lille;F;1952;A3;;domicile;" + SIRET_LILLE + ";\n");
    Resultat<ImportMesures> service = IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.service(1)));
    assertThat(service.estSucces()).isFalse();
    assertThat(MesuresImporterTest.erreurs(service)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("IMPORT_ANTENNE_INCONNUE");
      assertThat(v.arguments()).containsEntry("antenne", "NORD");
    });
    // un mandataire individuel n'a pas d'antenne : la colonne est ignorée, comme dans l'original
    ImportMesures individuel = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE)).valeurOuErreur();
    assertThat(individuel.creations()).isEqualTo(3);
    assertThat(individuel.mesures()).allSatisfy(m -> assertThat(m.antenneId()).isEmpty());
  }

  @Test
  void toutesLesErreursDeFormatAvecLeurLigneEtRienNEstImporte() throws IOException {
    Path p = csv(EN_TETE
        + "31/02/2020;tutelle;75002;Paris;F;1950;A1;;domicile;" + SIRET_LILLE + "\n"
        + "01/02/2020;tutelle;123;Paris;X;2027;A2;;à domicile;" + SIRET_LILLE + "\n"
        + "01/02/2020;;75002;Paris;F;1899;A3;;domicile;123\n"
        + "01/02/2020;tutelle;75002;Paris;F;1950;A4;;domicile;" + SIRET_LILLE + "\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(r.estSucces()).isFalse();
    assertThat(messages(r)).containsExactly(
        "date_nomination doit être au formats 'jj/mm/aaaa'",
        "code_postal 4 ou 5 chiffres",
        "civilite : cette valeur n'est pas une valeur acceptée (valeurs : F, H)",
        "annee doit être au maximum 2026",
        "residence : cette valeur n'est pas une valeur acceptée (valeurs : A domicile, domicile, en établissement, "
            + "en établissement avec conservation du domicile, SDF)",
        "type doit être rempli",
        "annee doit être au minimum 1900",
        "tribunal_siret doit être un SIRET de 14 chiffres");
    assertThat(MesuresImporterTest.erreurs(r).stream().map(MesuresImporter::ligneDe).toList())
        .containsExactly(2, 3, 3, 3, 3, 4, 4, 4);
    assertThat(MesuresImporterTest.erreurs(r).get(0).chemin()).isEqualTo("/lignes/2/date_nomination");
  }

  @Test
  void enTeteInconnuArreteToutSansRecopierLeTitre() throws IOException {
    Path p = csv("date_nomination;NOMCANARI;type\n01/02/2020;x;tutelle\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(MesuresImporterTest.erreurs(r)).extracting(Violation::code).contains("IMPORT_EN_TETE_INVALIDE", "IMPORT_COLONNE_MANQUANTE");
    assertThat(messages(r)).contains("Le titre de la colonne n° 2 n'est pas valide");
    assertThat(MesuresImporterTest.erreurs(r).toString()).doesNotContain("NOMCANARI");
  }

  @Test
  void lesDoublonsSontSignalesEtEcartes() throws IOException {
    String ligne = "01/02/2020;tutelle;59000;Lille;F;1950;21B00167;;domicile;" + SIRET_LILLE + "\n";
    Resultat<ImportMesures> r = IMPORTER.importer(csv(EN_TETE + ligne + ligne + ligne), ParametresImport.pour(MANDATAIRE));
    assertThat(r.valeurOuErreur().mesures()).hasSize(1);
    assertThat(MesuresImporterTest.erreurs(r)).extracting(Violation::code).containsExactly("IMPORT_DOUBLONS");
    assertThat(MesuresImporterTest.erreurs(r).get(0).arguments()).containsEntry("nombre", "2").containsEntry("lignes", "3, 4");
    assertThat(MesuresImporterTest.erreurs(r).get(0).message()).endsWith("lignes écartées : 3, 4.");
    assertThat(MesuresImporterTest.erreurs(r).toString()).doesNotContain("21B00167");
  }

  @Test
  void auPlusVingtLignesEcarteesSontCitees() {
    assertThat(EcritureLot.lignes(List.of())).isEmpty();
    assertThat(EcritureLot.lignes(java.util.stream.IntStream.rangeClosed(2, 21).boxed().toList()))
        .isEqualTo("2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21");
    assertThat(EcritureLot.lignes(java.util.stream.IntStream.rangeClosed(2, 22).boxed().toList()))
        .endsWith("20, 21, …").doesNotContain("22");
  }

  @Test
  void unEtablissementSansTypeEstAccepteAvecUnAvertissementQuiNommeLaColonne() throws IOException {
    // issue 14 : l'import de l'original n'exigeait pas le type d'établissement (colonne absente du modèle)
    Path p = csv(EN_TETE + "01/02/2020;tutelle;59000;Lille;F;1950;A1;;en établissement;" + SIRET_LILLE + "\n");
    Resultat<ImportMesures> r = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(r.estSucces()).isTrue();
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("TYPE_ETABLISSEMENT_ABSENT");
      assertThat(v.chemin()).startsWith("/lignes/2/");
      assertThat(v.message()).contains("type_etablissement", "etablissement_handicapes", "etablissement_personne_agee",
          "autre_etablissement_s_ms", "etablissement_hospitalier", "etablissement_psychiatrique", "autre_etablissement");
    });
    assertThat(r.valeurOuErreur().mesures().get(0).typeEtablissement()).isEmpty();
    Path avecType = csv(EN_TETE.replace("\n", ";type_etablissement\n")
        + "01/02/2020;tutelle;59000;Lille;F;1950;A1;;en établissement;" + SIRET_LILLE + ";etablissement_hospitalier\n");
    assertThat(IMPORTER.importer(avecType, ParametresImport.pour(MANDATAIRE)).estSucces()).isTrue();
  }

  @Test
  void laProgressionEstAnnonceeParPaquetsDeMilleLignes() throws IOException {
    StringBuilder sb = new StringBuilder(EN_TETE);
    for (int i = 0; i < 2500; i++) {
      sb.append("01/02/2020;tutelle;59000;Lille;F;1950;R").append(String.format(java.util.Locale.ROOT, "%07d", i))
          .append(";;domicile;").append(SIRET_LILLE).append('\n');
    }
    List<Long> annonces = new ArrayList<>();
    Resultat<ImportMesures> r =
        IMPORTER.importer(csv(sb.toString()), ParametresImport.pour(MANDATAIRE).avecProgression(annonces::add));
    assertThat(r.valeurOuErreur().creations()).isEqualTo(2500);
    assertThat(annonces).containsExactly(1000L, 2000L);
  }

  @Test
  void enModeStrictUnRgNonNormaliseEstRefuse() throws IOException {
    Path p = csv(EN_TETE + "01/02/2020;tutelle;59000;Lille;F;1950;21/00167;;domicile;" + SIRET_LILLE + "\n");
    assertThat(IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE)).estSucces()).isTrue();
    Resultat<ImportMesures> strict = IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE).avecStrict(true));
    assertThat(strict.estSucces()).isFalse();
    assertThat(MesuresImporterTest.erreurs(strict)).extracting(Violation::code).containsExactly("RG_NON_NORMALISE_STRICT");
    assertThat(MesuresImporter.ligneDe(MesuresImporterTest.erreurs(strict).get(0))).isEqualTo(2);
    assertThat(MesuresImporterTest.erreurs(strict).toString()).doesNotContain("21/00167");
  }
}
