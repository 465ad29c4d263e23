// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.Disponibilites;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.internal.Pages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sous-vue « liste des mandataires » des tableaux de bord des directions : les gestionnaires
 * habilités dans le périmètre (département, région ou nation), filtrés par type, classés par
 * capacité restante croissante ou décroissante, paginés, avec pour un service la somme de ses
 * antennes du périmètre. Chaque gestionnaire a une seule ligne, même s'il est habilité dans
 * plusieurs départements d'une région (comme les autres indicateurs des directions). Sans état.
 */
final class ListeMandatairesDirection {

  /** Taille de page par défaut. */
  public static final int TAILLE_PAR_DEFAUT = 20;

  private static final Disponibilites DISPONIBILITES = Disponibilites.standard();

  private ListeMandatairesDirection() {}

  /**
   * Toutes les lignes retenues, classées, sans pagination. À capacité restante égale : nom, puis
   * type et numéro du gestionnaire.
   *
   * @param perimetre périmètre du tableau de bord
   * @param fiches fiches des gestionnaires connus
   * @param comptage compteurs des mesures en cours et en attente, par gestionnaire et par antenne
   * @param type type cherché, vide pour tous
   * @param decroissant vrai pour la capacité restante décroissante, faux pour croissante
   * @return lignes non modifiables, une par gestionnaire (la première fiche d'un identifiant l'emporte)
   */
  public static List<LigneMandataireDirection> lignes(
      Perimetre perimetre,
      Collection<FicheGestionnaire> fiches,
      ComptageMesures comptage,
      Optional<TypeGestionnaire> type,
      boolean decroissant) {
    Set<Object> vus = new HashSet<>();
    List<LigneMandataireDirection> res = new ArrayList<>();
    for (FicheGestionnaire f : fiches) {
      if (!perimetre.concerne(f) || !type.map(t -> t == f.type()).orElse(true) || !vus.add(f.id())) {
        continue;
      }
      int n = 0;
      int max = 0;
      int enCours = 0;
      int enAttente = 0;
      for (FicheAntenne a : f.antennes()) {
        if (perimetre.niveau() != Perimetre.Niveau.NATIONAL
            && a.departement().filter(perimetre::contient).isEmpty()) {
          continue;
        }
        Disponibilite d = DISPONIBILITES.antenne(f, a, comptage);
        n++;
        max += d.mesuresMax();
        enCours += d.enCours();
        enAttente += d.enAttente();
      }
      Optional<Disponibilite> somme =
          n == 0 ? Optional.empty() : Optional.of(new Disponibilite(max, enCours, enAttente, f.suspendu()));
      res.add(new LigneMandataireDirection(f, DISPONIBILITES.gestionnaire(f, comptage), n, somme));
    }
    Comparator<LigneMandataireDirection> capacite =
        Comparator.comparingInt(l -> l.disponibilite().restante());
    res.sort(
        (decroissant ? capacite.reversed() : capacite)
            .thenComparing(l -> l.fiche().nom())
            .thenComparing(l -> l.fiche().type())
            .thenComparingLong(l -> l.fiche().id().numero()));
    return List.copyOf(res);
  }

  /**
   * La page demandée.
   *
   * @param perimetre périmètre du tableau de bord
   * @param fiches fiches des gestionnaires connus
   * @param comptage compteurs des mesures en cours et en attente, par gestionnaire et par antenne
   * @param type type cherché, vide pour tous
   * @param decroissant vrai pour la capacité restante décroissante
   * @param page numéro de page, à partir de 1
   * @param taillePage taille de page, entre 1 et 1000
   * @return la page demandée, vide au-delà de la dernière
   * @throws IllegalArgumentException si la page ou sa taille est hors bornes
   */
  public static PageMandatairesDirection page(
      Perimetre perimetre,
      Collection<FicheGestionnaire> fiches,
      ComptageMesures comptage,
      Optional<TypeGestionnaire> type,
      boolean decroissant,
      int page,
      int taillePage) {
    Pages.verifier(page, taillePage);
    List<LigneMandataireDirection> toutes = lignes(perimetre, fiches, comptage, type, decroissant);
    List<LigneMandataireDirection> lignes = Pages.tranche(toutes, page, taillePage);
    return new PageMandatairesDirection(lignes, page, taillePage, toutes.size());
  }
}
