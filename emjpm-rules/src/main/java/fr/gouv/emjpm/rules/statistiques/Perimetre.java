// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Departement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.util.List;
import java.util.Map;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Périmètre d'une statistique : la nation, une région (l'ensemble de ses départements) ou un
 * département (domain.md §4.4, §8.1). Immuable et thread-safe.
 *
 * @param niveau niveau du périmètre
 * @param code « FR », identifiant de région ou code de département
 * @param departements départements couverts (vide pour la nation : tous)
 */
public record Perimetre(Niveau niveau, String code, Set<CodeDepartement> departements) {

  /** Niveau d'un périmètre. */
  public enum Niveau {
    /** Toute la France. */
    NATIONAL,
    /** Une région. */
    REGIONAL,
    /** Un département. */
    DEPARTEMENTAL
  }

  /**
   * Vérifie la cohérence du niveau et des départements.
   *
   * @param niveau niveau
   * @param code code
   * @param departements departements
   */
  public Perimetre {
    Objects.requireNonNull(niveau, "niveau");
    Objects.requireNonNull(code, "code");
    departements = Set.copyOf(departements);
    if ((niveau == Niveau.NATIONAL) != departements.isEmpty()) {
      throw new IllegalArgumentException("départements incohérents avec le niveau du périmètre");
    }
  }

  /**
   * Toute la France.
   *
   * @return toute la France
   */
  public static Perimetre national() {
    return new Perimetre(Niveau.NATIONAL, "FR", Set.of());
  }

  /**
   * Un département.
   *
   * @param departement departement
   * @return un département
   */
  public static Perimetre departement(CodeDepartement departement) {
    return new Perimetre(Niveau.DEPARTEMENTAL, departement.valeur(), Set.of(departement));
  }

  /**
   * Une région, donnée avec ses départements (lus dans le référentiel).
   *
   * @param idRegion id region
   * @param departements departements
   * @return une région, donnée avec ses départements (lus dans le référentiel)
   */
  public static Perimetre region(String idRegion, Collection<CodeDepartement> departements) {
    Objects.requireNonNull(idRegion, "idRegion");
    if (departements.isEmpty()) {
      throw new IllegalArgumentException("région sans département");
    }
    return new Perimetre(Niveau.REGIONAL, idRegion, Set.copyOf(departements));
  }

  /**
   * Une région du référentiel avec ses départements ; refus {@code CODE_INCONNU} si la région est
   * inconnue.
   *
   * @param idRegion id region
   * @param referentiel referentiel
   * @return une région du référentiel avec ses départements ; refus {@code CODE_INCONNU} si la région est inconnue
   */
  public static Resultat<Perimetre> region(String idRegion, Referentiel referentiel) {
    List<CodeDepartement> deps =
        referentiel.departements().stream()
            .filter(d -> d.codeRegion().equals(idRegion))
            .map(Departement::code)
            .toList();
    if (referentiel.region(idRegion).isEmpty() || deps.isEmpty()) {
      return Resultat.echec(
          Violation.de(CodeDomaine.CODE_INCONNU, "/region", Map.of("valeur", idRegion, "champ", "région")));
    }
    return Resultat.succes(region(idRegion, deps));
  }

  /**
   * Vrai si le département est dans le périmètre (toujours vrai pour la nation).
   *
   * @param departement departement
   * @return vrai si le département est dans le périmètre (toujours vrai pour la nation)
   */
  public boolean contient(CodeDepartement departement) {
    return niveau == Niveau.NATIONAL || departements.contains(departement);
  }

  /**
   * Vrai si le gestionnaire compte dans ce périmètre : tous au niveau national, sinon ceux habilités
   * dans au moins un département du périmètre (une seule fois, même s'il l'est dans plusieurs).
   *
   * @param fiche fiche
   * @return vrai si le gestionnaire compte dans ce périmètre : tous au niveau national, sinon ceux habilités dans au moins un département du périmètre (une seule fois, même s'il l'est dans plusieurs)
   */
  public boolean concerne(FicheGestionnaire fiche) {
    if (niveau == Niveau.NATIONAL) {
      return true;
    }
    for (CodeDepartement d : fiche.departements()) {
      if (departements.contains(d)) {
        return true;
      }
    }
    return false;
  }
}
