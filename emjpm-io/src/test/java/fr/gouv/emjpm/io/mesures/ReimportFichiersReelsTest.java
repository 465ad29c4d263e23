// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Réimportation par le chemin des fichiers réels : {@code reel/lo-reimport.xlsx} et {@code .xls}, tapés
 * dans LibreOffice Calc (source {@code reel/sources/reimport.csv} : dates et SIRET en cellules
 * nombre), réimportés sur des mesures existantes complètes. Chaque ligne met à jour sa mesure, qui garde
 * ce que la ligne ne porte pas (ressources, date de première mesure, résultat de révision, magistrat,
 * urgence, dossier et cabinet d'une cellule vide) ; une ligne à l'ancien SIRET du tribunal met à jour la
 * mesure du tribunal actuel, et le même RG à l'ancien et à l'actuel SIRET est un doublon (tribunal
 * résolu) ; un RG hérité {@code 21A00167-1} met à jour sa propre mesure, pas celle de {@code 21A00167}.
 */
class ReimportFichiersReelsTest {

  private static final TribunalId LILLE = MesuresImporterTest.ENGINE.referentiel()
      .tribunal(Siret.of(MesuresImporterTest.SIRET_LILLE)).orElseThrow().id();

  private static Mesure existante(long id, String rg, long graine) {
    return Mesures.enCours().gestionnaire(MesuresImporterTest.MANDATAIRE).tribunal(LILLE).ressourcesAuPlus(3)
        .generer(graine).withId(MesureId.of(id)).withNumeroRg(NumeroRg.normalise(rg))
        .withNumeroDossier("DOSSIER-" + id).withCabinet("Cabinet " + id).withMagistratId(40 + id).withUrgent(true)
        .withDateJugement(LocalDate.of(2019, 5, 2)).withDatePremiereMesure(LocalDate.of(1995, 3, 4))
        .withResultatRevision(ResultatRevision.values()[(int) id % ResultatRevision.values().length]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lo-reimport.xlsx", "lo-reimport.xls"})
  void unFichierLibreOfficeReimporteGardeLesChampsAbsentsDeLaLigne(String nom) throws IOException {
    List<Mesure> existantes = List.of(existante(1, "19/00123", 1L), existante(2, "18/00456", 2L),
        existante(3, "21A00167", 3L), existante(4, "21A00167-1", 4L));
    assertThat(existantes.get(3).numeroRg().valeur()).isEqualTo("21A00167-1");
    // référentiel embarqué seul : l'ancien SIRET est inconnu (résultat du manifeste)
    assertThat(CorpusReelTest.importer(CorpusReelTest.reel().resolve(nom)).estSucces()).isFalse();

    Resultat<ImportMesures> r = MesuresImporterTest.importerAvecAncienTribunal().importer(
        CorpusReelTest.reel().resolve(nom),
        ParametresImport.pour(MesuresImporterTest.MANDATAIRE).avecExistantes(MesuresExistantes.de(existantes)));
    ImportMesures i = r.valeurOuErreur();
    assertThat(i.creations()).isZero();
    assertThat(i.misesAJour()).isEqualTo(4);
    assertThat(r.violations()).extracting(Violation::code).contains("IMPORT_DOUBLONS", "IMPORT_TRIBUNAL_REDIRIGE");
    assertThat(r.violations()).filteredOn(v -> v.code().equals("IMPORT_DOUBLONS")).singleElement()
        .satisfies(v -> assertThat(v.arguments()).containsEntry("lignes", "4"));
    Map<Long, Mesure> parId = i.mesures().stream()
        .collect(Collectors.toMap(m -> m.id().orElseThrow().valeur(), Function.identity()));
    assertThat(parId).containsOnlyKeys(1L, 2L, 3L, 4L);
    for (Mesure e : existantes) {
      Mesure m = parId.get(e.id().orElseThrow().valeur());
      assertThat(m.tribunal()).isEqualTo(LILLE);
      assertThat(m.numeroRg()).isEqualTo(e.numeroRg());
      // l'état de la ligne remplace les états
      assertThat(m.etats()).hasSize(1);
      // ce que la ligne ne porte pas : gardé
      assertThat(m.ressources()).isEqualTo(e.ressources());
      assertThat(m.datePremiereMesure()).isEqualTo(e.datePremiereMesure());
      assertThat(m.resultatRevision()).isEqualTo(e.resultatRevision());
      assertThat(m.magistratId()).isEqualTo(e.magistratId());
      assertThat(m.urgent()).isEqualTo(e.urgent());
      assertThat(m.dateJugement()).isEqualTo(e.dateJugement());
      assertThat(m.cabinet()).isEqualTo(e.cabinet()); // pas de colonne de cabinet dans le fichier
    }
    // dossier : cellule vide → gardé ; cellule remplie → celle de la ligne
    assertThat(parId.get(1L).numeroDossier()).contains("DOSSIER-1");
    assertThat(parId.get(2L).numeroDossier()).contains("D-REIMP");
    // valeurs de la ligne (dates et SIRET tapés en cellules nombre)
    assertThat(parId.get(1L).dateNomination()).contains(LocalDate.of(2019, 3, 15));
    assertThat(parId.get(2L).dateNomination()).contains(LocalDate.of(2018, 5, 2));
    assertThat(parId.get(4L).dateNomination()).contains(LocalDate.of(2020, 11, 20));
    assertThat(parId.get(3L).dateNomination()).contains(LocalDate.of(2021, 1, 7));
    assertThat(parId.get(2L).codePostal()).contains("59100");
  }
}
