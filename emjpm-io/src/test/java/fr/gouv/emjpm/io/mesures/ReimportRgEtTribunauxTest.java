// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clés de l'import : doublons sur le tribunal résolu (un ancien SIRET et le SIRET actuel désignent la
 * même mesure) et RG hérités suffixés « -1 », « -2 »… appariés et réexportés.
 */
class ReimportRgEtTribunauxTest {

  @TempDir Path dossier;

  private static final TribunalId LILLE = MesuresImporterTest.ENGINE.referentiel()
      .tribunal(Siret.of(MesuresImporterTest.SIRET_LILLE)).orElseThrow().id();

  private Path csv(String contenu) throws IOException {
    Path p = dossier.resolve("mesures-" + System.nanoTime() + ".csv");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void leMemeRgAUnAncienEtAuSiretActuelEstUneSeuleMesure() throws IOException {
    Path p = csv(MesuresImporterTest.EN_TETE
        + "01/02/2020;tutelle;59000;Lille;F;1950;21/00167;;domicile;" + MesuresImporterTest.SIRET_LILLE + "\n"
        + "01/02/2020;tutelle;59000;Lille;F;1950;21-00167;;domicile;" + MesuresImporterTest.SIRET_ANCIEN + "\n");
    Resultat<ImportMesures> r = MesuresImporterTest.importerAvecAncienTribunal()
        .importer(p, ParametresImport.pour(MesuresImporterTest.MANDATAIRE));
    ImportMesures i = r.valeurOuErreur();
    assertThat(i.mesures()).hasSize(1);
    assertThat(i.creations()).isEqualTo(1);
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactly("IMPORT_DOUBLONS", "IMPORT_TRIBUNAL_REDIRIGE");
    assertThat(r.violations().get(0).arguments()).containsEntry("lignes", "3");
  }

  @Test
  void uneLigneAUnAncienSiretMetAJourLaMesureExistanteDuTribunalActuel() throws IOException {
    Mesure existante = Mesures.enCours().gestionnaire(MesuresImporterTest.MANDATAIRE).tribunal(LILLE).generer(5L)
        .withNumeroRg(NumeroRg.normalise("21/00167")).withId(MesureId.of(9));
    Path p = csv(MesuresImporterTest.EN_TETE
        + "01/02/2020;tutelle;59000;Lille;F;1950;21/00167;;domicile;" + MesuresImporterTest.SIRET_ANCIEN + "\n");
    ImportMesures i = MesuresImporterTest.importerAvecAncienTribunal()
        .importer(p, ParametresImport.pour(MesuresImporterTest.MANDATAIRE)
            .avecExistantes(MesuresExistantes.de(List.of(existante))))
        .valeurOuErreur();
    assertThat(i.misesAJour()).isEqualTo(1);
    assertThat(i.mesures().get(0).id()).contains(MesureId.of(9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "csv"})
  void desRgHeritesSExportentEtSeReimportentChacunSurSaMesure(String format) throws IOException {
    Mesure base = Mesures.enCours().gestionnaire(MesuresImporterTest.MANDATAIRE).tribunal(LILLE).generer(11L);
    List<Mesure> existantes = List.of(
        base.withId(MesureId.of(1)).withNumeroRg(NumeroRg.normalise("21A00167")).withNumeroDossier("a"),
        base.withId(MesureId.of(2)).withNumeroRg(NumeroRg.normalise("21A00167-1")).withNumeroDossier("b"),
        base.withId(MesureId.of(3)).withNumeroRg(NumeroRg.normalise("21A00167-2")).withNumeroDossier("c"));
    MesuresExporter export = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());
    assertThat(export.lignes(existantes)).extracting(l -> l.get(MesuresExporter.COLONNES.indexOf("numero_rg")))
        .containsExactly("21A00167", "21A00167-1", "21A00167-2");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format.equals("csv")) {
      export.exporterCsv(existantes, out);
    } else {
      export.exporterXlsx(existantes, out);
    }
    Path p = dossier.resolve("export." + format);
    Files.write(p, out.toByteArray());
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p,
        ParametresImport.pour(MesuresImporterTest.MANDATAIRE).avecExistantes(MesuresExistantes.de(existantes)));
    ImportMesures i = r.valeurOuErreur();
    assertThat(r.violations()).extracting(Violation::code).doesNotContain("IMPORT_DOUBLONS");
    assertThat(i.misesAJour()).isEqualTo(3);
    assertThat(i.mesures()).extracting(m -> m.id().orElseThrow().valeur() + ":" + m.numeroRg().valeur() + ":"
        + m.numeroDossier().orElse("")).containsExactly("1:21A00167:a", "2:21A00167-1:b", "3:21A00167-2:c");
  }

  @Test
  void uneNouvelleSaisieEstToujoursNormaliseeCommeLOriginal() throws IOException {
    // seule la forme exacte d'un RG hérité est gardée ; tout le reste suit la normalisation de l'original
    Path p = csv(MesuresImporterTest.EN_TETE
        + "01/02/2020;tutelle;59000;Lille;F;1950;21a00167-1;;domicile;" + MesuresImporterTest.SIRET_LILLE + "\n"
        + "01/02/2020;tutelle;59000;Lille;F;1950;21/00168-1;;domicile;" + MesuresImporterTest.SIRET_LILLE + "\n"
        + "01/02/2020;tutelle;59000;Lille;F;1950;21A00169-01;;domicile;" + MesuresImporterTest.SIRET_LILLE + "\n");
    ImportMesures i = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MesuresImporterTest.MANDATAIRE))
        .valeurOuErreur();
    assertThat(i.mesures()).extracting(m -> m.numeroRg().valeur())
        .containsExactly("21A00167", "21001681", "21A00169");
  }
}
