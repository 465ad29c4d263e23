// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCycleDeVieTest {

  @Test
  void laDemoMontreLeCycleDeVieDUneMesure() {
    StringWriter sortie = new StringWriter();
    PrintWriter out = new PrintWriter(sortie);
    Referentiel ref = Referentiel.embarque();
    Mesure m = DemoCycleDeVie.afficher(out, DemoCycleDeVie.moteur(ref), GestionnaireId.individuel(1),
        DemoCommandeTest.lille(ref).id(), MesuresExistantes.aucune());
    out.flush();
    String s = sortie.toString();
    assertThat(s).contains("== Cycle de vie : le juge réserve une mesure pour individuel-1 (horloge fixée au 2024-03-15)");
    assertThat(s).contains("1. Réservation, RG « 21/00167 » refusé : [RG_CARACTERES_INVALIDES]");
    assertThat(s).containsSubsequence(
        "Réservation par le magistrat -> en_attente",
        "courriel « e-MJPM : une nouvelle mesure vous a été attribuée » ; recompter individuel-1",
        "2. Acceptation par le mandataire -> en_cours",
        "nature : curatelle_simple / protection_personne, lieu de vie : domicile, département 59, états : 1, protection en cours depuis le 2024-03-01",
        "3. Changement d'état (aggravation, entrée en établissement) -> en_cours",
        "nature : curatelle_renforcee / protection_bien_personne, lieu de vie : etablissement (etablissement_personne_agee), département 59, états : 2, protection en cours depuis le 2024-03-10",
        "effets : aucun");
    // la mesure rendue reste en cours : elle compte dans les disponibilités de la suite de la démo
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
    assertThat(m.gestionnaire()).isEqualTo(GestionnaireId.individuel(1));
    assertThat(m.etats()).hasSize(2);
  }
}
