// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Catégorie d'établissement FINESS (nomenclature ANS TRE_R66) utile à la protection des majeurs
 *. Le type public généré est {@link CategorieFiness}. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractCategorieFiness {

  /**
   * Code de catégorie (ex. {@code 500} pour EHPAD).
   *
   * @return code de catégorie à trois chiffres
   */
  public abstract String code();

  /** {@return libellé officiel de la nomenclature} */
  public abstract String libelle();

  /** {@return vrai si la catégorie est encore en vigueur} */
  public abstract boolean actif();

  /** {@return date de fin de validité d'une catégorie abandonnée ; vide si elle est en vigueur} */
  public abstract Optional<LocalDate> dateFin();

  /** {@return code de l'agrégat de catégories (TRE_R65)} */
  public abstract String agregatCode();

  /** {@return libellé de l'agrégat, quand il est connu (6 agrégats seulement)} */
  public abstract Optional<String> agregatLibelle();

  /** {@return code de l'agrégat de niveau 2 (TRE_R64)} */
  public abstract String agregatNiveau2Code();

  /** {@return code de l'agrégat de niveau 1 (TRE_R63)} */
  public abstract String agregatNiveau1Code();

  /** {@return domaine : {@code SAN} (sanitaire) ou {@code SOC} (social et médico-social)} */
  public abstract String domaine();

  /** {@return vrai si e-MJPM retenait cette catégorie lors de l'import du fichier FINESS} */
  public abstract boolean filtreEmjpm();
}
