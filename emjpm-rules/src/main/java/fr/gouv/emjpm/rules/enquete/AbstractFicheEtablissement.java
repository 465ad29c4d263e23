// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ce que l'hôte sait, par le fichier FINESS, d'un établissement de la liste blanche d'un préposé
 * : numéro FINESS, raison sociale, code de catégorie FINESS et libellé du statut
 * juridique ({@code libsph}). Sert au pré-remplissage de la liste des établissements.
 * Immuable et thread-safe (classe générée {@code FicheEtablissement}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFicheEtablissement {

  /** Libellé FINESS du statut qui vaut « public » dans l'enquête. */
  static final String LIBSPH_PUBLIC = "Etablissement public de santé";

  /** {@return numéro FINESS} */
  public abstract String finess();

  /** {@return raison sociale} */
  public abstract String raisonSociale();

  /**
   * Code de la catégorie FINESS (ex. {@code 500}), s'il est connu.
   *
   * @return code de catégorie FINESS (ex. {@code 500}), vide s'il est inconnu
   */
  public abstract Optional<String> categorieFiness();

  /**
   * Libellé FINESS du statut juridique ({@code libsph}), s'il est connu.
   *
   * @return libellé {@code libsph}, vide s'il est inconnu
   */
  public abstract Optional<String> libelleStatut();

  /**
   * Statut de l'enquête (énumération STATUT_ETABLISSEMENT) : {@code public} quand le statut FINESS
   * est « Etablissement public de santé », {@code private} pour tout autre statut connu, vide sinon.
   *
   * @return {@code public} ou {@code private}, vide si le statut FINESS est inconnu
   */
  public final Optional<String> statutEnquete() {
    return libelleStatut().map(l -> l.strip().equalsIgnoreCase(LIBSPH_PUBLIC) ? "public" : "private");
  }
}
