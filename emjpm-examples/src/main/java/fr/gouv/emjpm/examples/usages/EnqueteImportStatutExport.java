// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.io.enquete.ImportEnquete;
import fr.gouv.emjpm.io.enquete.ReponseEnqueteJson;
import fr.gouv.emjpm.rules.enquete.ArbreStatutEnquete;
import fr.gouv.emjpm.rules.enquete.BaremesRevenus;
import fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete;
import fr.gouv.emjpm.rules.enquete.PreRemplissageEnquete;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Usage 6 : l'enquête annuelle d'un mandataire individuel. Le mandataire renvoie le classeur DGCS
 * (annexe 5) qu'il a rempli ; l'hôte l'importe ({@link EnqueteExcelReader}), applique les valeurs lues
 * à la réponse stockée, calcule l'arbre de statut ({@link MoteurStatutEnquete}), puis exporte la
 * réponse en JSON ({@link ReponseEnqueteJson}) et en classeur .xls ({@link EnqueteExcelWriter}).
 *
 * <p>Pour rester autonome, l'exemple fabrique d'abord le classeur du mandataire : une réponse
 * pré-remplie depuis 200 mesures générées par le testkit (graine fixe) et écrite au format .xlsx.
 * {@link #importerEtExporter} s'applique tel quel à un vrai classeur.
 */
public final class EnqueteImportStatutExport {

  /** Année de la campagne (activité de l'année précédente). */
  public static final int ANNEE = 2021;
  /** Graine des mesures du mandataire. */
  public static final long GRAINE = 2020;
  /** Nombre de mesures du mandataire. */
  public static final int NOMBRE = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Chiffres de l'exemple.
   *
   * @param valeursLues valeurs lues dans le classeur (premier niveau de chaque table)
   * @param avertissements avertissements de lecture (cellule par cellule)
   * @param statutAvant statut global de la réponse stockée avant import
   * @param statutApres statut global après import
   * @param sections statut de chaque section après import, dans l'ordre du menu
   * @param violations violations qui expliquent les étapes invalides
   * @param tablesJson tables de l'export JSON
   * @param jsonRelu l'export JSON relu redonne la même réponse
   * @param cellulesExportees cellules écrites dans le classeur exporté
   */
  public record Resultats(
      int valeursLues,
      int avertissements,
      String statutAvant,
      String statutApres,
      Map<String, String> sections,
      int violations,
      int tablesJson,
      boolean jsonRelu,
      int cellulesExportees) {}

  private EnqueteImportStatutExport() {}

  /** Fabrique le classeur du mandataire dans {@code dossier}, puis l'importe et exporte la réponse. */
  public static Resultats executer(Path dossier, PrintWriter out) throws IOException {
    TypeEnquete type = TypeEnquete.INDIVIDUEL;
    List<Mesure> mesures = Mesures.generateur().typeGestionnaire(TypeGestionnaire.INDIVIDUEL)
        .datesEntre(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 12, 31)).liste(GRAINE, NOMBRE);
    ReponseEnquete remplie = PreRemplissageEnquete.preRemplir(type, ANNEE, mesures, Optional.empty(),
        BaremesRevenus.originaux()).valeurOuErreur();
    Path classeur = dossier.resolve("enquete-individuel.xlsx");
    try (OutputStream o = Files.newOutputStream(classeur)) {
      EnqueteExcelWriter.ecrire(remplie, type, ANNEE, o, FormatExcel.XLSX).valeurOuErreur();
    }
    out.println("== Enquête " + ANNEE + " d'un mandataire individuel : classeur rempli hors ligne ("
        + NOMBRE + " mesures générées, graine " + GRAINE + ")");
    return importerEtExporter(classeur, type, ANNEE, ReponseEnquete.vide(type), dossier, out);
  }

  /**
   * Importe un classeur DGCS, l'applique à la réponse stockée, calcule les statuts et exporte la
   * réponse dans {@code sortie} ({@code reponse.json} et {@code reponse.xls}).
   */
  public static Resultats importerEtExporter(Path classeur, TypeEnquete type, int annee, ReponseEnquete stockee,
      Path sortie, PrintWriter out) throws IOException {
    MoteurStatutEnquete moteur = MoteurStatutEnquete.standard();
    String avant = moteur.statut(stockee).global().code();
    ImportEnquete lu = EnqueteExcelReader.lire(classeur, type, annee).valeurOuErreur();
    int valeurs = lu.patch().tables().values().stream().mapToInt(Map::size).sum();
    out.println("  1. Import de " + classeur.getFileName() + " : " + valeurs + " valeur(s) lue(s), "
        + lu.avertissements().size() + " avertissement(s)");
    lu.avertissements().stream().limit(3).forEach(v -> out.println("     " + v.chemin() + " : " + v.message()));

    ReponseEnquete reponse = lu.appliquerA(stockee);
    ArbreStatutEnquete arbre = moteur.statut(reponse);
    Map<String, String> sections = new LinkedHashMap<>();
    arbre.sections().forEach((id, n) -> sections.put(id, n.global().code()));
    out.println("  2. Statut : " + avant + " avant import, " + arbre.global().code() + " après ; par section " + sections);
    arbre.violations().stream().limit(3).forEach(v -> out.println("     " + v.chemin() + " : " + v.message()));

    Map<String, Object> arbreJson = ReponseEnqueteJson.versArbre(reponse);
    String texte = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(arbreJson);
    Files.writeString(sortie.resolve("reponse.json"), texte, StandardCharsets.UTF_8);
    boolean relu = ReponseEnqueteJson.lire(texte, type).valeur().map(r -> r.equals(reponse)).orElse(false);
    Resultat<Integer> ecrit;
    try (OutputStream o = Files.newOutputStream(sortie.resolve("reponse.xls"))) {
      ecrit = EnqueteExcelWriter.ecrire(reponse, type, annee, o, FormatExcel.XLS);
    }
    int cellules = ecrit.valeurOuErreur();
    out.println("  3. Export : reponse.json (" + arbreJson.size() + " tables, relu " + (relu ? "identique" : "différent")
        + ") et reponse.xls (" + cellules + " cellules)");
    return new Resultats(valeurs, lu.avertissements().size(), avant, arbre.global().code(), Collections.unmodifiableMap(sections),
        arbre.violations().size(), arbreJson.size(), relu, cellules);
  }

  /** Imprime le récit de l'exemple (fichiers dans un dossier temporaire, supprimé ensuite). */
  public static void main(String[] args) throws IOException {
    Recit.imprimerDansUnDossierTemporaire("emjpm-enquete-", (dossier, out) -> executer(dossier, out));
  }
}
