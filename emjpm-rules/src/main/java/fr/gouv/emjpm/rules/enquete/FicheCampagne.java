// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.StatutCampagne;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Une campagne telle que l'hôte la stocke ({@code enquetes} : id, année, statut, date de création,
 * date limite) et ses libellés : titre « Enquête {année} sur l'activité de {année − 1} », période
 * « Du {création} au {date limite} » des cartes des directions, échéance « jusqu'au
 * {date limite} » des répondants. Immuable et thread-safe.
 *
 * @param id identifiant de la campagne
 * @param campagne année et date limite
 * @param statut statut stocké ({@code created})
 * @param creeLe instant de création, affiché comme début de la campagne
 */
public record FicheCampagne(long id, CampagneEnquete campagne, StatutCampagne statut, Instant creeLe) {

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /**
   * Composantes non nulles.
   *
   * @param id identifiant de la campagne
   * @param campagne année et date limite, non nulle
   * @param statut statut, non nul
   * @param creeLe instant de création, non nul
   */
  public FicheCampagne {
    Objects.requireNonNull(campagne, "campagne");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(creeLe, "creeLe");
  }

  /**
   * Titre de la carte et de l'écran de la campagne.
   *
   * @return « Enquête {année} sur l'activité de {année − 1} »
   */
  public String titre() {
    return "Enquête " + campagne.annee() + " sur l'activité de " + campagne.anneeActivite();
  }

  /**
   * Date de début de la campagne : le jour de sa création dans le fuseau donné.
   *
   * @param zone fuseau métier (celui de l'horloge du moteur)
   * @return jour de création de la campagne
   */
  public LocalDate debut(ZoneId zone) {
    return creeLe.atZone(zone).toLocalDate();
  }

  /**
   * Période affichée aux directions.
   *
   * @param zone fuseau métier (celui de l'horloge du moteur)
   * @return « Du jj/mm/aaaa au jj/mm/aaaa » (création, date limite)
   */
  public String periode(ZoneId zone) {
    return "Du " + JJ_MM_AAAA.format(debut(zone)) + " au " + JJ_MM_AAAA.format(campagne.dateFin());
  }

  /**
   * Échéance affichée aux répondants.
   *
   * @return « jusqu'au jj/mm/aaaa »
   */
  public String echeance() {
    return echeance(campagne);
  }

  /**
   * Échéance d'une campagne affichée aux répondants.
   *
   * @param campagne campagne
   * @return « jusqu'au jj/mm/aaaa »
   */
  public static String echeance(CampagneEnquete campagne) {
    return "jusqu'au " + JJ_MM_AAAA.format(campagne.dateFin());
  }

  /**
   * Vrai si l'onglet « Enquête {année} » est montré aux répondants ce jour-là : campagne créée et
   * date limite non dépassée (date limite incluse, voir {@link CycleEnquete#estVisible}).
   *
   * @param date date de consultation
   * @return vrai si l'onglet est visible à cette date
   */
  public boolean estVisibleLe(LocalDate date) {
    return statut == StatutCampagne.CREEE && CycleEnquete.estVisible(campagne, date);
  }

  /**
   * La campagne montrée aux répondants ce jour-là : parmi les campagnes visibles, celle de l'année
   * la plus récente (l'original prenait la première rendue par la base).
   *
   * @param campagnes campagnes stockées
   * @param date date de consultation
   * @return la campagne visible la plus récente, vide s'il n'y en a pas
   */
  public static Optional<FicheCampagne> courante(Collection<FicheCampagne> campagnes, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return campagnes.stream()
        .filter(c -> c.estVisibleLe(date))
        .max(Comparator.comparingInt((FicheCampagne c) -> c.campagne().annee()).thenComparingLong(FicheCampagne::id));
  }
}
