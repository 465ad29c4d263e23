// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import org.junit.jupiter.api.Test;

/**
 * Antenne d'une réservation : réservée à un service mandataire, identifiant strictement positif ; le
 * cabinet est gardé sans ses espaces de bord.
 */
class ReservationAntenneTest {

  private static Resultat<Transition> reserver(FormulaireReservation f) {
    return Reservation.reserver(f, Jeux.JUGE, MesuresExistantes.aucune(), Jeux.ctx());
  }

  @Test
  void antenne_d_un_mandataire_individuel_refusee() {
    assertThat(reserver(Jeux.reservation(NatureMesure.TUTELLE).withAntenneId(5L)).rapport().codes())
        .containsExactly("ANTENNE_HORS_SERVICE");
  }

  @Test
  void antenne_d_un_service_strictement_positive() {
    FormulaireReservation service = Jeux.reservation(NatureMesure.TUTELLE).withGestionnaire(GestionnaireId.service(9));
    assertThat(reserver(service.withAntenneId(0L)).rapport().codes()).containsExactly("ANTENNE_INCONNUE");
    assertThat(reserver(service.withAntenneId(-3L)).rapport().codes()).containsExactly("ANTENNE_INCONNUE");
    Resultat<Transition> r = reserver(service.withAntenneId(1L).withCabinet(" cabinet 3 "));
    assertThat(r.estSucces()).isTrue();
    assertThat(r.valeurOuErreur().mesure().orElseThrow().antenneId()).contains(1L);
    assertThat(r.valeurOuErreur().mesure().orElseThrow().cabinet()).contains("cabinet 3");
    assertThat(reserver(service.withCabinet("  ")).valeurOuErreur().mesure().orElseThrow().cabinet()).isEmpty();
  }
}
