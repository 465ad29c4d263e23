// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.mesure.Mesure;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Ce que les statistiques lisent d'une mesure (aucune donnée personnelle) : gestionnaire, antenne,
 * statut, département du lieu de vie, dates de nomination et de fin, et date de réservation quand
 * la mesure a été réservée par un magistrat ou un greffier. Immuable et thread-safe (classe générée
 * {@code MesureStatistique}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractMesureStatistique {

  /**
   * Projection d'une mesure du domaine : la date de réservation est la date de création ({@code
   * creeLe}, dans le fuseau donné) quand un magistrat ou un greffier l'a réservée.
   *
   * @param m mesure du domaine projetée
   * @param zone fuseau métier où l'instant de création devient une date, non nul
   * @return la projection, sans donnée personnelle
   */
  public static MesureStatistique de(Mesure m, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    MesureStatistique.Builder b =
        MesureStatistique.builder()
            .gestionnaire(m.gestionnaire())
            .statut(m.statut())
            .departement(m.departement())
            .dateNomination(m.dateNomination())
            .dateFin(m.dateFinMesure());
    m.antenneId().ifPresent(a -> b.antenne(a));
    if (m.magistratId().isPresent() || m.greffierId().isPresent()) {
      b.dateReservation(m.creeLe().map(i -> LocalDate.ofInstant(i, zone)));
    }
    return b.build();
  }

  /** {@return gestionnaire de la mesure} */
  public abstract GestionnaireId gestionnaire();

  /** {@return antenne du service ({@code antenne_id})} */
  public abstract OptionalLong antenne();

  /** {@return statut} */
  public abstract StatutMesure statut();

  /** {@return département du lieu de vie (celui de toutes les statistiques de l'original)} */
  public abstract Optional<CodeDepartement> departement();

  /** {@return date de nomination} */
  public abstract Optional<LocalDate> dateNomination();

  /** {@return date de fin de mesure} */
  public abstract Optional<LocalDate> dateFin();

  /** {@return date (fuseau métier) de création, si la mesure a été réservée par un juge} */
  public abstract Optional<LocalDate> dateReservation();
}
