// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire « Réserver une mesure » d'un magistrat ou greffier. Champs absents = {@code
 * Optional.empty()} ; les obligatoires manquants sont signalés par des violations.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireReservation {
  /** Gestionnaire choisi par le juge. */
  abstract GestionnaireId gestionnaire();

  /** Numéro RG tel que saisi (mis en majuscules comme à la frappe). */
  abstract Optional<String> numeroRg();

  abstract Optional<String> cabinet();

  /** Date prévisionnelle du jugement. */
  abstract Optional<LocalDate> dateJugement();

  abstract Optional<Civilite> civilite();

  abstract Optional<Integer> anneeNaissance();

  abstract Optional<NatureMesure> nature();

  abstract Optional<ChampMesure> champ();

  @Value.Default
  boolean urgent() {
    return false;
  }

  /** Antenne du service (services seulement). */
  abstract Optional<Long> antenneId();
}
