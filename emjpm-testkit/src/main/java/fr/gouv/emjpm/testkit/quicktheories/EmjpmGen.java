// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit.quicktheories;

import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Position;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.testkit.CodesPostaux;
import fr.gouv.emjpm.testkit.Departements;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mandataires;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.NumerosRg;
import fr.gouv.emjpm.testkit.Services;
import fr.gouv.emjpm.testkit.Sirets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Adaptateurs QuickTheories des générateurs du testkit : chaque {@link Gen} tire une graine puis
 * délègue au {@link Generateur} Java pur correspondant (la réduction porte donc sur la graine, pas sur
 * la structure). Exemple :
 *
 * <pre>{@code
 * qt().forAll(EmjpmGen.mesures()).check(m -> m.etats().size() <= 4);
 * qt().forAll(EmjpmGen.depuis(Mesures.enCours().nombreEtats(3))).check(...);
 * }</pre>
 */
public final class EmjpmGen {

  private EmjpmGen() {}

  /**
   * {@link Gen} qui délègue à un générateur du testkit.
   *
   * @param generateur générateur du testkit, appelé avec une graine tirée par QuickTheories
   * @return {@link Gen} dont la réduction porte sur la graine
   * @param <T> type des valeurs produites
   */
  public static <T> Gen<T> depuis(Generateur<T> generateur) {
    return SourceDSL.longs().all().map(generateur::generer);
  }

  /** {@return mesures valides de tout statut} */
  public static Gen<Mesure> mesures() {
    return depuis(Mesures.generateur());
  }

  /**
   * Mesures valides de tout statut dont chaque champ facultatif est rempli une fois sur deux (numéro
   * de dossier, magistrat, greffier, position, éditeur, dates, cause de sortie, résultat de révision,
   * demande de réouverture…), avec des textes qui éprouvent l'échappement (guillemets, accents,
   * séparateurs Unicode) : pour les propriétés d'aller-retour d'un format.
   *
   * @return mesures valides aux champs facultatifs variés
   */
  public static Gen<Mesure> mesuresCompletes() {
    return SourceDSL.longs().all().map(graine -> {
      SplittableRandom a = new SplittableRandom(graine);
      Mesure m = Mesures.generateur().generer(a);
      String[] textes = {"Cabinet 3", "« Chambre » \"B\"", "ligne\u2028séparée", "Dossier\\12/ü"};
      Optional<String> dossier = a.nextBoolean() ? Optional.of(textes[a.nextInt(textes.length)]) : m.numeroDossier();
      Optional<Long> magistrat = a.nextBoolean() ? Optional.of(1 + a.nextLong(Long.MAX_VALUE - 1)) : m.magistratId();
      Optional<Long> greffier = a.nextBoolean() ? Optional.of(1L + a.nextInt(100_000)) : m.greffierId();
      Optional<Position> position = a.nextBoolean()
          ? Optional.of(Position.of(-90 + 180 * a.nextDouble(), -180 + 360 * a.nextDouble())) : m.position();
      Optional<Long> editeur = a.nextBoolean() ? Optional.of(1L + a.nextInt(1_000)) : m.editorId();
      Optional<LocalDate> jugement = a.nextBoolean() ? Optional.of(LocalDate.ofEpochDay(10_000 + a.nextInt(10_000))) : m.dateJugement();
      Optional<LocalDate> premiere = a.nextBoolean() ? Optional.of(LocalDate.ofEpochDay(10_000 + a.nextInt(10_000))) : m.datePremiereMesure();
      boolean fin = m.estEteinte() || a.nextInt(4) == 0;
      Optional<LocalDate> dateFin = fin ? Optional.of(LocalDate.ofEpochDay(15_000 + a.nextInt(5_000))) : m.dateFinMesure();
      Optional<CauseSortie> cause = fin ? Optional.of(CauseSortie.values()[a.nextInt(CauseSortie.values().length)]) : m.causeSortie();
      Optional<ResultatRevision> revision = a.nextBoolean()
          ? Optional.of(ResultatRevision.values()[a.nextInt(ResultatRevision.values().length)]) : m.resultatRevision();
      Optional<DemandeReouverture> demande = m.demandeReouverture();
      if (m.estEteinte() && a.nextBoolean()) {
        DemandeReouverture.Builder d = DemandeReouverture.builder()
            .gestionnaire(m.gestionnaire())
            .tribunal(m.tribunal())
            .urgent(a.nextBoolean())
            .nature(m.nature())
            .civilite(m.civilite())
            .anneeNaissance(m.anneeNaissance())
            .demandeeLe(Instant.ofEpochSecond(1_500_000_000L + a.nextInt(200_000_000)));
        if (a.nextBoolean()) {
          d.magistratId(1 + a.nextInt(1_000)).cabinet(textes[a.nextInt(textes.length)]);
        }
        demande = Optional.of(d.build());
      }
      return Mesure.builder()
          .id(m.id()).statut(m.statut()).gestionnaire(m.gestionnaire()).antenneId(m.antenneId())
          .tribunal(m.tribunal()).numeroRg(m.numeroRg()).numeroDossier(dossier).cabinet(m.cabinet())
          .magistratId(magistrat).greffierId(greffier).urgent(m.urgent()).dateJugement(jugement)
          .dateNomination(m.dateNomination()).datePremiereMesure(premiere)
          .dateProtectionEnCours(m.dateProtectionEnCours()).dateFinMesure(dateFin).causeSortie(cause)
          .resultatRevision(revision).nature(m.nature()).champ(m.champ()).lieuVie(m.lieuVie())
          .typeEtablissement(m.typeEtablissement()).civilite(m.civilite()).anneeNaissance(m.anneeNaissance())
          .codePostal(m.codePostal()).ville(m.ville()).pays(m.pays()).departement(m.departement())
          .position(position).editorId(editeur)
          .enAttenteReouverture(demande.isPresent()).demandeReouverture(demande).creeLe(m.creeLe())
          .addAllEtats(m.etats()).addAllRessources(m.ressources())
          .build();
    });
  }

