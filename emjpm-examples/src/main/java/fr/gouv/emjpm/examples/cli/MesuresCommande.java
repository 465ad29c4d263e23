// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code emjpm mesures} : import d'une liste de mesures (docs/cli-mesures.md). */
@Command(
    name = "mesures",
    description = "Listes de mesures : import depuis un fichier xlsx, xls ou CSV.",
    mixinStandardHelpOptions = true,
    subcommands = {MesuresCommande.Importer.class})
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

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier xlsx, xls ou CSV (UTF-8, ; ou tabulation).")
    Path fichier = Path.of("");

    @Option(names = "--service", description = "Importer pour un service (service-1) : active les antennes.")
    boolean service;

    @Option(names = "--antenne", paramLabel = "NOM=ID", description = "Antenne du service : nom dans le fichier = identifiant.")
    Map<String, Long> antennes = new LinkedHashMap<>();

    @Option(names = "--aujourdhui", paramLabel = "AAAA-MM-JJ", description = "Date du jour (par défaut : aujourd'hui à Paris).")
    Optional<LocalDate> aujourdhui = Optional.empty();

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(fichier)) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Fichier introuvable : " + fichier);
      }
      if (!antennes.isEmpty() && !service) {
        throw new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : --antenne demande --service.");
      }
      EmjpmEngine.Builder b = EmjpmEngine.builder();
      aujourdhui.ifPresent(d -> b.clock(Clock.fixed(d.atTime(12, 0).atZone(EmjpmEngine.FUSEAU_PARIS).toInstant(),
          EmjpmEngine.FUSEAU_PARIS)));
      GestionnaireId gestionnaire = service ? GestionnaireId.service(1) : GestionnaireId.individuel(1);
      List<Antenne> liste = new ArrayList<>();
      antennes.forEach((nom, id) -> liste.add(Antenne.builder().id(id).serviceId(1).nom(nom).build()));
      PrintWriter err = spec.commandLine().getErr();
      boolean terminal = System.console() != null;
      ParametresImport p = ParametresImport.pour(gestionnaire).avecAntennes(liste, Map.of())
          .avecProgression(n -> {
            if (terminal && n >= 5000) {
              err.print("\rLignes lues : " + n);
              err.flush();
            }
          });
      Resultat<ImportMesures> r = MesuresImporter.avec(b.build()).importer(fichier, p);
      if (terminal) {
        err.print("\r");
      }
      Map<String, Object> sortie = versJson(r);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.ecrire(out, sortie);
      } else if (r.estSucces()) {
        ImportMesures i = r.valeurOuErreur();
        out.println((i.creations() + i.misesAJour()) + " mesures ont été importées (" + i.creations()
            + " nouvelles et " + i.misesAJour() + " mises à jour).");
        r.violations().forEach(v -> out.println("Avertissement : " + v.message()));
      } else {
        out.println("Erreur lors de l'import des mesures (" + r.violations().size()
            + " erreurs). Aucune mesure n'a été importée.");
        for (Violation v : r.violations()) {
          int ligne = MesuresImporter.ligneDe(v);
          out.println((ligne > 0 ? "LIGNE " + ligne + " " : "") + v.message() + "  [" + v.code() + "]");
        }
      }
      return r.estSucces() ? EmjpmCli.OK : EmjpmCli.REFUS;
    }
  }

  static Map<String, Object> versJson(Resultat<ImportMesures> r) {
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
      if (!v.estBloquante()) {
        avertissements.add(e);
      } else if (v.code().equals("IMPORT_ANTENNE_INCONNUE")) {
        antennesInconnues.add(v.arguments().getOrDefault("antenne", ""));
      } else {
        erreurs.add(e);
      }
    }
    s.put("erreurs", erreurs);
    s.put("antennes_inconnues", antennesInconnues);
    s.put("avertissements", avertissements);
    List<Map<String, Object>> mesures = new ArrayList<>();
    i.ifPresent(im -> im.mesures().forEach(m -> mesures.add(mesure(m))));
    s.put("mesures", mesures);
    return s;
  }

  private static Map<String, Object> mesure(Mesure m) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("numero_rg", m.numeroRg().valeur());
    j.put("numero_dossier", m.numeroDossier().orElse(null));
    j.put("status", m.statut().code());
    j.put("tribunal_id", m.tribunal().valeur());
    j.put("nature_mesure", m.nature().code());
    j.put("champ_mesure", m.champ().map(c -> c.code()).orElse(null));
    j.put("lieu_vie", m.lieuVie().map(l -> l.code()).orElse(null));
    j.put("date_nomination", m.dateNomination().map(LocalDate::toString).orElse(null));
    j.put("civilite", m.civilite().map(c -> c.code()).orElse(null));
    j.put("annee_naissance", m.anneeNaissance().orElse(null));
    j.put("code_postal", m.codePostal().orElse(null));
    j.put("ville", m.ville().orElse(null));
    j.put("pays", m.pays().code());
    j.put("departement", m.departement().map(d -> d.valeur()).orElse(null));
    j.put("antenne_id", m.antenneId().orElse(null));
    return j;
  }
}
