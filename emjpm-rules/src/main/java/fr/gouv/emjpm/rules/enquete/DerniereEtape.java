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
 * Texte d'une étape de bord du formulaire d'enquête. Pour le répondant, la dernière étape « Envoi de
 * vos réponses » ({@link #de}) ; pour la direction, les étapes « Statut » ({@link #statutDirection})
 * et « Validation » ({@link #validationDirection}). Texte de la dernière étape du répondant, selon le statut de sa réponse
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

  /** Bouton de validation par la direction. */
  public static final String VALIDER = "Valider";

  /** Bouton de l'étape « Statut » de la direction, toujours présent. */
  public static final String ACCEDER = "Accéder aux réponses";

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
    Objects.requireNonNull(campagne, "campagne");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(global, "global");
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

  /**
   * Dernière étape « Validation » de l'écran de réponse d'une direction : bouton « Valider » tant que
   * la réponse n'est pas validée, puis « Cette réponse à l'enquête {année} est validée ».
   *
   * @param campagne campagne (année)
   * @param statut statut de la réponse
   * @return phrases et bouton de l'étape ; jamais d'échéance
   */
  public static DerniereEtape validationDirection(CampagneEnquete campagne, StatutReponse statut) {
    Objects.requireNonNull(campagne, "campagne");
    Objects.requireNonNull(statut, "statut");
    return statut == StatutReponse.VALIDE
        ? new DerniereEtape(List.of("Cette réponse à l'enquête " + campagne.annee() + " est validée"),
            Optional.empty(), Optional.empty())
        : new DerniereEtape(List.of(), Optional.empty(), Optional.of(VALIDER));
  }

  /**
   * Première étape « Statut » de l'écran de réponse d'une direction : titre, campagne, statut, type
   * de mandataire ; boutons « Accéder aux réponses » et, pour une réponse envoyée, « Valider ».
   *
   * @param campagne campagne (année)
   * @param reponse réponse affichée
   * @return les phrases de l'étape (bouton : « Valider » pour une réponse envoyée, sinon aucun
   *     autre que « Accéder aux réponses », toujours présent)
   */
  public static DerniereEtape statutDirection(CampagneEnquete campagne, LigneReponseEnquete reponse) {
    Objects.requireNonNull(campagne, "campagne");
    Objects.requireNonNull(reponse, "reponse");
    return new DerniereEtape(
        List.of("Statut de la réponse N°" + reponse.id() + " à l'enquête " + campagne.annee(),
            "Enquête de " + campagne.annee() + " concernant l'année " + campagne.anneeActivite(),
            "Statut: " + reponse.statut().libelle(),
            "Type de mandataire: " + reponse.type().libelle()),
        Optional.empty(),
        reponse.statut() == StatutReponse.SOUMIS ? Optional.of(VALIDER) : Optional.empty());
  }
}
