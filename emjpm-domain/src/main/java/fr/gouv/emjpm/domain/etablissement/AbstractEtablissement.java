// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Établissement sanitaire ou social du fichier FINESS (enregistrement {@code structureet}, table
 * {@code etablissements} de l'original) : c'est l'employeur d'un mandataire préposé. Les noms de
 * champs de l'extrait public sont rappelés dans chaque Javadoc ; le format est décrit dans {@code
 * docs/formats/finess.md}. Le département est déjà ramené au code du référentiel ({@code 9A}…{@code
 * 9F} → {@code 971}…{@code 976}) et la position déjà convertie en WGS84. Immuable et thread-safe
 * (classe générée {@code Etablissement}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractEtablissement {

  /**
   * Numéro FINESS de l'établissement ({@code nofinesset}), clé de l'enregistrement.
   *
   * @return numéro FINESS de l'établissement
   */
  public abstract NumeroFiness numeroFiness();

  /**
   * Numéro FINESS de l'entité juridique ({@code nofinessej}).
   *
   * @return numéro FINESS de l'entité juridique, vide s'il est absent ou mal formé
   */
  public abstract Optional<NumeroFiness> numeroFinessEntiteJuridique();

  /**
   * Raison sociale ({@code rs}).
   *
   * @return raison sociale
   */
  public abstract String raisonSociale();

  /**
   * Raison sociale longue ({@code rslongue}) ; la raison sociale quand elle est vide, comme l'original.
   *
   * @return raison sociale longue
   */
  @Value.Default
  public String raisonSocialeLongue() {
    return raisonSociale();
  }

  /**
   * Complément de raison sociale ({@code complrs}).
   *
   * @return complément de raison sociale
   */
  public abstract Optional<String> complementRaisonSociale();

  /**
   * Complément de distribution ({@code compldistrib}).
   *
   * @return complément de distribution
   */
  public abstract Optional<String> complementDistribution();

  /**
   * Numéro de voie ({@code numvoie}).
   *
   * @return numéro de voie
   */
  public abstract Optional<String> numeroVoie();

  /**
   * Type de voie ({@code typvoie}, par exemple {@code RTE}).
   *
   * @return type de voie
   */
  public abstract Optional<String> typeVoie();

  /**
   * Libellé de voie ({@code voie}).
   *
   * @return libellé de voie
   */
  public abstract Optional<String> voie();

  /**
   * Complément de voie ({@code compvoie}).
   *
   * @return complément de voie
   */
  public abstract Optional<String> complementVoie();

  /**
   * Lieu-dit ou boîte postale ({@code lieuditbp}).
   *
   * @return lieu-dit ou boîte postale
   */
  public abstract Optional<String> lieuDitBp();

  /**
   * Code de la commune dans le département, sur trois caractères ({@code commune}).
   *
   * @return code de la commune dans le département
   */
  public abstract Optional<String> commune();

  /**
   * Département ({@code departement}, {@code 9A}…{@code 9F} ramenés à {@code 971}…{@code 976}).
   *
   * @return département
   */
  public abstract CodeDepartement departement();

  /**
   * Libellé du département ({@code libdepartement}).
   *
   * @return libellé du département
   */
  public abstract Optional<String> libelleDepartement();

  /**
   * Ligne d'acheminement : code postal et bureau distributeur ({@code ligneacheminement}).
   *
   * @return ligne d'acheminement
   */
  public abstract Optional<String> ligneAcheminement();

  /**
   * Téléphone ({@code telephone}).
   *
   * @return téléphone
   */
  public abstract Optional<String> telephone();

  /**
   * Télécopie ({@code telecopie}).
   *
   * @return télécopie
   */
  public abstract Optional<String> telecopie();

  /**
   * Code de catégorie d'établissement ({@code categetab}, nomenclature des catégories FINESS).
   *
   * @return code de catégorie
   */
  public abstract Optional<String> categorie();

  /**
   * Libellé de la catégorie ({@code libcategetab}).
   *
   * @return libellé de la catégorie
   */
  public abstract Optional<String> libelleCategorie();

  /**
   * Code de l'agrégat de catégories ({@code categagretab}).
   *
   * @return code de l'agrégat de catégories
   */
  public abstract Optional<String> categorieAgregat();

  /**
   * Libellé de l'agrégat de catégories ({@code libcategagretab}).
   *
   * @return libellé de l'agrégat de catégories
   */
  public abstract Optional<String> libelleCategorieAgregat();

  /**
   * SIRET ({@code siret}), vide s'il est absent ou n'a pas 14 chiffres.
   *
   * @return SIRET
   */
  public abstract Optional<Siret> siret();

  /**
   * Code APE ({@code codeape}).
   *
   * @return code APE
   */
  public abstract Optional<String> codeApe();

  /**
   * Code du mode de fixation des tarifs ({@code codemft}).
   *
   * @return code du mode de fixation des tarifs
   */
  public abstract Optional<String> codeMft();

  /**
   * Libellé du mode de fixation des tarifs ({@code libmft}).
   *
   * @return libellé du mode de fixation des tarifs
   */
  public abstract Optional<String> libelleMft();

  /**
   * Code du service public hospitalier ({@code codesph}).
   *
   * @return code du service public hospitalier
   */
  public abstract Optional<String> codeSph();

  /**
   * Libellé du service public hospitalier ({@code libsph}).
   *
   * @return libellé du service public hospitalier
   */
  public abstract Optional<String> libelleSph();

  /**
   * Date d'ouverture ({@code dateouv}).
   *
   * @return date d'ouverture
   */
  public abstract Optional<LocalDate> dateOuverture();

  /**
   * Date d'autorisation ({@code dateautor}).
   *
   * @return date d'autorisation
   */
  public abstract Optional<LocalDate> dateAutorisation();

  /**
   * Date de mise à jour de l'enregistrement ({@code datemaj}).
   *
   * @return date de mise à jour
   */
  public abstract Optional<LocalDate> dateMiseAJour();

  /**
   * Numéro UAI ({@code numuai}).
   *
   * @return numéro UAI
   */
  public abstract Optional<String> numeroUai();

  /**
   * Coordonnées projetées lues dans la ligne {@code geolocalisation} de l'établissement.
   *
   * @return coordonnées projetées
   */
  public abstract Optional<CoordonneesProjetees> coordonnees();

  /**
   * Position WGS84 : les coordonnées projetées converties (vide sans coordonnées ou sans système
   * applicable).
   *
   * @return position WGS84
   */
  @Value.Derived
  public Optional<PointWgs84> position() {
    return coordonnees().flatMap(c -> c.versWgs84(departement()));
  }

  /**
   * Code postal : les cinq premiers caractères de la ligne d'acheminement quand ce sont des chiffres.
   *
   * @return code postal, vide s'il n'est pas lisible
   */
  public final Optional<String> codePostal() {
    return ligneAcheminement()
        .filter(l -> l.length() >= 5 && l.substring(0, 5).chars().allMatch(c -> c >= '0' && c <= '9'))
        .map(l -> l.substring(0, 5));
  }

  /**
   * Code INSEE de la commune : les deux premiers caractères du département suivis des trois du code
   * commune ({@code 01} + {@code 451} → {@code 01451}, {@code 971} + {@code 101} → {@code 97101}).
   *
   * @return code INSEE, vide sans code commune de trois caractères
   */
  public final Optional<String> codeInsee() {
    return commune()
        .filter(c -> c.length() == 3)
        .map(c -> departement().valeur().substring(0, 2) + c);
  }
}
