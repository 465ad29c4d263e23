// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.internal.Pages;
import java.util.Objects;
import java.util.Optional;

/**
 * Critères de la liste des mesures d'un juge : son tribunal, et les filtres facultatifs nature,
 * statut, cabinet (contient) et texte libre. Immuable et thread-safe.
 *
 * @param tribunal tribunal du juge (magistrat ou greffier)
 * @param nature nature cherchée, vide pour « toutes les natures »
 * @param statut statut cherché, vide pour tous
 * @param cabinet texte que le cabinet doit contenir (casse et accents ignorés), vide pour tous
 * @param texte texte libre (code postal, ville, année de naissance, numéro de dossier, RG)
 * @param page numéro de page, à partir de 1
 * @param taillePage taille de page, 20 par défaut
 */
public record CritereMesuresJuge(
    TribunalId tribunal,
    Optional<NatureMesure> nature,
    Optional<StatutMesure> statut,
    Optional<String> cabinet,
    Optional<String> texte,
    int page,
    int taillePage) {

  /**
   * Vérifie les composantes.
   *
   * @param tribunal tribunal, non nul
   * @param nature nature, non nulle (vide pour toutes)
   * @param statut statut, non nul (vide pour tous)
   * @param cabinet cabinet, non nul (vide pour tous)
   * @param texte texte libre, non nul (vide pour tous)
   * @param page numéro de page, au moins 1
   * @param taillePage taille de page, entre 1 et 1000
   * @throws fr.gouv.emjpm.domain.commun.ParametresInvalides page ou taille hors bornes ({@code PAGE_INVALIDE},
   *     {@code TAILLE_PAGE_INVALIDE}) ; {@code Parametres.construire} en fait un {@code Resultat}
   */
  public CritereMesuresJuge {
    Objects.requireNonNull(tribunal, "tribunal");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(texte, "texte");
    Pages.verifier(page, taillePage);
  }

  /**
   * {@return critères sans filtre, première page de 20}
   *
   * @param tribunal tribunal du juge
   */
  public static CritereMesuresJuge du(TribunalId tribunal) {
    return new CritereMesuresJuge(tribunal, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), 1, PageMesures.TAILLE_PAR_DEFAUT);
  }

  /**
   * Copie avec ce filtre de nature.
   *
   * @param n nature cherchée
   * @return copie filtrée sur cette nature
   */
  public CritereMesuresJuge avecNature(NatureMesure n) {
    return new CritereMesuresJuge(tribunal, Optional.of(n), statut, cabinet, texte, page, taillePage);
  }

  /**
   * Copie avec ce filtre de statut.
   *
   * @param s statut cherché
   * @return copie filtrée sur ce statut
   */
  public CritereMesuresJuge avecStatut(StatutMesure s) {
    return new CritereMesuresJuge(tribunal, nature, Optional.of(s), cabinet, texte, page, taillePage);
  }

  /**
   * Copie avec ce filtre de cabinet.
   *
   * @param c texte que le cabinet doit contenir
   * @return copie filtrée sur ce cabinet
   */
  public CritereMesuresJuge avecCabinet(String c) {
    return new CritereMesuresJuge(tribunal, nature, statut, Optional.of(c), texte, page, taillePage);
  }

  /**
   * {@return copie avec ce texte libre}
   *
   * @param t texte libre
   */
  public CritereMesuresJuge avecTexte(String t) {
    return new CritereMesuresJuge(tribunal, nature, statut, cabinet, Optional.of(t), page, taillePage);
  }

  /**
   * {@return copie pour cette page}
   *
   * @param numero numéro de page, à partir de 1
   * @param taille taille de page
   */
  public CritereMesuresJuge avecPage(int numero, int taille) {
    return new CritereMesuresJuge(tribunal, nature, statut, cabinet, texte, numero, taille);
  }
}
