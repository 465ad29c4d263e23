// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Point d'entrée unique de la validation d'une saisie de mesure, partagé par l'import
 * Excel/CSV, OCMI et l'API JSON : toutes les violations, chemins relatifs à la saisie (l'appelant les
 * préfixe, par exemple {@code /mesures/3} ou {@code Feuil1!}, avec {@link Violation#prefixee}).
 */
public final class ValidationSaisie {
  private ValidationSaisie() {}

  /**
   * Valide une saisie.
   *
   * @param saisie la saisie typée
   * @param antennesDuService antennes du service qui écrit (vide pour un mandataire)
   * @param ctx contexte (année en cours, référentiel)
   * @return le rapport de toutes les violations
   */
  public static RapportValidation verifier(SaisieMesure saisie, Set<Long> antennesDuService, ContexteRegles ctx) {
    RapportValidation r = Regle.appliquer(ReglesSaisieMesure.toutes(), saisie, ctx);
    Optional<Long> antenne = saisie.antenneId();
    if (antenne.isPresent() && !antennesDuService.contains(antenne.get())) {
      r = r.fusionner(RapportValidation.de(Violation.de(CodeRegle.ANTENNE_INCONNUE, "/antenneId", Map.of())));
    }
    return r;
  }

  /**
   * Valide une saisie dont certains champs n'ont pas pu être lus (laissés vides) : les règles
   * s'appliquent aux autres champs, pour signaler en une passe toutes les violations d'un élément
   * (ligne d'un fichier, élément JSON) ; une violation qui vise un champ déjà signalé illisible (le
   * champ, un de ses sous-champs ou le champ qui le contient) n'est pas répétée.
   *
   * @param saisie saisie lue, champs illisibles laissés vides
   * @param antennesDuService antennes du service qui écrit (vide pour un mandataire)
   * @param ctx contexte (année en cours, référentiel)
   * @param traduction passage d'une violation des règles aux chemins de l'appelant (préfixe, noms des champs)
   * @param dejaSignales chemins, dans le référentiel de l'appelant, des champs déjà signalés
   * @return les violations des règles, traduites, hors champs déjà signalés
   */
  public static List<Violation> verifierHorsSignales(SaisieMesure saisie, Set<Long> antennesDuService,
      ContexteRegles ctx, UnaryOperator<Violation> traduction, Collection<String> dejaSignales) {
    return verifier(saisie, antennesDuService, ctx).violations().stream()
        .map(traduction)
        .filter(v -> dejaSignales.stream().noneMatch(c -> memeChamp(c, v.chemin())))
        .toList();
  }

  /**
   * Vrai si deux chemins visent le même champ : égaux, ou l'un contient l'autre ({@code /etats/0} et
   * {@code /etats/0/pays}).
   *
   * @param a premier chemin
   * @param b second chemin
   * @return vrai si les deux chemins visent le même champ
   */
  public static boolean memeChamp(String a, String b) {
    return a.equals(b) || b.startsWith(a + "/") || a.startsWith(b + "/");
  }
}
