// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seconde disposition de l'import : un fichier produit par {@link MesuresExporter} (en-têtes exacts de
 * {@link MesuresExporter#COLONNES}). Chaque colonne lue, chaque refus de format avec le code et le
 * chemin de sa colonne, tout ou rien, reconnaissance de l'en-tête, garde anti-formule ôtée du seul CSV.
 */
class ImportDispositionExportTest {

  static final String LILLE = MesuresImporterTest.SIRET_LILLE;
  static final Tribunal TRIBUNAL_LILLE = MesuresImporterTest.ENGINE.referentiel().tribunal(Siret.of(LILLE)).orElseThrow();
  static final GestionnaireId AUTRE_COMPTE = GestionnaireId.individuel(77);

  /** En-tête de l'export. */
  static final String EN_TETE_EXPORT = String.join(";", MesuresExporter.COLONNES) + "\n";

  @TempDir Path dossier;

  /** Ligne valide de l'export, colonne → valeur. */
  static Map<String, String> ligneValide() {
    Map<String, String> l = new LinkedHashMap<>();
    l.put("annee_naissance", "1950");
    l.put("cabinet", "C1");
    l.put("champ_mesure", "protection_bien");
    l.put("civilite", "madame");
    l.put("code_postal", "59000");
    l.put("date_nomination", "01/02/2020");
    l.put("lieu_vie", "etablissement");
    l.put("nature_mesure", "tutelle");
    l.put("numero_dossier", "D1");
    l.put("numero_rg", "21B00167");
    l.put("pays", "FR");
    l.put("tribunal", "Tribunal judiciaire de Lille");
    l.put("ville", "LILLE");
    l.put("tribunal_siret", LILLE);
    l.put("type_etablissement", "etablissement_hospitalier");
    return l;
  }

  /** Texte CSV de l'export : en-tête puis les lignes (colonnes dans l'ordre de l'export). */
  static String csvExport(List<Map<String, String>> lignes) {
    StringBuilder sb = new StringBuilder(EN_TETE_EXPORT);
    for (Map<String, String> l : lignes) {
      sb.append(String.join(";", MesuresExporter.COLONNES.stream().map(c -> l.getOrDefault(c, "")).toList()))
          .append('\n');
    }
    return sb.toString();
  }

  private Resultat<ImportMesures> importer(String contenu) throws IOException {
    Path p = Files.createTempFile(dossier, "export", ".csv");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(AUTRE_COMPTE));
  }

  private Resultat<ImportMesures> importer(byte[] octets, String suffixe) throws IOException {
    Path p = Files.createTempFile(dossier, "export", suffixe);
    Files.write(p, octets);
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(AUTRE_COMPTE));
  }

  @Test
  void chaqueColonneDeLExportEstLue() throws IOException {
    Mesure m = importer(csvExport(List.of(ligneValide()))).valeurOuErreur().mesures().get(0);
    assertThat(m.gestionnaire()).isEqualTo(AUTRE_COMPTE);
    assertThat(m.anneeNaissance()).contains(1950);
    assertThat(m.cabinet()).contains("C1");
    assertThat(m.champ()).contains(ChampMesure.PROTECTION_BIEN);
    assertThat(m.civilite()).contains(Civilite.MADAME);
    assertThat(m.codePostal()).contains("59000");
    assertThat(m.dateNomination()).contains(LocalDate.of(2020, 2, 1));
    assertThat(m.lieuVie()).contains(LieuVie.ETABLISSEMENT);
    assertThat(m.nature()).isEqualTo(NatureMesure.TUTELLE);
    assertThat(m.numeroDossier()).contains("D1");
    assertThat(m.numeroRg().valeur()).isEqualTo("21B00167");
    assertThat(m.pays()).isEqualTo(Pays.FR);
    assertThat(m.tribunal()).isEqualTo(TRIBUNAL_LILLE.id());
    assertThat(m.ville()).contains("LILLE");
    assertThat(m.typeEtablissement()).contains(TypeEtablissement.ETABLISSEMENT_HOSPITALIER);
    // colonnes facultatives vides ; Belgique sans code postal
    Map<String, String> l = ligneValide();
    l.putAll(Map.of("cabinet", "", "champ_mesure", "", "code_postal", "", "numero_dossier", "", "pays", "BE",
        "lieu_vie", "sdf", "type_etablissement", "", "ville", "BRUXELLES", "civilite", "monsieur"));
    Mesure be = importer(csvExport(List.of(l))).valeurOuErreur().mesures().get(0);
    assertThat(be.pays()).isEqualTo(Pays.BE);
    assertThat(be.codePostal()).isEmpty();
    assertThat(be.cabinet()).isEmpty();
    assertThat(be.champ()).isEmpty();
    assertThat(be.civilite()).contains(Civilite.MONSIEUR);
    assertThat(be.lieuVie()).contains(LieuVie.SDF);
  }

  /**
   * Une mesure en Belgique garde son code postal (texte {@code 1000}) : sur la mesure et son état,
   * sans département, à l'export, et il se réimporte tel quel (CSV et xlsx).
   */
  @Test
  void codePostalBelgeGardeExporteEtReimporte() throws IOException {
    Map<String, String> l = ligneValide();
    l.putAll(Map.of("code_postal", "1000", "pays", "BE", "ville", "Bruxelles"));
    Mesure be = importer(csvExport(List.of(l))).valeurOuErreur().mesures().get(0);
    assertThat(be.pays()).isEqualTo(Pays.BE);
    assertThat(be.codePostal()).contains("1000");
    assertThat(be.departement()).isEmpty();
    assertThat(be.etats()).singleElement().satisfies(e -> {
      assertThat(e.codePostal()).contains("1000");
      assertThat(e.pays()).isEqualTo(Pays.BE);
    });
    MesuresExporter export = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());
    assertThat(export.lignes(List.of(be)).get(0).get(MesuresExporter.COLONNES.indexOf("code_postal"))).isEqualTo("1000");
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    export.exporterCsv(List.of(be), csv);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    export.exporterXlsx(List.of(be), xlsx);
    for (Mesure relue : List.of(importer(csv.toByteArray(), ".csv").valeurOuErreur().mesures().get(0),
        importer(xlsx.toByteArray(), ".xlsx").valeurOuErreur().mesures().get(0))) {
      assertThat(relue.pays()).isEqualTo(Pays.BE);
      assertThat(relue.codePostal()).contains("1000");
      assertThat(relue.ville()).isEqualTo(be.ville());
    }
  }

  @ParameterizedTest(name = "{0} = «{1}» → {2}")
  @CsvSource(delimiter = '|', value = {
      "annee_naissance||IMPORT_VALEUR_MANQUANTE|annee_naissance doit être rempli",
      "annee_naissance|19x0|IMPORT_ANNEE_INVALIDE|annee_naissance doit être un nombre",
      "annee_naissance|1850|IMPORT_ANNEE_TROP_PETITE|annee_naissance doit être au minimum 1900",
      "annee_naissance|2950|IMPORT_ANNEE_TROP_GRANDE|annee_naissance doit être au maximum 2026",
      "champ_mesure|biens|IMPORT_VALEUR_NON_ACCEPTEE|champ_mesure : cette valeur n'est pas une valeur acceptée",
      "civilite||IMPORT_VALEUR_MANQUANTE|civilite doit être rempli",
      "civilite|F|IMPORT_VALEUR_NON_ACCEPTEE|civilite : cette valeur n'est pas une valeur acceptée",
      "civilite|Mme|IMPORT_VALEUR_NON_ACCEPTEE|civilite : cette valeur n'est pas une valeur acceptée",
      "code_postal|590|IMPORT_CODE_POSTAL_INVALIDE|code_postal 4 ou 5 chiffres",
      "date_nomination||IMPORT_VALEUR_MANQUANTE|date_nomination doit être rempli",
      "date_nomination|01-02-2020|IMPORT_DATE_INVALIDE|date_nomination doit être au formats 'jj/mm/aaaa'",
      "lieu_vie||IMPORT_VALEUR_MANQUANTE|lieu_vie doit être rempli",
      "lieu_vie|en établissement|IMPORT_VALEUR_NON_ACCEPTEE|lieu_vie : cette valeur n'est pas une valeur acceptée",
      "nature_mesure||IMPORT_VALEUR_MANQUANTE|nature_mesure doit être rempli",
      "nature_mesure|tutelle aux biens|IMPORT_VALEUR_NON_ACCEPTEE|nature_mesure : cette valeur n'est pas une valeur acceptée",
      "numero_rg||IMPORT_VALEUR_MANQUANTE|numero_rg doit être rempli",
      "pays||IMPORT_VALEUR_MANQUANTE|pays doit être rempli",
      "pays|DE|IMPORT_VALEUR_NON_ACCEPTEE|pays : cette valeur n'est pas une valeur acceptée",
      "pays|BE|IMPORT_PAYS_INCOHERENT|pays ne correspond pas au code postal (4 chiffres : BE, 5 chiffres : FR)",
      "tribunal_siret||IMPORT_VALEUR_MANQUANTE|tribunal_siret doit être rempli",
      "tribunal_siret|123|IMPORT_SIRET_INVALIDE|tribunal_siret doit être un SIRET de 14 chiffres",
      "tribunal_siret|17750111101383|IMPORT_TRIBUNAL_INCONNU|Aucun tribunal ne correspond au SIRET 17750111101383",
      "type_etablissement|hopital|IMPORT_VALEUR_NON_ACCEPTEE|type_etablissement : cette valeur n'est pas une valeur acceptée"})
  void chaqueRefusDeFormatPorteSonCodeSaLigneEtSaColonne(String colonne, String valeur, String code, String message)
      throws IOException {
    Map<String, String> fausse = ligneValide();
    fausse.put(colonne, valeur == null ? "" : valeur);
    fausse.put("numero_rg", colonne.equals("numero_rg") ? fausse.get("numero_rg") : "21B00168");
    // tout ou rien : la ligne valide qui précède n'est pas importée
    Resultat<ImportMesures> r = importer(csvExport(List.of(ligneValide(), fausse)));
    assertThat(r.estSucces()).isFalse();
    assertThat(MesuresImporterTest.erreurs(r)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(code);
      if (code.equals("IMPORT_VALEUR_NON_ACCEPTEE")) {
        // issue 14 : le message liste les valeurs acceptées, jamais la valeur refusée
        assertThat(v.message()).startsWith(message + " (valeurs : ").doesNotContain(valeur);
      } else {
        assertThat(v.message()).isEqualTo(message);
      }
      assertThat(v.chemin()).isEqualTo("/lignes/3/" + colonne);
      assertThat(MesuresImporter.ligneDe(v)).isEqualTo(3);
    });
  }

  @Test
  void lesReglesDuMoteurS_appliquentAussi() throws IOException {
    Map<String, String> l = ligneValide();
    l.put("type_etablissement", "");
    Resultat<ImportMesures> r = importer(csvExport(List.of(l)));
    // issue 14 : en établissement sans type, l'import garde la mesure avec l'avertissement du moteur
    assertThat(r.violations()).extracting(Violation::code).containsExactly("TYPE_ETABLISSEMENT_ABSENT");
    assertThat(MesuresImporter.ligneDe(r.violations().get(0))).isEqualTo(2);
    // le nom du tribunal est informatif : seul le SIRET désigne le tribunal
    Map<String, String> nom = ligneValide();
    nom.put("tribunal", "=un autre nom");
    assertThat(importer(csvExport(List.of(nom))).valeurOuErreur().mesures().get(0).tribunal())
        .isEqualTo(TRIBUNAL_LILLE.id());
  }

  @Test
  void lEnTeteDeLExportEstReconnuDansNImporteQuelOrdreEtSeulementComplet() throws IOException {
    Map<String, String> l = ligneValide();
    List<String> inverse = new ArrayList<>(MesuresExporter.COLONNES);
    java.util.Collections.reverse(inverse);
    String contenu = String.join(";", inverse) + "\n"
        + String.join(";", inverse.stream().map(l::get).toList()) + "\n";
    assertThat(importer(contenu).valeurOuErreur().mesures()).hasSize(1);
    // l'export de §5.6 seul (sans tribunal_siret ni type_etablissement) n'est pas cette disposition
    String ancien = String.join(";", MesuresExporter.COLONNES_5_6) + "\n"
        + String.join(";", MesuresExporter.COLONNES_5_6.stream().map(l::get).toList()) + "\n";
    Resultat<ImportMesures> r = importer(ancien);
    assertThat(MesuresImporterTest.erreurs(r)).extracting(Violation::code).contains("IMPORT_EN_TETE_INVALIDE", "IMPORT_COLONNE_MANQUANTE");
    // mêlée aux colonnes de §6.2, une colonne de l'export est un en-tête invalide (§6.2 inchangé)
    Resultat<ImportMesures> melange = importer(MesuresImporterTest.EN_TETE.replace("\n", ";lieu_vie\n")
        + "01/02/2020;tutelle;59000;Lille;F;1950;A1;;domicile;" + LILLE + ";domicile\n");
    assertThat(MesuresImporterTest.erreurs(melange)).extracting(Violation::code).containsExactly("IMPORT_EN_TETE_INVALIDE");
  }

  @Test
  void laGardeAntiFormuleEstOteeDuCsvSeulement() throws IOException {
    Mesure m = MesureFixtures.tutelleEnCours().withTribunal(TRIBUNAL_LILLE.id()).withCabinet("=1+2")
        .withNumeroDossier("'=x");
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    MesuresExporterTest.EXPORT.exporterCsv(List.of(m), csv);
    assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"'=1+2\"");
    Mesure viaCsv = importer(csv.toByteArray(), ".csv").valeurOuErreur().mesures().get(0);
    assertThat(viaCsv.cabinet()).contains("=1+2");
    // limite propre au CSV (R-EXP-1 : « ' » + texte ou texte) : « '=x » s'exporte comme « =x » et revient « =x »
    assertThat(viaCsv.numeroDossier()).contains("=x");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    MesuresExporterTest.EXPORT.exporterXlsx(List.of(m), xlsx);
    Mesure viaXlsx = importer(xlsx.toByteArray(), ".xlsx").valeurOuErreur().mesures().get(0);
    assertThat(viaXlsx.cabinet()).contains("=1+2");
    // xlsx : la valeur est stockée telle quelle, une apostrophe saisie reste
    assertThat(viaXlsx.numeroDossier()).contains("'=x");
    // disposition §6.2 : aucune garde n'est ôtée
    Resultat<ImportMesures> modele = importer(MesuresImporterTest.EN_TETE.replace("\n", ";tribunal_cabinet\n")
        + "01/02/2020;tutelle;59000;Lille;F;1950;A1;;domicile;" + LILLE + ";'=1\n");
    assertThat(modele.valeurOuErreur().mesures().get(0).cabinet()).contains("'=1");
  }
}
