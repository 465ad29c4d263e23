// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.Localisation;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Propriété de la réimportation (§6.6) : enregistrer la ligne d'un fichier sur une mesure existante de
 * même clé remplace ses états par l'état de la ligne et garde chaque champ que la ligne ne porte pas
 * (ressources, date de première mesure, résultat de révision, magistrat, greffier, date de jugement,
 * urgence, logiciel métier ; numéro de dossier et cabinet quand la cellule est vide).
 */
class ReimportProperties {

  private static final ContexteRegles CTX = Jeux.ctx("2024-03-15T10:00:00Z");
  private static final Siret BOURG = Siret.of("17690111400080");
  private static final TribunalId TRIBUNAL = Localisation.tribunal(BOURG, CTX).orElseThrow();

  /** Une mesure existante quelconque (tous statuts) et la ligne d'un fichier de même clé. */
  record Cas(Mesure existante, SaisieMesure ligne) {}

  private static final Generateur<Cas> CAS = alea -> {
    Mesure m = Mesures.generateur().gestionnaire(Jeux.GESTIONNAIRE).tribunal(TRIBUNAL)
        .datesEntre(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 12, 31)).generer(alea);
    // champs qu'aucune ligne de fichier ne porte, remplis au hasard
    if (alea.nextBoolean()) {
      m = m.withMagistratId(1L + alea.nextInt(900)).withUrgent(alea.nextBoolean());
    }
    if (alea.nextBoolean()) {
      m = m.withGreffierId(1L + alea.nextInt(900)).withDateJugement(LocalDate.of(2019, 1 + alea.nextInt(12), 3));
    }
    if (alea.nextBoolean()) {
      m = m.withResultatRevision(ResultatRevision.values()[alea.nextInt(ResultatRevision.values().length)]);
    }
    if (alea.nextBoolean()) {
      m = m.withEditorId(1L + alea.nextInt(50));
    }
    if (alea.nextBoolean()) {
      m = m.withDatePremiereMesure(LocalDate.of(1990 + alea.nextInt(10), 6, 1));
    }
    LocalDate date = LocalDate.of(2000 + alea.nextInt(24), 1 + alea.nextInt(12), 1 + alea.nextInt(28));
    LieuVie lieu = alea.nextBoolean() ? LieuVie.DOMICILE : LieuVie.SDF;
    String[] rgs = {m.numeroRg().valeur(), m.numeroRg().valeur().toLowerCase(java.util.Locale.ROOT),
        " " + m.numeroRg().valeur() + " "};
    SaisieMesure.Builder l = SaisieMesure.builder()
        .numeroRg(rgs[alea.nextInt(rgs.length)])
        .anneeNaissance(1920 + alea.nextInt(80))
        .civilite(alea.nextBoolean() ? Civilite.MADAME : Civilite.MONSIEUR)
        .tribunalSiret(BOURG)
        .dateNomination(date)
        .addEtats(SaisieEtat.builder().dateChangementEtat(date)
            .nature(NatureMesure.values()[alea.nextInt(NatureMesure.values().length)])
            .lieuVie(lieu).pays(Pays.FR).codePostal("75005").ville("Paris").build());
    if (alea.nextBoolean()) {
      l.numeroDossier("N" + alea.nextInt(1000));
    }
    if (alea.nextBoolean()) {
      l.tribunalCabinet("Cabinet " + alea.nextInt(10));
    }
    return new Cas(m, l.build());
  };

  @Test
  void importerUneLigneSurUneMesureExistanteGardeChaqueChampQueLaLigneNePortePas() {
    qt().withExamples(500).forAll(EmjpmGen.depuis(CAS)).checkAssert(c -> {
      Mesure e = c.existante();
      SaisieMesure l = c.ligne();
      Mesure m = Enregistrement.enregistrer(l, Jeux.GESTIONNAIRE, Set.of(), Optional.empty(),
              MesuresExistantes.de(List.of(e)), Provenance.FICHIER, CTX)
          .valeurOuErreur().mesure().orElseThrow();
      // même mesure, mise à jour
      assertThat(CleMesure.de(m)).isEqualTo(CleMesure.de(e));
      assertThat(m.id()).isEqualTo(e.id());
      assertThat(m.creeLe()).isEqualTo(e.creeLe());
      // ce que porte la ligne : statut en cours, états remplacés par l'état de la ligne
      assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
      assertThat(m.etats()).extracting(MesureEtat::dateChangementEtat).containsExactly(l.dateNomination().orElseThrow());
      assertThat(m.nature()).isEqualTo(l.etats().get(0).nature().orElseThrow());
      assertThat(m.civilite()).isEqualTo(l.civilite());
      assertThat(m.anneeNaissance()).isEqualTo(l.anneeNaissance());
      assertThat(m.dateNomination()).isEqualTo(l.dateNomination());
      assertThat(m.dateFinMesure()).isEmpty();
      assertThat(m.causeSortie()).isEmpty();
      // ce que la ligne ne porte pas : gardé
      assertThat(m.ressources()).isEqualTo(e.ressources());
      assertThat(m.datePremiereMesure()).isEqualTo(e.datePremiereMesure());
      assertThat(m.resultatRevision()).isEqualTo(e.resultatRevision());
      assertThat(m.magistratId()).isEqualTo(e.magistratId());
      assertThat(m.greffierId()).isEqualTo(e.greffierId());
      assertThat(m.dateJugement()).isEqualTo(e.dateJugement());
      assertThat(m.urgent()).isEqualTo(e.urgent());
      assertThat(m.editorId()).isEqualTo(e.editorId());
      // cellule vide : gardé ; cellule remplie : la valeur de la ligne
      assertThat(m.numeroDossier()).isEqualTo(l.numeroDossier().isPresent() ? l.numeroDossier() : e.numeroDossier());
      assertThat(m.cabinet()).isEqualTo(l.tribunalCabinet().isPresent() ? l.tribunalCabinet() : e.cabinet());
    });
  }

  @Test
  void unLogicielMetierRemplaceLaMesureMaisGardeLaReservation() {
    qt().withExamples(200).forAll(EmjpmGen.depuis(CAS)).checkAssert(c -> {
      Mesure e = c.existante();
      SaisieMesure l = c.ligne();
      Mesure m = Enregistrement.enregistrer(l, Jeux.GESTIONNAIRE, Set.of(), Optional.of(3L),
              MesuresExistantes.de(List.of(e)), CTX)
          .valeurOuErreur().mesure().orElseThrow();
      // OCMI (sans éditeur) : même conservation que les logiciels métier
      Mesure o = Enregistrement.enregistrer(l, Jeux.GESTIONNAIRE, Set.of(), Optional.empty(),
              MesuresExistantes.de(List.of(e)), Provenance.OCMI, CTX)
          .valeurOuErreur().mesure().orElseThrow();
      assertThat(o.withEditorId(Optional.of(3L))).isEqualTo(m);
      assertThat(m.id()).isEqualTo(e.id());
      assertThat(m.ressources()).isEmpty();
      assertThat(m.datePremiereMesure()).isEmpty();
      assertThat(m.resultatRevision()).isEmpty();
      assertThat(m.numeroDossier()).isEqualTo(l.numeroDossier());
      assertThat(m.cabinet()).isEqualTo(l.tribunalCabinet());
      assertThat(m.editorId()).contains(3L);
      assertThat(m.magistratId()).isEqualTo(e.magistratId());
      assertThat(m.greffierId()).isEqualTo(e.greffierId());
      assertThat(m.dateJugement()).isEqualTo(e.dateJugement());
      assertThat(m.urgent()).isEqualTo(e.urgent());
    });
  }

  @Test
  void sansMesureExistanteLaLigneCreeUneMesureSansRienInventer() {
    qt().withExamples(100).forAll(EmjpmGen.depuis(CAS)).checkAssert(c -> {
      Mesure m = Enregistrement.enregistrer(c.ligne(), Jeux.GESTIONNAIRE, Set.of(), Optional.empty(),
              MesuresExistantes.aucune(), Provenance.FICHIER, CTX)
          .valeurOuErreur().mesure().orElseThrow();
      assertThat(m.id()).isEmpty();
      assertThat(m.ressources()).isEmpty();
      assertThat(m.magistratId()).isEmpty();
      assertThat(m.datePremiereMesure()).isEmpty();
      assertThat(m.numeroDossier()).isEqualTo(c.ligne().numeroDossier());
    });
  }

  @Test
  void unRgHeriteSeReimporteSurSaMesureEtPasSurCelleDontIlEtaitLeDoublon() {
    Mesure base = Mesures.enCours().gestionnaire(Jeux.GESTIONNAIRE).tribunal(TRIBUNAL).generer(7L);
    Mesure premiere = base.withId(MesureId.of(1)).withNumeroRg(fr.gouv.emjpm.domain.mesure.NumeroRg.normalise("21A00167"))
        .withNumeroDossier("premiere");
    Mesure heritee = base.withId(MesureId.of(2)).withNumeroRg(fr.gouv.emjpm.domain.mesure.NumeroRg.normalise("21A00167-1"))
        .withNumeroDossier("heritee");
    assertThat(heritee.numeroRg().estHerite()).isTrue();
    SaisieMesure ligne = CAS.generer(3L).ligne().withNumeroRg("21A00167-1").withNumeroDossier(Optional.empty());
    Mesure m = Enregistrement.enregistrer(ligne, Jeux.GESTIONNAIRE, Set.of(), Optional.empty(),
            MesuresExistantes.de(List.of(premiere, heritee)), Provenance.FICHIER, CTX)
        .valeurOuErreur().mesure().orElseThrow();
    assertThat(m.id()).contains(MesureId.of(2));
    assertThat(m.numeroRg().valeur()).isEqualTo("21A00167-1");
    assertThat(m.numeroDossier()).contains("heritee");
  }
}
