// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Aides pour typer une saisie brute (texte JSON ou cellule) avant {@link ValidationSaisie} : un code
 * inconnu ou une date illisible devient une violation avec son chemin, jamais une exception. Le texte
 * reçu n'apparaît pas dans le message.
 */
public final class LectureSaisie {
  private LectureSaisie() {}

  /**
   * Lit un code d'énumération ; texte absent ou vide → vide.
   *
   * @param texte texte reçu
   * @param parCode recherche par code (par exemple {@code NatureMesure::parCode})
   * @param chemin chemin du champ
   * @param champ nom du champ dans le message
   * @return la valeur, vide si absente, ou un échec {@code CODE_INVALIDE}
   * @param <E> type de l'énumération lue
   */
  public static <E> Resultat<Optional<E>> code(
      Optional<String> texte, Function<String, Optional<E>> parCode, String chemin, String champ) {
    Objects.requireNonNull(parCode, "parCode");
    Objects.requireNonNull(chemin, "chemin");
    Objects.requireNonNull(champ, "champ");
    Optional<String> t = texte.map(String::strip).filter(s -> !s.isEmpty());
    if (t.isEmpty()) {
      return Resultat.succes(Optional.empty());
    }
    Optional<E> e = parCode.apply(t.get());
    return e.isPresent()
        ? Resultat.succes(e)
        : Resultat.echec(Violation.de(CodeRegle.CODE_INVALIDE, chemin, Map.of("champ", champ)));
  }

  /**
   * Lit une date ISO (aaaa-mm-jj) ; absente, vide ou « 0000-00-00 » (OCMI) → vide.
   *
   * @return la date, vide si absente, ou un échec {@code DATE_INVALIDE}
   * @param texte texte reçu, au format {@code aaaa-mm-jj} ; absent, vide ou {@code 0000-00-00} : pas de date
   * @param chemin chemin du champ, repris par la violation
   * @param champ nom du champ dans le message
   */
  public static Resultat<Optional<LocalDate>> date(Optional<String> texte, String chemin, String champ) {
    Optional<String> t = texte.map(String::strip).filter(s -> !s.isEmpty() && !s.equals("0000-00-00"));
    if (t.isEmpty()) {
      return Resultat.succes(Optional.empty());
    }
    try {
      return Resultat.succes(Optional.of(LocalDate.parse(t.get())));
    } catch (DateTimeParseException e) {
      return Resultat.echec(Violation.de(CodeRegle.DATE_INVALIDE, chemin, Map.of("champ", champ)));
    }
  }
}
