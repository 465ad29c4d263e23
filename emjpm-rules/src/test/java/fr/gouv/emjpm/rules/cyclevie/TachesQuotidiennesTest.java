// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tâches quotidiennes avec des horloges fixes autour de minuit et du nouvel an (fuseau Paris). */
class TachesQuotidiennesTest {

  private static Mesure reserveeLe(String instant) {
    return Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE), Jeux.JUGE, MesuresExistantes.aucune(), Jeux.ctx(instant))
        .valeurOuErreur().mesure().orElseThrow();
  }

  @Test
  void uneReservationExpireDeuxMoisApresSaCreationALaSecondePres() {
    // Créée le 31/10/2024 à 23:30 heure de Paris (22:30 UTC).
    Mesure m = reserveeLe("2024-10-31T22:30:00Z");
    // Deux mois plus tard (heure de Paris) = 31/12/2024 23:30 Paris = 22:30 UTC : pas encore expirée.
    assertThat(TachesQuotidiennes.expirerReservations(List.of(m), Jeux.ctx("2024-12-31T22:30:00Z")).supprimees()).isEmpty();
    // Une seconde après : expirée, et le gestionnaire est recompté.
    TransitionLot lot = TachesQuotidiennes.expirerReservations(List.of(m), Jeux.ctx("2024-12-31T22:30:01Z"));
    assertThat(lot.supprimees()).containsExactly(CleMesure.de(m));
    assertThat(lot.effets()).contains(new Effet.RecompterGestionnaire(Jeux.GESTIONNAIRE), new Effet.SupprimerMesure(CleMesure.de(m)));
  }

  @Test
  void lesMesuresEnCoursEtCloturesNExpirentJamais() {
    ContexteRegles dans10Ans = Jeux.ctx("2034-01-01T00:00:00Z");
    assertThat(TachesQuotidiennes.expirerReservations(List.of(Jeux.enCours(NatureMesure.TUTELLE), Jeux.eteinte(NatureMesure.TUTELLE)), dans10Ans).estVide()).isTrue();
  }

  @Test
  void ecart10_2_uneVieilleMesureClotureeSousReouvertureNEstJamaisSupprimee() {
    Mesure close = Jeux.eteinte(NatureMesure.TUTELLE); // créée en mars 2024
    Mesure demande =
        Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE), Jeux.JUGE, MesuresExistantes.de(List.of(close)), Jeux.ctx("2026-01-10T09:00:00Z"))
            .valeurOuErreur().mesure().orElseThrow();
    // Le lendemain : la création date de 2024, mais la demande est récente → rien ne bouge.
    assertThat(TachesQuotidiennes.expirerReservations(List.of(demande), Jeux.ctx("2026-01-11T00:00:00Z")).estVide()).isTrue();
    // Trois mois après la demande : elle est retirée, la mesure clôturée revient intacte.
    TransitionLot lot = TachesQuotidiennes.expirerReservations(List.of(demande), Jeux.ctx("2026-04-11T00:00:00Z"));
    assertThat(lot.supprimees()).isEmpty();
    assertThat(lot.effets()).noneMatch(e -> e instanceof Effet.SupprimerMesure);
    Mesure retablie = lot.modifiees().get(0);
    assertThat(retablie.statut()).isEqualTo(StatutMesure.ETEINTE);
    assertThat(retablie.enAttenteReouverture()).isFalse();
    assertThat(retablie.etats()).isEqualTo(close.etats());
    assertThat(retablie.dateFinMesure()).isEqualTo(close.dateFinMesure());
  }

  private static Mesure finissantLe(LocalDate fin) {
    return Cloture.cloturer(Jeux.enCours(NatureMesure.TUTELLE), Optional.of(fin), Optional.of(CauseSortie.CADUCITE), Jeux.ACTEUR, Jeux.ctx())
        .valeurOuErreur().mesure().orElseThrow().withStatut(StatutMesure.EN_COURS);
  }

  @Test
  void clotureAutomatiqueQuandLaDateDeFinEstAtteinteDansLeFuseauMetier() {
    Mesure m = finissantLe(LocalDate.of(2025, 1, 1));
    // 31/12/2024 22:59:59 UTC = 23:59:59 à Paris : pas encore (alors qu'à Kiritimati on est déjà le 1er).
    assertThat(TachesQuotidiennes.cloturerEchues(List.of(m), Jeux.ctx("2024-12-31T22:59:59Z")).estVide()).isTrue();
    // Minuit à Paris : clôturée.
    TransitionLot lot = TachesQuotidiennes.cloturerEchues(List.of(m), Jeux.ctx("2024-12-31T23:00:00Z"));
    assertThat(lot.modifiees()).singleElement().satisfies(x -> assertThat(x.statut()).isEqualTo(StatutMesure.ETEINTE));
    assertThat(lot.effets()).containsExactly(new Effet.RecompterGestionnaire(Jeux.GESTIONNAIRE));
  }

  @Test
  void sansDateDeFinPasDeClotureAutomatique() {
    assertThat(TachesQuotidiennes.cloturerEchues(List.of(Jeux.enCours(NatureMesure.TUTELLE)), Jeux.ctx("2099-01-01T00:00:00Z")).estVide()).isTrue();
  }

  @Test
  void limiteDExpirationCalculeeDansLeFuseauMetier() {
    // 30/04/2024 minuit à Paris (22:00 UTC la veille) moins deux mois = 29/02/2024 minuit à Paris (23:00 UTC le 28).
    assertThat(TachesQuotidiennes.limiteExpiration(Jeux.ctx("2024-04-29T22:00:00Z"))).isEqualTo(Instant.parse("2024-02-28T23:00:00Z"));
  }
}
