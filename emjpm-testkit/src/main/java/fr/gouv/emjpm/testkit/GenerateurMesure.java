// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.testkit.internal.Alea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Générateur configurable de mesures valides, obtenu par {@link Mesures#generateur()}. Chaque méthode de
 * configuration rend une nouvelle instance ; ce qui n'est pas configuré est tiré au hasard.
 *
 * <p>Cohérence garantie : une mesure en attente n'a pas d'état (réservation par un magistrat) ; une
 * mesure en cours ou éteinte a au moins un état, ses champs courants reflètent le dernier état, sa date
 * de nomination est celle du premier état et sa date de protection en cours est dérivée des états ; une
 * mesure éteinte a une cause de sortie et une date de fin postérieure au dernier état (et au plus égale à
 * la borne haute). Toutes les dates sont dans les bornes {@link #datesEntre}. Immuable et thread-safe.
 */
public final class GenerateurMesure implements Generateur<Mesure> {

  private static final Generateur<GestionnaireId> GESTIONNAIRES =
      alea -> GestionnaireId.of(Alea.parmi(alea, TypeGestionnaire.values()), Alea.entre(alea, 1, 5_000));

  private record Config(
      Optional<StatutMesure> statut,
      Optional<NatureMesure> nature,
      Optional<GestionnaireId> gestionnaire,
      Optional<TypeGestionnaire> typeGestionnaire,
      Optional<TribunalId> tribunal,
      int etatsMin,
      int etatsMax,
      LocalDate debut,
      LocalDate fin,
      int ressourcesMax) {}

  private final Config c;

  private GenerateurMesure(Config c) {
    if (c.etatsMin() < 1 || c.etatsMax() < c.etatsMin()) {
      throw new IllegalArgumentException("Nombre d'états : 1 <= minimum <= maximum attendu");
    }
    if (c.fin().toEpochDay() - c.debut().toEpochDay() < c.etatsMax()) {
      throw new IllegalArgumentException("Intervalle de dates trop court pour le nombre d'états demandé");
    }
    if (c.ressourcesMax() < 0 || c.ressourcesMax() > c.fin().getYear() - c.debut().getYear() + 1) {
      throw new IllegalArgumentException("Nombre de ressources impossible dans l'intervalle d'années");
    }
    this.c = c;
  }

  static GenerateurMesure parDefaut() {
    return new GenerateurMesure(
        new Config(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            1, 4, Mesures.DEBUT_PAR_DEFAUT, Mesures.FIN_PAR_DEFAUT, 2));
  }

  /**
   * Statut imposé.
   *
   * @param statut statut de toutes les mesures produites, non nul
   * @return nouveau générateur, ce statut imposé
   */
  public GenerateurMesure statut(StatutMesure statut) {
    return new GenerateurMesure(new Config(Optional.of(statut), c.nature(), c.gestionnaire(), c.typeGestionnaire(), c.tribunal(), c.etatsMin(), c.etatsMax(), c.debut(), c.fin(), c.ressourcesMax()));
  }

  /**
   * Nature courante imposée (celle du dernier état).
   *
   * @param nature nature du dernier état (ou de la réservation d'une mesure en attente), non nulle
   * @return nouveau générateur, cette nature imposée
   */
  public GenerateurMesure nature(NatureMesure nature) {
    return new GenerateurMesure(new Config(c.statut(), Optional.of(nature), c.gestionnaire(), c.typeGestionnaire(), c.tribunal(), c.etatsMin(), c.etatsMax(), c.debut(), c.fin(), c.ressourcesMax()));
  }

  /**
   * Gestionnaire imposé.
   *
   * @param gestionnaire identifiant du gestionnaire de toutes les mesures, non nul
   * @return nouveau générateur, ce gestionnaire imposé
   */
  public GenerateurMesure gestionnaire(GestionnaireId gestionnaire) {
    return new GenerateurMesure(new Config(c.statut(), c.nature(), Optional.of(gestionnaire), c.typeGestionnaire(), c.tribunal(), c.etatsMin(), c.etatsMax(), c.debut(), c.fin(), c.ressourcesMax()));
  }

  /**
   * Type de gestionnaire imposé (numéro tiré au hasard).
   *
   * @param type type de gestionnaire, non nul (ignoré si un gestionnaire est imposé)
   * @return nouveau générateur, ce type de gestionnaire imposé
   */
  public GenerateurMesure typeGestionnaire(TypeGestionnaire type) {
    return new GenerateurMesure(new Config(c.statut(), c.nature(), c.gestionnaire(), Optional.of(type), c.tribunal(), c.etatsMin(), c.etatsMax(), c.debut(), c.fin(), c.ressourcesMax()));
  }

  /**
   * Tribunal imposé.
   *
   * @param tribunal identifiant du tribunal de toutes les mesures, non nul
   * @return nouveau générateur, ce tribunal imposé
   */
  public GenerateurMesure tribunal(TribunalId tribunal) {
    return new GenerateurMesure(new Config(c.statut(), c.nature(), c.gestionnaire(), c.typeGestionnaire(), Optional.of(tribunal), c.etatsMin(), c.etatsMax(), c.debut(), c.fin(), c.ressourcesMax()));
  }

  /**
   * Exactement {@code nombre} états (≥ 1) pour les mesures en cours ou éteintes.
   *
   * @param nombre nombre d'états voulu, au moins 1
   * @return nouveau générateur, ce nombre d'états imposé
   */
  public GenerateurMesure nombreEtats(int nombre) {
    return nombreEtats(nombre, nombre);
  }

  /**
   * Entre {@code min} (≥ 1) et {@code max} états pour les mesures en cours ou éteintes.
   *
   * @param min nombre minimal d'états, au moins 1
   * @param max nombre maximal d'états, au moins {@code min}
   * @return nouveau générateur, ces bornes imposées
   */
  public GenerateurMesure nombreEtats(int min, int max) {
    return new GenerateurMesure(new Config(c.statut(), c.nature(), c.gestionnaire(), c.typeGestionnaire(), c.tribunal(), min, max, c.debut(), c.fin(), c.ressourcesMax()));
  }

  /**
   * Toutes les dates de la mesure entre {@code debut} et {@code fin} (incluses).
   *
   * @param debut première date possible, incluse, non nulle
   * @param fin dernière date possible, incluse, non nulle ; l'intervalle doit compter plus de jours que le nombre maximal d'états
   * @return nouveau générateur, ces bornes imposées (le nombre maximal de ressources est ramené au nombre d'années de l'intervalle)
   */
  public GenerateurMesure datesEntre(LocalDate debut, LocalDate fin) {
    Objects.requireNonNull(debut);
    Objects.requireNonNull(fin);
    int ressources = Math.min(c.ressourcesMax(), Math.max(0, fin.getYear() - debut.getYear() + 1));
    return new GenerateurMesure(new Config(c.statut(), c.nature(), c.gestionnaire(), c.typeGestionnaire(), c.tribunal(), c.etatsMin(), c.etatsMax(), debut, fin, ressources));
  }

  /**
   * Au plus {@code nombre} ressources annuelles (années distinctes) ; 2 par défaut.
   *
   * @param nombre nombre maximal de ressources, entre 0 et le nombre d'années couvertes par les bornes de dates
   * @return nouveau générateur, cette borne imposée
   */
  public GenerateurMesure ressourcesAuPlus(int nombre) {
    return new GenerateurMesure(new Config(c.statut(), c.nature(), c.gestionnaire(), c.typeGestionnaire(), c.tribunal(), c.etatsMin(), c.etatsMax(), c.debut(), c.fin(), nombre));
  }

  @Override
  public Mesure generer(RandomGenerator alea) {
    StatutMesure statut = c.statut().orElseGet(() -> Alea.parmi(alea, StatutMesure.values()));
    GestionnaireId gestionnaire =
        c.gestionnaire()
            .orElseGet(() -> c.typeGestionnaire()
                .map(t -> GestionnaireId.of(t, Alea.entre(alea, 1, 5_000)))
                .orElseGet(() -> GESTIONNAIRES.generer(alea)));
    Mesure.Builder b =
        Mesure.builder()
            .id(MesureId.of(Alea.entre(alea, 1, Integer.MAX_VALUE)))
            .statut(statut)
            .gestionnaire(gestionnaire)
            .tribunal(c.tribunal().orElseGet(() -> Tribunaux.ids().generer(alea)))
            .numeroRg(NumerosRg.valides().generer(alea))
            .civilite(Alea.parmi(alea, Civilite.values()))
            .anneeNaissance(Alea.entre(alea, 1920, Math.max(1920, c.debut().getYear() - 18)))
            .urgent(Alea.avecProbabilite(alea, 0.1));
    if (gestionnaire.type() == TypeGestionnaire.SERVICE && alea.nextBoolean()) {
      b.antenneId(Alea.entre(alea, 1, 500));
    }
    if (alea.nextBoolean()) {
      b.cabinet("Cabinet " + Alea.entre(alea, 1, 9));
    }
    if (statut == StatutMesure.EN_ATTENTE) {
      LocalDate reservation = Alea.date(alea, c.debut(), c.fin());
      NatureMesure nature = c.nature().orElseGet(() -> Alea.parmi(alea, NatureMesure.values()));
      b.nature(nature).magistratId(Alea.entre(alea, 1, 1_000)).creeLe(reservation.atTime(12, 0).toInstant(ZoneOffset.UTC));
      if (alea.nextBoolean()) {
        b.champ(Alea.parmi(alea, ChampMesure.values()));
      }
      if (alea.nextBoolean()) {
        b.dateJugement(Alea.date(alea, reservation, c.fin()));
      }
      return b.build();
    }
    boolean eteinte = statut == StatutMesure.ETEINTE;
    GenerateurEtats etats =
        Mesures.etats().nombre(c.etatsMin(), c.etatsMax()).datesEntre(c.debut(), eteinte ? c.fin().minusDays(1) : c.fin());
    if (c.nature().isPresent()) {
      etats = etats.derniereNature(c.nature().get());
    }
    List<MesureEtat> liste = etats.generer(alea);
    MesureEtat premier = liste.get(0);
    MesureEtat courant = liste.get(liste.size() - 1);
    b.addAllEtats(liste)
        .nature(courant.nature())
        .champ(courant.champ())
        .lieuVie(courant.lieuVie())
        .typeEtablissement(courant.typeEtablissement())
        .codePostal(courant.codePostal())
        .ville(courant.ville())
        .pays(courant.pays())
        .departement(courant.codePostal().filter(cp -> courant.pays() == Pays.FR).map(cp -> CodePostal.of(cp).departement()))
        .dateNomination(premier.dateChangementEtat())
        .dateProtectionEnCours(dateProtectionEnCours(liste))
        .creeLe(premier.dateChangementEtat().atTime(12, 0).toInstant(ZoneOffset.UTC));
    if (alea.nextBoolean()) {
      b.datePremiereMesure(Alea.date(alea, c.debut(), premier.dateChangementEtat()));
    }
    if (alea.nextBoolean()) {
      b.numeroDossier("D" + Alea.entre(alea, 1, 99_999));
    }
    if (eteinte) {
      b.dateFinMesure(Alea.date(alea, courant.dateChangementEtat().plusDays(1), c.fin()))
          .causeSortie(Alea.parmi(alea, CauseSortie.values()));
    }
    b.addAllRessources(ressources(alea));
    return b.build();
  }

  /** Date du premier état de la dernière suite d'états de même nature et même champ. */
  static LocalDate dateProtectionEnCours(List<MesureEtat> etats) {
    int i = etats.size() - 1;
    MesureEtat dernier = etats.get(i);
    while (i > 0
        && etats.get(i - 1).nature() == dernier.nature()
        && etats.get(i - 1).champ().equals(dernier.champ())) {
      i--;
    }
    return etats.get(i).dateChangementEtat();
  }

  private List<Ressource> ressources(RandomGenerator alea) {
    int n = Alea.entre(alea, 0, c.ressourcesMax());
    TreeSet<Integer> annees = new TreeSet<>();
    while (annees.size() < n) {
      annees.add(Alea.entre(alea, c.debut().getYear(), c.fin().getYear()));
    }
    return annees.stream()
        .map(a -> {
          Ressource.Builder r = Ressource.builder().annee(a).niveauRessource(BigDecimal.valueOf(alea.nextInt(5_000_000), 2));
          for (PrestationSociale p : PrestationSociale.values()) {
            if (Alea.avecProbabilite(alea, 0.2)) {
              r.addPrestations(p);
            }
          }
          return r.build();
        })
        .toList();
  }
}
