// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code emjpm referentiel} : consultation du référentiel embarqué. */
@Command(
    name = "referentiel",
    description = "Consulte le référentiel embarqué (communes, tribunaux).",
    mixinStandardHelpOptions = true,
    subcommands = {ReferentielCommande.Communes.class, ReferentielCommande.Tribunaux.class})
final class ReferentielCommande implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code emjpm referentiel communes CODE_POSTAL}. */
  @Command(name = "communes", mixinStandardHelpOptions = true, description = "Communes d'un code postal.")
  static final class Communes implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE_POSTAL", description = "Code postal (5 chiffres).")
    String codePostal = "";

    @CommandLine.Mixin
    SortieJson json = new SortieJson();

    @Override
    public Integer call() {
      Resultat<CodePostal> cp = CodePostal.parse(codePostal);
      if (!cp.estSucces()) {
        throw new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : " + cp.violations().get(0).message());
      }
      CodePostal code = cp.valeurOuErreur();
      List<Map<String, Object>> lignes = new ArrayList<>();
      for (Commune c : Referentiel.embarque().communesDuCodePostal(code)) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("code_insee", c.codeInsee().valeur());
        l.put("nom", c.nom());
        l.put("code_postal", code.valeur());
        l.put("departement", c.departement().valeur());
        l.put("latitude", c.latitude());
        l.put("longitude", c.longitude());
        lignes.add(l);
      }
      var out = spec.commandLine().getOut();
      if (json.actif()) {
        Json.ecrire(out, lignes);
      } else if (lignes.isEmpty()) {
        out.println("Aucune commune pour le code postal " + code.valeur() + ".");
      } else {
        lignes.forEach(l -> out.println(l.get("code_insee") + "  " + l.get("nom") + " (" + l.get("departement") + ")  " + l.get("latitude") + ", " + l.get("longitude")));
      }
      return EmjpmCli.OK;
    }
  }

  /** {@code emjpm referentiel tribunaux [--departement CODE]}. */
  @Command(name = "tribunaux", mixinStandardHelpOptions = true, description = "Tribunaux, éventuellement d'un département.")
  static final class Tribunaux implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--departement", paramLabel = "CODE", description = "Code du département (ex. 59, 2A, 974).")
    Optional<String> departement = Optional.empty();

    @CommandLine.Mixin
    SortieJson json = new SortieJson();

    @Override
    public Integer call() {
      Referentiel ref = Referentiel.embarque();
      List<Tribunal> tribunaux;
      if (departement.isPresent()) {
        Resultat<CodeDepartement> d = CodeDepartement.parse(departement.get());
        if (!d.estSucces()) {
          throw new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : " + d.violations().get(0).message());
        }
        tribunaux = ref.tribunauxDuDepartement(d.valeurOuErreur());
      } else {
        tribunaux = ref.tribunaux();
      }
      List<Map<String, Object>> lignes = new ArrayList<>();
      for (Tribunal t : tribunaux) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("siret", t.siret().map(s -> s.valeur()).orElse(null));
        l.put("nom", t.nom());
        l.put("type", t.type().code());
        l.put("code_postal", t.codePostal().valeur());
        l.put("ville", t.ville());
        l.put("departement", t.departement().valeur());
        l.put("latitude", t.latitude());
        l.put("longitude", t.longitude());
        lignes.add(l);
      }
      var out = spec.commandLine().getOut();
      if (json.actif()) {
        Json.ecrire(out, lignes);
      } else {
        lignes.forEach(l -> out.println(l.get("siret") + "  " + l.get("nom") + "  " + l.get("code_postal") + " " + l.get("ville")));
      }
      return EmjpmCli.OK;
    }
  }
}
