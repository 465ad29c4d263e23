// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Partie « import » de {@code emjpm demo} : un grand service du Nord reprend son stock de mesures depuis
 * un classeur xlsx généré (colonnes du modèle d'import, graine fixe) qui porte quelques erreurs
 * délibérées. Le premier import est refusé (tout ou rien) et liste les erreurs ; le classeur corrigé est
 * ensuite importé. Les classeurs sont écrits dans des fichiers temporaires, supprimés ensuite.
 */
final class DemoImport {

  /** Nombre de lignes de données du classeur. */
  static final int LIGNES = 10_000;

  /** Graine du classeur. */
  static final long GRAINE = 59L;

  /**
   * Erreurs délibérées : ligne de données (1 = première ligne après l'en-tête), colonne et valeur fautive.
   */
  record Erreur(int donnee, String colonne, String valeur) {
    /** Numéro de ligne tableur (l'en-tête est la ligne 1). */
    int ligneTableur() {
      return donnee + 1;
    }
  }

  static final List<Erreur> ERREURS =
      List.of(
          new Erreur(1_234, "annee", "19X5"),
          new Erreur(4_321, "date_nomination", "31/02/2020"),
          new Erreur(7_007, "type", "curatelle légère"),
          new Erreur(9_876, "tribunal_siret", "12345678901234"));

  private static final List<String> EN_TETES =
      List.of("date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg",
          "numero_dossier", "residence", "tribunal_siret", "antenne");

  private static final List<String> TYPES =
      List.of("curatelle renforcée", "tutelle", "curatelle simple", "tutelle aux biens et à la personne",
          "curatelle renforcée aux biens", "sauvegarde de justice", "maj");

  /** Résultat des deux imports. */
  record Bilan(Resultat<ImportMesures> refuse, ImportMesures importe) {}

  private DemoImport() {}

  static Bilan afficher(PrintWriter out, PrintWriter err, EmjpmEngine engine, GestionnaireId service,
      List<Antenne> antennes, List<String> siretsTribunaux) throws IOException {
    out.println("== Import : le service reprend son stock de " + nombre(LIGNES) + " mesures (xlsx généré, graine "
        + GRAINE + ")");
    out.println("  colonnes : " + String.join(", ", EN_TETES));
    ParametresImport p = ParametresImport.pour(service).avecAntennes(antennes, Map.of())
        .avecProgression(n -> progression(err, n));
    MesuresImporter importer = MesuresImporter.avec(engine);
    Resultat<ImportMesures> refuse = importer(importer, p, err, antennes, siretsTribunaux, true);
    // le bilan « n erreur(s) sur m mesure(s) » de la bibliothèque est en tête ; les erreurs par ligne suivent
    List<Violation> erreurs = refuse.violations().stream()
        .filter(v -> !v.code().equals(MesuresCommande.BILAN)).toList();
    out.println("  1er essai, " + ERREURS.size() + " erreurs glissées exprès -> import refusé (tout ou rien), "
        + erreurs.size() + " erreur(s) :");
    refuse.violations().stream().filter(v -> v.code().equals(MesuresCommande.BILAN))
        .forEach(v -> out.println("    " + v.message()));
    for (Violation v : erreurs) {
      out.println("    ligne " + MesuresImporter.ligneDe(v) + " : " + v.message() + "  [" + v.code() + "]");
    }
    Resultat<ImportMesures> corrige = importer(importer, p, err, antennes, siretsTribunaux, false);
    ImportMesures i = corrige.valeurOuErreur();
    out.println("  2e essai, classeur corrigé -> " + nombre(i.creations() + i.misesAJour()) + " mesures importées ("
        + nombre(i.lignesLues()) + " lignes lues, " + nombre(i.creations()) + " créations, " + i.misesAJour()
        + " mises à jour, " + i.avertissements().size() + " avertissement(s))");
    out.println();
    return new Bilan(refuse, i);
  }

  private static Resultat<ImportMesures> importer(MesuresImporter importer, ParametresImport p, PrintWriter err,
      List<Antenne> antennes, List<String> sirets, boolean avecErreurs) throws IOException {
    Path fichier = Files.createTempFile("emjpm-demo-mesures-", ".xlsx");
    try {
      ecrire(fichier, antennes, sirets, avecErreurs);
      Resultat<ImportMesures> r = importer.importer(fichier, p);
      err.println();
      err.flush();
      return r;
    } finally {
      Files.deleteIfExists(fichier);
    }
  }

  /** Barre de progression sur la sortie d'erreur (le rappel arrive tous les 1 000 lignes). */
  static void progression(PrintWriter err, long lues) {
    int largeur = 30;
    int pleins = (int) Math.min(largeur, lues * largeur / LIGNES);
    err.print("\r  import [" + "#".repeat(pleins) + ".".repeat(largeur - pleins) + "] " + nombre(lues) + " / "
        + nombre(LIGNES) + " lignes");
    err.flush();
  }

  /** Écrit le classeur (SXSSF, en flux) ; mêmes lignes avec ou sans les erreurs délibérées. */
  static void ecrire(Path fichier, List<Antenne> antennes, List<String> sirets, boolean avecErreurs) throws IOException {
    SplittableRandom r = new SplittableRandom(GRAINE);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Sheet feuille = wb.createSheet("mesures");
      Row entete = feuille.createRow(0);
      for (int c = 0; c < EN_TETES.size(); c++) {
        entete.createCell(c).setCellValue(EN_TETES.get(c));
      }
      for (int i = 1; i <= LIGNES; i++) {
        GestionnairesDemo.Ville v = GestionnairesDemo.VILLES.get(r.nextInt(GestionnairesDemo.VILLES.size()));
        String[] valeurs = {
          String.format(Locale.ROOT, "%02d/%02d/%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 2010 + r.nextInt(14)),
          TYPES.get(r.nextInt(TYPES.size())),
          v.codePostal(),
          v.nom(),
          r.nextBoolean() ? "F" : "H",
          String.valueOf(1930 + r.nextInt(60)),
          String.format(Locale.ROOT, "%02dA%05d", 10 + i % 14, i),
          "D" + i,
          "A domicile",
          sirets.get(r.nextInt(sirets.size())),
          antennes.get(r.nextInt(antennes.size())).nom()
        };
        if (avecErreurs) {
          for (Erreur e : ERREURS) {
            if (e.donnee() == i) {
              valeurs[EN_TETES.indexOf(e.colonne())] = e.valeur();
            }
          }
        }
        Row ligne = feuille.createRow(i);
        for (int c = 0; c < valeurs.length; c++) {
          ligne.createCell(c).setCellValue(valeurs[c]);
        }
      }
      try (OutputStream o = Files.newOutputStream(fichier)) {
        wb.write(o);
      }
    }
  }

  /** Nombre avec séparateur de milliers (espace), indépendant de la locale par défaut. */
  static String nombre(long n) {
    return String.format(Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
  }
}
