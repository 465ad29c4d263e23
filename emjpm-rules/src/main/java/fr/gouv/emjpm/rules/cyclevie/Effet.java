// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.util.Objects;

/**
 * Effet qu'une opération demande à l'hôte : une donnée, jamais une action exécutée par la
 * bibliothèque (envoyer un courriel, recompter, supprimer une ligne…).
 */
public sealed interface Effet
    permits Effet.NotifierNouvelleMesure,
        Effet.NotifierAnnulation,
        Effet.RecompterGestionnaire,
        Effet.SupprimerMesure,
        Effet.VerrouillerGestionnaire {

  /**
   * Envoyer au gestionnaire (l'utilisateur mandataire ou chaque membre du service) le courriel « e-MJPM :
   * une nouvelle mesure vous a été attribuée ».
   *
   * @param gestionnaire destinataire
   * @param courriel champs du courriel
   */
  record NotifierNouvelleMesure(GestionnaireId gestionnaire, CourrielNouvelleMesure courriel) implements Effet {
    /**
     * Vérifie les composants.
     *
     * @param gestionnaire destinataire, non nul
     * @param courriel champs du courriel, non nul
     */
    public NotifierNouvelleMesure {
      Objects.requireNonNull(gestionnaire, "gestionnaire");
      Objects.requireNonNull(courriel, "courriel");
    }
  }

  /**
   * Envoyer au gestionnaire le courriel « e-MJPM : Annulation d'une reservation de mesure ».
   *
   * @param gestionnaire destinataire
   * @param courriel champs du courriel
   */
  record NotifierAnnulation(GestionnaireId gestionnaire, CourrielAnnulation courriel) implements Effet {
    /**
     * Vérifie les composants.
     *
     * @param gestionnaire destinataire, non nul
     * @param courriel champs du courriel, non nul
     */
    public NotifierAnnulation {
      Objects.requireNonNull(gestionnaire, "gestionnaire");
      Objects.requireNonNull(courriel, "courriel");
    }
  }

  /**
   * Recompter les compteurs en cache du gestionnaire (mesures en cours, en attente).
   *
   * @param gestionnaire gestionnaire à recompter
   */
  record RecompterGestionnaire(GestionnaireId gestionnaire) implements Effet {
    /**
     * Vérifie le composant.
     *
     * @param gestionnaire gestionnaire à recompter, non nul
     */
    public RecompterGestionnaire {
      Objects.requireNonNull(gestionnaire, "gestionnaire");
    }
  }

  /**
   * Supprimer définitivement la mesure (états et ressources en cascade).
   *
   * @param cle clé de la mesure
   */
  record SupprimerMesure(CleMesure cle) implements Effet {
    /**
     * Vérifie le composant.
     *
     * @param cle clé de la mesure à supprimer, non nulle
     */
    public SupprimerMesure {
      Objects.requireNonNull(cle, "cle");
    }
  }

  /**
   * Marquer le gestionnaire comme verrouillé par un logiciel métier (toute écriture par l'API des logiciels métier).
   *
   * @param gestionnaire gestionnaire à verrouiller
   * @param editeurId logiciel métier
   */
  record VerrouillerGestionnaire(GestionnaireId gestionnaire, long editeurId) implements Effet {
    /**
     * Vérifie le composant.
     *
     * @param gestionnaire gestionnaire à verrouiller, non nul
     * @param editeurId identifiant du logiciel métier qui a écrit
     */
    public VerrouillerGestionnaire {
      Objects.requireNonNull(gestionnaire, "gestionnaire");
    }
  }
}
