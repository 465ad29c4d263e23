// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Mesures de référence, fixes et lisibles, pour les tests d'exemple. Toutes sont valides ; les
 * identifiants et numéros RG sont fictifs. Immuable et thread-safe.
 */
public final class MesureFixtures {

  /** Tribunal des fixtures. */
  public static final TribunalId TRIBUNAL = TribunalId.of("100001");

  /** Mandataire individuel des fixtures. */
  public static final GestionnaireId INDIVIDUEL = GestionnaireId.individuel(1);

  /** Service mandataire des fixtures. */
  public static final GestionnaireId SERVICE = GestionnaireId.service(1);

  private MesureFixtures() {}

  /**
   * {@return tutelle aux biens et à la personne en cours depuis le 2021-03-15, à domicile à Paris 2e, un seul
   * état, gérée par {@link #INDIVIDUEL}}
   */
  public static Mesure tutelleEnCours() {
    LocalDate nomination = LocalDate.of(2021, 3, 15);
    return Mesure.builder()
        .id(MesureId.of(1))
        .statut(StatutMesure.EN_COURS)
        .gestionnaire(INDIVIDUEL)
        .tribunal(TRIBUNAL)
        .numeroRg(NumeroRg.normalise("21/00167"))
        .nature(NatureMesure.TUTELLE)
        .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .lieuVie(LieuVie.DOMICILE)
        .codePostal("75002")
        .ville("PARIS")
        .departement(CodeDepartement.of("75"))
        .civilite(Civilite.MADAME)
        .anneeNaissance(1942)
        .dateNomination(nomination)
        .dateProtectionEnCours(nomination)
        .creeLe(Instant.parse("2021-03-16T09:00:00Z"))
        .addEtats(
            MesureEtat.builder()
                .dateChangementEtat(nomination)
                .nature(NatureMesure.TUTELLE)
                .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
                .lieuVie(LieuVie.DOMICILE)
                .codePostal("75002")
                .ville("PARIS")
                .build())
        .build();
  }

  /** {@return curatelle renforcée réservée par le magistrat 7 le 2023-06-01, urgente, pour {@link #SERVICE}} */
  public static Mesure curatelleRenforceeEnAttente() {
    return Mesure.builder()
        .id(MesureId.of(2))
        .statut(StatutMesure.EN_ATTENTE)
        .gestionnaire(SERVICE)
        .tribunal(TRIBUNAL)
        .numeroRg(NumeroRg.normalise("23A00042"))
        .nature(NatureMesure.CURATELLE_RENFORCEE)
        .champ(ChampMesure.PROTECTION_BIEN)
        .civilite(Civilite.MONSIEUR)
        .anneeNaissance(1970)
        .magistratId(7L)
        .urgent(true)
        .dateJugement(LocalDate.of(2023, 7, 1))
        .creeLe(Instant.parse("2023-06-01T10:00:00Z"))
        .build();
  }

  /**
   * {@return exemple : trois états (2018-02-01 curatelle simple / personne, 2019-09-19
   * curatelle simple / biens et personne, 2020-05-12 curatelle renforcée / biens et personne en
   * établissement) ; date de protection en cours 2020-05-12}
   */
  public static Mesure curatelleAvecTroisEtats() {
    MesureEtat e1 = etat(LocalDate.of(2018, 2, 1), NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_PERSONNE);
    MesureEtat e2 = etat(LocalDate.of(2019, 9, 19), NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_BIEN_PERSONNE);
    MesureEtat e3 =
        etat(LocalDate.of(2020, 5, 12), NatureMesure.CURATELLE_RENFORCEE, ChampMesure.PROTECTION_BIEN_PERSONNE)
            .withLieuVie(LieuVie.ETABLISSEMENT)
            .withTypeEtablissement(TypeEtablissement.ETABLISSEMENT_PERSONNE_AGEE);
    return Mesure.builder()
        .id(MesureId.of(3))
        .statut(StatutMesure.EN_COURS)
        .gestionnaire(INDIVIDUEL)
        .tribunal(TRIBUNAL)
        .numeroRg(NumeroRg.normalise("18B01234"))
        .nature(NatureMesure.CURATELLE_RENFORCEE)
        .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .lieuVie(LieuVie.ETABLISSEMENT)
        .typeEtablissement(TypeEtablissement.ETABLISSEMENT_PERSONNE_AGEE)
        .codePostal("69003")
        .ville("LYON")
        .departement(CodeDepartement.of("69"))
        .civilite(Civilite.MONSIEUR)
        .anneeNaissance(1950)
        .dateNomination(e1.dateChangementEtat())
        .dateProtectionEnCours(e3.dateChangementEtat())
        .addEtats(e1, e2, e3)
        .build();
  }

  /** {@return la tutelle de {@link #tutelleEnCours()} clôturée le 2023-01-10 pour décès} */
  public static Mesure tutelleEteinte() {
    return tutelleEnCours()
        .withStatut(StatutMesure.ETEINTE)
        .withDateFinMesure(LocalDate.of(2023, 1, 10))
        .withCauseSortie(CauseSortie.DECES);
  }

  private static MesureEtat etat(LocalDate date, NatureMesure nature, ChampMesure champ) {
    return MesureEtat.builder()
        .dateChangementEtat(date)
        .nature(nature)
        .champ(champ)
        .lieuVie(LieuVie.DOMICILE)
        .codePostal("69003")
        .ville("LYON")
        .build();
  }
}
