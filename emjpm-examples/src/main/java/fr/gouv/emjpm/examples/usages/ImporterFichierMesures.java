// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Usage 3 : un mandataire dépose son fichier de mesures (xlsx). L'exemple écrit un petit classeur avec
 * Apache POI (cinq mesures dont trois fautives : date impossible, civilité inconnue, SIRET de tribunal
 * absent du référentiel), l'importe avec {@link MesuresImporter}, affiche chaque erreur (ligne, code,
 * message) puis réimporte le fichier corrigé. Un import refusé n'importe rien : toutes les erreurs sont
 * rendues d'un coup.
 */
public final class ImporterFichierMesures {

  /** Gestionnaire qui importe. */
  public static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(1);

  /** SIRET bien formé mais absent du référentiel embarqué. */
  public static final String SIRET_INCONNU = "17750111101383";

  private static final List<String> EN_TETE =
      List.of("date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg",
          "numero_dossier", "residence", "tribunal_siret");

  /**
   * Chiffres de l'exemple.
   *
   * @param erreurs nombre d'erreurs du premier import
   * @param lignes ligne tableur de chaque erreur, dans l'ordre rendu
   * @param codes code de chaque erreur, dans le même ordre
   * @param creations mesures créées par l'import du fichier corrigé
   * @param lignesLues lignes de données lues dans le fichier corrigé
   */
  public record Resultats(int erreurs, List<Integer> lignes, List<String> codes, int creations, int lignesLues) {}

  private ImporterFichierMesures() {}

  /**
   * Écrit les deux classeurs dans {@code dossier}, les importe, raconte dans {@code out} et rend les
   * chiffres.
   */
  public static Resultats executer(Path dossier, PrintWriter out) throws IOException {
    MesuresImporter importer = MesuresImporter.avec(Recit.moteur());
    String lille = EmbarquerMoteur.SIRET_LILLE;
    List<List<String>> corrigees = List.of(
        List.of("01/02/2020", "tutelle aux biens", "59000", "Lille", "F", "1950", "21/00167", "D1", "A domicile", lille),
        List.of("28/02/2020", "tutelle", "59100", "Roubaix", "H", "1948", "21B00168", "", "domicile", lille),
        List.of("15/03/2021", "curatelle renforcée", "59000", "Lille", "F", "1960", "21B00169", "", "domicile", lille),
        List.of("10/01/2022", "curatelle simple", "75002", "Paris", "F", "1970", "21B00170", "", "domicile", lille),
        List.of("05/05/2023", "sauvegarde de justice", "59200", "Tourcoing", "H", "1945", "21B00171", "", "domicile", lille));
    // Trois cellules fautives : date impossible (ligne 3), civilité inconnue (ligne 4), SIRET hors référentiel (ligne 5).
    List<List<String>> fautives = avec(avec(avec(corrigees, 1, 0, "31/02/2020"), 2, 4, "X"), 3, 9, SIRET_INCONNU);
    Path fautif = dossier.resolve("mesures.xlsx");
    ecrire(fautif, fautives);
    out.println("== Import d'un fichier de mesures (xlsx, 5 lignes) par " + MANDATAIRE);
    Resultat<ImportMesures> refuse = importer.importer(fautif, ParametresImport.pour(MANDATAIRE));
    // en tête, le bilan « n erreur(s) sur m mesure(s) » (IMPORT_BILAN_ERREURS), puis une erreur par cellule
    List<Violation> erreurs = refuse.violations().stream().filter(v -> !v.code().equals("IMPORT_BILAN_ERREURS")).toList();
    out.println("  Import refusé, " + erreurs.size() + " erreur(s), rien n'est importé :");
    refuse.violations().stream().filter(v -> v.code().equals("IMPORT_BILAN_ERREURS"))
        .forEach(v -> out.println("    " + v.message()));
    for (Violation v : erreurs) {
      out.println("    ligne " + MesuresImporter.ligneDe(v) + "  " + v.code() + "  " + v.message());
    }
    Path corrige = dossier.resolve("mesures-corrige.xlsx");
    ecrire(corrige, corrigees);
    ImportMesures ok = importer.importer(corrige, ParametresImport.pour(MANDATAIRE)).valeurOuErreur();
    out.println("  Fichier corrigé : " + ok.lignesLues() + " ligne(s) lue(s), " + ok.creations() + " création(s), "
        + ok.misesAJour() + " mise(s) à jour ; premier RG normalisé : " + ok.mesures().get(0).numeroRg().valeur());
    return new Resultats(
        erreurs.size(),
        erreurs.stream().map(MesuresImporter::ligneDe).toList(),
        erreurs.stream().map(Violation::code).toList(),
        ok.creations(),
        ok.lignesLues());
  }

  /** Copie de {@code lignes} où la cellule ({@code ligne}, {@code colonne}) vaut {@code valeur}. */
  private static List<List<String>> avec(List<List<String>> lignes, int ligne, int colonne, String valeur) {
    List<List<String>> copie = new ArrayList<>(lignes);
    List<String> l = new ArrayList<>(copie.get(ligne));
    l.set(colonne, valeur);
    copie.set(ligne, List.copyOf(l));
    return List.copyOf(copie);
  }

  /** Écrit un classeur xlsx : l'en-tête de l'import puis une ligne par liste de valeurs. */
  static void ecrire(Path fichier, List<List<String>> lignes) throws IOException {
    try (XSSFWorkbook classeur = new XSSFWorkbook()) {
      Sheet feuille = classeur.createSheet("mesures");
      ligne(feuille, 0, EN_TETE);
      for (int i = 0; i < lignes.size(); i++) {
        ligne(feuille, i + 1, lignes.get(i));
      }
      try (OutputStream o = Files.newOutputStream(fichier)) {
        classeur.write(o);
      }
    }
  }

  private static void ligne(Sheet feuille, int numero, List<String> valeurs) {
    Row r = feuille.createRow(numero);
    for (int c = 0; c < valeurs.size(); c++) {
      if (!valeurs.get(c).isEmpty()) {
        r.createCell(c).setCellValue(valeurs.get(c));
      }
    }
  }

  /** Imprime le récit de l'exemple (classeurs écrits dans un dossier temporaire, supprimé ensuite). */
  public static void main(String[] args) throws IOException {
    Recit.imprimerDansUnDossierTemporaire("emjpm-import-", (dossier, out) -> executer(dossier, out));
  }
}
