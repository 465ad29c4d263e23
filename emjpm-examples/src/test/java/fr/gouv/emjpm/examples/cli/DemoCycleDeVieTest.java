// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCycleDeVieTest {

  @Test
  void laDemoMontreLeCycleDeVieDUneMesure() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EmjpmCli.executer(new String[] {"demo"}, new PrintWriter(out), new PrintWriter(err));
    String s = out.toString();
    assertThat(code).as(err.toString()).isEqualTo(EmjpmCli.OK);
    assertThat(s).contains("== Cycle de vie d'une mesure (horloge fixée au 2024-03-15)");
    assertThat(s).contains("1. Réservation, RG « 21/00167 » refusé : [RG_CARACTERES_INVALIDES]");
    assertThat(s).containsSubsequence(
        "Réservation par le magistrat -> en_attente",
        "courriel « e-MJPM : une nouvelle mesure vous a été attribuée » ; recompter individuel-1",
        "2. Acceptation par le mandataire -> en_cours",
        "nature : curatelle_simple / protection_personne, lieu de vie : domicile, département 59, états : 1, protection en cours depuis le 2024-03-01",
        "3. Changement d'état (aggravation, entrée en établissement) -> en_cours",
        "nature : curatelle_renforcee / protection_bien_personne, lieu de vie : etablissement (etablissement_personne_agee), département 2A, états : 2, protection en cours depuis le 2024-03-10",
        "effets : aucun",
        "4. Clôture (mainlevée) -> eteinte",
        "fin le 2024-03-14",
        "effets : recompter individuel-1");
  }
}
