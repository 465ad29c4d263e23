// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.referentiel.internal.NomsCommunes;
import fr.gouv.emjpm.domain.referentiel.internal.ReferentielEmbarque;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.List;
import java.util.Optional;

/**
 * Référentiel géographique et judiciaire : communes, départements, régions, tribunaux et catégories
 * FINESS.
 *
 * <p>{@link #embarque()} donne le référentiel livré dans le jar (COG 2026, registre DSJ 2021,
 * nomenclature FINESS ; voir {@code docs/DONNEES.md}). Un hôte peut fournir sa propre
 * implémentation : l'interface n'impose aucun type interne. Toute implémentation doit être immuable
 * et thread-safe, ne jamais renvoyer {@code null} et renvoyer des listes non modifiables.
 */
public interface Referentiel {

  /**
   * {@return référentiel embarqué : chargé une seule fois, au premier appel (quelques centaines de
   * millisecondes à froid, environ 45 ms à chaud), puis partagé}
   * Immuable et thread-safe.
   */
  static Referentiel embarque() {
    return ReferentielEmbarque.instance();
  }

  /**
   * Commune parente d'un arrondissement municipal : {@code 751xx} → {@code 75056} (Paris), {@code
   * 6938x} → {@code 69123} (Lyon), {@code 132xx} → {@code 13055} (Marseille) (arrondissements
   * existants seulement : 75101–75120, 69381–69389, 13201–13216) ; tout autre code est rendu tel quel.
   * Utile aux implémentations de {@link #commune(CodeInsee)}.
   *
   * @param code code INSEE, éventuellement d'un arrondissement municipal
   * @return le code de la commune parente pour un arrondissement de Paris, Lyon ou Marseille, sinon {@code code}
   */
  static CodeInsee sansArrondissement(CodeInsee code) {
    String v = code.valeur();
    if (v.charAt(1) == 'A' || v.charAt(1) == 'B') {
      return code;
    }
    int n = Integer.parseInt(v);
    if (n >= 75101 && n <= 75120) {
      return CodeInsee.of("75056");
    }
    if (n >= 69381 && n <= 69389) {
      return CodeInsee.of("69123");
    }
    if (n >= 13201 && n <= 13216) {
      return CodeInsee.of("13055");
    }
    return code;
  }

  /** {@return millésime des données géographiques, par exemple {@code "COG 2026"}} */
  String millesime();

  // --- Communes ---------------------------------------------------------------------------------

  /**
   * Commune de ce code INSEE ; un arrondissement municipal de Paris, Lyon ou Marseille est résolu vers
   * sa commune (voir {@link #sansArrondissement(CodeInsee)}).
   *
   * @param code code INSEE de la commune ou d'un arrondissement municipal
   * @return la commune, vide si le code est inconnu
   */
  Optional<Commune> commune(CodeInsee code);

  /**
   * {@return communes desservies par ce code postal, par code INSEE croissant ; vide si le code est inconnu}
   *
   * @param codePostal code postal à 5 chiffres
   */
  List<Commune> communesDuCodePostal(CodePostal codePostal);

  /**
   * Commune de ce code postal dont le nom correspond à {@code ville}, sans tenir compte de la casse,
   * des accents, des tirets, apostrophes et espaces multiples, ni de l'abréviation « ST »/« STE » de
   * « SAINT »/« SAINTE » ; une mention finale « CEDEX » ou un numéro d'arrondissement (« PARIS 17 »)
   * est ignoré. Vide si aucune commune de ce code postal ne correspond.
   *
   * @param codePostal code postal à 5 chiffres
   * @param ville nom de commune saisi, libre (casse, accents, « ST », « CEDEX » tolérés)
   * @return la commune correspondante, vide si aucune ne correspond
   */
  default Optional<Commune> commune(CodePostal codePostal, String ville) {
    return NomsCommunes.chercher(communesDuCodePostal(codePostal), ville);
  }

  /** {@return toutes les communes, par code INSEE croissant} */
  List<Commune> communes();

  // --- Départements et régions ------------------------------------------------------------------

  /**
   * Département de ce code.
   *
   * @param code code du département (par exemple {@code 2A} ou {@code 974})
   * @return le département, vide s'il est inconnu
   */
  Optional<Departement> departement(CodeDepartement code);

