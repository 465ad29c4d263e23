// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportEnqueteTest {

  private static final String ACT = "enquete_reponses_activite";

  @Test
  void patch_garde_les_valeurs_stockees_absentes_du_classeur() throws IOException {
    byte[] contenu =
        EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE, wb -> EnqueteExcelReaderTest.ecrire(wb, "activité", "D14", 7));
    ImportEnquete imp = EnqueteExcelReaderTest.importer(contenu, TypeEnquete.SERVICE);
    ReponseEnquete existante =
        ReponseEnquete.vide(TypeEnquete.SERVICE)
            .avec(ACT, "revisions_masp", ValeurReponse.entier(0))
            .avec(ACT, "tutelle_etablissement_debut_annee", ValeurReponse.entier(1));
    ReponseEnquete apres = imp.appliquerA(existante);
    assertThat(apres.valeur(ACT, "revisions_masp")).contains(ValeurReponse.entier(0));
    assertThat(apres.valeur(ACT, "tutelle_etablissement_debut_annee")).contains(ValeurReponse.entier(7));
    assertThat(imp.statutsApres(existante).sousSection("activite", "revisionMesures")).contains(StatutSection.VALIDE);
    assertThat(imp.statuts().sousSection("activite", "revisionMesures")).contains(StatutSection.VIDE);
  }

  @Test
  void lecture_par_chemin_et_export_xlsx_relu_par_son_contenu(@TempDir Path dossier) throws IOException {
    ReponseEnquete a = EnqueteExcelWriterTest.reponseComplete(TypeEnquete.PREPOSE, 4);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EnqueteExcelWriter.ecrire(a, TypeEnquete.PREPOSE, 2021, out, FormatExcel.XLSX).valeur()).isPresent();
    Path mauvaiseExtension = dossier.resolve("classeur.xls");
    Files.write(mauvaiseExtension, out.toByteArray());
    Resultat<ImportEnquete> r = EnqueteExcelReader.lire(mauvaiseExtension, TypeEnquete.PREPOSE, 2021);
    assertThat(r.valeur().orElseThrow().patch()).isEqualTo(a);
  }

  @Test
  void limites_poi_relachees_par_l_hote_refusent_l_import_xlsx() {
    ReponseEnquete a = EnqueteExcelWriterTest.reponseComplete(TypeEnquete.SERVICE, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EnqueteExcelWriter.ecrire(a, TypeEnquete.SERVICE, 2021, out, FormatExcel.XLSX);
    double avant = ZipSecureFile.getMinInflateRatio();
    try {
      ZipSecureFile.setMinInflateRatio(0);
      Resultat<ImportEnquete> r =
          EnqueteExcelReader.lire(new ByteArrayInputStream(out.toByteArray()), TypeEnquete.SERVICE, 2021);
      assertThat(r.rapport().codes()).containsExactly("FICHIER_LIMITES_HOTE");
    } finally {
      ZipSecureFile.setMinInflateRatio(avant);
    }
  }

  @Test
  void export_refuse_une_reponse_d_un_autre_type() {
    Resultat<Integer> r =
        EnqueteExcelWriter.ecrire(
            ReponseEnquete.vide(TypeEnquete.SERVICE), TypeEnquete.PREPOSE, 2021, new ByteArrayOutputStream(), FormatExcel.XLS);
    assertThat(r.rapport().codes()).containsExactly("ENQUETE_EXPORT_IMPOSSIBLE");
    assertThat(Map.of()).isEmpty();
  }
}
