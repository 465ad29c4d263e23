// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Champs du courriel « e-MJPM : une nouvelle mesure vous a été attribuée ». Le rappel
 * « mesures en cours / capacité souhaitée » est complété par l'hôte depuis ses compteurs. Aucun
 * numéro RG : le courriel n'en contient pas.
 *
 * @param tribunal tribunal de la réservation
 * @param cabinet cabinet du tribunal
 * @param nature nature de la mesure
 * @param champ champ de la mesure
 * @param civilite civilité de la personne protégée
 * @param anneeNaissance année de naissance
 * @param dateJugement date prévisionnelle du jugement
 * @param urgent demande urgente
 * @param reouverture vrai pour une demande de réouverture d'une mesure clôturée
 */
public record CourrielNouvelleMesure(
    TribunalId tribunal,
    Optional<String> cabinet,
    NatureMesure nature,
    Optional<ChampMesure> champ,
    Civilite civilite,
    int anneeNaissance,
    Optional<LocalDate> dateJugement,
    boolean urgent,
    boolean reouverture) {
  /**
   * Composantes non nulles.
   *
   * @param tribunal tribunal de la réservation, non nul
   * @param cabinet cabinet du tribunal, facultatif
   * @param nature nature de la mesure, non nulle
   * @param champ champ de la mesure, facultatif
   * @param civilite civilité de la personne protégée, non nulle
   * @param anneeNaissance année de naissance de la personne protégée
   * @param dateJugement date prévisionnelle du jugement, facultative
   * @param urgent vrai pour une demande urgente
   * @param reouverture vrai pour une demande de réouverture d'une mesure clôturée
   */
  public CourrielNouvelleMesure {
    Objects.requireNonNull(tribunal, "tribunal");
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(champ, "champ");
    Objects.requireNonNull(civilite, "civilite");
    Objects.requireNonNull(dateJugement, "dateJugement");
  }


  /** Objet du courriel. */
  public static final String OBJET = "e-MJPM : une nouvelle mesure vous a été attribuée";

  /** {@return objet du courriel} */
  public String objet() {
    return OBJET;
  }
}
