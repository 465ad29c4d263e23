// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Valeur typée d'une réponse : entier, décimal, texte (dont codes d'énumération),
 * oui/non, bloc JSON (objet de valeurs) ou liste répétée de blocs (établissements du préposé).
 */
public sealed interface ValeurReponse
    permits ValeurReponse.Entier,
        ValeurReponse.Decimal,
        ValeurReponse.Texte,
        ValeurReponse.OuiNon,
        ValeurReponse.Bloc,
        ValeurReponse.Liste {

  /** {@return valeur numérique si c'en est une (entier ou décimal)} */
  default Optional<BigDecimal> nombre() {
    return Optional.empty();
  }

  /** {@return vrai si la valeur compte comme « renseignée » (ni nulle ni texte vide)} */
  default boolean estRenseignee() {
    return true;
  }

  /** Entier. */
  record Entier(long valeur) implements ValeurReponse {
    @Override
    public Optional<BigDecimal> nombre() {
      return Optional.of(BigDecimal.valueOf(valeur));
    }
  }

  /** Nombre décimal (ETP, heures, euros). */
  record Decimal(BigDecimal valeur) implements ValeurReponse {
    /**
     * Construit un décimal non nul.
     *
     * @param valeur valeur décimale, non nulle
     */
    public Decimal {
      Objects.requireNonNull(valeur, "valeur");
    }

    @Override
    public Optional<BigDecimal> nombre() {
      return Optional.of(valeur);
    }
  }

  /** Texte libre ou code d'énumération. */
  record Texte(String valeur) implements ValeurReponse {
    /**
     * Construit un texte non nul.
     *
     * @param valeur texte ou code d'énumération, non nul (vide : non renseigné)
     */
    public Texte {
      Objects.requireNonNull(valeur, "valeur");
    }

    @Override
    public boolean estRenseignee() {
      return !valeur.isEmpty();
    }
  }

  /** Oui/non. */
  record OuiNon(boolean valeur) implements ValeurReponse {}

  /** Bloc JSON : membres nommés (ordre conservé) ; un bloc existant compte comme renseigné. */
  record Bloc(Map<String, ValeurReponse> membres) implements ValeurReponse {
    /**
     * Copie immuable des membres.
     *
     * @param membres membres par nom, copiés dans l'ordre
     */
    public Bloc {
      membres = Collections.unmodifiableMap(new LinkedHashMap<>(membres));
    }

    /**
     * Membre nommé.
     *
     * @param nom nom du membre
     * @return le membre, vide s'il est absent
     */
    public Optional<ValeurReponse> membre(String nom) {
      return Optional.ofNullable(membres.get(nom));
    }
  }

  /** Liste répétée d'éléments (chacun un bloc). */
  record Liste(List<Bloc> elements) implements ValeurReponse {
    /**
     * Copie immuable des éléments.
     *
     * @param elements blocs de la liste, copiés
     */
    public Liste {
      elements = List.copyOf(elements);
    }
  }

  /**
   * Raccourci : entier.
   *
   * @param v valeur entière
   * @return un {@link Entier}
   */
  static ValeurReponse entier(long v) {
    return new Entier(v);
  }

  /**
   * Raccourci : décimal.
   *
   * @param v valeur décimale, non nulle
   * @return un {@link Decimal}
   */
  static ValeurReponse decimal(BigDecimal v) {
    return new Decimal(v);
  }

  /**
   * Raccourci : texte.
   *
   * @param v texte, non nul
   * @return un {@link Texte}
   */
  static ValeurReponse texte(String v) {
    return new Texte(v);
  }

  /**
   * Raccourci : oui/non.
   *
   * @param v valeur oui (vrai) ou non (faux)
   * @return un {@link OuiNon}
   */
  static ValeurReponse ouiNon(boolean v) {
    return new OuiNon(v);
  }
}
