// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Propriété : pour des mesures en cours valides aléatoires (générateurs du testkit, tribunaux du
 * référentiel), l'import dans un autre compte de l'export (xlsx et CSV) rend des mesures égales aux
 * originales sur chaque colonne exportée. Les textes libres portent parfois des déclencheurs de
 * formule, que la garde de l'export protège et que l'import doit rendre tels quels.
 */
class ExportReimportProperties {

  private static final MesuresExporter EXPORT = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());

  /** Le compte qui reçoit les mesures : un autre que celui d'origine. */
  private static final GestionnaireId DESTINATAIRE = GestionnaireId.individuel(4242);

  private static final List<Tribunal> TRIBUNAUX = MesuresImporterTest.ENGINE.referentiel().tribunaux().stream()
      .filter(t -> t.siret().isPresent()).toList();

  /** Textes libres hostiles (déclencheurs, séparateurs, guillemets, saut de ligne intérieur). */
  private static final List<String> PIEGES = List.of("=1+2", "+33 1 23", "-5", "@SUM(A1)", "\uFF1D1",
      "\uFF0Bx", "\uFF0Dy", "\uFF20z", "a\";b", "deux\nlignes", "=HYPERLINK(\"http://x\",\"clic\")", "'simple");

  /** Lot de mesures en cours (clé tribunal + RG unique) et une mesure éteinte, jamais exportée. */
  private static final Generateur<List<Mesure>> LOTS = alea -> {
    int n = 1 + alea.nextInt(15);
    Map<String, Mesure> parCle = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Tribunal t = TRIBUNAUX.get(alea.nextInt(TRIBUNAUX.size()));
      Mesure m = Mesures.enCours().tribunal(t.id()).typeGestionnaire(TypeGestionnaire.INDIVIDUEL).generer(alea);
      if (alea.nextInt(3) == 0) {
        m = m.withCabinet(PIEGES.get(alea.nextInt(PIEGES.size())));
      }
      if (alea.nextInt(3) == 0) {
        m = m.withNumeroDossier(PIEGES.get(alea.nextInt(PIEGES.size())));
      }
      parCle.putIfAbsent(t.id().valeur() + "/" + m.numeroRg().valeur(), m);
    }
    List<Mesure> lot = new ArrayList<>(parCle.values());
    lot.add(Mesures.eteintes().tribunal(TRIBUNAUX.get(0).id()).generer(alea));
    return lot;
  };

  @TempDir Path dossier;

  private final AtomicInteger compteur = new AtomicInteger();

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "csv"})
  void importerLExportRendLesMesuresSurChaqueColonneExportee(String format) {
    qt().withExamples(40).forAll(EmjpmGen.depuis(LOTS)).checkAssert(lot -> {
      List<Mesure> enCours = lot.stream().filter(m -> m.statut() == StatutMesure.EN_COURS).toList();
      List<Mesure> relues = reimporter(lot, format);
      assertThat(relues).hasSize(enCours.size());
      assertThat(relues).allSatisfy(m -> {
        assertThat(m.gestionnaire()).isEqualTo(DESTINATAIRE);
        assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
      });
      // chaque colonne exportée, valeur du domaine (indépendamment de la mise en texte de l'export)…
      assertThat(trier(relues).stream().map(ExportReimportProperties::colonnes).toList())
          .isEqualTo(trier(enCours).stream().map(ExportReimportProperties::colonnes).toList());
      // … et texte exporté : ré-exporter les mesures importées redonne les mêmes lignes.
      assertThat(EXPORT.lignes(relues)).isEqualTo(EXPORT.lignes(lot));
    });
  }

  /** Valeurs du domaine de chaque colonne exportée, dans l'ordre de {@link MesuresExporter#COLONNES}. */
  static List<Object> colonnes(Mesure m) {
    return Arrays.asList(m.anneeNaissance(), m.cabinet(), m.champ(), m.civilite(), m.codePostal(), m.dateNomination(),
        m.lieuVie(), m.nature(), m.numeroDossier(), m.numeroRg(), m.pays(), m.tribunal(), m.ville(),
        m.tribunal(), m.typeEtablissement());
  }

  private static List<Mesure> trier(List<Mesure> mesures) {
    return mesures.stream()
        .sorted(Comparator.comparing((Mesure m) -> m.tribunal().valeur()).thenComparing(m -> m.numeroRg().valeur()))
        .toList();
  }

  private List<Mesure> reimporter(List<Mesure> lot, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format.equals("csv")) {
        EXPORT.exporterCsv(lot, out);
      } else {
        EXPORT.exporterXlsx(lot, out);
      }
      Path p = dossier.resolve("export-" + compteur.incrementAndGet() + "." + format);
      Files.write(p, out.toByteArray());
      Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(DESTINATAIRE));
      assertThat(r.violations()).filteredOn(Violation::estBloquante).as("erreurs d'import").isEmpty();
      return r.valeurOuErreur().mesures();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
