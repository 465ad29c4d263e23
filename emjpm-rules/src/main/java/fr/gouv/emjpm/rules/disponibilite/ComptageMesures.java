// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compteurs de mesures en cours et en attente par gestionnaire et par antenne, comptés une fois sur
 * un ensemble de mesures donné (jamais de compteur en cache, contrairement aux colonnes {@code
 * *_cached} de l'original). Les mesures éteintes ne comptent pas.
 *
 * <p>Immuable et thread-safe ; le {@link Builder} ne l'est pas.
 */
public final class ComptageMesures {

  private static final ComptageMesures VIDE = new ComptageMesures(Map.of(), Map.of());

  private final Map<GestionnaireId, Compteurs> parGestionnaire;
  private final Map<Long, Compteurs> parAntenne;

  // Tables de hachage par chaînage (HashMap) et non Map.copyOf : les identifiants numérotés à la
  // suite ont des hashCode consécutifs, que le sondage linéaire des tables de Map.copyOf entasse en
  // longues grappes dès que deux types de gestionnaire se recouvrent (12 000 gestionnaires : plusieurs
  // dizaines de millisecondes par recherche de compteurs, voir docs/performance.md). Les tables reçues
  // sont neuves (Builder#build) et ne sortent jamais d'ici : elles ne sont pas recopiées.
  private ComptageMesures(Map<GestionnaireId, Compteurs> g, Map<Long, Compteurs> a) {
    this.parGestionnaire = Collections.unmodifiableMap(g);
    this.parAntenne = Collections.unmodifiableMap(a);
  }

  /** {@return aucun compteur} */
  public static ComptageMesures vide() {
    return VIDE;
  }

  /**
   * Compte les mesures données : en cours et en attente par gestionnaire, et par antenne pour celles
   * qui en désignent une ; les mesures éteintes sont ignorées.
   *
   * @param mesures mesures à compter, de tout statut
   * @return le comptage ; les mesures éteintes sont ignorées
   */
  public static ComptageMesures de(Collection<Mesure> mesures) {
    Builder b = builder();
    for (Mesure m : mesures) {
      b.ajouter(m);
    }
    return b.build();
  }

  /** {@return constructeur de comptage} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compteurs d'un gestionnaire (zéro s'il n'a aucune mesure).
   *
   * @param id identifiant du gestionnaire
   * @return ses compteurs, {@link Compteurs#AUCUN} s'il n'a aucune mesure comptée
   */
  public Compteurs gestionnaire(GestionnaireId id) {
    return parGestionnaire.getOrDefault(id, Compteurs.AUCUN);
  }

  /**
   * Compteurs d'une antenne : mesures dont {@code antenne_id} est cette antenne.
   *
   * @param antenneId identifiant technique de l'antenne
   * @return ses compteurs, {@link Compteurs#AUCUN} si aucune mesure ne la désigne
   */
  public Compteurs antenne(long antenneId) {
    return parAntenne.getOrDefault(antenneId, Compteurs.AUCUN);
  }

  /** {@return total des mesures en cours comptées} */
  public long totalEnCours() {
    return parGestionnaire.values().stream().mapToLong(Compteurs::enCours).sum();
  }

  /** {@return total des mesures en attente comptées} */
  public long totalEnAttente() {
    return parGestionnaire.values().stream().mapToLong(Compteurs::enAttente).sum();
  }

  /** Constructeur mutable, non thread-safe. */
  public static final class Builder {
    private final Map<GestionnaireId, int[]> g = new HashMap<>();
    private final Map<Long, int[]> a = new HashMap<>();

    private Builder() {}

    /**
     * Compte une mesure en cours du gestionnaire, sans antenne.
     *
     * @param gestionnaire gestionnaire de la mesure, non nul
     * @return ce constructeur
     */
    public Builder enCours(GestionnaireId gestionnaire) {
      incrementer(g, Objects.requireNonNull(gestionnaire, "gestionnaire"), 0);
      return this;
    }

    /**
     * Compte une mesure en attente du gestionnaire, sans antenne.
     *
     * @param gestionnaire gestionnaire de la mesure, non nul
     * @return ce constructeur
     */
    public Builder enAttente(GestionnaireId gestionnaire) {
      incrementer(g, Objects.requireNonNull(gestionnaire, "gestionnaire"), 1);
      return this;
    }

    /**
     * Compte une mesure en cours du gestionnaire rattachée à une antenne.
     *
     * @param gestionnaire gestionnaire de la mesure, non nul
     * @param antenneId identifiant technique de l'antenne de la mesure
     * @return ce constructeur
     */
    public Builder enCours(GestionnaireId gestionnaire, long antenneId) {
      enCours(gestionnaire);
      incrementer(a, antenneId, 0);
      return this;
    }

    /**
     * Compte une mesure en attente du gestionnaire rattachée à une antenne.
     *
     * @param gestionnaire gestionnaire de la mesure, non nul
     * @param antenneId identifiant technique de l'antenne de la mesure
     * @return ce constructeur
     */
    public Builder enAttente(GestionnaireId gestionnaire, long antenneId) {
      enAttente(gestionnaire);
      incrementer(a, antenneId, 1);
      return this;
    }

    /**
     * Compte une mesure du domaine selon son statut (rien pour une mesure éteinte).
     *
     * @param mesure mesure à compter
     * @return ce constructeur
     */
    public Builder ajouter(Mesure mesure) {
      switch (mesure.statut()) {
        case EN_COURS -> {
          if (mesure.antenneId().isPresent()) {
            enCours(mesure.gestionnaire(), mesure.antenneId().get());
          } else {
            enCours(mesure.gestionnaire());
          }
        }
        case EN_ATTENTE -> {
          if (mesure.antenneId().isPresent()) {
            enAttente(mesure.gestionnaire(), mesure.antenneId().get());
          } else {
            enAttente(mesure.gestionnaire());
          }
        }
        case ETEINTE -> {}
      }
      return this;
    }

    /**
     * Ajoute des compteurs déjà agrégés par l'hôte (par exemple une ligne d'une table de compteurs) :
     * équivaut à {@code enCours} appels de {@link #enCours(GestionnaireId)} et {@code enAttente} appels
     * de {@link #enAttente(GestionnaireId)}.
     *
     * @param gestionnaire gestionnaire compté
     * @param enCours mesures en cours, positif ou nul
     * @param enAttente mesures en attente, positif ou nul
     * @return ce constructeur
     * @throws IllegalArgumentException si un nombre est négatif
     */
    public Builder ajouter(GestionnaireId gestionnaire, int enCours, int enAttente) {
      ajouterA(g, Objects.requireNonNull(gestionnaire, "gestionnaire"), enCours, enAttente);
      return this;
    }

    /**
     * Ajoute des compteurs déjà agrégés pour une antenne d'un service : comptés pour le service et pour
     * l'antenne, comme {@link #enCours(GestionnaireId, long)} et {@link #enAttente(GestionnaireId, long)}.
     *
     * @param gestionnaire service compté
     * @param antenneId identifiant technique de l'antenne
     * @param enCours mesures en cours, positif ou nul
     * @param enAttente mesures en attente, positif ou nul
     * @return ce constructeur
     * @throws IllegalArgumentException si un nombre est négatif
     */
    public Builder ajouter(GestionnaireId gestionnaire, long antenneId, int enCours, int enAttente) {
      ajouter(gestionnaire, enCours, enAttente);
      ajouterA(a, antenneId, enCours, enAttente);
      return this;
    }

    private static <K> void ajouterA(Map<K, int[]> m, K cle, int enCours, int enAttente) {
      if (enCours < 0 || enAttente < 0) {
        throw new IllegalArgumentException("Un compteur de mesures est positif ou nul");
      }
      int[] c = m.computeIfAbsent(cle, k -> new int[2]);
      c[0] += enCours;
      c[1] += enAttente;
    }

    private static <K> void incrementer(Map<K, int[]> m, K cle, int i) {
      m.computeIfAbsent(cle, k -> new int[2])[i]++;
    }

    private static int capacite(int n) {
      return (int) (n / 0.75f) + 1;
    }

    /** {@return comptage immuable} */
    public ComptageMesures build() {
      Map<GestionnaireId, Compteurs> gg = new HashMap<>(capacite(g.size()));
      g.forEach((k, v) -> gg.put(k, new Compteurs(v[0], v[1])));
      Map<Long, Compteurs> aa = new HashMap<>(capacite(a.size()));
      a.forEach((k, v) -> aa.put(k, new Compteurs(v[0], v[1])));
      return new ComptageMesures(gg, aa);
    }
  }
}
