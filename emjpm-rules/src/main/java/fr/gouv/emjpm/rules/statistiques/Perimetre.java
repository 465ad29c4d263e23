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
 * département. Immuable et thread-safe.
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
   * @param niveau niveau du périmètre, non nul
   * @param code {@code FR}, identifiant de région ou code de département, non nul
   * @param departements départements couverts (copiés) : vide pour la nation seulement
   */
  public Perimetre {
    Objects.requireNonNull(niveau, "niveau");
    Objects.requireNonNull(code, "code");
    departements = Set.copyOf(departements);
    if ((niveau == Niveau.NATIONAL) != departements.isEmpty()) {
      throw new IllegalArgumentException("départements incohérents avec le niveau du périmètre");
    }
  }

  /** {@return toute la France} */
  public static Perimetre national() {
    return new Perimetre(Niveau.NATIONAL, "FR", Set.of());
  }

  /**
   * Un département.
   *
   * @param departement code du département
   * @return le périmètre départemental
   */
  public static Perimetre departement(CodeDepartement departement) {
    return new Perimetre(Niveau.DEPARTEMENTAL, departement.valeur(), Set.of(departement));
  }

  /**
   * Une région, donnée avec ses départements (lus dans le référentiel).
   *
   * @param idRegion identifiant de la région (par exemple {@code 84}), non nul
   * @param departements départements de la région, au moins un
   * @return le périmètre régional
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
   * @param idRegion identifiant de la région (par exemple {@code 84})
   * @param referentiel référentiel où sont lus la région et ses départements
   * @return le périmètre régional, ou un échec {@code CODE_INCONNU} si la région est inconnue ou sans département
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
   * {@return vrai si le département est dans le périmètre (toujours vrai pour la nation)}
   *
   * @param departement code du département
   */
  public boolean contient(CodeDepartement departement) {
    return niveau == Niveau.NATIONAL || departements.contains(departement);
  }

  /**
   * Vrai si le gestionnaire compte dans ce périmètre : tous au niveau national, sinon ceux habilités
   * dans au moins un département du périmètre (une seule fois, même s'il l'est dans plusieurs).
   *
   * @param fiche fiche du gestionnaire, dont les départements d'habilitation
   * @return vrai si le périmètre est national ou si le gestionnaire est habilité dans l'un de ses départements
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
