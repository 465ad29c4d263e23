// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lecture des tableaux aux bornes : CSV (guillemets, séparateurs, fins de ligne, dernière ligne sans
 * retour), .xls, plafonds exactement atteints ou dépassés d'une unité, ordre des erreurs, progression.
 */
class LecteurTableauLimitesTest {
  private static final String SIRET = MesuresImporterTest.SIRET_LILLE;
  private static final String EN_TETE = MesuresImporterTest.EN_TETE;
  @TempDir Path dossier;

  private Resultat<ImportMesures> importer(String contenu, LimitesImport l) throws IOException {
    Path p = Files.createTempFile(dossier, "t", ".csv");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)).avecLimites(l));
  }

  private static String ligne(String rg) {
    return "01/02/2020;tutelle;59000;Lille;F;1950;" + rg + ";D1;domicile;" + SIRET;
  }

  private static List<String> codes(Resultat<?> r) {
    return MesuresImporterTest.erreurs(r).stream().map(Violation::code).toList();
  }

  @Test
  void csvGuillemetsSeparateurDansUnChampTabulationsEtDerniereLigneSansRetour() throws IOException {
    String csv = EN_TETE + "01/02/2020;tutelle;59000;\"Lille; centre \"\"nord\"\"\";F;1950;A1;\"D\n1\";domicile;" + SIRET
        + "\r\n" + ligne("B2");
    ImportMesures i = importer(csv, LimitesImport.parDefaut()).valeurOuErreur();
    assertThat(i.creations()).isEqualTo(2);
    assertThat(i.lignesLues()).isEqualTo(2);
    Mesure m = i.mesures().get(0);
    assertThat(m.ville()).contains("LILLE; CENTRE \"NORD\"");
    assertThat(m.numeroDossier()).contains("D\n1");
    // tabulations : séparateur choisi d'après l'en-tête
    String tsv = (EN_TETE + ligne("C3")).replace(';', '\t');
    assertThat(importer(tsv, LimitesImport.parDefaut()).valeurOuErreur().creations()).isEqualTo(1);
    // autant de tabulations que de points-virgules : le point-virgule gagne
    String egalite = "a\tb;c\n";
    assertThat(codes(importer(egalite, LimitesImport.parDefaut()))).contains("IMPORT_EN_TETE_INVALIDE");
  }

  @Test
  void plafondsExactementAtteintsPuisDepassesDUneUnite() throws IOException {
    String deux = EN_TETE + ligne("A1") + "\n" + ligne("A2") + "\n";
    // le plafond compte les lignes de données non vides ; l'en-tête (première ligne non vide) est en plus
    LimitesImport deuxLignes = new LimitesImport(1 << 20, 2, 50, 1000, 1000, Duration.ofSeconds(30));
    assertThat(importer(deux, deuxLignes).valeurOuErreur().creations()).isEqualTo(2);
    LimitesImport uneLigne = new LimitesImport(1 << 20, 1, 50, 1000, 1000, Duration.ofSeconds(30));
    assertThat(codes(importer(deux, uneLigne))).containsExactly("FICHIER_TROP_DE_LIGNES");
    assertThat(codes(importer("\n;;\n" + deux, uneLigne))).as("lignes vides avant l'en-tête").containsExactly("FICHIER_TROP_DE_LIGNES");
    assertThat(importer(EN_TETE + ligne("A1"), uneLigne).valeurOuErreur().creations()).isEqualTo(1);
    // colonnes : 10 colonnes d'en-tête exactement admises, 9 refusées
    assertThat(importer(EN_TETE + ligne("A1"), new LimitesImport(1 << 20, 10, 10, 1000, 1000, Duration.ofSeconds(30)))
        .estSucces()).isTrue();
    assertThat(codes(importer(EN_TETE + ligne("A1"), new LimitesImport(1 << 20, 10, 9, 1000, 1000, Duration.ofSeconds(30)))))
        .containsExactly("FICHIER_TROP_DE_COLONNES");
    // cellule : la plus longue fait 15 caractères (« date_nomination ») : admise à 15, refusée à 14
    assertThat(importer(EN_TETE + ligne("A1"), new LimitesImport(1 << 20, 10, 50, 15, 1000, Duration.ofSeconds(30)))
        .estSucces()).isTrue();
    assertThat(codes(importer(EN_TETE + ligne("A1"), new LimitesImport(1 << 20, 10, 50, 14, 1000, Duration.ofSeconds(30)))))
        .containsExactly("FICHIER_CELLULE_TROP_LONGUE");
    // lignes vides ignorées, non comptées
    assertThat(importer(EN_TETE + "\n;;;\n" + ligne("A1") + "\n\n", deuxLignes).valeurOuErreur().lignesLues()).isEqualTo(1);
  }

  @Test
  void limitesPositivesExigees() {
    assertThatThrownBy(() -> new LimitesImport(0, 1, 1, 1, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesImport(1, 0, 1, 1, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesImport(1, 1, 0, 1, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesImport(1, 1, 1, 0, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesImport(1, 1, 1, 1, 0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new LimitesImport(1, 1, 1, 1, 1, Duration.ofSeconds(1)).lignesMax()).isEqualTo(1);
  }

  @Test
  void xlsLuCelluleParCelluleAvecNombresEtLignesVides() throws IOException {
    Path xls = dossier.resolve("m.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
      Sheet s = wb.createSheet("mesures");
      String[] lignes = (EN_TETE + ligne("X1") + "\n\n" + ligne("X2")).split("\n", -1);
      for (int r = 0; r < lignes.length; r++) {
        if (lignes[r].isEmpty()) {
          continue;
        }
        Row row = s.createRow(r);
        String[] c = lignes[r].split(";");
        for (int k = 0; k < c.length; k++) {
          if (r > 0 && k == 5) {
            row.createCell(k).setCellValue(1950); // année numérique, formatée comme dans Excel
          } else {
            row.createCell(k).setCellValue(c[k]);
          }
        }
      }
      wb.write(out);
    }
    ImportMesures i = MesuresImporterTest.IMPORTER.importer(xls, ParametresImport.pour(GestionnaireId.individuel(1)))
        .valeurOuErreur();
    assertThat(i.creations()).isEqualTo(2);
    assertThat(i.mesures()).extracting(m -> m.anneeNaissance().orElseThrow()).containsOnly(1950);
    assertThat(i.mesures()).extracting(m -> m.numeroRg().valeur()).containsExactly("000000X1", "000000X2"); // RG normalisés (§3.10)
    Path vide = dossier.resolve("vide.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(vide)) {
      wb.write(out);
    }
    assertThat(codes(MesuresImporterTest.IMPORTER.importer(vide, ParametresImport.pour(GestionnaireId.individuel(1)))))
        .containsExactly("IMPORT_VIDE");
  }

  @Test
  void erreursTrieesParLigneEtProgressionTousLesMilleLignes() throws IOException {
    StringBuilder csv = new StringBuilder(EN_TETE);
    for (int n = 0; n < 2_500; n++) {
      csv.append(ligne("R" + n)).append('\n');
    }
    csv.append("31/02/2020;tutelle;59000;Lille;F;1950;Z1;D;domicile;").append(SIRET).append('\n');
    csv.append("01/02/2020;tutelle;59000;Lille;F;2999;Z2;D;domicile;").append(SIRET).append('\n');
    List<Long> progres = new ArrayList<>();
    Path p = Files.createTempFile(dossier, "p", ".csv");
    Files.writeString(p, csv, StandardCharsets.UTF_8);
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p,
        ParametresImport.pour(GestionnaireId.individuel(1)).avecProgression(progres::add));
    assertThat(progres).containsExactly(1000L, 2000L);
    assertThat(MesuresImporterTest.erreurs(r)).extracting(MesuresImporter::ligneDe).containsExactly(2502, 2503);
    assertThat(codes(r)).containsExactly("IMPORT_DATE_INVALIDE", "IMPORT_ANNEE_TROP_GRANDE");
  }

  @Test
  void anneesAuxBornesEtTypeDEtablissementParCodeOuLibelle() throws IOException {
    int max = MesuresImporterTest.ENGINE.contexte().anneeEnCours();
    assertThat(importer(EN_TETE + ligne("A1").replace("1950", String.valueOf(max)), LimitesImport.parDefaut())
        .estSucces()).isTrue();
    assertThat(codes(importer(EN_TETE + ligne("A1").replace("1950", String.valueOf(max + 1)), LimitesImport.parDefaut())))
        .containsExactly("IMPORT_ANNEE_TROP_GRANDE");
    assertThat(importer(EN_TETE + ligne("A1").replace("1950", "1900"), LimitesImport.parDefaut()).estSucces()).isTrue();
    assertThat(importer(EN_TETE + ligne("A1").replace("1950", "1950.0"), LimitesImport.parDefaut()).estSucces()).isTrue();
    assertThat(codes(importer(EN_TETE + ligne("A1").replace("1950", "1899"), LimitesImport.parDefaut())))
        .containsExactly("IMPORT_ANNEE_TROP_PETITE");
    String enTete = EN_TETE.replace("\n", ";type_etablissement\n");
    String etab = ligne("E1").replace("domicile", "en établissement");
    for (String type : List.of("etablissement_hospitalier", "ETABLISSEMENT_HOSPITALIER",
        fr.gouv.emjpm.domain.mesure.TypeEtablissement.ETABLISSEMENT_HOSPITALIER.libelle())) {
      ImportMesures i = importer(enTete + etab + ";" + type + "\n", LimitesImport.parDefaut()).valeurOuErreur();
      assertThat(i.mesures().get(0).typeEtablissement()).as(type)
          .contains(fr.gouv.emjpm.domain.mesure.TypeEtablissement.ETABLISSEMENT_HOSPITALIER);
    }
    assertThat(codes(importer(enTete + etab + ";hôtel\n", LimitesImport.parDefaut())))
        .containsExactly("IMPORT_VALEUR_NON_ACCEPTEE");
  }

  private Resultat<ImportMesures> importerOctets(byte[] octets, ParametresImport p) throws IOException {
    Path f = Files.createTempFile(dossier, "o", ".bin");
    Files.write(f, octets);
    return MesuresImporterTest.IMPORTER.importer(f, p);
  }

  /** Une feuille xlsx écrite à la main : en-tête puis une ligne, cellules en ligne. */
  private static byte[] xlsx(String... cellules) throws IOException {
    StringBuilder sb = new StringBuilder();
    String[] titres = EN_TETE.strip().split(";");
    String[] valeurs = ligne("Q1").split(";");
    sb.append("<row r=\"1\">");
    for (int i = 0; i < titres.length; i++) {
      sb.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>").append(titres[i])
          .append("</t></is></c>");
    }
    sb.append("</row><row r=\"2\">");
    for (int i = 0; i < valeurs.length; i++) {
      sb.append("<c r=\"").append((char) ('A' + i)).append("2\" t=\"inlineStr\"><is><t>").append(valeurs[i])
          .append("</t></is></c>");
    }
    for (String c : cellules) {
      sb.append(c);
    }
    sb.append("</row>");
    java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("Feuil1", sb.toString());
    return fr.gouv.emjpm.io.enquete.ClasseurRecuTest.xlsx(f, "");
  }

  @Test
  void colonnesXlsxParReferenceAvecDollarEtPlafond() throws IOException {
    ParametresImport p = ParametresImport.pour(GestionnaireId.individuel(1));
    // colonne AX = 50e : admise (vide de sens, ignorée) ; AY = 51e : refusée
    assertThat(importerOctets(xlsx("<c r=\"$AX$2\" t=\"inlineStr\"><is><t>z</t></is></c>"), p).estSucces()).isTrue();
    assertThat(codes(importerOctets(xlsx("<c r=\"AY2\" t=\"inlineStr\"><is><t>z</t></is></c>"), p)))
        .containsExactly("FICHIER_TROP_DE_COLONNES");
    assertThat(codes(importerOctets(xlsx("<c r=\"ZZZ2\" t=\"inlineStr\"><is><t>z</t></is></c>"), p)))
        .containsExactly("FICHIER_TROP_DE_COLONNES");
    // référence sans lettres : première colonne (jamais d'indice négatif)
    assertThat(importerOctets(xlsx(), p).valeurOuErreur().creations()).isEqualTo(1);
  }

  @Test
  void csvFinsDeLigneCrSeulesGuillemetEnFinDeFichierEtSeparateurFinal() throws IOException {
    String cr = (EN_TETE + ligne("A1") + "\n" + ligne("A2")).replace("\n", "\r");
    ImportMesures i = importer(cr, LimitesImport.parDefaut()).valeurOuErreur();
    assertThat(i.creations()).isEqualTo(2);
    String guillemetFinal = EN_TETE + ligne("A3").replace(SIRET, "\"" + SIRET + "\"");
    assertThat(importer(guillemetFinal, LimitesImport.parDefaut()).valeurOuErreur().creations()).isEqualTo(1);
    String doubleGuillemetFinal = EN_TETE + ligne("A4").replace("domicile;" + SIRET, "domicile;\"" + SIRET + "\"\"\"");
    assertThat(codes(importer(doubleGuillemetFinal, LimitesImport.parDefaut()))).isNotEmpty();
    // séparateur final sans retour : colonne vide de plus, ligne lue
    String enTeteVide = EN_TETE.replace("\n", ";\n");
    assertThat(importer(enTeteVide + ligne("A5") + ";", LimitesImport.parDefaut()).valeurOuErreur().creations()).isEqualTo(1);
    // un fichier d'une seule ligne (en-tête sans retour) : aucune donnée
    assertThat(importer(EN_TETE.strip(), LimitesImport.parDefaut()).valeurOuErreur().lignesLues()).isZero();
    // date_ouverture à la place de date_nomination
    assertThat(importer(EN_TETE.replace("date_nomination", "date_ouverture") + ligne("A6"), LimitesImport.parDefaut())
        .valeurOuErreur().mesures().get(0).dateNomination()).contains(java.time.LocalDate.of(2020, 2, 1));
  }

  @Test
  void tailleExactementAuPlafondAdmiseEtCorrespondanceDAntennes() throws IOException {
    byte[] csv = (EN_TETE + ligne("T1")).getBytes(StandardCharsets.UTF_8);
    LimitesImport juste = new LimitesImport(csv.length, 10, 50, 1000, 1000, Duration.ofSeconds(30));
    assertThat(importer(EN_TETE + ligne("T1"), juste).estSucces()).isTrue();
    LimitesImport court = new LimitesImport(csv.length - 1, 10, 50, 1000, 1000, Duration.ofSeconds(30));
    assertThat(codes(importer(EN_TETE + ligne("T1"), court))).containsExactly("FICHIER_TROP_VOLUMINEUX");
    // antenne inconnue par son nom mais donnée par la correspondance explicite
    ParametresImport service = ParametresImport.pour(GestionnaireId.service(1)).avecAntennes(
        List.of(fr.gouv.emjpm.domain.service.Antenne.builder().id(3).serviceId(1).nom("LILLE").build()),
        java.util.Map.of("ROUBAIX CENTRE", 3L));
    Path p = Files.createTempFile(dossier, "a", ".csv");
    Files.writeString(p, EN_TETE.replace("\n", ";antenne\n") + ligne("T2") + ";ROUBAIX CENTRE\n", StandardCharsets.UTF_8);
    ImportMesures i = MesuresImporterTest.IMPORTER.importer(p, service).valeurOuErreur();
    assertThat(i.mesures().get(0).antenneId()).contains(3L);
  }
}
