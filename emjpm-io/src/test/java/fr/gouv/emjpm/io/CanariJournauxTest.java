// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.io.mesures.SynchronisationOcmi;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canari R-PRIV : une valeur placée dans une colonne « nom », dans un champ JSON d'identité et comme
 * numéro RG n'apparaît dans aucun résultat, rapport, message ni ligne de journal. Les journaux de la
 * bibliothèque (niveau debug, voir {@code simplelogger.properties} des tests) sont relus depuis leur
 * fichier : le test vérifie aussi qu'ils ont bien été écrits, pour ne pas réussir à vide.
 */
class CanariJournauxTest {
  private static final String NOM = "CANARINOM731";
  private static final String RG = "CANARIRG9042";
  private static final String JSON = "CANARIJSON55";
  private static final String EN_TETE =
      "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret";
  private static final EmjpmEngine ENGINE = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();

  @TempDir Path dossier;

  private Resultat<ImportMesures> importer(String csv) throws IOException {
    Path f = Files.createTempFile(dossier, "canari", ".csv");
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return MesuresImporter.avec(ENGINE).importer(f, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  @Test
  void leCanariNApparaitNiDansLesResultatsNiDansLesJournaux() throws IOException {
    List<Object> sorties = new ArrayList<>();
    String ligne = "01/02/2020;tutelle;59000;Lille;F;1950;" + RG + ";D1;domicile;17590111500709";
    // colonne « nom » : en-tête refusé, valeur jamais lue
    sorties.add(importer(EN_TETE + ";nom\n" + ligne + ";" + NOM + "\n"));
    // RG d'une ligne valide : importée, RG masqué dans toString
    Resultat<ImportMesures> ok = importer(EN_TETE + "\n" + ligne + "\n");
    assertThat(ok.valeurOuErreur().creations()).isEqualTo(1);
    sorties.add(ok);
    // RG d'une ligne refusée par les règles (année de naissance dans le futur)
    sorties.add(importer(EN_TETE + "\n" + ligne.replace("1950", "2999") + "\n"));
    // JSON : champ d'identité écarté, refusé en strict, RG dans un élément invalide
    String mesure = "{\"nom\":\"" + JSON + "\",\"prenom\":\"" + JSON + "\",\"numero_rg\":\"" + RG
        + "\",\"annee_naissance\":\"" + JSON + "\",\"tribunal_siret\":\"17590111500709\"}";
    sorties.add(MesuresJsonReader.lire(("[" + mesure + "]").getBytes(StandardCharsets.UTF_8), false));
    sorties.add(MesuresJsonReader.lire(mesure.getBytes(StandardCharsets.UTF_8), true));
    // OCMI : nom du majeur et du mandataire, RG
    String ocmi = "[" + mesure.replace("{\"nom\"", "{\"mandataire\":{\"siret\":\"12345678900011\",\"nom\":\""
        + NOM + "\"},\"nom\"") + "]";
    Resultat<FichierOcmi> f = FichierOcmi.lire(new ByteArrayInputStream(ocmi.getBytes(StandardCharsets.UTF_8)));
    sorties.add(f);
    sorties.add(f.valeurOuErreur().groupe("12345678900011").orElseThrow());
    sorties.add(SynchronisationOcmi.avec(ENGINE).synchroniser(f.valeurOuErreur(), GestionnaireId.individuel(1),
        Siret.of("12345678900011"), MesuresExistantes.aucune()));

    for (Object s : sorties) {
      assertThat(s.toString()).doesNotContain(NOM, RG, JSON);
    }
    String journal = Files.readString(Path.of("target", "journal-tests.log"), StandardCharsets.UTF_8);
    assertThat(journal).as("les journaux de debug ont été écrits").contains("Import de mesures", "Synchronisation OCMI");
    assertThat(journal).doesNotContain(NOM, RG, JSON);
  }
}
