// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Champs du courriel « e-MJPM : Annulation d'une reservation de mesure » : la mesure
 * « n'apparaît plus dans vos mesures en attente ». Le rappel « mesures en cours / capacité souhaitée »
 * est complété par l'hôte.
 *
 * @param dateReservation date de réservation de la mesure sur eMJPM
 * @param tribunal tribunal de la réservation
 * @param nature nature de la mesure
 * @param champ champ de la mesure, facultatif
 * @param civilite civilité
 * @param anneeNaissance année de naissance
 */
public record CourrielAnnulation(
    Optional<Instant> dateReservation,
    TribunalId tribunal,
    NatureMesure nature,
    Optional<ChampMesure> champ,
    Optional<Civilite> civilite,
    Optional<Integer> anneeNaissance) {
  /**
   * Composantes non nulles.
   *
   * @param dateReservation date de réservation de la mesure sur eMJPM, facultative
   * @param tribunal tribunal de la réservation, non nul
   * @param nature nature de la mesure, non nulle
   * @param champ champ de la mesure, facultatif
   * @param civilite civilité de la personne protégée, facultative
   * @param anneeNaissance année de naissance de la personne protégée, facultative
   */
  public CourrielAnnulation {
    Objects.requireNonNull(dateReservation, "dateReservation");
    Objects.requireNonNull(tribunal, "tribunal");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(champ, "champ");
    Objects.requireNonNull(civilite, "civilite");
    Objects.requireNonNull(anneeNaissance, "anneeNaissance");
  }


  /** Objet du courriel (orthographe de l'original). */
  public static final String OBJET = "e-MJPM : Annulation d'une reservation de mesure";

  /** {@return objet du courriel} */
  public String objet() {
    return OBJET;
  }
}
