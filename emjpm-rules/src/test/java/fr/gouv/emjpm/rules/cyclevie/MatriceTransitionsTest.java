// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import fr.gouv.emjpm.rules.validation.Regle;
import fr.gouv.emjpm.rules.validation.ReglesMesure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matrice statut × opération pour chaque nature de mesure : une opération légale donne le nouvel
 * état attendu (qui respecte les invariants), une opération illégale une violation avec son code,
 * jamais une exception.
 */
class MatriceTransitionsTest {

  /** Statuts de départ : les trois statuts, plus « en attente » sous demande de réouverture. */
  enum Depart {
    EN_ATTENTE,
    EN_ATTENTE_REOUVERTURE,
    EN_COURS,
    ETEINTE;

    Mesure construire(NatureMesure n) {
      return switch (this) {
        case EN_ATTENTE -> Jeux.enAttente(n);
        case EN_ATTENTE_REOUVERTURE -> Jeux.enReouverture(n);
        case EN_COURS -> Jeux.enCours(n);
        case ETEINTE -> Jeux.eteinte(n);
      };
    }
  }

  private static final ContexteRegles CTX = Jeux.ctx();
  private static final LocalDate J = LocalDate.of(2024, 3, 12);

  private static final Map<Operation, Function<Mesure, Resultat<Transition>>> OPERATIONS =
      Map.ofEntries(
          Map.entry(Operation.RESERVER, m -> Reservation.reserver(Jeux.reservation(m.nature()), Jeux.JUGE, MesuresExistantes.de(List.of(m)), CTX)),
          Map.entry(Operation.ACCEPTER, m -> Acceptation.accepter(m, Jeux.acceptation(J), Jeux.ACTEUR, CTX)),
          Map.entry(Operation.CREER, m -> Creation.creer(creation(m.nature()), Jeux.ACTEUR, MesuresExistantes.de(List.of(m)), CTX)),
          Map.entry(Operation.MODIFIER, m -> Creation.modifier(m, FormulaireModification.depuis(m).withDateProtectionEnCours(J).withDateNomination(J), Jeux.ACTEUR, MesuresExistantes.de(List.of(m)), CTX)),
          Map.entry(Operation.CLOTURER, m -> Cloture.cloturer(m, Optional.of(J.plusDays(1)), Optional.of(CauseSortie.DECES), Jeux.ACTEUR, CTX)),
          Map.entry(Operation.REACTIVER, m -> Cloture.reactiver(m, Jeux.ACTEUR, CTX)),
          Map.entry(Operation.REFUSER_REOUVERTURE, m -> Cloture.refuserReouverture(m, Jeux.ACTEUR, CTX)),
          Map.entry(Operation.ANNULER, m -> Suppression.annuler(m, Jeux.JUGE, "jugement différé", CTX)),
          Map.entry(Operation.SUPPRIMER, m -> Suppression.supprimer(m, Jeux.ACTEUR, CTX)),
          Map.entry(Operation.MODIFIER_ETATS, m -> Etats.ajouter(m, etat(m.nature()), Jeux.ACTEUR, CTX)),
          Map.entry(Operation.MODIFIER_RESSOURCES, m -> Ressources.enregistrer(m, Ressource.builder().annee(2023).niveauRessource(BigDecimal.TEN).build(), false, Jeux.ACTEUR, CTX)));

  static FormulaireCreation creation(NatureMesure n) {
    return FormulaireCreation.builder()
        .numeroRg(Jeux.RG)
        .tribunal(Jeux.TRIBUNAL)
        .civilite(fr.gouv.emjpm.domain.mesure.Civilite.MONSIEUR)
        .anneeNaissance(1960)
        .dateNomination(J)
        .nature(n)
        .lieuVie(LieuVie.DOMICILE)
        .pays(Pays.FR)
        .codePostal("59000")
        .ville("Lille")
        .build();
  }

  static FormulaireEtat etat(NatureMesure n) {
    return FormulaireEtat.builder()
        .dateChangementEtat(LocalDate.of(2024, 3, 13))
        .nature(n)
        .lieuVie(LieuVie.SDF)
        .pays(Pays.BE)
        .build();
  }

  /** Attendu : statut d'arrivée (vide = suppression) ou code de la violation. */
  record Attendu(Optional<StatutMesure> statut, boolean supprimee, Optional<CodeRegle> code) {
    static Attendu vers(StatutMesure s) {
      return new Attendu(Optional.of(s), false, Optional.empty());
    }

