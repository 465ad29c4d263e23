// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.internal.Pages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Liste des réponses de l'écran de campagne des directions : filtres département (« Tous les
 * départements »), type (« Tous les types ») et statut (« Tous les status »), ordre date d'envoi
 * décroissante — réponses non envoyées en premier, comme le {@code desc} de PostgreSQL — puis date
 * de création décroissante, pages. Sans état.
 */
public final class ListeReponsesDirection {

  /** Libellé du filtre département sans choix. */
  public static final String TOUS_LES_DEPARTEMENTS = "Tous les départements";

  /** Libellé du filtre type sans choix. */
  public static final String TOUS_LES_TYPES = "Tous les types";

  /** Libellé du filtre statut sans choix (orthographe de l'original). */
  public static final String TOUS_LES_STATUTS = "Tous les status";

  /** Taille de page par défaut. */
  public static final int TAILLE_PAR_DEFAUT = 20;

  private ListeReponsesDirection() {}

  /**
   * Filtres de la liste ; vide = pas de filtre.
   *
   * @param departement département de la réponse
   * @param type type de répondant
   * @param statut statut de la réponse
   */
  public record Filtres(
      Optional<CodeDepartement> departement, Optional<TypeEnquete> type, Optional<StatutReponse> statut) {

    /**
     * Composantes non nulles.
     *
     * @param departement département, non nul (vide pour tous)
     * @param type type, non nul (vide pour tous)
     * @param statut statut, non nul (vide pour tous)
     */
    public Filtres {
      Objects.requireNonNull(departement, "departement");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(statut, "statut");
    }

    /**
     * Aucun filtre.
     *
     * @return les filtres vides
     */
    public static Filtres aucun() {
      return new Filtres(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Vrai si la réponse passe les filtres.
     *
     * @param r réponse
     * @return vrai si la réponse passe les trois filtres
     */
    public boolean accepte(LigneReponseEnquete r) {
      return (departement.isEmpty() || r.departement().equals(departement))
          && type.map(t -> t == r.type()).orElse(true)
          && statut.map(s -> s == r.statut()).orElse(true);
    }
  }

  /**
   * Une page de la liste.
   *
   * @param lignes réponses de la page
   * @param page numéro de page (à partir de 1)
   * @param taillePage taille de page
   * @param total nombre de réponses retenues, toutes pages confondues
   */
  public record Page(List<LigneReponseEnquete> lignes, int page, int taillePage, int total) {
    /**
     * Copie la liste.
     *
     * @param lignes réponses de la page (copiées)
     * @param page numéro de page
     * @param taillePage taille de page
     * @param total nombre total
     */
    public Page {
      lignes = List.copyOf(lignes);
    }
  }

  /**
   * Ordre de la liste : envoi décroissant (non envoyées en premier), puis création décroissante,
   * puis identifiant décroissant.
   *
   * @return comparateur de la liste
   */
  public static Comparator<LigneReponseEnquete> ordre() {
    Comparator<Optional<Instant>> envoi =
        Comparator.comparing(o -> o.orElse(null), Comparator.nullsFirst(Comparator.<Instant>reverseOrder()));
    return Comparator.comparing(LigneReponseEnquete::soumisLe, envoi)
        .thenComparing(LigneReponseEnquete::creeLe, Comparator.reverseOrder())
        .thenComparing(Comparator.comparingLong(LigneReponseEnquete::id).reversed());
  }

  /**
   * Toutes les réponses retenues, dans l'ordre de la liste.
   *
   * @param reponses réponses de la campagne
   * @param filtres filtres choisis
   * @return liste non modifiable des réponses retenues, triées
   */
  public static List<LigneReponseEnquete> lignes(Collection<LigneReponseEnquete> reponses, Filtres filtres) {
    List<LigneReponseEnquete> res = new ArrayList<>();
    for (LigneReponseEnquete r : reponses) {
      if (filtres.accepte(r)) {
        res.add(r);
      }
    }
    res.sort(ordre());
    return List.copyOf(res);
  }

  /**
   * La page demandée.
   *
   * @param reponses réponses de la campagne
   * @param filtres filtres choisis
   * @param page numéro de page, à partir de 1
   * @param taillePage taille de page, entre 1 et 1000
   * @return la page demandée, vide au-delà de la dernière
   * @throws IllegalArgumentException si la page ou sa taille est hors bornes
   */
  public static Page page(Collection<LigneReponseEnquete> reponses, Filtres filtres, int page, int taillePage) {
    Pages.verifier(page, taillePage);
    List<LigneReponseEnquete> toutes = lignes(reponses, filtres);
    List<LigneReponseEnquete> lignes = Pages.tranche(toutes, page, taillePage);
    return new Page(lignes, page, taillePage, toutes.size());
  }
}
