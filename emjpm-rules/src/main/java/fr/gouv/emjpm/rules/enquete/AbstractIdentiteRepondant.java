// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheIndividuel;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Identité du répondant pour le pré-remplissage : ce que l'hôte lit de la liste
 * blanche, du compte et du fichier FINESS. Aucune donnée de majeur protégé.
 *
 * <ul>
 *   <li>individuel : {@link #nom()} = « Prénom Nom » (voir {@link IdentiteRepondant#nomMandataire}),
 *       {@link #departementReference()} = département financeur, {@link #departementsListeBlanche()} =
 *       départements d'agrément, {@link #sexe()} = genre du compte ;
 *   <li>service : {@link #nom()} = nom du service, {@link #departementGestionnaire()} = département du
 *       service ;
 *   <li>préposé : {@link #etablissements()} = établissements de la liste blanche, celui de
 *       rattachement en premier (sa raison sociale et son département font l'identité).
 * </ul>
 *
 * Immuable et thread-safe (classe générée {@code IdentiteRepondant}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractIdentiteRepondant {

  /**
   * Nom affiché (individuel : prénom et nom ; service : nom du service).
   *
   * @return nom affiché, vide s'il est inconnu
   */
  public abstract Optional<String> nom();

  /**
   * Code SEXE de l'enquête ({@code F} ou {@code H}), s'il est connu.
   *
   * @return {@code F} ou {@code H}, vide s'il est inconnu
   */
  public abstract Optional<String> sexe();

  /**
   * Département de référence : département financeur (individuel) ou de l'établissement de
   * rattachement (préposé).
   *
   * @return département de référence, vide s'il est inconnu
   */
  public abstract Optional<CodeDepartement> departementReference();

  /** {@return départements de la liste blanche, dans son ordre} */
  public abstract List<CodeDepartement> departementsListeBlanche();

  /**
   * Département du mandataire ou du service (dernier recours).
   *
   * @return département du mandataire ou du service, vide s'il est inconnu
   */
  public abstract Optional<CodeDepartement> departementGestionnaire();

  /** {@return établissements du préposé (rattachement en premier) ; vide pour les autres types} */
  public abstract List<FicheEtablissement> etablissements();

  /**
   * Département de la réponse : référence, sinon premier de la liste blanche, sinon celui du
   * gestionnaire ; vide si aucun n'est connu (le pré-remplissage est alors refusé).
   *
   * @return département de la réponse, vide si aucun n'est connu
   */
  public final Optional<CodeDepartement> departementReponse() {
    return departementReference()
        .or(() -> departementsListeBlanche().stream().findFirst())
        .or(this::departementGestionnaire);
  }

  /**
   * Identité d'un individuel depuis son entrée de liste blanche (financeur et agréments).
   *
   * @param entree entrée de liste blanche du mandataire individuel, non nulle
   * @return constructeur garni du département financeur et des départements d'agrément (sans
   *     doublon), à compléter par l'appelant
   */
  public static IdentiteRepondant.Builder depuisListeBlanche(ListeBlancheIndividuel entree) {
    return IdentiteRepondant.builder()
        .departementReference(entree.departementFinanceur())
        .addAllDepartementsListeBlanche(entree.departementsAgrement().stream()
            .map(DepartementAgrement::departement).distinct().toList());
  }

  /**
   * « Prénom Nom » avec une capitale en tête de chaque mot (y compris après un trait d'union ou une
   * apostrophe), comme l'original.
   *
   * @param prenom prénom du mandataire, non nul (espaces de tête et de fin retirés)
   * @param nom nom du mandataire, non nul (espaces de tête et de fin retirés)
   * @return prénom et nom séparés par une espace ; toute lettre qui suit une non-lettre en
   *     capitale, les autres en minuscules
   */
  public static String nomMandataire(String prenom, String nom) {
    return capitaliser(prenom.strip()) + " " + capitaliser(nom.strip());
  }

  private static String capitaliser(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean debut = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String c = new String(Character.toChars(cp));
      b.append(debut ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
      debut = !Character.isLetter(cp);
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
