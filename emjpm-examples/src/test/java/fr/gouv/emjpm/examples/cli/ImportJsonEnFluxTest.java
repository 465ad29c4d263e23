// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 : {@code mesures importer --json} sur 100 000 lignes valides, dans une JVM fille de 256 Mio
 * (la sortie entière en mémoire l'épuisait) : la sortie est écrite en flux, complète et lisible. Le
 * CSV est généré au moment du test. Lent (18 s sur la machine de développement partagée) : hors du build
 * par défaut, lancé par {@code -Demjpm.test.exclus=aucun}.
 */
@Tag("lent")
class ImportJsonEnFluxTest {

  @TempDir Path dossier;

  @Test
  void cent_mille_mesures_importees_sont_ecrites_en_flux_sous_256_mio() throws Exception {
    Path csv = dossier.resolve("cent-mille.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret\n");
      for (int i = 0; i < 100_000; i++) {
        w.write("01/02/2020;tutelle;59000;Lille;F;1950;A" + i + ";;A domicile;17590111500709\n");
      }
    }
    Path sortie = dossier.resolve("sortie.json");
    Path erreurs = dossier.resolve("erreurs.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), EmjpmCli.class.getName(), "mesures", "importer", csv.toString(),
        "--aujourdhui", "2026-01-15", "--json"))
        .redirectOutput(sortie.toFile()).redirectError(erreurs.toFile()).start();
    int code = p.waitFor();
    assertThat(Files.readString(erreurs)).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(code).isZero();
    long mesures = 0;
    try (JsonParser j = new ObjectMapper().createParser(sortie.toFile())) {
      int profondeur = 0;
      boolean dansMesures = false;
      for (JsonToken t = j.nextToken(); t != null; t = j.nextToken()) {
        if (t == JsonToken.FIELD_NAME && profondeur == 1 && j.currentName().equals("mesures")) {
          dansMesures = true;
        } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (dansMesures && profondeur == 2 && t == JsonToken.START_OBJECT) {
            mesures++;
          }
          profondeur++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          profondeur--;
          if (profondeur == 1) {
            dansMesures = false;
          }
        }
      }
      assertThat(profondeur).isZero();
    }
    assertThat(mesures).isEqualTo(100_000);
  }
}
