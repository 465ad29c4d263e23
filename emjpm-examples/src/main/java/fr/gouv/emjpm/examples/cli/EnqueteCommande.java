// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.enquete.ConsolidationClasseurs;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.io.enquete.ImportEnquete;
import fr.gouv.emjpm.io.enquete.ReponseEnqueteJson;
import fr.gouv.emjpm.rules.enquete.ArbreStatutEnquete;
import fr.gouv.emjpm.rules.enquete.ConsolidationEnquete;
import fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code emjpm enquete} : import et export des classeurs DGCS de l'enquête annuelle (docs/cli-enquete.md). */
@Command(
    name = "enquete",
    description = "Enquête annuelle DGCS : import, export et consolidation des classeurs Excel.",
    mixinStandardHelpOptions = true,
    subcommands = {EnqueteCommande.Importer.class, EnqueteCommande.Exporter.class, EnqueteCommande.Consolider.class})
final class EnqueteCommande implements Runnable {
  @Spec CommandSpec spec;

  /** Taille maximale d'un document JSON de réponse lu par {@code exporter}. */
  static final long TAILLE_JSON_MAX = 5L * 1024 * 1024;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Convertit {@code individuel|service|prepose} en type d'enquête. */
  static final class TypeConvertisseur implements ITypeConverter<TypeEnquete> {
    @Override
    public TypeEnquete convert(String valeur) {
      return TypeEnquete.parCode(valeur.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new TypeConversionException("type inconnu (individuel, service ou prepose)"));
    }
  }

