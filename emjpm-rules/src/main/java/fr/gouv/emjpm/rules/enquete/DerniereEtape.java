// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Texte de la dernière étape « Envoi de vos réponses » du répondant, selon le statut de sa réponse
 * et le statut global calculé : phrases affichées, échéance (« jusqu'au jj/mm/aaaa ») quand la
 * réponse est encore un brouillon, et bouton proposé. Immuable et thread-safe.
 *
 * @param phrases phrases affichées, dans l'ordre
 * @param echeance échéance affichée, vide une fois la réponse envoyée
 * @param bouton libellé du bouton proposé (« Envoyer mes réponses » ou « Visualiser mes
 *     réponses »), vide s'il n'y en a pas
 */
public record DerniereEtape(List<String> phrases, Optional<String> echeance, Optional<String> bouton) {

  /** Bouton d'envoi. */
  public static final String ENVOYER = "Envoyer mes réponses";

  /** Bouton de consultation après envoi. */
  public static final String VISUALISER = "Visualiser mes réponses";

  /**
   * Copie la liste.
   *
   * @param phrases phrases (copiées)
   * @param echeance échéance, non nulle
   * @param bouton bouton, non nul
   */
  public DerniereEtape {
    phrases = List.copyOf(phrases);
    Objects.requireNonNull(echeance, "echeance");
    Objects.requireNonNull(bouton, "bouton");
  }

  /**
   * Texte de la dernière étape. Le bouton « Envoyer mes réponses » n'apparaît que pour un brouillon
   * dont le statut global est valide ou partiel ({@link CycleEnquete#envoiPropose}).
   *
   * @param campagne campagne (année, date limite)
   * @param statut statut de la réponse
   * @param global statut global calculé de la réponse
   * @return phrases, échéance et bouton
   */
  public static DerniereEtape de(CampagneEnquete campagne, StatutReponse statut, StatutSection global) {
    if (statut != StatutReponse.BROUILLON) {
      return new DerniereEtape(
          List.of("Vos réponses à l'enquête " + campagne.annee() + " ont bien été envoyées."),
          Optional.empty(),
          Optional.of(VISUALISER));
    }
    String transmission = "Celles-ci seront transmises à votre direction régionale.";
    List<String> phrases =
        switch (global) {
          case INVALIDE -> List.of("Certaines réponses sont invalides.",
              "Les rubriques à corriger sont indiquées à gauche de votre écran.");
          case VIDE -> List.of("Vous n'avez pas répondu à l'enquête.",
              "Les rubriques à renseigner sont indiquées à gauche de votre écran.");
          case PARTIEL -> List.of("Vous n'avez pas répondu à toutes les questions.",
              "Les rubriques à compléter sont indiquées à gauche de votre écran.",
              "Si vous avez terminé, vous pouvez cependant envoyer vos réponses maintenant.",
              transmission);
          case VALIDE -> List.of("Vous avez répondu à toutes les questions de l'enquête.", transmission);
        };
    return new DerniereEtape(
        phrases,
        Optional.of(FicheCampagne.echeance(campagne)),
        CycleEnquete.envoiPropose(statut, global) ? Optional.of(ENVOYER) : Optional.empty());
  }
}
