// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.finess.ExtraitFiness;
import fr.gouv.emjpm.io.finess.FinessReader;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Cibles Jazzer des importateurs. Dans la construction par défaut, elles rejouent seulement les entrées
 * de régression (dossiers {@code ImportsFuzzTestInputs/<méthode>/} des ressources de test) ; avec
 * {@code JAZZER_FUZZ=1} et le profil {@code fuzz}, Jazzer explore (voir CONTRIBUTING.md). Propriété
 * vérifiée : toute entrée finit en résultat typé (succès ou violations avec code), jamais en exception.
 */
class ImportsFuzzTest {

  private static final MesuresImporter IMPORTER =
      MesuresImporter.avec(EmjpmEngine.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build());

  private static void typeOuRefus(Resultat<?> r) {
    assertThat(r.estSucces() || !r.violations().isEmpty()).isTrue();
    r.violations().forEach(v -> assertThat(v.code()).isNotBlank());
  }

  private static void tableur(byte[] octets, String suffixe) throws IOException {
    Path p = Files.createTempFile("emjpm-fuzz", suffixe);
    try {
      Files.write(p, octets);
      typeOuRefus(IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1))));
    } finally {
      Files.deleteIfExists(p);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void xlsx(byte[] octets) throws IOException {
    tableur(octets, ".xlsx");
  }

  @FuzzTest(maxDuration = "10m")
  void xls(byte[] octets) throws IOException {
    tableur(octets, ".xls");
  }

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] octets) throws IOException {
    tableur(octets, ".csv");
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] octets) {
    typeOuRefus(MesuresJsonReader.lire(octets, false));
  }

  /**
   * Classeur d'enquête DGCS (.xls ou .xlsx, reconnu par le contenu) lu pour les trois types : chaque type
   * résout d'autres feuilles et d'autres cellules du même fichier.
   */
  @FuzzTest(maxDuration = "10m")
  void enquete(byte[] octets) {
    for (TypeEnquete type : TypeEnquete.values()) {
      typeOuRefus(EnqueteExcelReader.lire(new ByteArrayInputStream(octets), type, 2021));
    }
  }

  /** Fichier OCMI du ministère (JSON ou zip, reconnu par la signature). */
  @FuzzTest(maxDuration = "10m")
  void ocmi(byte[] octets) throws IOException {
    typeOuRefus(FichierOcmi.lire(new ByteArrayInputStream(octets)));
  }

  /**
   * Extrait FINESS des établissements (lignes {@code structureet} et {@code geolocalisation}) ; la
   * conversion des coordonnées ne doit jamais rendre de position hors des bornes WGS84.
   */
  @FuzzTest(maxDuration = "10m")
  void finess(byte[] octets) throws IOException {
    Resultat<ExtraitFiness> r = FinessReader.parDefaut().lire(new ByteArrayInputStream(octets));
    typeOuRefus(r);
    r.valeur().ifPresent(e -> e.etablissements().forEach(x -> x.position().ifPresent(p -> {
      assertThat(Math.abs(p.latitude())).isLessThanOrEqualTo(90);
      assertThat(Math.abs(p.longitude())).isLessThanOrEqualTo(180);
    })));
  }
}