  /** Sortie JSON de l'import : type, annee, reponses, statuts, avertissements. */
  static Map<String, Object> versJson(TypeEnquete type, int annee, ReponseEnquete reponse,
      ArbreStatutEnquete statuts, List<Violation> avertissements) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", type.code());
    r.put("annee", annee);
    r.put("reponses", ReponseEnqueteJson.versArbre(reponse));
    r.put("statuts", statuts.versCodes());
    r.put("statut_global", Map.of("code", statuts.global().code(), "libelle", statuts.global().libelle()));
    r.put("avertissements", violations(avertissements));
    return r;
  }

  static List<Map<String, Object>> violations(List<Violation> vs) {
    List<Map<String, Object>> l = new ArrayList<>();
    for (Violation v : vs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cellule", v.chemin());
      m.put("code", v.code());
      m.put("gravite", v.estBloquante() ? "bloquante" : "avertissement");
      m.put("message", v.message());
      l.add(m);
    }
    return l;
  }

  private static void afficherViolations(PrintWriter err, List<Violation> vs) {
    for (Violation v : vs) {
      err.println("  [" + v.code() + "] " + v.chemin() + " : " + v.message());
    }
  }

  /** {@code emjpm enquete importer FICHIER --type … --annee … [--json]}. */
  @Command(name = "importer", mixinStandardHelpOptions = true,
      description = "Lit un classeur DGCS (.xls ou .xlsx) et affiche les réponses, l'arbre de statuts et les avertissements.")
  static final class Importer implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Classeur .xls ou .xlsx.")
    Path fichier;

    @Option(names = "--type", required = true, converter = TypeConvertisseur.class,
        description = "individuel, service ou prepose.")
    TypeEnquete type;

    @Option(names = "--annee", required = true, description = "Année de la campagne (ex. 2021).")
    int annee;

    @CommandLine.Mixin
    SortieJson json = new SortieJson();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(fichier)) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Fichier introuvable : " + fichier.getFileName());
      }
      Resultat<ImportEnquete> r = EnqueteExcelReader.lire(fichier, type, annee);
      if (r instanceof Resultat.Echec<ImportEnquete> e) {
        err.println("Classeur refusé (" + e.violations().size() + " violation(s)) :");
        afficherViolations(err, e.violations());
        if (json.actif()) {
          Json.ecrire(out, Map.of("violations", violations(e.violations())));
        }
        return EmjpmCli.REFUS;
      }
      ImportEnquete imp = r.valeur().orElseThrow();
      ArbreStatutEnquete statuts = MoteurStatutEnquete.standard().statut(imp.patch());
      if (json.actif()) {
        Json.ecrire(out, versJson(type, annee, imp.patch(), statuts, imp.avertissements()));
      } else {
        long nb = imp.patch().tables().values().stream().mapToLong(Map::size).sum();
        out.println("Enquête " + type.code() + " " + annee + " : " + nb + " clé(s) lue(s) dans "
            + imp.patch().tables().size() + " table(s), statut global : " + statuts.global().libelle());
        statuts.sections().forEach((id, n) -> out.println("  " + id + " : " + n.global().libelle()));
        out.println(imp.avertissements().size() + " avertissement(s)");
        afficherViolations(out, imp.avertissements());
      }
      return EmjpmCli.OK;
    }
  }

  /** {@code emjpm enquete exporter REPONSE.json --type … --annee … --sortie F.xls|F.xlsx}. */
  @Command(name = "exporter", mixinStandardHelpOptions = true,
      description = "Écrit une réponse JSON dans le classeur DGCS de son type.")
  static final class Exporter implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPONSE.json",
        description = "Réponse : sortie de « importer --json » ou objet {\"<table>\": {\"<clé>\": valeur}}.")
    Path reponse;

    @Option(names = "--type", required = true, converter = TypeConvertisseur.class,
        description = "individuel, service ou prepose.")
    TypeEnquete type;

    @Option(names = "--annee", required = true, description = "Année de la campagne (ex. 2021).")
    int annee;

    @Option(names = "--sortie", required = true, paramLabel = "F.xls|F.xlsx",
        description = "Classeur à écrire ; le format suit l'extension.")
    Path sortie;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String nom = String.valueOf(sortie.getFileName()).toLowerCase(Locale.ROOT);
      FormatExcel format;
      if (nom.endsWith(".xlsx")) {
        format = FormatExcel.XLSX;
      } else if (nom.endsWith(".xls")) {
        format = FormatExcel.XLS;
      } else {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --sortie doit finir par .xls ou .xlsx");
      }
      if (!Files.isRegularFile(reponse)) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Fichier introuvable : " + reponse.getFileName());
      }
      if (Files.size(reponse) > TAILLE_JSON_MAX) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Fichier JSON trop gros (plus de " + TAILLE_JSON_MAX + " octets)");
      }
      JsonNode racine;
      try {
        racine = MAPPER.readTree(Files.readString(reponse, StandardCharsets.UTF_8));
      } catch (JsonProcessingException e) {
        err.println("Réponse refusée : JSON illisible.");
        return EmjpmCli.REFUS;
      }
      if (racine != null && racine.has("reponses")) {
        JsonNode t = racine.get("type");
        if (t != null && !t.asText().equals(type.code())) {
          err.println("Réponse refusée : le document est de type « " + t.asText().replaceAll("[^a-z]", "")
              + " », --type vaut « " + type.code() + " ».");
          return EmjpmCli.REFUS;
        }
        racine = racine.get("reponses");
      }
      Resultat<ReponseEnquete> lu = ReponseEnqueteJson.depuisArbre(racine, type);
      if (lu instanceof Resultat.Echec<ReponseEnquete> e) {
        err.println("Réponse refusée (" + e.violations().size() + " violation(s)) :");
        afficherViolations(err, e.violations());
        return EmjpmCli.REFUS;
      }
      Resultat<Integer> ecrit;
      try (OutputStream o = Files.newOutputStream(sortie)) {
        ecrit = EnqueteExcelWriter.ecrire(lu.valeur().orElseThrow(), type, annee, o, format);
      }
      if (ecrit instanceof Resultat.Echec<Integer> e) {
        Files.deleteIfExists(sortie);
        err.println("Export impossible :");
        afficherViolations(err, e.violations());
        return EmjpmCli.ERREUR;
      }
      out.println("Classeur " + format.name().toLowerCase(Locale.ROOT) + " écrit : " + sortie.getFileName()
          + " (" + ecrit.valeur().orElseThrow() + " cellule(s) renseignée(s))");
      return EmjpmCli.OK;
    }
  }

  /** {@code emjpm enquete consolider DOSSIER --type … --annee … [--departement D] --sortie F.xlsx [--json]}. */
  @Command(name = "consolider", mixinStandardHelpOptions = true,
      description = "Lit chaque classeur .xls/.xlsx d'un dossier (un à la fois), rapporte chaque fichier et écrit "
          + "les totaux par champ du périmètre, secret statistique appliqué (k = 11, masquage secondaire).")
  static final class Consolider implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Dossier des classeurs (sans sous-dossiers).")
    Path dossier;

    @Option(names = "--type", required = true, converter = TypeConvertisseur.class,
        description = "individuel, service ou prepose.")
    TypeEnquete type;

    @Option(names = "--annee", required = true, description = "Année de la campagne (ex. 2021).")
    int annee;

    @Option(names = "--departement", paramLabel = "D",
        description = "Périmètre : code ou nom du département (cellule « Département » des classeurs).")
    String departement;

    @Option(names = "--sortie", required = true, paramLabel = "F.xlsx", description = "Classeur des totaux à écrire.")
    Path sortie;

    @Option(names = "--json", description = "Rapport JSON sur la sortie standard (voir docs/cli-enquete.md).")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isDirectory(dossier)) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Dossier introuvable : " + dossier.getFileName());
      }
      if (!String.valueOf(sortie.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --sortie doit finir par .xlsx");
      }
      ConsolidationClasseurs.Consolidation c = ConsolidationClasseurs.consolider(dossier, type, annee,
          java.util.Optional.ofNullable(departement).filter(d -> !d.isBlank()));
      Resultat<Integer> ecrit;
      try (OutputStream o = Files.newOutputStream(sortie)) {
        ecrit = ConsolidationClasseurs.ecrire(c, o);
      }
      if (ecrit instanceof Resultat.Echec<Integer> e) {
        Files.deleteIfExists(sortie);
        err.println("Écriture impossible :");
        afficherViolations(err, e.violations());
        return EmjpmCli.ERREUR;
      }
      if (json) {
        List<Map<String, Object>> fichiers = new ArrayList<>();
        for (ConsolidationClasseurs.RapportFichier f : c.fichiers()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("fichier", f.fichier());
          m.put("etat", f.etat().code());
          m.put("statut", f.statut().map(StatutSection::code).orElse(null));
          m.put("violations", violations(f.violations()));
          fichiers.add(m);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", type.code());
        r.put("annee", annee);
        r.put("reponses", c.totaux().reponses());
        r.put("totaux", c.totaux().totaux().size());
        r.put("masques", c.totaux().totaux().stream().filter(ConsolidationEnquete.Total::masque).count());
        r.put("fichiers", fichiers);
        Json.ecrire(out, r);
      } else {
        for (ConsolidationClasseurs.RapportFichier f : c.fichiers()) {
          out.println(f.fichier() + " : " + f.etat().libelle()
              + f.statut().map(s -> ", statut " + s.libelle()).orElse("")
              + (f.violations().isEmpty() ? "" : ", " + f.violations().size()
                  + (f.etat() == ConsolidationClasseurs.EtatFichier.REFUSE ? " raison(s)" : " avertissement(s)")));
          afficherViolations(out, f.violations());
        }
        long masques = c.totaux().totaux().stream().filter(ConsolidationEnquete.Total::masque).count();
        out.println(c.totaux().reponses() + " classeur(s) consolidé(s) sur " + c.fichiers().size() + " ; "
            + c.totaux().totaux().size() + " total(aux) écrit(s) dans " + sortie.getFileName() + ", dont " + masques
            + " sous secret statistique");
      }
      return EmjpmCli.OK;
    }
  }
}
