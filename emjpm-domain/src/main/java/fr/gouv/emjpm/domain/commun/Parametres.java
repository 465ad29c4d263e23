// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Construction sans exception à partir de paramètres venus de l'extérieur (requête HTTP, formulaire) :
 *
 * <pre>{@code
 * Resultat<CritereRecherche> c = Parametres.construire(() -> CritereRecherche.builder()
 *     .tribunal(tribunal).page(page).taillePage(taille).build());
 * // échec : violations PAGE_INVALIDE, TAILLE_PAGE_INVALIDE, PARAMETRE_ABSENT… (messages français)
 * }</pre>
 *
 * <p>Un invariant refusé ({@link ParametresInvalides}, ou toute {@link IllegalArgumentException} ou
 * {@link IllegalStateException} levée par la construction) devient un échec : codes
 * {@link CodeParametre}. Un champ obligatoire d'un builder non renseigné devient
 * {@link CodeParametre#PARAMETRE_ABSENT} par champ, au lieu du message anglais d'Immutables. Un argument
 * {@code null} reste une erreur de programmation ({@link NullPointerException} qui nomme le paramètre).
 */
public final class Parametres {

  /** Message d'Immutables pour un builder incomplet. */
  private static final Pattern INCOMPLET =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([\\w, ]*)\\]");

  private Parametres() {}

  /**
   * Exécute la construction et rend son résultat, ou les violations des paramètres refusés.
   *
   * @param <T> type construit
   * @param construction construction à partir des paramètres de l'hôte (typiquement un {@code build()})
   * @return succès portant la valeur, ou échec portant des violations {@link CodeParametre}
   * @throws NullPointerException si un paramètre passé est {@code null} (erreur de programmation)
   */
  public static <T> Resultat<T> construire(Supplier<T> construction) {
    Objects.requireNonNull(construction, "construction");
    try {
      return Resultat.succes(construction.get());
    } catch (ParametresInvalides e) {
      return Resultat.echec(e.violations());
    } catch (IllegalStateException | IllegalArgumentException e) {
      return Resultat.echec(violations(e));
    }
  }

  private static List<Violation> violations(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = INCOMPLET.matcher(message);
    if (m.find()) {
      List<Violation> absents = new ArrayList<>();
      for (String nom : m.group(1).split(",")) {
        if (!nom.isBlank()) {
          absents.add(Violation.de(CodeParametre.PARAMETRE_ABSENT, nom.strip(), Map.of("nom", nom.strip())));
        }
      }
      if (!absents.isEmpty()) {
        return absents;
      }
    }
    String raison = message.isBlank() ? "valeur refusée" : message.strip().replaceAll("\\.$", "");
    return List.of(Violation.de(CodeParametre.PARAMETRE_INVALIDE, "", Map.of("raison", raison)));
  }
}