  /** {@return tous les départements, dans l'ordre du référentiel (01…95, 2A/2B à leur place, puis outre-mer)} */
  List<Departement> departements();

  /**
   * Région de ce code (ex. {@code "84"}, {@code "01"}, {@code "975"}).
   *
   * @param code code de la région (par exemple {@code 84}, {@code 01} ou {@code 975})
   * @return la région, vide si le code est inconnu
   */
  Optional<Region> region(String code);

  /** {@return toutes les régions} */
  List<Region> regions();

  /**
   * {@return région du département {@code code}, vide si le département ou sa région est inconnu}
   *
   * @param code code du département
   */
  default Optional<Region> regionDuDepartement(CodeDepartement code) {
    return departement(code).flatMap(d -> region(d.codeRegion()));
  }

  // --- Tribunaux --------------------------------------------------------------------------------

  /**
   * Tribunal de ce SIRET (correspondance exacte, sans redirection : voir {@link #tribunalCourant(Siret)}).
   *
   * @param siret SIRET cherché
   * @return tribunal de ce SIRET, ancien ou en vigueur
   */
  Optional<Tribunal> tribunal(Siret siret);

  /**
   * Tribunal en vigueur désigné par ce SIRET : le tribunal du SIRET, ou, si c'est un
   * ancien tribunal, le tribunal actuel qui le remplace (un seul saut, comme l'original). C'est la
   * résolution de l'API des éditeurs, d'OCMI et, ici, de l'import des fichiers (voir docs/ecarts.md).
   *
   * @param siret SIRET saisi
   * @return tribunal en vigueur, vide si le SIRET est inconnu
   */
  default Optional<Tribunal> tribunalCourant(Siret siret) {
    return tribunal(siret).map(t -> t.tribunalActuel().flatMap(this::tribunal).orElse(t));
  }

  /**
   * Ce référentiel, plus des anciens tribunaux résolus par leur SIRET ou leur identifiant et redirigés
   * vers leur tribunal actuel par {@link #tribunalCourant(Siret)}. Les listes ({@link #tribunaux()},
   * {@link #tribunauxDuDepartement(CodeDepartement)}) restent celles des tribunaux en vigueur : un
   * ancien tribunal n'est jamais proposé.
   *
   * @param anciens anciens tribunaux, chacun avec un {@link Tribunal#tribunalActuel()} présent dans ce
   *     référentiel, d'identifiant et de SIRET absents de ce référentiel
   * @return nouveau référentiel immuable ; celui-ci n'est pas modifié
   * @throws IllegalArgumentException si un ancien tribunal n'a pas de tribunal actuel connu, ou si son
   *     identifiant ou son SIRET est déjà pris
   */
  default Referentiel avecAnciensTribunaux(java.util.Collection<Tribunal> anciens) {
    return fr.gouv.emjpm.domain.referentiel.internal.ReferentielAvecAnciensTribunaux.de(this, anciens);
  }

  /**
   * Tribunal de cet identifiant.
   *
   * @param id identifiant du tribunal
   * @return le tribunal, vide s'il est inconnu
   */
  Optional<Tribunal> tribunal(TribunalId id);

  /** {@return tous les tribunaux} */
  List<Tribunal> tribunaux();

  /**
   * Tribunaux dont le siège est dans ce département. Attention : ce n'est pas le ressort (un tribunal
   * de proximité peut dépendre d'un tribunal judiciaire d'un autre département).
   *
   * @param code code du département du siège
   * @return tribunaux dont le siège est dans ce département, liste non modifiable
   */
  List<Tribunal> tribunauxDuDepartement(CodeDepartement code);

  // --- FINESS -----------------------------------------------------------------------------------

  /** {@return catégories d'établissements FINESS retenues, par code croissant} */
  List<CategorieFiness> categoriesFiness();

  /**
   * Catégorie FINESS de ce code.
   *
   * @param code code de catégorie FINESS à trois chiffres (par exemple {@code 500})
   * @return la catégorie, vide si le code n'est pas retenu
   */
  Optional<CategorieFiness> categorieFiness(String code);
}
