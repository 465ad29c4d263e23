// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Colonnes de titre hors liste : l'original refusait une colonne inconnue remplie dans la première ligne
 * de données et ignorait une colonne vide. Ici : vide dans tout le fichier → ignorée avec un
 * avertissement ; remplie dans n'importe quelle ligne → refus (défense de la vie privée : elle peut
 * porter l'identité du majeur), le titre et les cellules jamais recopiés.
 */
class ColonnesHorsListeTest {

  @TempDir Path dossier;

  private static final String LIGNE = "01/02/2020;tutelle;59000;Lille;F;1950;A1;;domicile;"
      + MesuresImporterTest.SIRET_LILLE;

  private Resultat<ImportMesures> importer(String contenu) throws IOException {
    Path p = dossier.resolve("m-" + System.nanoTime() + ".csv");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MesuresImporterTest.MANDATAIRE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // cellules de la colonne « NOMCANARI » (ajoutée en tête) ligne par ligne → codes attendus
      "vide partout|;|;|IMPORT_COLONNE_IGNOREE",
      "espaces seulement|'  ;'|'  ;'|IMPORT_COLONNE_IGNOREE",
      "remplie ligne 2|DUPONT;|;|IMPORT_EN_TETE_INVALIDE",
      "remplie ligne 3 seulement|;|DUPONT;|IMPORT_EN_TETE_INVALIDE"})
  void colonneHorsListe(String cas, String l2, String l3, String code) throws IOException {
    Resultat<ImportMesures> r = importer("NOMCANARI;" + MesuresImporterTest.EN_TETE
        + l2 + LIGNE + "\n" + l3 + LIGNE.replace("A1", "A2") + "\n");
    assertThat(r.violations()).extracting(Violation::code).containsExactly(code);
    Violation v = r.violations().get(0);
    assertThat(v.arguments()).containsEntry("position", "1").containsEntry("ligne", "1");
    assertThat(r.violations().toString()).doesNotContain("NOMCANARI").doesNotContain("DUPONT");
    if (code.equals("IMPORT_COLONNE_IGNOREE")) {
      assertThat(v.estBloquante()).isFalse();
      assertThat(r.valeurOuErreur().creations()).isEqualTo(2);
      assertThat(r.valeurOuErreur().avertissements()).extracting(Violation::code).contains(code);
    } else {
      assertThat(r.valeur()).isEmpty();
    }
  }

  @Test
  void uneColonneObligatoireManquanteRefuseAussiLesColonnesHorsListe() throws IOException {
    Resultat<ImportMesures> r = importer("NOMCANARI;" + MesuresImporterTest.EN_TETE.replace(";tribunal_siret", "")
        + ";" + LIGNE + "\n");
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactly("IMPORT_EN_TETE_INVALIDE", "IMPORT_COLONNE_MANQUANTE");
  }
}
