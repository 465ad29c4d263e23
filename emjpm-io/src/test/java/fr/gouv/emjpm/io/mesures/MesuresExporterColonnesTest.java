// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Valeur de chaque colonne exportée, filtrage et tri des mesures, octets déterministes de l'xlsx. */
class MesuresExporterColonnesTest {
  private final MesuresExporter exporter = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());

  private static String colonne(List<String> ligne, String nom) {
    return ligne.get(MesuresExporter.COLONNES.indexOf(nom));
  }

  @Test
  void chaqueColonnePorteLaValeurDeLaMesure() {
    Mesure m = MesureFixtures.tutelleEnCours().withCabinet("C7").withNumeroDossier("ND-9")
        .withChamp(ChampMesure.PROTECTION_BIEN);
    List<String> l = exporter.lignes(List.of(m)).get(0);
    assertThat(colonne(l, "cabinet")).isEqualTo("C7");
    assertThat(colonne(l, "numero_dossier")).isEqualTo("ND-9");
    assertThat(colonne(l, "champ_mesure")).isEqualTo(ChampMesure.PROTECTION_BIEN.code());
    assertThat(colonne(l, "civilite")).isEqualTo(m.civilite().orElseThrow().code());
    assertThat(colonne(l, "lieu_vie")).isEqualTo(m.lieuVie().orElseThrow().code());
    assertThat(colonne(l, "nature_mesure")).isEqualTo(m.nature().code());
    assertThat(colonne(l, "annee_naissance")).isEqualTo(String.valueOf(m.anneeNaissance().orElseThrow()));
    assertThat(colonne(l, "numero_rg")).isEqualTo(m.numeroRg().valeur());
    assertThat(colonne(l, "pays")).isEqualTo(m.pays().code());
    assertThat(colonne(l, "tribunal")).isNotBlank();
  }

  @Test
  void seulesLesMesuresEnCoursTrieesParTribunalPuisRg() {
    Mesure a = MesureFixtures.tutelleEnCours().withNumeroRg(NumeroRg.normalise("B2"));
    Mesure b = MesureFixtures.tutelleEnCours().withNumeroRg(NumeroRg.normalise("A1"));
    Mesure eteinte = MesureFixtures.tutelleEnCours().withNumeroRg(NumeroRg.normalise("C3"))
        .withStatut(StatutMesure.ETEINTE).withDateFinMesure(java.time.LocalDate.of(2024, 1, 1))
        .withCauseSortie(fr.gouv.emjpm.domain.mesure.CauseSortie.DECES);
    List<List<String>> l = exporter.lignes(List.of(a, eteinte, b));
    assertThat(l).extracting(x -> colonne(x, "numero_rg")).containsExactly("000000A1", "000000B2");
    // le tribunal passe avant le RG
    var autreTribunal = fr.gouv.emjpm.domain.tribunal.TribunalId.of("0");
    Mesure c = MesureFixtures.tutelleEnCours().withNumeroRg(NumeroRg.normalise("Z9")).withTribunal(autreTribunal);
    assertThat(exporter.lignes(List.of(a, b, c))).extracting(x -> colonne(x, "numero_rg"))
        .containsExactly(autreTribunal.valeur().compareTo(a.tribunal().valeur()) < 0
            ? new String[] {"000000Z9", "000000A1", "000000B2"} : new String[] {"000000A1", "000000B2", "000000Z9"});
  }

  @Test
  void xlsxDeterministeEntreesDateesFixesEtCellulesEnTexte() throws Exception {
    List<Mesure> ms = List.of(MesureFixtures.tutelleEnCours().withCabinet("=1+1"));
    ByteArrayOutputStream un = new ByteArrayOutputStream();
    ByteArrayOutputStream deux = new ByteArrayOutputStream();
    exporter.exporterXlsx(ms, un);
    exporter.exporterXlsx(ms, deux);
    assertThat(un.toByteArray()).isEqualTo(deux.toByteArray());
    long heure = -1;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(un.toByteArray()))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (heure < 0) {
          heure = e.getTime();
        }
        assertThat(e.getTime()).as(e.getName()).isEqualTo(heure);
        assertThat(java.time.Instant.ofEpochMilli(e.getTime()).atZone(java.time.ZoneOffset.UTC).getYear())
            .as("date fixe des entrées").isLessThan(2001);
        z.readAllBytes();
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(un.toByteArray()))) {
      var cellule = wb.getSheet("Mesures eMJPM").getRow(1).getCell(MesuresExporter.COLONNES.indexOf("cabinet"));
      assertThat(cellule.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(cellule.getStringCellValue()).isEqualTo("=1+1");
      assertThat(cellule.getCellStyle().getQuotePrefixed()).isTrue();
      var rg = wb.getSheet("Mesures eMJPM").getRow(1).getCell(MesuresExporter.COLONNES.indexOf("numero_rg"));
      assertThat(rg.getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("emjpm");
      assertThat(wb.getProperties().getCoreProperties().getCreated()).isNotNull();
    }
  }
}
