// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.tribunal;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tribunal compétent pour la protection des majeurs : tribunal judiciaire, de
 * proximité ou de première instance. Le type public généré est {@link Tribunal} ({@code
 * Tribunal.builder()}). Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractTribunal {

  /** {@return identifiant stable (numéro d'établissement DSJ pour le référentiel embarqué)} */
  public abstract TribunalId id();

  /** {@return nature du tribunal} */
  public abstract TypeTribunal type();

  /** {@return nom complet, par exemple « Tribunal judiciaire de Paris »} */
  public abstract String nom();

  /** {@return pour un tribunal de proximité : le tribunal judiciaire de rattachement ; vide sinon} */
  public abstract Optional<TribunalId> parent();

  /** {@return nom de la cour d'appel (ou du tribunal supérieur d'appel) dont relève le tribunal} */
  public abstract String courAppel();

  /** {@return adresse postale (voie, en majuscules dans le référentiel) ; vide si inconnue} */
  public abstract Optional<String> adresse();

  /** {@return complément d'adresse (BP, CS…) ; vide s'il n'y en a pas} */
  public abstract Optional<String> adresseComplement();

  /** {@return code postal de la commune du siège (pas forcément celui d'une BP ou d'un CEDEX)} */
  public abstract CodePostal codePostal();

  /** {@return nom de la commune du siège (COG)} */
  public abstract String ville();

  /**
   * Code INSEE de la commune du siège ; peut être un arrondissement municipal (ex. 75117).
   *
   * @return code INSEE de la commune du siège, éventuellement d'un arrondissement municipal
   */
  public abstract CodeInsee codeInsee();

  /** {@return département du siège} */
  public abstract CodeDepartement departement();

  /** {@return SIRET ; vide pour quelques tribunaux d'outre-mer qui n'en ont pas dans le registre} */
  public abstract Optional<Siret> siret();

  /** {@return numéro de téléphone tel que publié (chiffres, notation « 0(590)… » outre-mer)} */
  public abstract String telephone();

  /** {@return adresse électronique ; vide si inconnue} */
  public abstract Optional<String> email();

  /** {@return latitude WGS84 en degrés décimaux} */
  public abstract double latitude();

  /** {@return longitude WGS84 en degrés décimaux} */
  public abstract double longitude();

  /** {@return précision des coordonnées} */
  public abstract PrecisionGeo precisionGeo();

  /**
   * Pour un ancien tribunal (non « immutable » dans l'original), le tribunal actuel qui
   * le remplace ; vide pour un tribunal en vigueur. Le référentiel embarqué n'a que des tribunaux en
   * vigueur ; un hôte déclare les anciens par {@link
   * fr.gouv.emjpm.domain.referentiel.Referentiel#avecAnciensTribunaux(java.util.Collection)}.
   *
   * @return tribunal actuel qui remplace cet ancien tribunal, vide pour un tribunal en vigueur
   */
  public abstract Optional<TribunalId> tribunalActuel();

  /**
   * Vrai pour un ancien tribunal remplacé par un tribunal actuel.
   *
   * @return vrai si {@link #tribunalActuel()} est renseigné
   */
  public boolean estAncien() {
    return tribunalActuel().isPresent();
  }

  /** {@return vrai pour un tribunal de proximité} */
  public boolean estDeProximite() {
    return type() == TypeTribunal.TPROX;
  }

}
