// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Calculs de disponibilité et règle de capacité des antennes. Toutes
 * les valeurs sont recalculées à partir d'un {@link ComptageMesures} fait sur les mesures données.
 * Sans état, immuable et thread-safe.
 */
public final class Disponibilites {

  private static final Disponibilites INSTANCE = new Disponibilites();

  private Disponibilites() {}

  /** {@return l'instance (sans état)} */
  public static Disponibilites standard() {
    return INSTANCE;
  }

  /**
   * Disponibilité d'un gestionnaire (capacité, en cours, en attente, suspension).
   *
   * @param fiche fiche du gestionnaire (capacité souhaitée, suspension)
   * @param comptage compteurs des mesures en cours et en attente
   * @return la disponibilité du gestionnaire
   */
  public Disponibilite gestionnaire(FicheGestionnaire fiche, ComptageMesures comptage) {
    return Disponibilite.de(fiche.mesuresMax(), comptage.gestionnaire(fiche.id()), fiche.suspendu());
  }

  /**
   * Disponibilité d'une antenne : sa capacité et les mesures qui la désignent. La suspension est
   * celle du service : une antenne d'un service suspendu n'offre aucune place.
   *
   * @param service fiche du service, dont la suspension s'applique à l'antenne
   * @param antenne fiche de l'antenne (capacité souhaitée)
   * @param comptage compteurs des mesures en cours et en attente, par antenne
   * @return la disponibilité de l'antenne
   */
  public Disponibilite antenne(
      FicheGestionnaire service, FicheAntenne antenne, ComptageMesures comptage) {
    return Disponibilite.de(antenne.mesuresMax(), comptage.antenne(antenne.id()), service.suspendu());
  }

  /**
   * Disponibilité de chaque antenne du service, par identifiant, dans l'ordre des antennes.
   *
   * @param service fiche du service et de ses antennes
   * @param comptage compteurs des mesures en cours et en attente, par antenne
   * @return table non modifiable des disponibilités par identifiant d'antenne, dans l'ordre des antennes
   */
  public Map<Long, Disponibilite> antennes(FicheGestionnaire service, ComptageMesures comptage) {
    Map<Long, Disponibilite> res = new LinkedHashMap<>();
    for (FicheAntenne a : service.antennes()) {
      res.put(a.id(), antenne(service, a, comptage));
    }
    return java.util.Collections.unmodifiableMap(res);
  }

  /**
   * Disponibilité départementale d'un service à antennes (« Dispo (dép.) ») : somme, sur les
   * antennes situées dans le département, de {@code mesures_max − (en attente + en cours)} ; vide
   * (« ND ») quand le service n'a pas d'antenne dans ce département ; 0 si l'activité est suspendue.
   * Elle peut dépasser la disponibilité globale quand des mesures en attente ne sont pas encore
   * rattachées à une antenne.
   *
   * @param service fiche du service et de ses antennes
   * @param departement code du département visé, non nul
   * @param comptage compteurs des mesures en cours et en attente, par antenne
   * @return la somme des capacités restantes des antennes du département (0 si le service est suspendu), vide (« ND ») s'il n'y a pas d'antenne dans ce département
   */
  public OptionalInt departementale(
      FicheGestionnaire service, CodeDepartement departement, ComptageMesures comptage) {
    Objects.requireNonNull(departement, "departement");
    boolean trouve = false;
    int somme = 0;
    for (FicheAntenne a : service.antennes()) {
      if (a.departement().filter(departement::equals).isPresent()) {
        trouve = true;
        somme += antenne(service, a, comptage).restante();
      }
    }
    if (!trouve) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(service.suspendu() ? 0 : somme);
  }

  /**
   * Règle : la somme des capacités des antennes ne dépasse pas la capacité du service.
   *
   * @return rapport vide, ou {@link CodeDisponibilite#CAPACITE_ANTENNES_SUPERIEURE_SERVICE}
   * @param service fiche du service : sa capacité souhaitée et ses antennes
   */
  public RapportValidation verifierCapaciteAntennes(FicheGestionnaire service) {
    return verifierCapaciteAntennes(service.mesuresMax(), service.antennes());
  }

  /**
   * Même règle pour une capacité de service proposée (baisse de {@code dispo_max}) ou un ensemble
   * d'antennes modifié (édition d'une antenne) : donnez la situation après modification.
   *
   * @param capaciteService capacité souhaitée du service après modification ; négative : {@link CodeDisponibilite#CAPACITE_NEGATIVE}
   * @param antennes antennes du service après modification
   * @return rapport vide, ou la violation {@code CAPACITE_NEGATIVE} ou {@code CAPACITE_ANTENNES_SUPERIEURE_SERVICE}
   */
  public RapportValidation verifierCapaciteAntennes(
      int capaciteService, Collection<FicheAntenne> antennes) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (capaciteService < 0) {
      r.ajouter(Violation.de(CodeDisponibilite.CAPACITE_NEGATIVE, "/dispo_max"));
      return r.build();
    }
    long somme = antennes.stream().mapToLong(FicheAntenne::mesuresMax).sum();
    if (somme > capaciteService) {
      r.ajouter(
          Violation.de(
              CodeDisponibilite.CAPACITE_ANTENNES_SUPERIEURE_SERVICE,
              "/antennes",
              Map.of("somme", somme, "capacite", capaciteService)));
    }
    return r.build();
  }
}
