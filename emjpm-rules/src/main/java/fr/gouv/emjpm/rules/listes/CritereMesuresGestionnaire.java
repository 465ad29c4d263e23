// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.internal.Pages;
import java.util.Objects;
import java.util.Optional;

/**
 * Critères de la liste principale d'un gestionnaire : statut (« Mesure en cours » / « Mesure
 * clôturée »), nature, antenne (une, ou « sans antenne »), texte libre, tri et page. Immuable et
 * thread-safe.
 *
 * @param gestionnaire gestionnaire dont les mesures sont listées
 * @param statut statut cherché, vide pour les mesures en cours et clôturées ; la liste principale
 *     ne contient jamais de mesure en attente (elles sont listées à part)
 * @param nature nature cherchée, vide pour « Toutes les natures »
 * @param antenne filtre d'antenne (service)
 * @param texte texte libre (code postal, ville, année de naissance, numéro de dossier, RG)
 * @param tri tri choisi
 * @param page numéro de page, à partir de 1
 * @param taillePage taille de page, 20 par défaut
 */
public record CritereMesuresGestionnaire(
    GestionnaireId gestionnaire,
    Optional<StatutMesure> statut,
    Optional<NatureMesure> nature,
    FiltreAntenne antenne,
    Optional<String> texte,
    TriMesuresGestionnaire tri,
    int page,
    int taillePage) {

  /**
   * Vérifie les composantes.
   *
   * @param gestionnaire gestionnaire, non nul
   * @param statut statut, non nul (vide pour en cours et clôturées)
   * @param nature nature, non nulle (vide pour toutes)
   * @param antenne filtre d'antenne, non nul
   * @param texte texte libre, non nul (vide pour tous)
   * @param tri tri, non nul
   * @param page numéro de page, au moins 1
   * @param taillePage taille de page, entre 1 et 1000
   * @throws fr.gouv.emjpm.domain.commun.ParametresInvalides page ou taille hors bornes ({@code PAGE_INVALIDE},
   *     {@code TAILLE_PAGE_INVALIDE}) ; {@code Parametres.construire} en fait un {@code Resultat}
   */
  public CritereMesuresGestionnaire {
    Objects.requireNonNull(gestionnaire, "gestionnaire");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(antenne, "antenne");
    Objects.requireNonNull(texte, "texte");
    Objects.requireNonNull(tri, "tri");
    Pages.verifier(page, taillePage);
  }

  /**
   * {@return critères sans filtre ni tri, première page de 20}
   *
   * @param gestionnaire gestionnaire dont les mesures sont listées
   */
  public static CritereMesuresGestionnaire du(GestionnaireId gestionnaire) {
    return new CritereMesuresGestionnaire(gestionnaire, Optional.empty(), Optional.empty(),
        FiltreAntenne.toutes(), Optional.empty(), TriMesuresGestionnaire.AUCUN, 1, PageMesures.TAILLE_PAR_DEFAUT);
  }

  /**
   * Copie avec ce filtre de statut.
   *
   * @param s statut cherché
   * @return copie filtrée sur ce statut
   */
  public CritereMesuresGestionnaire avecStatut(StatutMesure s) {
    return new CritereMesuresGestionnaire(gestionnaire, Optional.of(s), nature, antenne, texte, tri, page, taillePage);
  }

  /**
   * Copie avec ce filtre de nature.
   *
   * @param n nature cherchée
   * @return copie filtrée sur cette nature
   */
  public CritereMesuresGestionnaire avecNature(NatureMesure n) {
    return new CritereMesuresGestionnaire(gestionnaire, statut, Optional.of(n), antenne, texte, tri, page, taillePage);
  }

  /**
   * {@return copie avec ce filtre d'antenne}
   *
   * @param a filtre d'antenne
   */
  public CritereMesuresGestionnaire avecAntenne(FiltreAntenne a) {
    return new CritereMesuresGestionnaire(gestionnaire, statut, nature, a, texte, tri, page, taillePage);
  }

  /**
   * {@return copie avec ce texte libre}
   *
   * @param t texte libre
   */
  public CritereMesuresGestionnaire avecTexte(String t) {
    return new CritereMesuresGestionnaire(gestionnaire, statut, nature, antenne, Optional.of(t), tri, page, taillePage);
  }

  /**
   * {@return copie avec ce tri}
   *
   * @param t tri choisi
   */
  public CritereMesuresGestionnaire avecTri(TriMesuresGestionnaire t) {
    return new CritereMesuresGestionnaire(gestionnaire, statut, nature, antenne, texte, t, page, taillePage);
  }

  /**
   * {@return copie pour cette page}
   *
   * @param numero numéro de page, à partir de 1
   * @param taille taille de page
   */
  public CritereMesuresGestionnaire avecPage(int numero, int taille) {
    return new CritereMesuresGestionnaire(gestionnaire, statut, nature, antenne, texte, tri, numero, taille);
  }
}
