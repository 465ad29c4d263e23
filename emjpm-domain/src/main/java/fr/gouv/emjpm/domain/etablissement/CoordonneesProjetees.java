// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Objects;
import java.util.Optional;

/**
 * Coordonnées projetées d'un établissement ({@code coordxet}, {@code coordyet}) et le système déclaré
 * par la source ({@code sourcecoordet}). Immuable et thread-safe.
 *
 * @param x abscisse, en mètres, finie
 * @param y ordonnée, en mètres, finie
 * @param systeme système déclaré par la source, vide s'il n'est pas reconnu
 */
public record CoordonneesProjetees(double x, double y, Optional<SystemeCoordonnees> systeme) {

  /**
   * Refuse une coordonnée non finie.
   *
   * @param x abscisse finie
   * @param y ordonnée finie
   * @param systeme système déclaré, éventuellement vide
   */
  public CoordonneesProjetees {
    Objects.requireNonNull(systeme, "systeme");
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("Coordonnée projetée non finie");
    }
  }

  /**
   * Système à appliquer : celui déclaré, sinon celui du département ({@link
   * SystemeCoordonnees#pourDepartement(CodeDepartement)}).
   *
   * @param departement département de l'établissement
   * @return le système, vide si aucun n'est déclaré ni attendu pour ce département
   */
  public Optional<SystemeCoordonnees> systemePour(CodeDepartement departement) {
    return systeme.isPresent() ? systeme : SystemeCoordonnees.pourDepartement(departement);
  }

  /**
   * Position WGS84 de ces coordonnées pour un établissement de ce département.
   *
   * @param departement département de l'établissement (choisit le système quand la source ne le
   *     déclare pas)
   * @return la position, vide si aucun système ne s'applique ou si le point est hors des bornes
   */
  public Optional<PointWgs84> versWgs84(CodeDepartement departement) {
    return systemePour(departement).flatMap(s -> s.versWgs84(x, y));
  }
}
