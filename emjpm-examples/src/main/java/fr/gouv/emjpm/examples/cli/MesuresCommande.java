// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.io.json.CheminsJson;
import fr.gouv.emjpm.io.json.LotJson;
import fr.gouv.emjpm.io.json.MesureJson;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresExporter;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code emjpm mesures} : import d'une liste de mesures (docs/cli-mesures.md). */
@Command(
    name = "mesures",
    description = "Listes de mesures : import (xlsx, xls, ods, CSV), vérification JSON, export (xlsx, CSV), modèle vierge.",
    mixinStandardHelpOptions = true,
    subcommands = {MesuresCommande.Importer.class, MesuresCommande.Verifier.class, MesuresCommande.Exporter.class,
        MesuresCommande.Modele.class, MesuresListerCommande.class})
final class MesuresCommande implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code emjpm mesures importer FICHIER}. */
  @Command(name = "importer", mixinStandardHelpOptions = true,
      description = "Importe un fichier de mesures (tout ou rien) et affiche créations, mises à jour et erreurs par ligne.")
  static final class Importer implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier xlsx, xls, ods ou CSV (UTF-8 ou Windows-1252 ; « ; », « , » ou tabulation).")
    Path fichier = Path.of("");

    @Option(names = "--service", description = "Importer pour un service (service-1) : active les antennes.")
    boolean service;

    @Option(names = "--antenne", paramLabel = "NOM=ID", description = "Antenne du service : nom dans le fichier = identifiant.")
    Map<String, Long> antennes = new LinkedHashMap<>();

    @Option(names = "--aujourdhui", paramLabel = "AAAA-MM-JJ", description = "Date du jour (par défaut : aujourd'hui à Paris).")
    Optional<LocalDate> aujourdhui = Optional.empty();

    @Option(names = "--strict", description = "Exiger des numéros RG déjà normalisés (8 lettres ou chiffres en majuscules).")
    boolean strict;

    @Option(names = "--existantes", paramLabel = "M.json",
        description = "Mesures existantes du gestionnaire (format de sortie de l'API des logiciels métier) : distingue créations et mises à jour.")
    Optional<Path> existantes = Optional.empty();

    @CommandLine.Mixin
    SortieJson json = new SortieJson();

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(fichier)) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Fichier introuvable : " + fichier);
      }
      if (!antennes.isEmpty() && !service) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --antenne demande --service.");
      }
      GestionnaireId gestionnaire = service ? GestionnaireId.service(1) : GestionnaireId.individuel(1);
      MesuresExistantes connues = MesuresExistantes.aucune();
      if (existantes.isPresent()) {
        Resultat<List<Mesure>> lues = MesuresJsonReader.lire(lireJson(existantes.get()), false)
            .flatMap(l -> Exporter.construire(l, Exporter.statuts(l), moteur(aujourdhui), gestionnaire));
        if (!lues.estSucces()) {
          throw new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : le fichier --existantes porte "
              + lues.violations().stream().filter(Violation::estBloquante).count() + " erreur(s).");
        }
        connues = MesuresExistantes.de(lues.valeurOuErreur());
      }
      EmjpmEngine engine = moteur(aujourdhui);
      ProgressionImport progression = new ProgressionImport(spec.commandLine().getErr(), Terminal.sortieErreur());
      ParametresImport p = ParametresImport.pour(gestionnaire).avecAntennes(antennesDuService(antennes), Map.of())
          .avecExistantes(connues).avecStrict(strict).avecProgression(progression);
      Resultat<ImportMesures> r;
      try {
        r = MesuresImporter.avec(engine).importer(fichier, p);
      } finally {
        progression.terminer();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.actif()) {
        ecrireJson(out, r, engine);
      } else if (r.estSucces()) {
        ImportMesures i = r.valeurOuErreur();
        out.println((i.creations() + i.misesAJour()) + " mesures ont été importées (" + i.creations()
            + " nouvelles et " + i.misesAJour() + " mises à jour).");
        r.violations().forEach(v -> out.println("Avertissement : " + v.message()));
      } else {
        // bilan de la bibliothèque : « n erreur(s) sur m mesure(s) », en tête
        String bilan = r.violations().stream().filter(v -> v.code().equals(BILAN)).map(Violation::message)
            .findFirst().orElse(r.violations().size() + " erreur(s). Aucune mesure n'a été importée.");
        out.println("Erreur lors de l'import des mesures : " + bilan);
        for (Violation v : r.violations()) {
          if (v.code().equals(BILAN)) {
            continue;
          }
          int ligne = MesuresImporter.ligneDe(v);
          String antenne = v.code().equals(ANTENNE_INCONNUE)
              ? "ANTENNE « " + v.arguments().getOrDefault("antenne", "") + " » " : "";
          out.println((ligne > 0 ? "LIGNE " + ligne + " " : "") + antenne + v.message() + "  [" + v.code() + "]");
        }
        if (r.violations().stream().anyMatch(v -> v.code().equals(ANTENNE_INCONNUE))) {
          out.println("Associez chaque antenne à une antenne du service : --antenne NOM=ID.");
        }
      }
      return r.estSucces() ? EmjpmCli.OK : EmjpmCli.REFUS;
    }
  }

  /** Code du bilan d'un import refusé (« n erreur(s) sur m mesure(s) »), affiché en tête. */
  static final String BILAN = "IMPORT_BILAN_ERREURS";

  /** Code de la bibliothèque pour un nom d'antenne du fichier inconnu du service. */
  static final String ANTENNE_INCONNUE = "IMPORT_ANTENNE_INCONNUE";

  /**
   * Antennes du service passées à l'import : celles des options {@code --antenne}. Pour un service, la
   * bibliothèque lit toujours la colonne {@code antenne} : sans {@code --antenne}, chaque nom du fichier
   * est signalé en antenne inconnue.
   */
  static List<Antenne> antennesDuService(Map<String, Long> declarees) {
    List<Antenne> liste = new ArrayList<>();
    declarees.forEach((nom, id) -> liste.add(Antenne.builder().id(id).serviceId(1).nom(nom).build()));
    return liste;
  }

  /** Moteur de la commande : horloge fixée à midi, Paris, si {@code --aujourdhui} est donné. */
  static EmjpmEngine moteur(Optional<LocalDate> aujourdhui) {
    EmjpmEngine.Builder b = EmjpmEngine.builder();
    aujourdhui.ifPresent(d -> b.clock(Clock.fixed(d.atTime(12, 0).atZone(EmjpmEngine.FUSEAU_PARIS).toInstant(),
        EmjpmEngine.FUSEAU_PARIS)));
    return b.build();
  }

  /** Taille maximale d'un document JSON lu par la CLI (celle de la bibliothèque). */
  static final int JSON_MAX = 5 * 1024 * 1024;

  static byte[] lireJson(Path fichier) throws IOException {
    if (!Files.isRegularFile(fichier)) {
      throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Fichier introuvable : " + fichier);
    }
    // Lecture bornée (la taille annoncée par le système n'est pas crue : /dev/zero, fichier qui grossit) :
    // au-delà de 5 Mio, les octets lus sont plus longs que la limite et la bibliothèque refuse le document
    // avec son code (JSON_LIMITE_DEPASSEE), affiché comme tout autre refus, en texte comme en --json.
    try (java.io.InputStream in = Files.newInputStream(fichier)) {
      return in.readNBytes(JSON_MAX + 1);
    }
  }

  /** {@code emjpm mesures verifier FICHIER.json}. */
  @Command(name = "verifier", mixinStandardHelpOptions = true,
      description = "Vérifie une saisie de mesure (ou un lot) au format de l'API des logiciels métier.")
  static final class Verifier implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FICHIER.json", description = "Objet MesureInput ou tableau (≤ 1000).")
    Path fichier = Path.of("");

    @Option(names = "--aujourdhui", paramLabel = "AAAA-MM-JJ", description = "Date du jour (par défaut : aujourd'hui à Paris).")
    Optional<LocalDate> aujourdhui = Optional.empty();

    @Option(names = "--strict", description = "Refuser tout champ d'identité (nom, prénom…).")
    boolean strict;

    @CommandLine.Mixin
    SortieJson json = new SortieJson();

    @Override
    public Integer call() throws IOException {
      EmjpmEngine engine = moteur(aujourdhui);
      // une passe : règles du moteur comprises quand des champs sont illisibles
      List<Violation> toutes = MesuresJsonReader.verifier(lireJson(fichier), strict, Set.of(), engine.contexte());
      boolean valide = toutes.stream().noneMatch(Violation::estBloquante);
      PrintWriter out = spec.commandLine().getOut();
      if (json.actif()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("valide", valide);
        List<Map<String, Object>> vs = new ArrayList<>();
        for (Violation v : toutes) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("code", v.code());
          m.put("chemin", v.chemin());
          m.put("message", v.message());
          m.put("gravite", v.gravite().name().toLowerCase(java.util.Locale.ROOT));
          vs.add(m);
        }
        s.put("violations", vs);
        Json.ecrire(out, s);
      } else {
        out.println(valide ? "Saisie valide." : "Saisie refusée.");
        toutes.forEach(v -> out.println((v.estBloquante() ? "ERREUR " : "AVERTISSEMENT ") + v.chemin() + " " + v.message()
            + "  [" + v.code() + "]"));
      }
      return valide ? EmjpmCli.OK : EmjpmCli.REFUS;
    }
  }

  /** {@code emjpm mesures modele --sortie F.xlsx}. */
  @Command(name = "modele", mixinStandardHelpOptions = true,
      description = "Écrit le modèle vierge d'import (xlsx) : colonnes de l'import et type_etablissement facultative, "
          + "listes déroulantes, formats date et texte, feuille Notice.")
  static final class Modele implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--sortie", required = true, paramLabel = "F.xlsx", description = "Fichier à écrire (.xlsx).")
    Path sortie = Path.of("");

    @Override
    public Integer call() throws IOException {
      String nom = sortie.getFileName() == null ? "" : sortie.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (!nom.endsWith(".xlsx")) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --sortie doit finir par .xlsx.");
      }
      try (var out = Files.newOutputStream(sortie)) {
        MesuresExporter.ecrireModele(out);
      }
      spec.commandLine().getOut().println("Modèle vierge d'import écrit dans " + sortie);
      return EmjpmCli.OK;
    }
  }

  /** {@code emjpm mesures exporter M.json --sortie F.xlsx|F.csv}. */
  @Command(name = "exporter", mixinStandardHelpOptions = true,
      description = "Exporte les mesures en cours d'un fichier JSON (format de l'API des logiciels métier + status) en xlsx ou CSV.")
  static final class Exporter implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "M.json", description = "Tableau de mesures au format de l'API des logiciels métier (+ status).")
    Path fichier = Path.of("");

    @Option(names = "--sortie", required = true, paramLabel = "F.xlsx|F.csv", description = "Fichier à écrire (.xlsx ou .csv).")
    Path sortie = Path.of("");

    @Option(names = "--aujourdhui", paramLabel = "AAAA-MM-JJ", description = "Date du jour (par défaut : aujourd'hui à Paris).")
    Optional<LocalDate> aujourdhui = Optional.empty();

    @Override
    public Integer call() throws IOException {
      String nom = sortie.getFileName() == null ? "" : sortie.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (!nom.endsWith(".xlsx") && !nom.endsWith(".csv")) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --sortie doit finir par .xlsx ou .csv.");
      }
      EmjpmEngine engine = moteur(aujourdhui);
      Resultat<List<Mesure>> mesures = MesuresJsonReader.lire(lireJson(fichier), false)
          .flatMap(l -> construire(l, statuts(l), engine, GestionnaireId.individuel(1)));
      PrintWriter err = spec.commandLine().getErr();
      if (!mesures.estSucces()) {
        err.println("Refusé : " + mesures.violations().stream().filter(Violation::estBloquante).count() + " erreur(s).");
        mesures.violations().stream().filter(Violation::estBloquante)
            .forEach(v -> err.println("  " + v.chemin() + " " + v.message() + "  [" + v.code() + "]"));
        return EmjpmCli.REFUS;
      }
      MesuresExporter export = MesuresExporter.avec(engine.referentiel());
      try (var out = Files.newOutputStream(sortie)) {
        if (nom.endsWith(".csv")) {
          export.exporterCsv(mesures.valeurOuErreur(), out);
        } else {
          export.exporterXlsx(mesures.valeurOuErreur(), out);
        }
      }
      spec.commandLine().getOut().println(export.lignes(mesures.valeurOuErreur()).size()
          + " mesure(s) en cours exportée(s) dans " + sortie);
      return EmjpmCli.OK;
    }

    /**
     * Mesures du lot, enregistrées pour {@code gestionnaire} ; le {@code status} lu dans le document (format de sortie
     * + status) remplace celui que l'enregistrement déduit des dates (éteinte si la date de fin est passée).
     *
     * @param statuts statut lu pour chaque élément du lot, vide s'il est absent ou {@code null}
     */
    static Resultat<List<Mesure>> construire(LotJson lot, List<Optional<StatutMesure>> statuts, EmjpmEngine engine,
        GestionnaireId gestionnaire) {
      List<Violation> erreurs = new ArrayList<>();
      List<Mesure> mesures = new ArrayList<>();
      for (int i = 0; i < lot.elements().size(); i++) {
        String prefixe = lot.estUnLot() ? "/mesures/" + i : "";
        Optional<StatutMesure> statut = statuts.get(i);
        Resultat<Transition> t = lot.elements().get(i).flatMap(s -> Enregistrement.enregistrer(s,
            gestionnaire, Set.of(), Optional.empty(), MesuresExistantes.aucune(), engine.contexte()));
        if (t.estSucces()) {
          t.valeurOuErreur().mesure().map(m -> statut.map(m::withStatut).orElse(m)).ifPresent(mesures::add);
        } else {
          t.violations().forEach(v -> erreurs.add(CheminsJson.traduire(v.prefixee(prefixe))));
        }
      }
      return erreurs.isEmpty() ? Resultat.succes(mesures) : Resultat.echec(erreurs);
    }

    /**
     * Le {@code status} de chaque élément d'un document déjà accepté par {@link MesuresJsonReader} (bien
     * formé, dans les limites), que ce lecteur admet sans le lire. Absent ou {@code null} : vide. Une
     * valeur hors de {@code en_attente}, {@code en_cours}, {@code eteinte} refuse le document (code 1) ;
     * le message donne le chemin, jamais la valeur.
     */
    static List<Optional<StatutMesure>> statuts(LotJson lot) {
      List<Optional<StatutMesure>> statuts = new ArrayList<>();
      for (int i = 0; i < lot.statuts().size(); i++) {
        Optional<String> brut = lot.statuts().get(i);
        if (brut.isEmpty()) {
          statuts.add(Optional.empty());
          continue;
        }
        Optional<StatutMesure> statut = StatutMesure.parCode(brut.get());
        if (statut.isEmpty()) {
          throw new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : " + (lot.estUnLot() ? "/mesures/" + i : "")
              + "/status : statut inconnu (en_attente, en_cours ou eteinte).");
        }
        statuts.add(statut);
      }
      return statuts;
    }
  }

  /**
   * Écrit la sortie {@code --json} de l'import en flux : chaque mesure au format de sortie (+ {@code
   * status}, voir docs/formats/json-editeurs.md) de {@link MesureJson}, le SIRET du tribunal étant lu dans
   * le référentiel du moteur ; les mesures sont écrites une à une, jamais tout le document en mémoire.
   */
  static void ecrireJson(PrintWriter out, Resultat<ImportMesures> r, EmjpmEngine engine) {
    try (com.fasterxml.jackson.core.JsonGenerator g = Json.generateur(out)) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : enTeteJson(r).entrySet()) {
        g.writeObjectField(e.getKey(), e.getValue());
      }
      g.writeArrayFieldStart("mesures");
      for (Mesure m : r.valeur().map(ImportMesures::mesures).orElse(List.of())) {
        g.writeTree(MesureJson.ecrire(m, engine.referentiel()));
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.println();
  }

  /** Champs de la sortie {@code --json} de l'import, sauf les mesures. */
  private static Map<String, Object> enTeteJson(Resultat<ImportMesures> r) {
    Map<String, Object> s = new LinkedHashMap<>();
    Optional<ImportMesures> i = r.valeur();
    s.put("creations", i.map(ImportMesures::creations).orElse(0));
    s.put("mises_a_jour", i.map(ImportMesures::misesAJour).orElse(0));
    List<Map<String, Object>> erreurs = new ArrayList<>();
    List<String> antennesInconnues = new ArrayList<>();
    List<Map<String, Object>> avertissements = new ArrayList<>();
    for (Violation v : r.violations()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("ligne", MesuresImporter.ligneDe(v));
      e.put("message", v.message());
      e.put("code", v.code());
      if (v.code().equals(BILAN)) {
        s.put("bilan", v.message());
      } else if (!v.estBloquante()) {
        avertissements.add(e);
      } else if (v.code().equals(ANTENNE_INCONNUE)) {
        antennesInconnues.add(v.arguments().getOrDefault("antenne", ""));
      } else {
        erreurs.add(e);
      }
    }
    s.put("erreurs", erreurs);
    s.put("antennes_inconnues", antennesInconnues);
    s.put("avertissements", avertissements);
    return s;
  }
}
