// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 : une violation du moteur rattachée à une ligne du fichier nomme la colonne telle que l'en-tête
 * de l'utilisateur l'écrit (argument {@code colonne}, message préfixé, chemin {@code /lignes/N/colonne}
 * comme les erreurs de format), garde son code et sa gravité, et ne recopie aucune cellule.
 */
class ReglesDuMoteurColonnesTest {

  /** En-têtes en casse mixte, avec un espace final (lus sans casse ni espaces autour). */
  private static final String EN_TETE = "Date_Nomination ;Type;Code_Postal;Ville;Civilite;Annee;Numero_RG;"
      + "Numero_Dossier;Residence;Tribunal_Siret\n";
  /** Ligne bien formée : RG non normalisé (refusé en mode strict), Monaco, en établissement sans type. */
  private static final String LIGNE = "01/02/2020;tutelle;98000;Monaco;F;1950;21/00167;DOS-4411;en établissement;"
      + MesuresImporterTest.SIRET_LILLE + "\n";

  @TempDir Path dossier;

  private Resultat<ImportMesures> importer(String contenu, boolean strict) throws IOException {
    Path p = dossier.resolve("mesures-" + System.nanoTime() + ".csv");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return MesuresImporterTest.IMPORTER.importer(p,
        ParametresImport.pour(MesuresImporterTest.MANDATAIRE).avecStrict(strict));
  }

  @Test
  void troisReglesDuMoteurSurUneLigneBienFormeeNommentChacuneSaColonneTelleQuEcrite() throws IOException {
    Resultat<ImportMesures> r = importer(EN_TETE + LIGNE, true);
    List<Violation> moteur = MesuresImporterTest.erreurs(r);
    // le bilan ne compte que les erreurs ; les avertissements des lignes suivent, sans être perdus
    assertThat(r.violations()).filteredOn(v -> v.code().equals("IMPORT_BILAN_ERREURS")).singleElement()
        .satisfies(v -> assertThat(v.arguments()).containsEntry("erreurs", "1").containsEntry("mesures", "1"));
    assertThat(moteur).extracting(Violation::code, Violation::gravite, Violation::chemin).containsExactlyInAnyOrder(
        tuple("RG_NON_NORMALISE_STRICT", Gravite.BLOQUANTE, "/lignes/2/numero_rg"),
        tuple("TYPE_ETABLISSEMENT_ABSENT", Gravite.AVERTISSEMENT, "/lignes/2/type_etablissement"),
        tuple("CODE_POSTAL_DEPARTEMENT_INCONNU", Gravite.AVERTISSEMENT, "/lignes/2/code_postal"));
    assertThat(moteur).extracting(v -> v.arguments().get("colonne"))
        .containsExactlyInAnyOrder("Numero_RG", "type_etablissement", "Code_Postal");
    assertThat(moteur).allSatisfy(v -> {
      assertThat(v.message()).startsWith("colonne « " + v.arguments().get("colonne") + " » : ");
      assertThat(MesuresImporter.ligneDe(v)).isEqualTo(2);
      assertThat(v.toString()).doesNotContain("21/00167", "DOS-4411", "Monaco", "98000");
    });
    // le message du moteur est gardé après le préfixe
    assertThat(moteur).filteredOn(v -> v.code().equals("RG_NON_NORMALISE_STRICT")).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("colonne « Numero_RG » : "
            + Violation.de(fr.gouv.emjpm.rules.validation.CodeRegle.RG_NON_NORMALISE_STRICT, "").message()));
  }

  @Test
  void unAvertissementDuMoteurDUnImportAccepteNommeLaColonneTelleQuEcrite() throws IOException {
    Resultat<ImportMesures> r = importer(EN_TETE.replace("Residence", "RESIDENCE") + LIGNE.replace(
        "21/00167", "21B00167"), false);
    assertThat(r.estSucces()).as(r.violations().toString()).isTrue();
    assertThat(r.violations()).filteredOn(v -> v.code().equals("CODE_POSTAL_DEPARTEMENT_INCONNU")).singleElement()
        .satisfies(v -> {
          assertThat(v.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
          assertThat(v.chemin()).isEqualTo("/lignes/2/code_postal");
          assertThat(v.arguments()).containsEntry("colonne", "Code_Postal").containsEntry("ligne", "2");
          assertThat(v.message()).startsWith("colonne « Code_Postal » : ").doesNotContain("98000");
        });
    assertThat(r.violations()).filteredOn(v -> v.code().equals("TYPE_ETABLISSEMENT_ABSENT")).singleElement()
        .satisfies(v -> assertThat(v.chemin()).isEqualTo("/lignes/2/type_etablissement"));
  }

  @Test
  void uneLigneEnErreurDeFormatNommeAussiLaColonneDesReglesDuMoteur() throws IOException {
    // date illisible (format) et RG non normalisé (moteur, appliqué aux colonnes lisibles)
    Resultat<ImportMesures> r = importer(EN_TETE + LIGNE.replace("01/02/2020", "31/02/2020"), true);
    assertThat(MesuresImporterTest.erreurs(r)).filteredOn(Violation::estBloquante)
        .extracting(Violation::code, Violation::chemin, v -> v.arguments().get("colonne"))
        .containsExactlyInAnyOrder(
            tuple("IMPORT_DATE_INVALIDE", "/lignes/2/date_nomination", "Date_Nomination"),
            tuple("RG_NON_NORMALISE_STRICT", "/lignes/2/numero_rg", "Numero_RG"));
  }

  @Test
  void laDispositionDeLExportNommeSesPropresColonnes() throws IOException {
    java.util.Map<String, String> l = ImportDispositionExportTest.ligneValide();
    l.put("numero_rg", "21/00167");
    Path p = dossier.resolve("export.csv");
    Files.writeString(p, ImportDispositionExportTest.csvExport(List.of(l)), StandardCharsets.UTF_8);
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p,
        ParametresImport.pour(MesuresImporterTest.MANDATAIRE).avecStrict(true));
    assertThat(MesuresImporterTest.erreurs(r)).filteredOn(v -> v.code().equals("RG_NON_NORMALISE_STRICT"))
        .singleElement().satisfies(v -> {
          assertThat(v.chemin()).isEqualTo("/lignes/2/numero_rg");
          assertThat(v.arguments()).containsEntry("colonne", "numero_rg");
        });
  }
}
