// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Filtre des champs d'identité : un nom de champ est comparé après
 * suppression des accents, de la casse et des séparateurs. Immuable et thread-safe.
 */
public final class ChampsInterdits {

  private static final Set<String> INTERDITS =
      Set.of("nom", "prenom", "prenoms", "nomusage", "nomnaissance", "nommarital", "nomdefamille", "patronyme",
          "firstname", "lastname", "givenname", "familyname", "surname", "name", "fullname", "identite",
          "datenaissance", "datedenaissance", "birthdate", "dateofbirth", "adresse", "address", "nir",
          "numerosecuritesociale", "securitesociale", "email", "telephone");

  private ChampsInterdits() {}

  /**
   * Vrai si {@code champ} désigne une donnée d'identité du majeur protégé.
   *
   * @param champ nom de champ JSON tel que reçu, non nul
   * @return vrai si le nom normalisé est celui d'une donnée d'identité
   */
  public static boolean estInterdit(String champ) {
    return INTERDITS.contains(normaliser(champ));
  }

  /** Forme de comparaison : sans accents, minuscules, lettres et chiffres seulement. */
  static String normaliser(String champ) {
    String sansAccents = Normalizer.normalize(champ, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return sansAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
