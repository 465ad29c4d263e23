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
    assertThat(s).contains("1. Réservation : le RG « 21/00167 » est refusé (Aucun caractère spécial ou espace n'est accepté.)");
    assertThat(s).containsSubsequence(
        "Réservation par le magistrat -> mesure en attente",
        "courriel « e-MJPM : une nouvelle mesure vous a été attribuée » ; recompter individuel-1",
        "2. Acceptation par le mandataire -> mesure en cours",
        "curatelle simple à la personne, lieu de vie : domicile, département 59, états : 1, protection en cours depuis le 2024-03-01",
        "3. Changement d'état (aggravation, entrée en établissement) -> mesure en cours",
        "curatelle renforcée aux biens et à la personne, lieu de vie : en établissement (établissement pour personnes âgées), département 59, états : 2, protection en cours depuis le 2024-03-10",
        "effets : aucun",
        "4. Fin de mandat (mainlevée au 14 mars 2024) -> mesure clôturée",
        "fin le 2024-03-14 (mainlevée)",
        "effets : recompter individuel-1",
        "5. Réactivation par le mandataire -> mesure en cours",
        "effets : recompter individuel-1");
    assertThat(s).doesNotContain("curatelle_simple", "en_attente", "en_cours", "etablissement_personne_agee", "RG_");
    // la mesure rendue, réactivée, est en cours : elle compte dans les disponibilités de la suite de la démo
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
    assertThat(m.gestionnaire()).isEqualTo(GestionnaireId.individuel(1));
    assertThat(m.etats()).hasSize(2);
  }
}
