// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Propriété de la réimportation d'un vrai fichier (§6.6) : des mesures existantes, complètes
 * (ressources, date de première mesure, résultat de révision, magistrat, urgence…), sont exportées
 * par {@link MesuresExporter} — parfois sans numéro de dossier ni cabinet, cellules laissées vides —
 * puis le fichier est réimporté par le même gestionnaire contre ces mesures : chaque ligne met à jour
 * sa mesure, dont les états deviennent l'état de la ligne et qui garde chaque champ que le fichier ne
 * porte pas.
 */
class ReimportFichierProperties {

  private static final MesuresExporter EXPORT = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());

  private static final List<Tribunal> TRIBUNAUX = MesuresImporterTest.ENGINE.referentiel().tribunaux().stream()
      .filter(t -> t.siret().isPresent()).toList();

  /** Mesures existantes et, pour chacune, la version écrite dans le fichier (cellules éventuellement vides). */
  record Cas(List<Mesure> existantes, List<Mesure> ecrites) {}

  private static final Generateur<Cas> CAS = alea -> {
    int n = 1 + alea.nextInt(8);
    Map<String, Mesure> parCle = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Tribunal t = TRIBUNAUX.get(alea.nextInt(TRIBUNAUX.size()));
      Mesure m = Mesures.enCours().gestionnaire(MesuresImporterTest.MANDATAIRE).tribunal(t.id()).ressourcesAuPlus(3)
          .datesEntre(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)).generer(alea)
          .withId(MesureId.of(100 + i));
      if (alea.nextBoolean()) {
        m = m.withMagistratId(1L + alea.nextInt(99)).withUrgent(true).withDateJugement(LocalDate.of(2019, 5, 2));
      }
      if (alea.nextBoolean()) {
        m = m.withResultatRevision(ResultatRevision.values()[alea.nextInt(ResultatRevision.values().length)]);
      }
      if (alea.nextBoolean()) {
        m = m.withDatePremiereMesure(LocalDate.of(1995, 3, 4));
      }
      m = m.withNumeroDossier("D" + i).withCabinet("Cabinet " + i);
      parCle.putIfAbsent(t.id().valeur() + "/" + m.numeroRg().valeur(), m);
    }
    List<Mesure> existantes = new ArrayList<>(parCle.values());
    List<Mesure> ecrites = new ArrayList<>();
    for (Mesure m : existantes) {
      Mesure e = m;
      if (alea.nextBoolean()) {
        e = e.withNumeroDossier(java.util.Optional.empty());
      }
      if (alea.nextBoolean()) {
        e = e.withCabinet(java.util.Optional.empty());
      }
      ecrites.add(e);
    }
    return new Cas(existantes, ecrites);
  };

  @TempDir Path dossier;

  private final AtomicInteger compteur = new AtomicInteger();

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "csv"})
  void reimporterGardeChaqueChampQueLeFichierNePortePas(String format) {
    qt().withExamples(25).forAll(EmjpmGen.depuis(CAS)).checkAssert(c -> {
      ImportMesures i = importer(c, format);
      assertThat(i.creations()).isZero();
      assertThat(i.misesAJour()).isEqualTo(c.existantes().size());
      Map<CleMesure, Mesure> relues = MesuresExistantes.indexer(i.mesures());
      for (int k = 0; k < c.existantes().size(); k++) {
        Mesure e = c.existantes().get(k);
        Mesure ecrite = c.ecrites().get(k);
        Mesure m = relues.get(CleMesure.de(e));
        assertThat(m).isNotNull();
        assertThat(m.id()).isEqualTo(e.id());
        // la ligne porte un seul état : celui de la mesure exportée, à sa date de nomination
        assertThat(m.etats()).extracting(MesureEtat::dateChangementEtat).containsExactly(e.dateNomination().orElseThrow());
        assertThat(m.nature()).isEqualTo(e.nature());
        assertThat(m.lieuVie()).isEqualTo(e.lieuVie());
        // ce que le fichier ne porte pas : gardé
        assertThat(m.ressources()).isEqualTo(e.ressources());
        assertThat(m.datePremiereMesure()).isEqualTo(e.datePremiereMesure());
        assertThat(m.resultatRevision()).isEqualTo(e.resultatRevision());
        assertThat(m.magistratId()).isEqualTo(e.magistratId());
        assertThat(m.urgent()).isEqualTo(e.urgent());
        assertThat(m.dateJugement()).isEqualTo(e.dateJugement());
        assertThat(m.creeLe()).isEqualTo(e.creeLe());
        // cellule vide : gardé
        assertThat(m.numeroDossier()).isEqualTo(e.numeroDossier());
        assertThat(m.cabinet()).isEqualTo(e.cabinet());
        assertThat(ecrite.numeroRg()).isEqualTo(m.numeroRg());
      }
    });
  }

  private ImportMesures importer(Cas c, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format.equals("csv")) {
        EXPORT.exporterCsv(c.ecrites(), out);
      } else {
        EXPORT.exporterXlsx(c.ecrites(), out);
      }
      Path p = dossier.resolve("reimport-" + compteur.incrementAndGet() + "." + format);
      Files.write(p, out.toByteArray());
      Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p,
          ParametresImport.pour(MesuresImporterTest.MANDATAIRE).avecExistantes(MesuresExistantes.de(c.existantes())));
      assertThat(r.violations()).filteredOn(Violation::estBloquante).as("erreurs d'import").isEmpty();
      return r.valeurOuErreur();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
