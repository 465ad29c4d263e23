// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Commune actuelle du code officiel géographique. Le type public généré est {@link
 * Commune} ({@code Commune.builder()}). Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractCommune {

  /** {@return code INSEE (COG) de la commune} */
  public abstract CodeInsee codeInsee();

  /**
   * Nom officiel, avec accents et tirets (ex. « L'Abergement-Clémenciat »).
   *
   * @return nom officiel, avec accents et tirets
   */
  public abstract String nom();

  /**
   * {@return codes postaux de la commune, sans doublon, dans l'ordre croissant ; vide pour les rares
   * collectivités sans code postal (TAAF)}
   */
  public abstract List<CodePostal> codesPostaux();

  /** {@return département (ou collectivité d'outre-mer) de la commune} */
  public abstract CodeDepartement departement();

  /**
   * Code de la région (ex. {@code 84}, {@code 01}, ou le code de la collectivité pour une COM).
   *
   * @return code de la région
   */
  public abstract String region();

  /** {@return latitude WGS84 d'un point intérieur à la commune (ni la mairie, ni un centre par code postal)} */
  public abstract double latitude();

  /** {@return longitude WGS84 du même point} */
  public abstract double longitude();

  /**
   * {@return latitude et longitude de la commune en une valeur : la position donnée aux mesures dont le
   * lieu de vie est dans cette commune} Calculée une fois par commune puis partagée : les mesures d'une
   * même commune portent la même instance (une position de moins à garder par mesure).
   */
  @Value.Lazy
  public Position position() {
    return Position.of(latitude(), longitude());
  }

  /** {@return population légale INSEE ; vide si inconnue (TAAF, Clipperton)} */
  public abstract OptionalInt population();
}
