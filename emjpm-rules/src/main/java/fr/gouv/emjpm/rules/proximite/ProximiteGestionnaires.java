// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.Disponibilites;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Recherche des gestionnaires « à proximité d'une localisation » (domain.md §5.3) : les plus proches
 * d'un point dans un rayon, mêmes filtres que la liste du juge, triés par distance orthodromique
 * croissante (écart §10.5 : vraie distance et non unités Web Mercator). Sans état, immuable et
 * thread-safe.
 */
public final class ProximiteGestionnaires {

  private static final ProximiteGestionnaires INSTANCE = new ProximiteGestionnaires();

  private final Disponibilites disponibilites = Disponibilites.standard();

  private ProximiteGestionnaires() {}

  /** L'instance (sans état). */
  public static ProximiteGestionnaires standard() {
    return INSTANCE;
  }

  /** Construit l'index d'un ensemble de candidats (une fois par ensemble). */
  public IndexGestionnaires indexer(Collection<FicheGestionnaire> fiches) {
    return IndexGestionnaires.construire(fiches);
  }

  /**
   * Les gestionnaires les plus proches du point, au plus {@code requete.nombreMax()} dans le rayon,
   * qui passent les filtres.
   */
  public List<GestionnaireProche> autourDe(
      Position centre, IndexGestionnaires index, RequeteProximite requete, ComptageMesures comptage) {
    Predicate<FicheGestionnaire> filtre =
        f ->
            requete
                .filtres()
                .accepte(
                    f,
                    prefere(requete, f),
                    !requete.filtres().disponiblesSeulement()
                        || disponibilites.gestionnaire(f, comptage).estDisponible());
    List<Voisin<FicheGestionnaire>> voisins =
        index.index().plusProches(centre, requete.nombreMax(), requete.rayonKm(), filtre);
    List<GestionnaireProche> res = new ArrayList<>(voisins.size());
    for (Voisin<FicheGestionnaire> v : voisins) {
      Disponibilite d = disponibilites.gestionnaire(v.element(), comptage);
      res.add(new GestionnaireProche(v.element(), v.distanceKm(), d, prefere(requete, v.element())));
    }
    return List.copyOf(res);
  }

  private static boolean prefere(RequeteProximite requete, FicheGestionnaire f) {
    return requete.tribunal().map(f::prefere).orElse(false);
  }
}
