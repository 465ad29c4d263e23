// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterFichierMesuresTest {

  @TempDir Path dossier;

  @Test
  void troisErreursAvecLeurLigneEtLeurCodePuisCinqCreations() {
    var e = SortieStandard.executer(dossier, ImporterFichierMesures::executer);
    ImporterFichierMesures.Resultats r = e.resultats();
    assertThat(r.erreurs()).isEqualTo(3);
    assertThat(r.lignes()).containsExactly(3, 4, 5);
    assertThat(r.codes()).containsExactly(
        "IMPORT_DATE_INVALIDE", "IMPORT_VALEUR_NON_ACCEPTEE", "IMPORT_TRIBUNAL_INCONNU");
    assertThat(r.creations()).isEqualTo(5);
    assertThat(r.lignesLues()).isEqualTo(5);
    assertThat(dossier.resolve("mesures.xlsx")).isRegularFile();
    assertThat(e.recit()).contains(
        "ligne 5  IMPORT_TRIBUNAL_INCONNU  Aucun tribunal ne correspond au SIRET 17750111101383",
        "premier RG normalisé : 02100167");
  }

  @Test
  void leMainImprimeLeRecitEtNeLaissePasDeFichier() throws Exception {
    long avant = fichiersTemporaires();
    String sortie = SortieStandard.capturer(() -> ImporterFichierMesures.main(new String[0]));
    assertThat(sortie).containsSubsequence(
        "Import refusé, 3 erreur(s)",
        "ligne 3  IMPORT_DATE_INVALIDE",
        "ligne 4  IMPORT_VALEUR_NON_ACCEPTEE  civilite : cette valeur n'est pas une valeur acceptée",
        "5 création(s), 0 mise(s) à jour");
    assertThat(fichiersTemporaires()).isEqualTo(avant);
  }

  private static long fichiersTemporaires() throws IOException {
    try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("emjpm-import-")).count();
    }
  }
}
