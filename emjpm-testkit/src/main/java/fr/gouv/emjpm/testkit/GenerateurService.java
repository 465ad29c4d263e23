// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.testkit.internal.Alea;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Générateur configurable de services mandataires valides, obtenu par {@link Services#generateur()} :
 * 1 à 3 départements distincts, antennes d'identifiants distincts appartenant au service, et somme des
 * capacités des antennes au plus égale à la capacité du service (somme des capacités des antennes ≤ capacité du service).
 * Immuable et thread-safe.
 */
public final class GenerateurService implements Generateur<ServiceMandataire> {

  private final int antennesMin;
  private final int antennesMax;
  private final int dispoMin;
  private final int dispoMax;
  private final boolean suspendu;

  GenerateurService(int antennesMin, int antennesMax, int dispoMin, int dispoMax, boolean suspendu) {
    if (antennesMin < 0 || antennesMax < antennesMin || dispoMin < 0 || dispoMax < dispoMin) {
      throw new IllegalArgumentException("Bornes : 0 <= min <= max attendu");
    }
    this.antennesMin = antennesMin;
    this.antennesMax = antennesMax;
    this.dispoMin = dispoMin;
    this.dispoMax = dispoMax;
    this.suspendu = suspendu;
  }

  /**
   * Exactement {@code nombre} antennes.
   *
   * @param nombre nombre d'antennes voulu, positif ou nul
   * @return nouveau générateur, ce nombre d'antennes imposé
   */
  public GenerateurService nombreAntennes(int nombre) {
    return nombreAntennes(nombre, nombre);
  }

  /**
   * Entre {@code min} et {@code max} antennes.
   *
   * @param min nombre minimal d'antennes, positif ou nul
   * @param max nombre maximal d'antennes, au moins {@code min}
   * @return nouveau générateur, ces bornes imposées
   */
  public GenerateurService nombreAntennes(int min, int max) {
    return new GenerateurService(min, max, dispoMin, dispoMax, suspendu);
  }

  /**
   * Capacité du service entre {@code min} et {@code max}.
   *
   * @param min capacité minimale (nombre de mesures souhaité), positive ou nulle
   * @param max capacité maximale, au moins {@code min}
   * @return nouveau générateur, ces bornes de capacité imposées
   */
  public GenerateurService dispoMax(int min, int max) {
    return new GenerateurService(antennesMin, antennesMax, min, max, suspendu);
  }

  /** {@return services suspendus (avec motif)} */
  public GenerateurService suspendus() {
    return new GenerateurService(antennesMin, antennesMax, dispoMin, dispoMax, true);
  }

  @Override
  public ServiceMandataire generer(RandomGenerator alea) {
    long id = Alea.entre(alea, 1, 100_000);
    int capacite = Alea.entre(alea, dispoMin, dispoMax);
    Set<CodeDepartement> deps = new LinkedHashSet<>();
    int nd = Alea.entre(alea, 1, 3);
    while (deps.size() < nd) {
      deps.add(Departements.avecCodesPostaux().generer(alea));
    }
    CodeDepartement principal = deps.iterator().next();
    ServiceMandataire.Builder b =
        ServiceMandataire.builder()
            .id(id)
            .nom("Service " + id)
            .siret(Sirets.valides().generer(alea))
            .adresseLocalisation(Alea.entre(alea, 1, 120) + " avenue de la Liberté")
            .codePostal(CodesPostaux.duDepartement(principal).generer(alea).valeur())
            .ville("VILLE " + principal.valeur())
            .latitude(Positions.latitude(alea))
            .longitude(Positions.longitude(alea))
            .dispoMax(capacite)
            .addAllDepartements(deps)
            .suspendu(suspendu)
            .addTribunauxPreferes(Tribunaux.ids().generer(alea));
    if (suspendu) {
      b.motifSuspension("Réorganisation");
    }
    int na = Alea.entre(alea, antennesMin, antennesMax);
    int reste = capacite;
    for (int i = 1; i <= na; i++) {
      int max = Alea.entre(alea, 0, reste);
      reste -= max;
      CodeDepartement dep = Alea.parmi(alea, deps.toArray(new CodeDepartement[0]));
      b.addAntennes(
          Antenne.builder()
              .id(id * 100 + i)
              .serviceId(id)
              .nom("Antenne " + i)
              .departement(dep)
              .codePostal(CodesPostaux.duDepartement(dep).generer(alea).valeur())
              .ville("VILLE " + dep.valeur())
              .latitude(Positions.latitude(alea))
              .longitude(Positions.longitude(alea))
              .mesuresMax(max)
              .build());
    }
    return b.build();
  }
}
