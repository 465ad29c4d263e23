// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.listeblanche.EntreeListeBlanche;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tribunaux préférentiels d'un gestionnaire (« Tribunaux dans lesquels vous exercez ») : ce ne sont pas
 * un agrément, mais le choix est limité aux tribunaux actuels situés dans les départements de
 * l'habilitation du gestionnaire — pour un individuel, les départements d'agrément de sa liste blanche
 * ; pour un préposé, les départements de ses établissements ; pour un service, ses départements — et
 * il en faut au moins un. Le formulaire remplace toute la liste à l'enregistrement. Sans état,
 * thread-safe.
 */
public final class TribunauxPreferes {

  private static final TribunauxPreferes STANDARD = new TribunauxPreferes();

  private TribunauxPreferes() {}

  /**
   * Règles standard.
   *
   * @return règles standard
   */
  public static TribunauxPreferes standard() {
    return STANDARD;
  }

  /**
   * Départements d'habilitation d'un mandataire : ceux couverts par son entrée de liste blanche
   * (départements d'agrément d'un individuel, départements connus des établissements d'un préposé —
   * voir {@code RepertoireEtablissements.completer} pour les déduire du FINESS).
   *
   * @param entree entrée de liste blanche du mandataire
   * @return départements d'habilitation, dans l'ordre
   */
  public Set<CodeDepartement> habilitation(EntreeListeBlanche entree) {
    return entree.departementsCouverts();
  }

  /**
   * Départements d'habilitation d'un service : ses départements ({@code service_departements}).
   *
   * @param service le service
   * @return départements d'habilitation, dans l'ordre
   */
  public Set<CodeDepartement> habilitation(ServiceMandataire service) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(service.departements()));
  }

  /**
   * Tribunaux proposés dans le formulaire : les tribunaux actuels (pas les anciens tribunaux remplacés)
   * des départements de l'habilitation, dans l'ordre du référentiel.
   *
   * @param habilitation départements de l'habilitation
   * @param referentiel référentiel des tribunaux
   * @return tribunaux proposables
   */
  public List<Tribunal> proposables(Collection<CodeDepartement> habilitation, Referentiel referentiel) {
    Set<CodeDepartement> deps = Set.copyOf(habilitation);
    return referentiel.tribunaux().stream()
        .filter(t -> !t.estAncien() && deps.contains(t.departement()))
        .toList();
  }

  /**
   * Vérifie une liste choisie : au moins un tribunal ; chacun connu, actuel et situé dans un
   * département de l'habilitation. Un tribunal hors habilitation, ou un ancien tribunal remplacé, qui
   * figurait déjà dans la liste enregistrée est conservé avec un avertissement. Un doublon est signalé par un avertissement.
   *
   * @param choix tribunaux choisis, dans l'ordre du formulaire
   * @param habilitation départements de l'habilitation
   * @param precedents liste enregistrée avant la modification (vide à la création)
   * @param referentiel référentiel des tribunaux
   * @return toutes les violations, au chemin {@code /tis/<rang>}
   */
  public RapportValidation verifier(List<TribunalId> choix, Collection<CodeDepartement> habilitation,
      Collection<TribunalId> precedents, Referentiel referentiel) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (choix.isEmpty()) {
      r.ajouter(Violation.de(CodeProfil.PROFIL_TRIBUNAL_PREFERE_OBLIGATOIRE, "/tis", Map.of("champ", "tis")));
      return r.build();
    }
    Set<CodeDepartement> deps = Set.copyOf(habilitation);
    Set<TribunalId> dejaLa = Set.copyOf(precedents);
    Set<TribunalId> vus = new HashSet<>();
    for (int i = 0; i < choix.size(); i++) {
      TribunalId id = choix.get(i);
      String chemin = "/tis/" + i;
      Map<String, Object> args = Map.of("champ", "tis", "tribunal", id.toString());
      if (!vus.add(id)) {
        r.ajouter(Violation.de(CodeProfil.PROFIL_TRIBUNAL_PREFERE_EN_DOUBLE, chemin, args));
        continue;
      }
      Optional<Tribunal> t = referentiel.tribunal(id);
      if (t.isEmpty()) {
        r.ajouter(Violation.de(CodeProfil.PROFIL_TRIBUNAL_PREFERE_INCONNU, chemin, args));
      } else if (t.get().estAncien()) {
        r.ajouter(Violation.de(dejaLa.contains(id)
            ? CodeProfil.PROFIL_TRIBUNAL_PREFERE_ANCIEN_CONSERVE
            : CodeProfil.PROFIL_TRIBUNAL_PREFERE_ANCIEN, chemin, args));
      } else if (!deps.contains(t.get().departement())) {
        r.ajouter(Violation.de(dejaLa.contains(id)
            ? CodeProfil.PROFIL_TRIBUNAL_PREFERE_CONSERVE_HORS_HABILITATION
            : CodeProfil.PROFIL_TRIBUNAL_PREFERE_HORS_HABILITATION, chemin, args));
      }
    }
    return r.build();
  }
}
