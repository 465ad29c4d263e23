// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus hostile généré par le test lui-même ({@link CorpusHostile}), avec son manifeste : chaque
 * fichier doit être refusé par le code attendu (un succès inattendu échoue aussi), sans exception, dans
 * un tas de 256 Mio (voir le pom d'emjpm-io).
 */
class CorpusHostileTest {

  @TempDir static Path dossier;

  static Stream<Arguments> manifeste() throws IOException {
    return CorpusHostile.cas().values().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifeste")
  void chaqueFichierHostileEstRefuseParSonCode(CorpusHostile.Cas cas) throws IOException {
    Path p = dossier.resolve(cas.nom() + ".bin");
    Files.write(p, cas.octets());
    Resultat<ImportMesures> r =
        MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)).avecLimites(cas.limites()));
    assertThat(r.estSucces()).as("succès inattendu").isFalse();
    assertThat(r.violations()).extracting(v -> v.code()).containsExactly(cas.code());
    assertThat(r.violations().get(0).message()).doesNotContain("hostname", "Exception", "poi");
  }
}
