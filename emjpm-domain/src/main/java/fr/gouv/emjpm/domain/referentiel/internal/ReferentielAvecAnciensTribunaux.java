// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import fr.gouv.emjpm.domain.referentiel.CategorieFiness;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Departement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Region;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Référentiel d'un hôte augmenté d'anciens tribunaux ({@code actual_tribunal_id}) :
 * ceux-ci ne sont trouvés que par SIRET ou par identifiant, jamais listés. Immuable et thread-safe si
 * le référentiel de base l'est.
 */
public final class ReferentielAvecAnciensTribunaux implements Referentiel {

  private final Referentiel base;
  private final Map<Siret, Tribunal> anciensParSiret;
  private final Map<TribunalId, Tribunal> anciensParId;

  private ReferentielAvecAnciensTribunaux(Referentiel base, Map<Siret, Tribunal> parSiret,
      Map<TribunalId, Tribunal> parId) {
    this.base = base;
    this.anciensParSiret = Map.copyOf(parSiret);
    this.anciensParId = Map.copyOf(parId);
  }

  /**
   * Vérifie et assemble (voir {@link Referentiel#avecAnciensTribunaux(Collection)}).
   *
   * @param base référentiel des tribunaux en vigueur
   * @param anciens anciens tribunaux
   * @return référentiel augmenté
   */
  public static Referentiel de(Referentiel base, Collection<Tribunal> anciens) {
    Objects.requireNonNull(base, "base");
    Map<Siret, Tribunal> parSiret = new HashMap<>();
    Map<TribunalId, Tribunal> parId = new HashMap<>();
    for (Tribunal t : anciens) {
      TribunalId actuel = t.tribunalActuel().orElseThrow(
          () -> new IllegalArgumentException("Ancien tribunal " + t.id().valeur() + " sans tribunal actuel"));
      if (base.tribunal(actuel).isEmpty()) {
        throw new IllegalArgumentException(
            "Tribunal actuel " + actuel.valeur() + " de l'ancien tribunal " + t.id().valeur() + " inconnu");
      }
      if (base.tribunal(t.id()).isPresent() || parId.put(t.id(), t) != null) {
        throw new IllegalArgumentException("Identifiant de tribunal déjà pris : " + t.id().valeur());
      }
      if (t.siret().isPresent()
          && (base.tribunal(t.siret().get()).isPresent() || parSiret.put(t.siret().get(), t) != null)) {
        throw new IllegalArgumentException("SIRET de tribunal déjà pris : " + t.siret().get().valeur());
      }
    }
    return new ReferentielAvecAnciensTribunaux(base, parSiret, parId);
  }

  @Override
  public Optional<Tribunal> tribunal(Siret siret) {
    Tribunal ancien = anciensParSiret.get(siret);
    return ancien != null ? Optional.of(ancien) : base.tribunal(siret);
  }

  @Override
  public Optional<Tribunal> tribunal(TribunalId id) {
    Tribunal ancien = anciensParId.get(id);
    return ancien != null ? Optional.of(ancien) : base.tribunal(id);
  }

  @Override
  public List<Tribunal> tribunaux() {
    return base.tribunaux();
  }

  @Override
  public List<Tribunal> tribunauxDuDepartement(CodeDepartement code) {
    return base.tribunauxDuDepartement(code);
  }

  @Override
  public String millesime() {
    return base.millesime();
  }

  @Override
  public Optional<Commune> commune(CodeInsee code) {
    return base.commune(code);
  }

  @Override
  public List<Commune> communesDuCodePostal(CodePostal codePostal) {
    return base.communesDuCodePostal(codePostal);
  }

  @Override
  public Optional<Commune> commune(CodePostal codePostal, String ville) {
    return base.commune(codePostal, ville);
  }

  @Override
  public List<Commune> communes() {
    return base.communes();
  }

  @Override
  public Optional<Departement> departement(CodeDepartement code) {
    return base.departement(code);
  }

  @Override
  public List<Departement> departements() {
    return base.departements();
  }

  @Override
  public Optional<Region> region(String code) {
    return base.region(code);
  }

  @Override
  public List<Region> regions() {
    return base.regions();
  }

  @Override
  public List<CategorieFiness> categoriesFiness() {
    return base.categoriesFiness();
  }

  @Override
  public Optional<CategorieFiness> categorieFiness(String code) {
    return base.categorieFiness(code);
  }
}
