// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.Regle;
import fr.gouv.emjpm.rules.validation.ReglesMesure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Propriétés du cycle de vie : après toute suite aléatoire d'opérations (légales ou refusées), la
 * mesure a exactement un gestionnaire ; en cours, elle a une date de nomination et au moins un état ;
 * ses champs courants sont ceux de son dernier état ; au plus un état par jour ; clôturée, elle a une
 * date de fin. Aucune opération ne lève d'exception.
 */
class CycleDeVieProperties {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final NatureMesure[] NATURES = NatureMesure.values();
  private static final ChampMesure[] CHAMPS = ChampMesure.values();
  private static final LieuVie[] LIEUX = LieuVie.values();
  private static final String[] CODES_POSTAUX = {"75005", "20190", "97411", "59000"};

  /** Une commande codée : opération et paramètres tirés d'un entier. */
  private static Gen<List<Integer>> commandes() {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 40);
  }

  private static FormulaireEtat etat(int jour, int n, int c, int lieu, int cp) {
    LieuVie l = LIEUX[lieu % LIEUX.length];
    return FormulaireEtat.builder()
        .dateChangementEtat(BASE.plusDays(jour))
        .nature(NATURES[n % NATURES.length])
        .champ(c % 4 == 3 ? Optional.empty() : Optional.of(CHAMPS[c % 3]))
        .lieuVie(l)
        .typeEtablissement(TypeEtablissement.AUTRE_ETABLISSEMENT)
        .pays(cp % 5 == 4 ? Pays.BE : Pays.FR)
        .codePostal(CODES_POSTAUX[cp % CODES_POSTAUX.length])
        .ville("ville")
        .build();
  }

  private static Resultat<Transition> appliquer(Mesure m, int x, ContexteRegles ctx) {
    return appliquer(m, x, ctx, Jeux.ACTEUR);
  }

  private static Resultat<Transition> appliquer(Mesure m, int x, ContexteRegles ctx, ActeurGestionnaire g) {
    int op = x % 14;
    int a = (x / 14) % 31;
    int b = (x / 434) % 9;
    int c = (x / 3906) % 4;
    int d = (x / 15624) % 5;
    return switch (op) {
      case 0 -> Reservation.reserver(Jeux.reservation(NATURES[b]).withGestionnaire(m.gestionnaire()).withNumeroRg(m.numeroRg().valeur()), Juge.magistrat(m.tribunal(), 7), MesuresExistantes.de(List.of(m)), ctx);
      case 1 -> Acceptation.accepter(m, FormulaireAcceptation.builder().dateNomination(BASE.plusDays(a)).lieuVie(LIEUX[b % 4])
          .typeEtablissement(TypeEtablissement.ETABLISSEMENT_HANDICAPES).pays(Pays.FR).codePostal(CODES_POSTAUX[c]).ville("v").build(), g, ctx);
      case 2, 3 -> Etats.ajouter(m, etat(a, b, c, d, a + b), g, ctx);
      case 4 -> m.etats().isEmpty() ? Etats.supprimer(m, BASE, g, ctx)
          : Etats.modifier(m, m.etats().get(a % m.etats().size()).dateChangementEtat(), etat(a % 3 == 0 ? a : (int) java.time.temporal.ChronoUnit.DAYS.between(BASE, m.etats().get(a % m.etats().size()).dateChangementEtat()), b, c, d, a), g, ctx);
      case 5 -> m.etats().isEmpty() ? Etats.supprimer(m, BASE, g, ctx) : Etats.supprimer(m, m.etats().get(a % m.etats().size()).dateChangementEtat(), g, ctx);
      case 6 -> Cloture.cloturer(m, Optional.of(BASE.plusDays(a)), Optional.of(CauseSortie.values()[c]), g, ctx);
      case 7 -> Cloture.reactiver(m, g, ctx);
      case 8 -> Cloture.refuserReouverture(m, g, ctx);
      case 9 -> Suppression.annuler(m, Juge.magistrat(m.tribunal(), 7), "motif", ctx);
      case 10 -> Creation.modifier(m, FormulaireModification.depuis(m).withDateProtectionEnCours(BASE.plusDays(a)).withDateNomination(BASE), g, MesuresExistantes.de(List.of(m)), ctx);
      case 11 -> Ressources.enregistrer(m, Ressource.builder().annee(2000 + a).niveauRessource(BigDecimal.valueOf(b)).build(), c == 0, g, ctx);
      case 12 -> Suppression.supprimer(m, g, ctx);
      default -> Resultat.succes(lot(m, a % 2 == 0
          ? TachesQuotidiennes.expirerReservations(List.of(m), Jeux.ctx("2025-0" + (1 + b) + "-01T00:00:00Z"))
          : TachesQuotidiennes.cloturerEchues(List.of(m), Jeux.ctx("2024-02-0" + (1 + b) + "T00:00:00Z"))));
    };
  }

  private static Transition lot(Mesure m, TransitionLot lot) {
    if (!lot.supprimees().isEmpty()) {
      return Transition.suppression();
    }
    return Transition.vers(lot.modifiees().isEmpty() ? m : lot.modifiees().get(0));
  }

  @Test
  void lesInvariantsTiennentApresTouteSuiteDOperations() {
    ContexteRegles ctx = Jeux.ctx();
    qt().withExamples(300).forAll(commandes()).checkAssert(cmds -> {
      Mesure m = Jeux.enAttente(NatureMesure.TUTELLE);
      for (int x : cmds) {
        Resultat<Transition> r = appliquer(m, x, ctx);
        if (!r.estSucces()) {
          assertThat(r.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.code()).isNotBlank());
          continue;
        }
        Optional<Mesure> suivante = r.valeurOuErreur().mesure();
        m = suivante.orElseGet(() -> Jeux.enAttente(NatureMesure.CURATELLE_SIMPLE));
        verifier(m, ctx);
      }
    });
  }

  /** Avec les générateurs d'emjpm-testkit : la dérivation §2.3 retrouve la date du générateur. */
  @Test
  void laDerivationRetrouveLaDateDeProtectionDesMesuresGenerees() {
    qt().withExamples(300).forAll(EmjpmGen.mesures()).checkAssert(m -> {
      Mesure d = Etats.deriver(m);
      if (m.etats().isEmpty()) {
        assertThat(d).isEqualTo(m);
        return;
      }
      assertThat(d.dateProtectionEnCours()).isEqualTo(m.dateProtectionEnCours());
      assertThat(d.nature()).isEqualTo(m.etatCourant().orElseThrow().nature());
      assertThat(d.etats()).isEqualTo(m.etats());
    });
  }

  /**
   * Avec les générateurs d'emjpm-testkit : depuis toute mesure générée, toute suite d'opérations de
   * son gestionnaire garde un seul gestionnaire, les invariants, et ne lève jamais d'exception.
   */
  @Test
  void lesInvariantsTiennentDepuisToutesLesMesuresGenerees() {
    ContexteRegles ctx = Jeux.ctx("2031-01-01T00:00:00Z");
    java.util.concurrent.atomic.AtomicInteger valides = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger succes = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(200).forAll(EmjpmGen.mesures(), commandes()).checkAssert((depart, cmds) -> {
      Mesure m = depart;
      ActeurGestionnaire g =
          ActeurGestionnaire.de(m.gestionnaire(), java.util.Set.of(m.tribunal()), m.antenneId().map(java.util.Set::of).orElse(java.util.Set.of()));
      boolean valideAuDepart = Regle.appliquer(ReglesMesure.toutes(), m, ctx).estValide();
      if (valideAuDepart) {
        valides.incrementAndGet();
      }
      for (int x : cmds) {
        Resultat<Transition> r = appliquer(m, x, ctx, g);
        if (r.estSucces() && r.valeurOuErreur().mesure().isPresent()) {
          m = r.valeurOuErreur().mesure().get();
          succes.incrementAndGet();
          assertThat(m.gestionnaire()).isEqualTo(depart.gestionnaire());
          if (valideAuDepart) {
            assertThat(Regle.appliquer(ReglesMesure.toutes(), m, ctx).violations()).isEmpty();
          }
        }
      }
    });
    // La propriété n'est pas vide : des mesures générées sont valides et des opérations réussissent.
    assertThat(valides.get()).isGreaterThan(100);
    assertThat(succes.get()).isGreaterThan(200);
  }

  private static void verifier(Mesure m, ContexteRegles ctx) {
    assertThat(m.gestionnaire()).isEqualTo(Jeux.GESTIONNAIRE);
    assertThat(Regle.appliquer(ReglesMesure.toutes(), m, ctx).violations()).as("invariants de %s", m.statut()).isEmpty();
    if (m.statut() == StatutMesure.EN_COURS) {
      assertThat(m.dateNomination()).isPresent();
      assertThat(m.etats()).isNotEmpty();
      MesureEtat dernier = Etats.courant(m.etats()).orElseThrow();
      assertThat(m.nature()).isEqualTo(dernier.nature());
      assertThat(m.champ()).isEqualTo(dernier.champ());
      assertThat(m.lieuVie()).contains(dernier.lieuVie());
      assertThat(m.codePostal()).isEqualTo(dernier.codePostal());
    }
    assertThat(m.etats().stream().map(MesureEtat::dateChangementEtat).distinct().count()).isEqualTo(m.etats().size());
    if (m.statut() == StatutMesure.ETEINTE) {
      assertThat(m.dateFinMesure()).isPresent();
    }
  }
}