    static Attendu suppression() {
      return new Attendu(Optional.empty(), true, Optional.empty());
    }

    static Attendu refus(CodeRegle c) {
      return new Attendu(Optional.empty(), false, Optional.of(c));
    }
  }

  static Attendu attendu(Depart d, Operation op) {
    Attendu interdite = Attendu.refus(CodeRegle.TRANSITION_INTERDITE);
    return switch (op) {
      case RESERVER -> switch (d) {
        case EN_COURS -> Attendu.refus(CodeRegle.MESURE_DEJA_EN_COURS);
        case ETEINTE -> Attendu.vers(StatutMesure.EN_ATTENTE);
        default -> Attendu.refus(CodeRegle.MESURE_DEJA_EN_ATTENTE);
      };
      case ACCEPTER -> d == Depart.EN_ATTENTE || d == Depart.EN_ATTENTE_REOUVERTURE ? Attendu.vers(StatutMesure.EN_COURS) : interdite;
      case CREER -> Attendu.refus(CodeRegle.RG_DEJA_UTILISE);
      case MODIFIER, CLOTURER, MODIFIER_ETATS, MODIFIER_RESSOURCES -> d == Depart.EN_COURS
          ? Attendu.vers(op == Operation.CLOTURER ? StatutMesure.ETEINTE : StatutMesure.EN_COURS)
          : interdite;
      case REACTIVER -> d == Depart.ETEINTE ? Attendu.vers(StatutMesure.EN_COURS) : interdite;
      case REFUSER_REOUVERTURE -> switch (d) {
        case EN_ATTENTE_REOUVERTURE -> Attendu.vers(StatutMesure.ETEINTE);
        case EN_ATTENTE -> Attendu.refus(CodeRegle.PAS_DE_DEMANDE_REOUVERTURE);
        default -> interdite;
      };
      case ANNULER -> switch (d) {
        case EN_ATTENTE -> Attendu.suppression();
        case EN_ATTENTE_REOUVERTURE -> Attendu.vers(StatutMesure.ETEINTE);
        default -> interdite;
      };
      case SUPPRIMER -> Attendu.suppression();
    };
  }

  static Stream<Arguments> cas() {
    List<Arguments> cas = new ArrayList<>();
    for (NatureMesure n : NatureMesure.values()) {
      for (Depart d : Depart.values()) {
        for (Operation op : Operation.values()) {
          cas.add(Arguments.of(n, d, op));
        }
      }
    }
    return cas.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cas")
  void transition(NatureMesure nature, Depart depart, Operation op) {
    Mesure m = depart.construire(nature);
    Attendu a = attendu(depart, op);
    Resultat<Transition> r = OPERATIONS.get(op).apply(m);
    if (a.code().isPresent()) {
      assertThat(r.estSucces()).as("refus attendu").isFalse();
      assertThat(r.rapport().codes()).contains(a.code().get().code());
      return;
    }
    assertThat(r.violations()).as("violations").filteredOn(v -> v.estBloquante()).isEmpty();
    Transition t = r.valeurOuErreur();
    assertThat(t.supprimee()).isEqualTo(a.supprimee());
    if (a.supprimee()) {
      assertThat(t.effets(Effet.SupprimerMesure.class)).extracting(Effet.SupprimerMesure::cle).containsExactly(CleMesure.de(m));
      return;
    }
    Mesure apres = t.mesure().orElseThrow();
    assertThat(apres.statut()).isEqualTo(a.statut().orElseThrow());
    assertThat(apres.gestionnaire()).isEqualTo(m.gestionnaire());
    assertThat(Regle.appliquer(ReglesMesure.toutes(), apres, CTX).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cas")
  void unAutreGestionnaireNeModifieJamaisLaMesure(NatureMesure nature, Depart depart, Operation op) {
    if (op == Operation.RESERVER || op == Operation.CREER || op == Operation.ANNULER) {
      return; // opérations du juge, ou sans mesure cible
    }
    Mesure m = depart.construire(nature).withGestionnaire(fr.gouv.emjpm.domain.gestionnaire.GestionnaireId.service(9));
    Resultat<Transition> r = OPERATIONS.get(op).apply(m);
    assertThat(r.estSucces()).isFalse();
    assertThat(r.rapport().codes()).contains(CodeRegle.MESURE_AUTRE_GESTIONNAIRE.code());
  }
}
