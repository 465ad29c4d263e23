// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import fr.gouv.emjpm.domain.etablissement.CoordonneesProjetees;
import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.etablissement.NumeroFiness;
import java.util.Objects;

/**
 * Ligne exploitable de l'extrait FINESS, remise une à une par {@link FinessReader#parcourir}. Immuable.
 */
public sealed interface LigneFiness {

  /**
   * Numéro de la ligne dans le fichier (à partir de 1).
   *
   * @return numéro de la ligne
   */
  int ligne();

  /**
   * Ligne {@code structureet} : un établissement, sans coordonnées (elles viennent des lignes {@code
   * geolocalisation}).
   *
   * @param ligne numéro de ligne, à partir de 1
   * @param etablissement établissement lu
   */
  record Structure(int ligne, Etablissement etablissement) implements LigneFiness {
    /**
     * Vérifie la présence de l'établissement.
     *
     * @param ligne numéro de ligne
     * @param etablissement établissement lu, non nul
     */
    public Structure {
      Objects.requireNonNull(etablissement, "etablissement");
    }
  }

  /**
   * Ligne {@code geolocalisation} : coordonnées projetées d'un établissement.
   *
   * @param ligne numéro de ligne, à partir de 1
   * @param numeroFiness numéro FINESS de l'établissement
   * @param coordonnees coordonnées projetées et système déclaré
   */
  record Geolocalisation(int ligne, NumeroFiness numeroFiness, CoordonneesProjetees coordonnees)
      implements LigneFiness {
    /**
     * Vérifie la présence de chaque composant.
     *
     * @param ligne numéro de ligne
     * @param numeroFiness numéro FINESS, non nul
     * @param coordonnees coordonnées, non nulles
     */
    public Geolocalisation {
      Objects.requireNonNull(numeroFiness, "numeroFiness");
      Objects.requireNonNull(coordonnees, "coordonnees");
    }
  }
}
