// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Une réponse telle que l'hôte la stocke ({@code enquete_reponses}) avec ce que la liste des
 * directions affiche : identifiant (« réponse N°{id} »), type, statut, département calculé à la
 * création, dates de création, d'envoi ({@code submitted_at}) et de dernier import Excel
 * ({@code uploaded_on}), nom du répondant (« NOM Prénom » ou nom du service) et ville. Immuable et
 * thread-safe.
 *
 * @param id identifiant de la réponse
 * @param type type de répondant
 * @param statut statut de la réponse
 * @param departement département du répondant calculé à la création, vide s'il est inconnu
 * @param creeLe instant de création
 * @param soumisLe instant d'envoi, vide tant que la réponse n'est pas envoyée
 * @param importeLe instant du dernier import Excel réussi, vide si aucune
 * @param nom nom affiché du répondant
 * @param ville ville du répondant, vide si inconnue
 */
public record LigneReponseEnquete(
    long id,
    TypeEnquete type,
    StatutReponse statut,
    Optional<CodeDepartement> departement,
    Instant creeLe,
    Optional<Instant> soumisLe,
    Optional<Instant> importeLe,
    String nom,
    Optional<String> ville) {

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /**
   * Composantes non nulles.
   *
   * @param id identifiant de la réponse
   * @param type type, non nul
   * @param statut statut, non nul
   * @param departement département, non nul (vide si inconnu)
   * @param creeLe instant de création, non nul
   * @param soumisLe instant d'envoi, non nul (vide si non envoyée)
   * @param importeLe instant du dernier import, non nul (vide si aucun)
   * @param nom nom affiché, non nul
   * @param ville ville, non nulle (vide si inconnue)
   */
  public LigneReponseEnquete {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(creeLe, "creeLe");
    Objects.requireNonNull(soumisLe, "soumisLe");
    Objects.requireNonNull(importeLe, "importeLe");
    Objects.requireNonNull(nom, "nom");
    Objects.requireNonNull(ville, "ville");
  }

  /**
   * Désignation de la réponse.
   *
   * @return « réponse N°{id} »
   */
  public String titre() {
    return "réponse N°" + id;
  }

  /**
   * Marqueur du mode de saisie : « (import) » si la réponse a été importée d'un classeur Excel au
   * moins une fois, « (manuel) » sinon.
   *
   * @return « (import) » ou « (manuel) »
   */
  public String modeSaisie() {
    return importeLe.isPresent() ? "(import)" : "(manuel)";
  }

  /**
   * Date d'envoi suivie du marqueur du mode de saisie, comme sur la carte de la direction.
   *
   * @param zone fuseau métier (celui de l'horloge du moteur)
   * @return « jj/mm/aaaa (import) » ou « jj/mm/aaaa (manuel) » ; le marqueur seul si la réponse n'est
   *     pas envoyée
   */
  public String envoi(ZoneId zone) {
    return soumisLe.map(s -> JJ_MM_AAAA.format(s.atZone(zone).toLocalDate()) + " " + modeSaisie()).orElse(modeSaisie());
  }

  /**
   * Vrai si la direction peut ouvrir la réponse (bouton « Visualiser ») : envoyée ou validée.
   *
   * @return vrai si la réponse n'est plus en brouillon
   */
  public boolean visualisable() {
    return statut != StatutReponse.BROUILLON;
  }
}
