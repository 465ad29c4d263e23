// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Ensemble de toutes les violations relevées sur un sujet : une validation ne s'arrête jamais à la
 * première. Immuable et thread-safe ; {@link Builder} ne l'est pas.
 */
public final class RapportValidation {

  private static final RapportValidation VIDE = new RapportValidation(List.of());

  private final List<Violation> violations;

  private RapportValidation(List<Violation> violations) {
    this.violations = violations;
  }

  /** {@return rapport sans violation} */
  public static RapportValidation vide() {
    return VIDE;
  }

  /**
   * {@return rapport portant les violations données, dans leur ordre}
   *
   * @param violations violations à reprendre, copiées dans leur ordre
   */
  public static RapportValidation de(Collection<Violation> violations) {
    return violations.isEmpty() ? VIDE : new RapportValidation(List.copyOf(violations));
  }

  /**
   * {@return rapport portant les violations données, dans leur ordre}
   *
   * @param violations violations à reprendre, dans leur ordre
   */
  public static RapportValidation de(Violation... violations) {
    return de(List.of(violations));
  }

  /** {@return nouveau constructeur de rapport (non thread-safe)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return toutes les violations, dans l'ordre où elles ont été relevées} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return vrai s'il n'y a aucune violation bloquante (les avertissements n'invalident pas)} */
  public boolean estValide() {
    if (violations.isEmpty()) {
      return true; // cas courant (chaque ligne d'un import) : sans flux
    }
    return violations.stream().noneMatch(Violation::estBloquante);
  }

  /** {@return vrai s'il n'y a aucune violation du tout} */
  public boolean estVide() {
    return violations.isEmpty();
  }

  /** {@return violations bloquantes} */
  public List<Violation> bloquantes() {
    return violations.stream().filter(Violation::estBloquante).toList();
  }

  /** {@return avertissements} */
  public List<Violation> avertissements() {
    if (violations.isEmpty()) {
      return List.of();
    }
    return violations.stream().filter(v -> !v.estBloquante()).toList();
  }

  /** {@return codes des violations, dans l'ordre (commode pour les tests et les journaux)} */
  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }

  /**
   * {@return vrai si une violation porte ce code}
   *
   * @param code code cherché, non nul
   */
  public boolean contient(CodeViolation code) {
    java.util.Objects.requireNonNull(code, "code");
    return violations.stream().anyMatch(v -> v.code().equals(code.code()));
  }

  /**
   * {@return rapport réunissant les violations de ce rapport puis celles de {@code autre}}
   *
   * @param autre rapport dont les violations sont ajoutées à la suite
   */
  public RapportValidation fusionner(RapportValidation autre) {
    if (autre.estVide()) {
      return this;
    }
    if (estVide()) {
      return autre;
    }
    List<Violation> tout = new ArrayList<>(violations);
    tout.addAll(autre.violations);
    return new RapportValidation(List.copyOf(tout));
  }

  /**
   * {@return résultat : succès portant {@code valeur} et les avertissements, ou échec s'il y a du bloquant}
   *
   * @param valeur valeur portée en cas de succès, non nulle
   * @param <T> type de la valeur
   */
  public <T> Resultat<T> versResultat(T valeur) {
    return estValide() ? Resultat.succes(valeur, violations) : Resultat.echec(violations);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RapportValidation r && r.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return "RapportValidation" + violations;
  }

  /** Constructeur de rapport : accumule les violations. Non thread-safe. */
  public static final class Builder {
    private final List<Violation> violations = new ArrayList<>();

    private Builder() {}

    /**
     * Ajoute une violation.
     *
     * @param violation violation à ajouter, non nulle
     * @return ce constructeur
     */
    public Builder ajouter(Violation violation) {
      violations.add(Objects.requireNonNull(violation));
      return this;
    }

    /**
     * Ajoute des violations.
     *
     * @param autres violations à ajouter, dans leur ordre, non nulles
     * @return ce constructeur
     */
    public Builder ajouterTout(Collection<Violation> autres) {
      if (autres.isEmpty()) {
        return this; // cas courant (règle satisfaite) : ni itérateur ni lambda
      }
      for (Violation v : autres) {
        ajouter(v);
      }
      return this;
    }

    /**
     * Ajoute les violations d'un rapport.
     *
     * @param rapport rapport dont les violations sont ajoutées
     * @return ce constructeur
     */
    public Builder ajouterTout(RapportValidation rapport) {
      return ajouterTout(rapport.violations());
    }

    /**
     * Ajoute les violations d'un résultat (avertissements ou violations d'échec).
     *
     * @param resultat résultat dont les avertissements ou les violations d'échec sont ajoutés
     * @return ce constructeur
     */
    public Builder ajouterTout(Resultat<?> resultat) {
      return ajouterTout(resultat.violations());
    }

    /** {@return vrai si aucune violation bloquante n'a encore été ajoutée} */
    public boolean estValide() {
      return violations.stream().noneMatch(Violation::estBloquante);
    }

    /** {@return rapport immuable des violations accumulées} */
    public RapportValidation build() {
      return RapportValidation.de(violations);
    }
  }
}
