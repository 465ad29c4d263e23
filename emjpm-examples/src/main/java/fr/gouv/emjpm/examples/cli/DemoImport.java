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
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Partie « import » de {@code emjpm demo} : un grand service du Nord reprend son stock de mesures depuis
 * un classeur xlsx généré (colonnes du modèle d'import, graine fixe) qui porte quelques erreurs
 * délibérées. Le premier import est refusé (tout ou rien) et liste les erreurs ; le classeur corrigé est
 * ensuite importé. Les classeurs sont écrits dans des fichiers temporaires (en tâche de fond, pendant que
 * la démonstration génère ses gestionnaires), supprimés ensuite.
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

  /**
   * Les deux classeurs de la démonstration (avec les erreurs délibérées, puis corrigé), dans des fichiers
   * temporaires supprimés à la fermeture.
   */
  record Classeurs(Path avecErreurs, Path corrige) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        Files.deleteIfExists(avecErreurs);
      } finally {
        Files.deleteIfExists(corrige);
      }
    }
  }

  private DemoImport() {}

  /**
   * Écrit les deux classeurs (appelé en tâche de fond pendant que la démonstration génère ses
   * gestionnaires).
   *
   * @param antennes antennes du service (colonne {@code antenne})
   * @param sirets SIRET des tribunaux du département
   * @return les deux fichiers écrits
   * @throws IOException écriture impossible
   */
  static Classeurs ecrire(List<Antenne> antennes, List<String> sirets) throws IOException {
    Path avecErreurs = Files.createTempFile("emjpm-demo-mesures-", ".xlsx");
    Path corrige = null;
    try {
      corrige = Files.createTempFile("emjpm-demo-mesures-", ".xlsx");
      ecrire(avecErreurs, antennes, sirets, true);
      ecrire(corrige, antennes, sirets, false);
      return new Classeurs(avecErreurs, corrige);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(avecErreurs);
      if (corrige != null) {
        Files.deleteIfExists(corrige);
      }
      throw e;
    }
  }

  static Bilan afficher(PrintWriter out, PrintWriter err, EmjpmEngine engine, GestionnaireId service,
      List<Antenne> antennes, Classeurs classeurs) throws IOException {
    out.println("== Import : le service reprend son stock de " + nombre(LIGNES) + " mesures (xlsx généré, graine "
        + GRAINE + ")");
    out.println("  colonnes : " + String.join(", ", EN_TETES));
    ParametresImport p = ParametresImport.pour(service).avecAntennes(antennes, Map.of())
        .avecProgression(n -> progression(err, n));
    MesuresImporter importer = MesuresImporter.avec(engine);
    Resultat<ImportMesures> refuse = importer(importer, p, err, classeurs.avecErreurs());
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
    Resultat<ImportMesures> corrige = importer(importer, p, err, classeurs.corrige());
    ImportMesures i = corrige.valeurOuErreur();
    out.println("  2e essai, classeur corrigé -> " + nombre(i.creations() + i.misesAJour()) + " mesures importées ("
        + nombre(i.lignesLues()) + " lignes lues, " + nombre(i.creations()) + " créations, " + i.misesAJour()
        + " mises à jour, " + i.avertissements().size() + " avertissement(s))");
    out.println();
    return new Bilan(refuse, i);
  }

  private static Resultat<ImportMesures> importer(MesuresImporter importer, ParametresImport p, PrintWriter err,
      Path fichier) throws IOException {
    Resultat<ImportMesures> r = importer.importer(fichier, p);
    err.println();
    err.flush();
    return r;
  }

  /** Barre de progression sur la sortie d'erreur (le rappel arrive tous les 1 000 lignes). */
  static void progression(PrintWriter err, long lues) {
    int largeur = 30;
    int pleins = (int) Math.min(largeur, lues * largeur / LIGNES);
    err.print("\r  import [" + "#".repeat(pleins) + ".".repeat(largeur - pleins) + "] " + nombre(lues) + " / "
        + nombre(LIGNES) + " lignes");
    err.flush();
  }

  /** Écrit le classeur (en flux, chaînes en ligne) ; mêmes lignes avec ou sans les erreurs délibérées. */
  static void ecrire(Path fichier, List<Antenne> antennes, List<String> sirets, boolean avecErreurs) throws IOException {
    SplittableRandom r = new SplittableRandom(GRAINE);
    try (ClasseurXlsxDemo classeur = ClasseurXlsxDemo.ouvrir(fichier, "mesures")) {
      classeur.ligne(EN_TETES);
      for (int i = 1; i <= LIGNES; i++) {
        GestionnairesDemo.Ville v = GestionnairesDemo.VILLES.get(r.nextInt(GestionnairesDemo.VILLES.size()));
        // mêmes tirages, dans le même ordre, que l'ancien String.format (plus coûteux sur 20 000 lignes)
        int jour = 1 + r.nextInt(28);
        int mois = 1 + r.nextInt(12);
        int annee = 2010 + r.nextInt(14);
        String[] valeurs = {
          chiffres(jour, 2) + "/" + chiffres(mois, 2) + "/" + annee,
          TYPES.get(r.nextInt(TYPES.size())),
          v.codePostal(),
          v.nom(),
          r.nextBoolean() ? "F" : "H",
          String.valueOf(1930 + r.nextInt(60)),
          chiffres(10 + i % 14, 2) + "A" + chiffres(i, 5),
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
        classeur.ligne(Arrays.asList(valeurs));
      }
    }
  }

  /** Entier positif sur au moins {@code largeur} chiffres (zéros en tête), comme {@code %0<largeur>d}. */
  static String chiffres(int n, int largeur) {
    String s = Integer.toString(n);
    return s.length() >= largeur ? s : "0".repeat(largeur - s.length()) + s;
  }

  /** Nombre avec séparateur de milliers (espace), indépendant de la locale par défaut. */
  static String nombre(long n) {
    return String.format(Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
  }
}
