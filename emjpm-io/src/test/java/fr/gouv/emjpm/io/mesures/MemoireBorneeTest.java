// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.internal.ViolationsGardees;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, mémoire : des entrées générées au moment du test, de forme hostile (beaucoup de lignes
 * fautives, beaucoup d'états), sont refusées ou lues dans le tas de 256 Mio des tests (argLine de
 * surefire), avec des erreurs plafonnées et comptées, jamais une {@code OutOfMemoryError}.
 */
class MemoireBorneeTest {

  @TempDir Path dossier;

  private static long compte(Resultat<?> r, String code) {
    return r.violations().stream().filter(v -> v.code().equals(code)).count();
  }

  @Test
  void cent_mille_lignes_fautives_d_un_csv_gardent_mille_erreurs_et_comptent_les_autres() throws IOException {
    StringBuilder b = new StringBuilder(MesuresImporterTest.EN_TETE);
    for (int i = 0; i < 100_000; i++) {
      b.append("x\n");
    }
    Path p = dossier.resolve("x.csv");
    Files.writeString(p, b, StandardCharsets.UTF_8);
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MesuresImporterTest.MANDATAIRE));
    assertThat(r.valeur()).isEmpty();
    Violation bilan = r.violations().get(0);
    assertThat(bilan.code()).isEqualTo("IMPORT_BILAN_ERREURS");
    long total = Long.parseLong(bilan.arguments().get("erreurs"));
    assertThat(total).isGreaterThan(100_000); // plusieurs erreurs par ligne, toutes comptées
    assertThat(bilan.arguments()).containsEntry("mesures", "100000");
    Violation resume = r.violations().get(r.violations().size() - 1);
    assertThat(resume.code()).isEqualTo("IMPORT_ERREURS_OMISES");
    assertThat(Long.parseLong(resume.arguments().get("nombre"))).isEqualTo(total - ViolationsGardees.MAX);
    assertThat(r.violations()).hasSize(ViolationsGardees.MAX + 2);
    // les erreurs gardées sont les premières, dans l'ordre des lignes
    assertThat(MesuresImporter.ligneDe(r.violations().get(1))).isEqualTo(2);
  }

  @Test
  void un_import_sous_le_plafond_garde_toutes_ses_erreurs_sans_resume() throws IOException {
    StringBuilder b = new StringBuilder(MesuresImporterTest.EN_TETE);
    for (int i = 0; i < 10; i++) {
      b.append("x\n");
    }
    Path p = dossier.resolve("dix.csv");
    Files.writeString(p, b, StandardCharsets.UTF_8);
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MesuresImporterTest.MANDATAIRE));
    assertThat(compte(r, "IMPORT_ERREURS_OMISES")).isZero();
    assertThat(Long.parseLong(r.violations().get(0).arguments().get("erreurs"))).isEqualTo(r.violations().size() - 1);
  }

  @Test
  void dev_zero_est_lu_par_le_flux_borne_et_refuse_pour_sa_taille() throws IOException {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(zero, ParametresImport.pour(MesuresImporterTest.MANDATAIRE));
    assertThat(r.violations()).extracting(Violation::code).containsExactly("FICHIER_TROP_VOLUMINEUX");
  }

  /** Une mesure de l'API avec {@code n} états vides {@code {}}. */
  private static String mesureAEtatsVides(int n) {
    StringBuilder b = new StringBuilder("{\"numero_rg\":\"19/00001\",\"tribunal_siret\":\"17590111500709\",\"etats\":[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "{}" : ",{}");
    }
    return b.append("]}").toString();
  }

  @Test
  void cent_mille_etats_vides_sont_refuses_par_un_code_type() {
    byte[] json = mesureAEtatsVides(100_000).getBytes(StandardCharsets.UTF_8);
    List<Violation> v = MesuresJsonReader.verifier(json, false, Set.of(), MesuresImporterTest.ENGINE.contexte());
    assertThat(v).extracting(Violation::code).containsExactly("JSON_TROP_D_ETATS");
    assertThat(v.get(0).chemin()).isEqualTo("/etats");
    assertThat(v.get(0).arguments()).containsEntry("max", String.valueOf(MesuresJsonReader.ETATS_MAX));
    // au plafond exactement, la mesure est lue (ses états vides sont signalés par les règles, plafonnées)
    List<Violation> auPlafond = MesuresJsonReader.verifier(
        mesureAEtatsVides(MesuresJsonReader.ETATS_MAX).getBytes(StandardCharsets.UTF_8), false, Set.of(),
        MesuresImporterTest.ENGINE.contexte());
    assertThat(auPlafond).extracting(Violation::code).doesNotContain("JSON_TROP_D_ETATS");
  }

  @Test
  void trop_de_ressources_sont_refusees_par_un_code_type() {
    StringBuilder b = new StringBuilder("{\"numero_rg\":\"19/00001\",\"ressources\":[");
    for (int i = 0; i <= MesuresJsonReader.RESSOURCES_MAX; i++) {
      b.append(i == 0 ? "{}" : ",{}");
    }
    List<Violation> v = MesuresJsonReader.verifier(b.append("]}").toString().getBytes(StandardCharsets.UTF_8), false,
        Set.of(), MesuresImporterTest.ENGINE.contexte());
    assertThat(v).extracting(Violation::code).containsExactly("JSON_TROP_DE_RESSOURCES");
  }

  @Test
  void un_lot_de_mille_mesures_fautives_garde_mille_violations_et_compte_les_autres() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < MesuresJsonReader.LOT_MAX; i++) {
      b.append(i == 0 ? "" : ",").append(mesureAEtatsVides(MesuresJsonReader.ETATS_MAX));
    }
    List<Violation> v = MesuresJsonReader.verifier(b.append("]").toString().getBytes(StandardCharsets.UTF_8), false,
        Set.of(), MesuresImporterTest.ENGINE.contexte());
    Violation resume = v.get(v.size() - 1);
    assertThat(resume.code()).isEqualTo("JSON_VIOLATIONS_OMISES");
    assertThat(Long.parseLong(resume.arguments().get("nombre"))).isPositive();
    assertThat(v).hasSize(1_001);
  }

  @Test
  void une_mesure_ocmi_a_cent_mille_etats_est_refusee_seule_et_la_synchronisation_aboutit() throws IOException {
    String siret = "12345678900011";
    String bonne = "{\"mandataire\":{\"siret\":\"" + siret + "\"},\"numero_rg\":\"19/00002\",\"annee_naissance\":1950,"
        + "\"civilite\":\"madame\",\"tribunal_siret\":\"17590111500709\",\"date_nomination\":\"2019-03-01\","
        + "\"etats\":[{\"date_changement_etat\":\"2019-03-01\",\"nature_mesure\":\"tutelle\","
        + "\"champ_mesure\":\"protection_bien_personne\",\"lieu_vie\":\"domicile\",\"code_postal\":\"59000\","
        + "\"ville\":\"LILLE\"}]}";
    String hostile = mesureAEtatsVides(100_000).replace("{\"numero_rg\"",
        "{\"mandataire\":{\"siret\":\"" + siret + "\"},\"numero_rg\"");
    byte[] fichier = ("[" + hostile + "," + bonne + "]").getBytes(StandardCharsets.UTF_8);
    FichierOcmi f = FichierOcmi.lire(new ByteArrayInputStream(fichier)).valeurOuErreur();
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(MesuresImporterTest.ENGINE)
        .synchroniser(f, MesuresImporterTest.MANDATAIRE, Siret.of(siret), MesuresExistantes.aucune());
    assertThat(r.valeurOuErreur().creations()).isEqualTo(1);
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactly("OCMI_MESURE_NON_ENREGISTREE", "JSON_TROP_D_ETATS");
  }

  @Test
  void deux_mille_mesures_ocmi_refusees_gardent_mille_violations_et_comptent_les_autres() throws IOException {
    String siret = "12345678900011";
    String bonne = "{\"mandataire\":{\"siret\":\"" + siret + "\"},\"numero_rg\":\"19/00002\",\"annee_naissance\":1950,"
        + "\"civilite\":\"madame\",\"tribunal_siret\":\"17590111500709\",\"date_nomination\":\"2019-03-01\","
        + "\"etats\":[{\"date_changement_etat\":\"2019-03-01\",\"nature_mesure\":\"tutelle\","
        + "\"champ_mesure\":\"protection_bien_personne\",\"lieu_vie\":\"domicile\",\"code_postal\":\"59000\","
        + "\"ville\":\"LILLE\"}]}";
    StringBuilder b = new StringBuilder("[").append(bonne);
    for (int i = 0; i < 2_000; i++) {
      // tribunal inconnu : une violation par mesure
      b.append(',').append(bonne.replace("19/00002", "19/1" + i).replace("17590111500709", "17750111101383"));
    }
    FichierOcmi f = FichierOcmi.lire(new ByteArrayInputStream(b.append(']').toString().getBytes(StandardCharsets.UTF_8)))
        .valeurOuErreur();
    Resultat<ImportMesures> r = SynchronisationOcmi.avec(MesuresImporterTest.ENGINE)
        .synchroniser(f, MesuresImporterTest.MANDATAIRE, Siret.of(siret), MesuresExistantes.aucune());
    assertThat(r.valeurOuErreur().creations()).isEqualTo(1);
    assertThat(compte(r, "OCMI_TRIBUNAL_INCONNU")).isEqualTo(ViolationsGardees.MAX);
    assertThat(compte(r, "OCMI_MESURE_NON_ENREGISTREE")).isEqualTo(ViolationsGardees.MAX);
    Violation resume = r.violations().get(r.violations().size() - 1);
    assertThat(resume.code()).isEqualTo("OCMI_VIOLATIONS_OMISES");
    assertThat(resume.arguments()).containsEntry("mesures", "1000").containsEntry("nombre", "1000");
  }
}
