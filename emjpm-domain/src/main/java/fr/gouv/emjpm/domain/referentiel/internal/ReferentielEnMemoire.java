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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Référentiel en mémoire : listes et index (tables de hachage) construits une fois à la création,
 * jamais modifiés ensuite. Immuable et thread-safe (publication sûre par champs {@code final}).
 */
final class ReferentielEnMemoire implements Referentiel {

  private final String millesime;
  private final List<Commune> communes;
  private final Map<CodeInsee, Commune> communeParInsee;
  private final Map<CodePostal, List<Commune>> communesParCodePostal;
  private final List<Departement> departements;
  private final Map<CodeDepartement, Departement> departementParCode;
  private final List<Region> regions;
  private final Map<String, Region> regionParCode;
  private final List<Tribunal> tribunaux;
  private final Map<TribunalId, Tribunal> tribunalParId;
  private final Map<Siret, Tribunal> tribunalParSiret;
  private final Map<CodeDepartement, List<Tribunal>> tribunauxParDepartement;
  private final List<CategorieFiness> categoriesFiness;
  private final Map<String, CategorieFiness> categorieParCode;

  ReferentielEnMemoire(
      String millesime,
      List<Commune> communes,
      List<Departement> departements,
      List<Region> regions,
      List<Tribunal> tribunaux,
      List<CategorieFiness> categoriesFiness) {
    this.millesime = millesime;
    this.communes = Collections.unmodifiableList(new ArrayList<>(communes));
    this.departements = List.copyOf(departements);
    this.regions = List.copyOf(regions);
    this.tribunaux = List.copyOf(tribunaux);
    this.categoriesFiness = List.copyOf(categoriesFiness);

    Map<CodeInsee, Commune> parInsee = new HashMap<>(communes.size() * 4 / 3 + 1);
    Map<CodePostal, List<Commune>> parCp = new HashMap<>(8192);
    for (Commune c : communes) {
      unique(parInsee.put(c.codeInsee(), c), "commune", c.codeInsee().valeur());
      for (CodePostal cp : c.codesPostaux()) {
        parCp.computeIfAbsent(cp, k -> new ArrayList<>(2)).add(c);
      }
    }
    parCp.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.communeParInsee = parInsee;
    this.communesParCodePostal = parCp;

    Map<CodeDepartement, Departement> parDep = new HashMap<>();
    for (Departement d : departements) {
      unique(parDep.put(d.code(), d), "département", d.code().valeur());
    }
    this.departementParCode = parDep;

    Map<String, Region> parRegion = new HashMap<>();
    for (Region r : regions) {
      unique(parRegion.put(r.code(), r), "région", r.code());
    }
    this.regionParCode = parRegion;

    Map<TribunalId, Tribunal> parId = new HashMap<>();
    Map<Siret, Tribunal> parSiret = new HashMap<>();
    Map<CodeDepartement, List<Tribunal>> parDepTribunal = new HashMap<>();
    for (Tribunal t : tribunaux) {
      unique(parId.put(t.id(), t), "tribunal", t.id().valeur());
      t.siret().ifPresent(s -> unique(parSiret.put(s, t), "SIRET de tribunal", s.valeur()));
      parDepTribunal.computeIfAbsent(t.departement(), k -> new ArrayList<>()).add(t);
    }
    parDepTribunal.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.tribunalParId = parId;
    this.tribunalParSiret = parSiret;
    this.tribunauxParDepartement = parDepTribunal;

    Map<String, CategorieFiness> parCategorie = new HashMap<>();
    for (CategorieFiness c : categoriesFiness) {
      unique(parCategorie.put(c.code(), c), "catégorie FINESS", c.code());
    }
    this.categorieParCode = parCategorie;
  }

  private static void unique(Object precedent, String quoi, String cle) {
    if (precedent != null) {
      throw new IllegalStateException("Référentiel : " + quoi + " en double : " + cle);
    }
  }

  @Override
  public String millesime() {
    return millesime;
  }

  @Override
  public Optional<Commune> commune(CodeInsee code) {
    return Optional.ofNullable(communeParInsee.get(Referentiel.sansArrondissement(code)));
  }

  @Override
  public List<Commune> communesDuCodePostal(CodePostal codePostal) {
    return communesParCodePostal.getOrDefault(codePostal, List.of());
  }

  @Override
  public List<Commune> communes() {
    return communes;
  }

  @Override
  public Optional<Departement> departement(CodeDepartement code) {
    return Optional.ofNullable(departementParCode.get(code));
  }

  @Override
  public List<Departement> departements() {
    return departements;
  }

  @Override
  public Optional<Region> region(String code) {
    return Optional.ofNullable(regionParCode.get(code));
  }

  @Override
  public List<Region> regions() {
    return regions;
  }

  @Override
  public Optional<Tribunal> tribunal(Siret siret) {
    return Optional.ofNullable(tribunalParSiret.get(siret));
  }

  @Override
  public Optional<Tribunal> tribunal(TribunalId id) {
    return Optional.ofNullable(tribunalParId.get(id));
  }

  @Override
  public List<Tribunal> tribunaux() {
    return tribunaux;
  }

  @Override
  public List<Tribunal> tribunauxDuDepartement(CodeDepartement code) {
    return tribunauxParDepartement.getOrDefault(code, List.of());
  }

  @Override
  public List<CategorieFiness> categoriesFiness() {
    return categoriesFiness;
  }

  @Override
  public Optional<CategorieFiness> categorieFiness(String code) {
    return Optional.ofNullable(categorieParCode.get(code));
  }

  @Override
  public String toString() {
    return "Referentiel[" + millesime + ", " + communes.size() + " communes, " + tribunaux.size()
        + " tribunaux]";
  }
}
