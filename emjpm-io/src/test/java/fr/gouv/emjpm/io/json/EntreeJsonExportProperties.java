// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresExporter;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Ce qui entre par le JSON des logiciels métier ressort par l'export et se réimporte : quels que soient
 * les textes (caractère nul, contrôles, demi-codets isolés, tout Unicode) et les dates (années de 1 à
 * +999999999), une mesure acceptée par {@link MesuresJsonReader} puis enregistrée s'exporte en CSV et en
 * xlsx, et le fichier exporté se réimporte sans erreur. Les nombres démesurés sont refusés comme type
 * invalide, jamais par une exception.
 */
class EntreeJsonExportProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MesuresExporter EXPORT = MesuresExporter.avec(MesuresJsonTest.ENGINE.referentiel());

  @TempDir Path dossier;

  /** Dates : ordinaires, aux bornes, ou démesurées (an 1, an +999999999). */
  private static Gen<String> dates() {
    Gen<String> ordinaires = SourceDSL.integers().between(1890, 2110)
        .zip(SourceDSL.integers().between(1, 12), SourceDSL.integers().between(1, 28),
            (a, m, j) -> String.format("%04d-%02d-%02d", a, m, j));
    Gen<String> extremes = SourceDSL.arbitrary().pick(List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01",
        "9999-12-31", "1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01"));
    return ordinaires.mix(extremes, 30);
  }

  /** Textes : tout Unicode, textes hostiles du testkit, et caractères de contrôle glissés dans un nom de ville. */
  private static Gen<String> textes() {
    Gen<String> controles = SourceDSL.integers().between(0, 0x1F).zip(SourceDSL.integers().between(0, 5),
        (c, position) -> "LIL" + "LE".substring(0, Math.min(2, position)) + (char) c.intValue() + "E\u007F\uD800");
    return EmjpmGen.textesArbitraires().mix(controles, 50);
  }

  private static String document(String date, String ville, String dossierTexte) {
    ObjectNode m = (ObjectNode) lire(MesuresJsonTest.MESURE + "}");
    m.put("date_nomination", date);
    m.put("numero_dossier", dossierTexte);
    ObjectNode etat = (ObjectNode) m.get("etats").get(0);
    etat.put("date_changement_etat", date);
    etat.put("ville", ville);
    return m.toString();
  }

  private static com.fasterxml.jackson.databind.JsonNode lire(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void uneMesureAccepteeSExporteEtSeReimporte() {
    qt().withExamples(150).forAll(dates(), textes(), textes()).checkAssert((date, ville, numero) -> {
      Resultat<LotJson> lu = MesuresJsonReader.lire(document(date, ville, numero).getBytes(StandardCharsets.UTF_8), false);
      // un objet seul refusé rend l'échec du document ; sinon, l'élément porte ses violations
      List<Violation> violations = lu.estSucces() ? lu.valeurOuErreur().elements().get(0).violations() : lu.violations();
      int annee = Integer.parseInt(date.substring(0, date.indexOf('-', 1)).replace("+", ""));
      if (annee < 1900 || annee > 2100) {
        assertThat(violations).extracting(Violation::code).contains("JSON_DATE_HORS_BORNES");
        return;
      }
      if (!lu.estSucces() || !lu.valeurOuErreur().elements().get(0).estSucces()) {
        return; // refusée pour une autre règle (RG, ville…) : rien à exporter
      }
      Resultat<SaisieMesure> element = lu.valeurOuErreur().elements().get(0);
      Resultat<Transition> t = Enregistrement.enregistrer(element.valeurOuErreur(), GestionnaireId.individuel(1),
          Set.of(), Optional.empty(), MesuresExistantes.aucune(), MesuresJsonTest.ENGINE.contexte());
      Optional<Mesure> mesure = t.valeur().flatMap(Transition::mesure);
      if (mesure.isEmpty()) {
        return;
      }
      for (String format : List.of("csv", "xlsx")) {
        Resultat<ImportMesures> relu = reimporter(mesure.get(), format);
        assertThat(relu.violations()).as(format).noneMatch(Violation::estBloquante);
        assertThat(relu.valeurOuErreur().mesures()).hasSize(1);
      }
    });
  }

  @Test
  void descaracteresDeControleSontRetiresAvecUnAvertissement() {
    Resultat<LotJson> lu = MesuresJsonReader.lire(document("2018-02-01", "LI\u0000LLE\u0001", "D\u00001")
        .getBytes(StandardCharsets.UTF_8), false);
    Resultat<SaisieMesure> element = lu.valeurOuErreur().elements().get(0);
    assertThat(element.estSucces()).isTrue();
    assertThat(element.valeurOuErreur().numeroDossier()).contains("D1");
    assertThat(element.valeurOuErreur().etats().get(0).ville()).contains("LILLE");
    assertThat(element.violations()).extracting(Violation::code).containsOnly("JSON_CARACTERES_RETIRES");
    assertThat(element.violations()).extracting(Violation::chemin)
        .containsExactlyInAnyOrder("/numero_dossier", "/etats/0/ville");
  }

  @Test
  void unNombreDemesureEstUnTypeInvalideJamaisUneException() {
    for (String n : List.of("1e999999", "-1e999999", "1e400", "123456789012345678901234567890", "1e15")) {
      String doc = MesuresJsonTest.MESURE.replace("\"niveau_ressource\":\"25000\"", "\"niveau_ressource\":" + n) + "}";
      Resultat<LotJson> lu = MesuresJsonReader.lire(doc.getBytes(StandardCharsets.UTF_8), false);
      List<Violation> violations = lu.estSucces() ? lu.valeurOuErreur().elements().get(0).violations() : lu.violations();
      // refusé comme type invalide (ou limite du nombre de chiffres du mappeur durci), jamais lu ni levé
      assertThat(violations).as(n).extracting(Violation::code)
          .containsAnyOf("JSON_TYPE_INVALIDE", "JSON_LIMITE_DEPASSEE").doesNotContain("JSON_ILLISIBLE");
    }
    // un nombre ordinaire reste lu
    String doc = MesuresJsonTest.MESURE.replace("\"niveau_ressource\":\"25000\"", "\"niveau_ressource\":25000.5") + "}";
    assertThat(MesuresJsonReader.lire(doc.getBytes(StandardCharsets.UTF_8), false).valeurOuErreur().elements().get(0)
        .estSucces()).isTrue();
  }

  private Resultat<ImportMesures> reimporter(Mesure m, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format.equals("csv")) {
        EXPORT.exporterCsv(List.of(m), out);
      } else {
        EXPORT.exporterXlsx(List.of(m), out);
      }
      Path f = Files.createTempFile(dossier, "export", "." + format);
      Files.write(f, out.toByteArray());
      return MesuresImporter.avec(MesuresJsonTest.ENGINE).importer(f, ParametresImport.pour(GestionnaireId.individuel(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
