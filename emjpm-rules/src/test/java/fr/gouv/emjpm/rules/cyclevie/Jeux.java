// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Jeux de données des tests du cycle de vie, construits par les opérations elles-mêmes. */
final class Jeux {
  private Jeux() {}

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final TribunalId TRIBUNAL = TribunalId.of("17");
  static final TribunalId AUTRE_TRIBUNAL = TribunalId.of("18");
  static final GestionnaireId GESTIONNAIRE = GestionnaireId.individuel(42);
  static final ActeurGestionnaire ACTEUR = ActeurGestionnaire.de(GESTIONNAIRE, Set.of(TRIBUNAL), Set.of());
  static final Juge JUGE = Juge.magistrat(TRIBUNAL, 7);
  static final String RG = "21A00167";

  static ContexteRegles ctx(String instant) {
    return moteur(instant).contexte();
  }

  static EmjpmEngine moteur(String instant) {
    return EmjpmEngine.builder().clock(Clock.fixed(Instant.parse(instant), PARIS)).build();
  }

  static ContexteRegles ctx() {
    return ctx("2024-03-15T10:00:00Z");
  }

  static FormulaireReservation reservation(NatureMesure nature) {
    return FormulaireReservation.builder()
        .gestionnaire(GESTIONNAIRE)
        .numeroRg(RG)
        .cabinet("cabinet 3")
        .dateJugement(LocalDate.of(2024, 4, 1))
        .civilite(Civilite.MADAME)
        .anneeNaissance(1950)
        .nature(nature)
        .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .urgent(true)
        .build();
  }

  static FormulaireAcceptation acceptation(LocalDate date) {
    return FormulaireAcceptation.builder()
        .dateNomination(date)
        .lieuVie(LieuVie.ETABLISSEMENT)
        .typeEtablissement(fr.gouv.emjpm.domain.mesure.TypeEtablissement.ETABLISSEMENT_PERSONNE_AGEE)
        .pays(Pays.FR)
        .codePostal("75005")
        .ville("Paris")
        .build();
  }

  static Mesure enAttente(NatureMesure nature) {
    return Reservation.reserver(reservation(nature), JUGE, MesuresExistantes.aucune(), ctx())
        .valeurOuErreur().mesure().orElseThrow();
  }

  static Mesure enCours(NatureMesure nature) {
    return Acceptation.accepter(enAttente(nature), acceptation(LocalDate.of(2024, 3, 10)), ACTEUR, ctx())
        .valeurOuErreur().mesure().orElseThrow();
  }

  static Mesure eteinte(NatureMesure nature) {
    return Cloture.cloturer(
            enCours(nature), Optional.of(LocalDate.of(2024, 3, 14)), Optional.of(CauseSortie.MAINLEVEE), ACTEUR, ctx())
        .valeurOuErreur().mesure().orElseThrow();
  }

  static Mesure enReouverture(NatureMesure nature) {
    Mesure close = eteinte(nature);
    return Reservation.reserver(reservation(nature), JUGE, MesuresExistantes.de(java.util.List.of(close)), ctx())
        .valeurOuErreur().mesure().orElseThrow();
  }
}
