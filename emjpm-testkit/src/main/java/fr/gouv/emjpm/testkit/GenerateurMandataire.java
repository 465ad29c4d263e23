// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.testkit.internal.Alea;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Générateur configurable de mandataires (individuels ou préposés) valides, obtenu par {@link
 * Mandataires#individuels()} ou {@link Mandataires#preposes()}. Un individuel a toujours un SIRET
 * (clé correcte) ; un mandataire suspendu a toujours un motif ; au moins un tribunal préféré ; adresse,
 * code postal, département et position cohérents. Immuable et thread-safe.
 */
public final class GenerateurMandataire implements Generateur<Mandataire> {

  private final TypeGestionnaire type;
  private final int dispoMin;
  private final int dispoMax;
  private final Optional<Boolean> suspendu;
  private final Optional<CodeDepartement> departement;

  GenerateurMandataire(TypeGestionnaire type, int dispoMin, int dispoMax, Optional<Boolean> suspendu, Optional<CodeDepartement> departement) {
    if (!type.estMandataire()) {
      throw new IllegalArgumentException("Un mandataire est individuel ou préposé");
    }
    if (dispoMin < 0 || dispoMax < dispoMin) {
      throw new IllegalArgumentException("Capacité : 0 <= min <= max attendu");
    }
    this.type = type;
    this.dispoMin = dispoMin;
    this.dispoMax = dispoMax;
    this.suspendu = suspendu;
    this.departement = departement;
  }

  /**
   * Capacité souhaitée ({@code dispoMax}) entre {@code min} et {@code max}.
   *
   * @param min capacité minimale (nombre de mesures souhaité), positive ou nulle
   * @param max capacité maximale, au moins {@code min}
   * @return nouveau générateur, ces bornes de capacité imposées
   */
  public GenerateurMandataire dispoMax(int min, int max) {
    return new GenerateurMandataire(type, min, max, suspendu, departement);
  }

  /**
   * Suspension imposée (avec motif si vrai).
   *
   * @param valeur vrai pour des mandataires tous suspendus, faux pour aucun
   * @return nouveau générateur, cette suspension imposée
   */
  public GenerateurMandataire suspendu(boolean valeur) {
    return new GenerateurMandataire(type, dispoMin, dispoMax, Optional.of(valeur), departement);
  }

  /**
   * Département imposé (code postal tiré dans ce département).
   *
   * @param valeur code du département de tous les mandataires ; un département sans code postal propre ({@code 97}, {@code 98}) est refusé
   * @return nouveau générateur, ce département imposé
   */
  public GenerateurMandataire departement(CodeDepartement valeur) {
    CodesPostaux.duDepartement(valeur);
    return new GenerateurMandataire(type, dispoMin, dispoMax, suspendu, Optional.of(valeur));
  }

  @Override
  public Mandataire generer(RandomGenerator alea) {
    CodeDepartement dep = departement.orElseGet(() -> Departements.avecCodesPostaux().generer(alea));
    boolean estSuspendu = suspendu.orElseGet(() -> Alea.avecProbabilite(alea, 0.1));
    Mandataire.Builder b =
        Mandataire.builder()
            .id(Alea.entre(alea, 1, 100_000))
            .type(type)
            .listeBlancheId(Alea.entre(alea, 1, 100_000))
            .adresseLocalisation(Alea.entre(alea, 1, 120) + " rue de la République")
            .codePostal(CodesPostaux.duDepartement(dep).generer(alea).valeur())
            .ville("VILLE " + dep.valeur())
            .departement(dep)
            .latitude(Positions.latitude(alea))
            .longitude(Positions.longitude(alea))
            .dispoMax(Alea.entre(alea, dispoMin, dispoMax))
            .suspendu(estSuspendu)
            .syncOcmi(Alea.avecProbabilite(alea, 0.2));
    if (type == TypeGestionnaire.INDIVIDUEL || alea.nextBoolean()) {
      b.siret(Sirets.valides().generer(alea));
    }
    if (estSuspendu) {
      b.motifSuspension("Congé");
    }
    int n = Alea.entre(alea, 1, 3);
    for (int i = 0; i < n; i++) {
      b.addTribunauxPreferes(Tribunaux.ids().generer(alea));
    }
    return b.build();
  }
}
