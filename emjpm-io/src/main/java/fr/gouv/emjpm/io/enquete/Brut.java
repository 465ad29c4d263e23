// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import java.util.Objects;

/** Contenu brut d'une cellule lue (valeur en cache pour une formule). */
sealed interface Brut {
  /** Cellule absente ou vide. */
  record Vide() implements Brut {}

  /** Nombre. */
  record Nombre(double valeur) implements Brut {}

  /** Texte (un booléen est lu comme « TRUE » / « FALSE »). */
  record Texte(String valeur) implements Brut {
    /** Composantes non nulles. */
    public Texte {
      Objects.requireNonNull(valeur, "valeur");
    }
  }

  /** Erreur Excel ou type inattendu. */
  record Erreur() implements Brut {}

  /** Texte, ou vide s'il est blanc. */
  static Brut texte(String valeur) {
    return valeur.isBlank() ? new Vide() : new Texte(valeur);
  }
}
