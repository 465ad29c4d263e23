// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.domain.commun.CodeParametre;
import fr.gouv.emjpm.domain.commun.ParametresInvalides;
import fr.gouv.emjpm.domain.commun.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Index spatial (JTS {@link STRtree}) sur les positions d'un ensemble d'éléments, interrogé par
 * distance orthodromique exacte.
 *
 * <p>L'arbre ne sert qu'à présélectionner les candidats dans une enveloppe en degrés qui contient le
 * disque géodésique cherché (correcte près des pôles et à l'antiméridien) ; chaque candidat est
 * ensuite mesuré par {@link DistanceOrthodromique} et les résultats sont triés par distance
 * croissante puis par ordre d'insertion (ordre total, déterministe). Les k plus proches s'obtiennent
 * en élargissant le rayon par doublement jusqu'à en avoir au moins k : tout point plus proche que
 * le k-ième trouvé est alors forcément dans l'enveloppe.
 *
 * <p>Construit une fois par ensemble de candidats ; immuable et thread-safe après construction
 * (l'arbre est construit immédiatement, les requêtes ne font que le lire).
 *
 * @param <T> type des éléments
 */
public final class IndexProximite<T> {

  private static final double RAYON_INITIAL_KM = 10.0;

  private final List<T> elements;
  private final double[] phi;
  private final double[] cosPhi;
  private final double[] lambda;
  private final STRtree arbre;

  private IndexProximite(List<T> elements, List<Position> positions) {
    this.elements = List.copyOf(elements);
    int n = elements.size();
    this.phi = new double[n];
    this.cosPhi = new double[n];
    this.lambda = new double[n];
    STRtree t = new STRtree();
    for (int i = 0; i < n; i++) {
      Position p = positions.get(i);
      phi[i] = Math.toRadians(p.latitude());
      cosPhi[i] = Math.cos(phi[i]);
      lambda[i] = Math.toRadians(p.longitude());
      t.insert(new Envelope(p.longitude(), p.longitude(), p.latitude(), p.latitude()), i);
    }
    t.build();
    this.arbre = t;
  }

  /**
   * Construit l'index ; les éléments sans position sont ignorés.
   *
   * @param elements éléments à indexer (l'ordre sert à départager les distances égales)
   * @param position position de chaque élément, vide si inconnue
   * @param <T> type des éléments
   * @return l'index
   */
  public static <T> IndexProximite<T> construire(
      Collection<? extends T> elements, Function<? super T, Optional<Position>> position) {
    Objects.requireNonNull(position, "position");
    List<T> retenus = new ArrayList<>(elements.size());
    List<Position> positions = new ArrayList<>(elements.size());
    for (T e : elements) {
      Optional<Position> p = position.apply(Objects.requireNonNull(e, "element"));
      if (p.isPresent()) {
        retenus.add(e);
        positions.add(p.get());
      }
    }
    return new IndexProximite<>(retenus, positions);
  }

  /** {@return nombre d'éléments indexés (ceux qui ont une position)} */
  public int taille() {
    return elements.size();
  }

  /** {@return éléments indexés, dans l'ordre d'insertion} */
  public List<T> elements() {
    return elements;
  }

  /**
   * Tous les éléments à au plus {@code rayonKm} km du centre, du plus proche au plus lointain.
   *
   * @param centre point cherché
   * @param rayonKm rayon en kilomètres, positif ou nul
   * @return liste non modifiable des voisins, par distance croissante puis ordre d'insertion
   */
  public List<Voisin<T>> dansRayon(Position centre, double rayonKm) {
    return dansRayon(centre, rayonKm, e -> true);
  }

  /**
   * Éléments acceptés par le filtre à au plus {@code rayonKm} km du centre, du plus proche au plus
   * lointain.
   *
   * @param centre point cherché
   * @param rayonKm rayon en kilomètres, positif ou nul
   * @param filtre condition que doit remplir un élément pour être retenu
   * @return liste non modifiable des voisins retenus, par distance croissante puis ordre d'insertion
   */
  public List<Voisin<T>> dansRayon(Position centre, double rayonKm, Predicate<? super T> filtre) {
    verifierRayon(rayonKm);
    List<Candidat> trouves = candidats(centre, rayonKm, filtre);
    trouves.sort(Candidat.ORDRE);
    return versVoisins(trouves, trouves.size());
  }

  /**
   * Les {@code k} éléments les plus proches du centre.
   *
   * @param centre point cherché
   * @param k nombre maximal de voisins, positif ou nul
   * @return liste non modifiable d'au plus {@code k} voisins, par distance croissante puis ordre d'insertion
   */
  public List<Voisin<T>> plusProches(Position centre, int k) {
    return plusProches(centre, k, Double.POSITIVE_INFINITY, e -> true);
  }

  /**
   * Les {@code k} éléments acceptés par le filtre les plus proches du centre, à au plus {@code
   * rayonMaxKm} km (infini : sans limite), du plus proche au plus lointain.
   *
   * @param centre point cherché
   * @param k nombre maximal de voisins, positif ou nul
   * @param rayonMaxKm distance maximale en kilomètres, positive ou nulle ({@link Double#POSITIVE_INFINITY} : sans limite)
   * @param filtre condition que doit remplir un élément pour être retenu, non nulle
   * @return liste non modifiable d'au plus {@code k} voisins retenus, par distance croissante puis ordre d'insertion
   */
  public List<Voisin<T>> plusProches(
      Position centre, int k, double rayonMaxKm, Predicate<? super T> filtre) {
    List<Violation> refus = new ArrayList<>();
    if (k < 0) {
      refus.add(Violation.de(CodeParametre.NOMBRE_INVALIDE, "k"));
    }
    if (!(rayonMaxKm >= 0.0)) {
      refus.add(Violation.de(CodeParametre.RAYON_INVALIDE, "rayonMaxKm"));
    }
    ParametresInvalides.leverSi(refus);
    Objects.requireNonNull(filtre, "filtre");
    if (k == 0 || elements.isEmpty()) {
      return List.of();
    }
    double rayon = Math.min(RAYON_INITIAL_KM, rayonMaxKm);
    while (true) {
      List<Candidat> trouves = candidats(centre, rayon, filtre);
      boolean couvreTout = rayon >= rayonMaxKm || rayon >= DistanceOrthodromique.DISTANCE_MAX_KM;
      if (trouves.size() >= k || couvreTout) {
        trouves.sort(Candidat.ORDRE);
        return versVoisins(trouves, Math.min(k, trouves.size()));
      }
      rayon = Math.min(rayon * 2.0, rayonMaxKm);
    }
  }

  private List<Candidat> candidats(Position centre, double rayonKm, Predicate<? super T> filtre) {
    double p0 = Math.toRadians(centre.latitude());
    double c0 = Math.cos(p0);
    double l0 = Math.toRadians(centre.longitude());
    List<Candidat> trouves = new ArrayList<>();
    for (Envelope env : EnveloppeGeodesique.autour(centre.latitude(), centre.longitude(), rayonKm)) {
      arbre.query(
          env,
          item -> {
            int i = (Integer) item;
            double d = DistanceOrthodromique.kmRadians(p0, c0, l0, phi[i], cosPhi[i], lambda[i]);
            if (d <= rayonKm && filtre.test(elements.get(i))) {
              trouves.add(new Candidat(i, d));
            }
          });
    }
    return trouves;
  }

  private List<Voisin<T>> versVoisins(List<Candidat> tries, int n) {
    List<Voisin<T>> res = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      Candidat c = tries.get(j);
      res.add(new Voisin<>(elements.get(c.indice), c.distance));
    }
    return List.copyOf(res);
  }

  private static void verifierRayon(double rayonKm) {
    if (!(rayonKm >= 0.0)) {
      throw new ParametresInvalides(List.of(Violation.de(CodeParametre.RAYON_INVALIDE, "rayonKm")));
    }
  }

  private record Candidat(int indice, double distance) {
    static final Comparator<Candidat> ORDRE =
        Comparator.comparingDouble(Candidat::distance).thenComparingInt(Candidat::indice);
  }
}
