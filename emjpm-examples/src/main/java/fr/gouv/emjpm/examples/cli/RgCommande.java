// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.mesure.NumeroRg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code emjpm rg} : outils sur les numéros RG. */
@Command(
    name = "rg",
    description = "Numéros RG (répertoire général du tribunal).",
    mixinStandardHelpOptions = true,
    subcommands = RgCommande.Normaliser.class)
final class RgCommande implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code emjpm rg normaliser VALEUR…}. */
  @Command(
      name = "normaliser",
      mixinStandardHelpOptions = true,
      description = "Normalise des numéros RG (8 lettres ou chiffres, complétés par des 0 à gauche).")
  static final class Normaliser implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "VALEUR", description = "Numéros RG à normaliser.")
    List<String> valeurs = new ArrayList<>();

    @CommandLine.Mixin
    SortieJson json = new SortieJson();

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      List<Map<String, Object>> lignes = new ArrayList<>();
      for (String v : valeurs) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("entree", v);
        l.put("normalise", NumeroRg.normaliser(v));
        l.put("valide", NumeroRg.estValide(v));
        lignes.add(l);
      }
      if (json.actif()) {
        Json.ecrire(out, lignes);
      } else {
        for (Map<String, Object> l : lignes) {
          out.println(l.get("entree") + " -> " + l.get("normalise") + ((Boolean) l.get("valide") ? " (valide)" : " (non normalisé)"));
        }
      }
      return EmjpmCli.OK;
    }
  }
}