  /** {@return suites d'états à dates distinctes croissantes} */
  public static Gen<List<MesureEtat>> etats() {
    return depuis(Mesures.etats());
  }

  /** {@return mandataires individuels valides} */
  public static Gen<Mandataire> mandatairesIndividuels() {
    return depuis(Mandataires.individuels());
  }

  /** {@return mandataires préposés valides} */
  public static Gen<Mandataire> mandatairesPreposes() {
    return depuis(Mandataires.preposes());
  }

  /** {@return services mandataires valides} */
  public static Gen<ServiceMandataire> services() {
    return depuis(Services.generateur());
  }

  /** {@return numéros RG normalisés} */
  public static Gen<NumeroRg> numerosRg() {
    return depuis(NumerosRg.valides());
  }

  /** {@return saisies de numéros RG à normaliser} */
  public static Gen<String> saisiesRg() {
    return depuis(NumerosRg.saisies());
  }

  /** {@return codes postaux bien formés (métropole, Corse, outre-mer)} */
  public static Gen<CodePostal> codesPostaux() {
    return depuis(CodesPostaux.tous());
  }

  /** {@return codes de département existants} */
  public static Gen<CodeDepartement> codesDepartement() {
    return depuis(Departements.codes());
  }

  /** {@return SIRET à clé correcte} */
  public static Gen<Siret> sirets() {
    return depuis(Sirets.valides());
  }

  /**
   * {@return textes quelconques : chaînes Unicode de QuickTheories (tous points de code) mêlées aux textes
   * hostiles du testkit ({@link fr.gouv.emjpm.testkit.Textes#arbitraires}), et {@code null} exclu}
   */
  public static Gen<String> textesArbitraires() {
    return SourceDSL.strings().allPossible().ofLengthBetween(0, 24)
        .mix(depuis(fr.gouv.emjpm.testkit.Textes.arbitraires(0, 24)))
        .mix(saisiesRg());
  }
}
