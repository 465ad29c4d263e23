// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.Disponibilites;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Recherche des gestionnaires « à proximité d'une localisation » : les plus proches
 * d'un point dans un rayon, mêmes filtres que la liste du juge, triés par distance orthodromique
 * croissante (écart à l'original : vraie distance et non unités Web Mercator). Le point est donné, ou
 * celui d'une commune (code INSEE) ou d'un code postal et d'une ville, lus dans le référentiel.
 * Immuable et thread-safe.
 */
public final class ProximiteGestionnaires {

  private final Disponibilites disponibilites = Disponibilites.standard();
  private final Referentiel referentiel;

  private ProximiteGestionnaires(Referentiel referentiel) {
    this.referentiel = Objects.requireNonNull(referentiel, "referentiel");
  }

  /**
   * Recherche de proximité qui localise les communes dans ce référentiel.
   *
   * @param referentiel référentiel où sont lues les communes, non nul
   * @return la recherche de proximité
   */
  public static ProximiteGestionnaires avec(Referentiel referentiel) {
    return new ProximiteGestionnaires(referentiel);
  }

  /**
   * Position (centre) d'une commune du référentiel.
   *
   * @param commune code INSEE de la commune
   * @return la position du centre de la commune, ou un échec {@code COMMUNE_INCONNUE}
   */
  public Resultat<Position> localiser(CodeInsee commune) {
    return referentiel
        .commune(commune)
        .map(ProximiteGestionnaires::position)
        .map(Resultat::succes)
        .orElseGet(
            () ->
                Resultat.echec(
                    Violation.de(
                        CodeProximite.COMMUNE_INCONNUE, "/commune", Map.of("code_insee", commune.valeur()))));
  }

  /**
   * Position d'un code postal et, si donnée, d'une ville (la commune du code postal
   * dont le nom correspond, sinon la première commune du code postal).
   *
   * @param codePostal code postal à 5 chiffres
   * @param ville nom de commune saisi, facultatif
   * @return la position de la commune retenue, ou un échec {@code CODE_POSTAL_INCONNU}
   */
  public Resultat<Position> localiser(CodePostal codePostal, Optional<String> ville) {
    Optional<Commune> c = ville.flatMap(v -> referentiel.commune(codePostal, v));
    if (c.isEmpty()) {
      c = referentiel.communesDuCodePostal(codePostal).stream().findFirst();
    }
    return c.map(ProximiteGestionnaires::position)
        .map(Resultat::succes)
        .orElseGet(
            () ->
                Resultat.echec(
                    Violation.de(
                        CodeProximite.CODE_POSTAL_INCONNU,
                        "/code_postal",
                        Map.of("code_postal", codePostal.valeur()))));
  }

  private static Position position(Commune c) {
    return Position.of(c.latitude(), c.longitude());
  }

  /**
   * Les gestionnaires les plus proches d'une commune (voir {@link #autourDe}).
   *
   * @param commune code INSEE de la commune autour de laquelle chercher
   * @param index index des gestionnaires candidats
   * @param requete rayon, nombre maximal de résultats, filtres et tribunal éventuel
   * @param comptage compteurs des mesures en cours et en attente, pour les disponibilités
   * @return les gestionnaires les plus proches, ou un échec {@code COMMUNE_INCONNUE}
   */
  public Resultat<List<GestionnaireProche>> autourDe(
      CodeInsee commune, IndexGestionnaires index, RequeteProximite requete, ComptageMesures comptage) {
    return localiser(commune).map(p -> autourDe(p, index, requete, comptage));
  }

  /**
   * Les gestionnaires les plus proches d'un code postal et d'une ville (voir {@link #autourDe}).
   *
   * @param codePostal code postal à 5 chiffres
   * @param ville nom de commune saisi, facultatif
   * @param index index des gestionnaires candidats
   * @param requete rayon, nombre maximal de résultats, filtres et tribunal éventuel
   * @param comptage compteurs des mesures en cours et en attente, pour les disponibilités
   * @return les gestionnaires les plus proches, ou un échec {@code CODE_POSTAL_INCONNU}
   */
  public Resultat<List<GestionnaireProche>> autourDe(
      CodePostal codePostal,
      Optional<String> ville,
      IndexGestionnaires index,
      RequeteProximite requete,
      ComptageMesures comptage) {
    return localiser(codePostal, ville).map(p -> autourDe(p, index, requete, comptage));
  }

  /**
   * Construit l'index d'un ensemble de candidats (une fois par ensemble).
   *
   * @param fiches fiches des gestionnaires candidats ; celles sans position ne sont pas indexées
   * @return l'index construit
   */
  public IndexGestionnaires indexer(Collection<FicheGestionnaire> fiches) {
    return IndexGestionnaires.construire(fiches);
  }

  /**
   * Les gestionnaires les plus proches du point, au plus {@code requete.nombreMax()} dans le rayon,
   * qui passent les filtres.
   *
   * @param centre point autour duquel chercher
   * @param index index des gestionnaires candidats
   * @param requete rayon, nombre maximal de résultats, filtres et tribunal éventuel
   * @param comptage compteurs des mesures en cours et en attente, pour les disponibilités
   * @return liste non modifiable des gestionnaires retenus, par distance croissante
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
