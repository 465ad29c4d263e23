// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.direction.Direction;
import fr.gouv.emjpm.domain.direction.TypeDirection;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Departement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Region;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Directions de l'État : périmètre de leurs statistiques et des services qu'elles voient (nationale :
 * tout ; régionale : les départements de sa région ; départementale : son département), départements
 * de leurs agréments (ceux de sa région plus le sien) et libellé affiché. Sans état, thread-safe.
 */
public final class Directions {

  private static final Directions STANDARD = new Directions();

  private Directions() {}

  /** {@return règles standard} */
  public static Directions standard() {
    return STANDARD;
  }

  /**
   * Direction lue depuis les colonnes de l'original ({@code type}, {@code region_id}, {@code
   * departement_code}).
   *
   * @param type code du type, éventuellement vide ou inconnu
   * @param region identifiant de région, éventuellement vide
   * @param departement code de département, éventuellement vide
   * @return la direction, ou un échec {@code PROFIL_DIRECTION_INCOMPLETE}
   */
  public Resultat<Direction> lire(Optional<String> type, Optional<String> region, Optional<String> departement) {
    Optional<TypeDirection> t = type.flatMap(TypeDirection::parCode);
    Optional<String> reg = region.map(String::strip).filter(s -> !s.isEmpty());
    Optional<CodeDepartement> dep = departement.flatMap(d -> CodeDepartement.parse(d).valeur());
    if (t.isEmpty() || (t.get() == TypeDirection.REGIONALE && reg.isEmpty())
        || (t.get() == TypeDirection.DEPARTEMENTALE && dep.isEmpty())) {
      return Resultat.echec(Violation.de(CodeProfil.PROFIL_DIRECTION_INCOMPLETE, ""));
    }
    return Resultat.succes(new Direction(t.get(), reg, dep));
  }

  /**
   * Périmètre des statistiques de la direction, celui qu'utilisent les indicateurs des directions
   * ({@link Perimetre}) : la nation, sa région ou son département.
   *
   * @param direction la direction
   * @param referentiel référentiel des régions et départements
   * @return le périmètre, ou un échec {@code CODE_INCONNU} pour une région inconnue
   */
  public Resultat<Perimetre> perimetre(Direction direction, Referentiel referentiel) {
    return switch (direction.type()) {
      case NATIONALE -> Resultat.succes(Perimetre.national());
      case REGIONALE -> Perimetre.region(direction.region().orElseThrow(), referentiel);
      case DEPARTEMENTALE -> Resultat.succes(Perimetre.departement(direction.departement().orElseThrow()));
    };
  }

  /**
   * Départements des agréments de la direction : tous ceux de sa région, plus son propre département ;
   * vide pour la direction nationale (qui n'est pas restreinte).
   *
   * @param direction la direction
   * @param referentiel référentiel des départements
   * @return départements, dans l'ordre du référentiel puis le sien
   */
  public Set<CodeDepartement> agrements(Direction direction, Referentiel referentiel) {
    Set<CodeDepartement> s = new LinkedHashSet<>();
    direction.region().ifPresent(r -> referentiel.departements().stream()
        .filter(d -> d.codeRegion().equals(r)).map(Departement::code).forEach(s::add));
    direction.departement().ifPresent(s::add);
    return java.util.Collections.unmodifiableSet(s);
  }

  /**
   * Libellé de la direction : « Direction nationale », « Direction régionale (&lt;région&gt;) » ou
   * « Direction départementale (&lt;département&gt;) », avec le nom lu dans le référentiel (le code à
   * défaut).
   *
   * @param direction la direction
   * @param referentiel référentiel des noms
   * @return le libellé
   */
  public String libelle(Direction direction, Referentiel referentiel) {
    return switch (direction.type()) {
      case NATIONALE -> TypeDirection.NATIONALE.libelle();
      case REGIONALE -> {
        String r = direction.region().orElseThrow();
        yield TypeDirection.REGIONALE.libelle() + " ("
            + referentiel.region(r).map(Region::nom).orElse(r) + ")";
      }
      case DEPARTEMENTALE -> {
        CodeDepartement d = direction.departement().orElseThrow();
        yield TypeDirection.DEPARTEMENTALE.libelle() + " ("
            + referentiel.departement(d).map(Departement::nom).orElse(d.valeur()) + ")";
      }
    };
  }
}
