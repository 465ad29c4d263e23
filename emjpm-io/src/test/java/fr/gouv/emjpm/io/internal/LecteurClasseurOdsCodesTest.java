// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.contenu;
import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.texte;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes d'un .ods lu par le lecteur unique : le plafond de lignes rapporté est celui de l'import. */
class LecteurClasseurOdsCodesTest {

  @TempDir Path dossier;

  private String code(String lignes, LimitesLecture limites) throws IOException {
    LecteurOdsHostileTest h = new LecteurOdsHostileTest();
    h.dossier = dossier;
    return LecteurClasseur.lire(h.ods(contenu(lignes)), FormatFichier.ODS, limites, new Enregistreur())
        .map(v -> v.code() + " " + v.arguments()).orElse("lu");
  }

  @Test
  void plafondsRapportesCommeLImport() throws IOException {
    LimitesLecture limites = new LimitesLecture(1 << 20, 1, 2, 100, 10, 10, 100, 1, Duration.ofMinutes(1));
    String ligne = "<table:table-row>" + texte("a") + "</table:table-row>";
    assertThat(code(ligne + ligne, limites)).isEqualTo("lu"); // en-tête compté en plus
    assertThat(code(ligne + ligne + ligne, limites)).isEqualTo("FICHIER_TROP_DE_LIGNES {max=1}");
    assertThat(code("<table:table-row>" + texte("a") + texte("b") + texte("c") + "</table:table-row>", limites))
        .isEqualTo("FICHIER_TROP_DE_COLONNES {max=2}");
  }
}
