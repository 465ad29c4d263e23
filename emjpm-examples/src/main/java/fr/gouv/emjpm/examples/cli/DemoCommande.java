// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code emjpm demo} : la tâche principale du README. Pour l'instant : charge le référentiel embarqué,
 * affiche ses effectifs et quelques recherches ; les issues suivantes l'enrichissent.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Démonstration sur le référentiel embarqué.")
final class DemoCommande implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long debut = System.nanoTime();
    Referentiel ref = Referentiel.embarque();
    long ms = (System.nanoTime() - debut) / 1_000_000;
    out.println("== Référentiel embarqué (" + ref.millesime() + ", chargé en " + ms + " ms)");
    out.println("  communes      : " + ref.communes().size());
    out.println("  départements  : " + ref.departements().size());
    out.println("  régions       : " + ref.regions().size());
    out.println("  tribunaux     : " + ref.tribunaux().size());
    out.println("  catégories FINESS : " + ref.categoriesFiness().size());
    out.println();
    out.println("== Quelques recherches");
    ref.commune(CodeInsee.of("59350")).ifPresent(c -> out.println("  INSEE 59350 -> " + c.nom() + " (" + c.departement().valeur() + ")"));
    out.println("  Code postal 20200 -> département " + CodePostal.of("20200").departement().valeur());
    out.println("  Communes du 59000 : " + ref.communesDuCodePostal(CodePostal.of("59000")).stream().map(c -> c.nom()).toList());
    out.println("  Tribunaux du Nord (59) : " + ref.tribunauxDuDepartement(CodeDepartement.of("59")).size());
    ref.tribunal(Siret.of("17690111400080")).ifPresent(t -> out.println("  SIRET 17690111400080 -> " + t.nom()));
    out.println("  RG « 21/00167 » normalisé -> " + NumeroRg.normaliser("21/00167"));
    out.println();
    ref.tribunal(Siret.of("17690111400080"))
        .ifPresent(t -> DemoCycleDeVie.afficher(out, t.id()));
    out.println();
    DemoProximite.afficher(out, ref);
    DemoEnquete.afficher(out);
    return EmjpmCli.OK;
  }
}
