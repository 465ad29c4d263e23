// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire;
import fr.gouv.emjpm.rules.cyclevie.CycleDeVie;
import fr.gouv.emjpm.rules.cyclevie.Effet;
import fr.gouv.emjpm.rules.cyclevie.FormulaireAcceptation;
import fr.gouv.emjpm.rules.cyclevie.FormulaireEtat;
import fr.gouv.emjpm.rules.cyclevie.FormulaireReservation;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Partie « cycle de vie » de {@code emjpm demo} : le juge réserve une mesure pour le gestionnaire qu'il a
 * choisi, le gestionnaire l'accepte, puis la personne protégée entre en établissement (changement
 * d'état), le mandat prend fin (mainlevée) et le mandataire réactive la mesure. Elle finit en cours : elle
 * compte dans les disponibilités. Horloge fixe du moteur. Libellés métier, jamais les codes stockés.
 */
final class DemoCycleDeVie {
  private DemoCycleDeVie() {}

  /** Instant de la démonstration (horloge fixe). */
  static final Instant INSTANT = Instant.parse("2024-03-15T09:00:00Z");

  /** Moteur de la démonstration : horloge fixée à {@link #INSTANT}, référentiel donné. */
  static EmjpmEngine moteur(fr.gouv.emjpm.domain.referentiel.Referentiel referentiel) {
    return EmjpmEngine.builder().clock(Clock.fixed(INSTANT, EmjpmEngine.FUSEAU_PARIS)).referentiel(referentiel).build();
  }

  /**
   * Réserve, accepte, fait changer d'état, clôt puis réactive une mesure.
   *
   * @return la mesure en cours obtenue
   */
  static Mesure afficher(PrintWriter out, EmjpmEngine engine, GestionnaireId mandataire, TribunalId tribunal,
      MesuresExistantes existantes) {
    CycleDeVie cycle = engine.cycleDeVie();
    ActeurGestionnaire acteur = ActeurGestionnaire.de(mandataire, Set.of(tribunal), Set.of());
    out.println("== Cycle de vie : le juge réserve une mesure pour " + mandataire + " (horloge fixée au "
        + engine.aujourdhui() + ")");

    Resultat<Transition> r =
        cycle.reserver(
            FormulaireReservation.builder()
                .gestionnaire(mandataire)
                .numeroRg("21/00167")
                .civilite(Civilite.MADAME)
                .anneeNaissance(1948)
                .nature(NatureMesure.CURATELLE_SIMPLE)
                .champ(ChampMesure.PROTECTION_PERSONNE)
                .build(),
            Juge.magistrat(tribunal, 1),
            existantes);
    out.println("  1. Réservation : le RG « 21/00167 » est refusé (" + r.violations().get(0).message() + ")");
    r =
        cycle.reserver(
            FormulaireReservation.builder()
                .gestionnaire(mandataire)
                .numeroRg("21a00167")
                .civilite(Civilite.MADAME)
                .anneeNaissance(1948)
                .nature(NatureMesure.CURATELLE_SIMPLE)
                .champ(ChampMesure.PROTECTION_PERSONNE)
                .urgent(true)
                .build(),
            Juge.magistrat(tribunal, 1),
            existantes);
    Mesure m = etape(out, "   Réservation par le magistrat", r);

    m =
        etape(
            out,
            "2. Acceptation par le mandataire",
            cycle.accepter(
                m,
                FormulaireAcceptation.builder()
                    .dateNomination(LocalDate.of(2024, 3, 1))
                    .lieuVie(LieuVie.DOMICILE)
                    .pays(Pays.FR)
                    .codePostal("59000")
                    .ville("Lille")
                    .build(),
                acteur));

    m =
        etape(
            out,
            "3. Changement d'état (aggravation, entrée en établissement)",
            cycle.ajouterEtat(
                m,
                FormulaireEtat.builder()
                    .dateChangementEtat(LocalDate.of(2024, 3, 10))
                    .nature(NatureMesure.CURATELLE_RENFORCEE)
                    .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
                    .lieuVie(LieuVie.ETABLISSEMENT)
                    .typeEtablissement(TypeEtablissement.ETABLISSEMENT_PERSONNE_AGEE)
                    .pays(Pays.FR)
                    .codePostal("59200")
                    .ville("Tourcoing")
                    .build(),
                acteur));

    m =
        etape(
            out,
            "4. Fin de mandat (mainlevée au 14 mars 2024)",
            cycle.cloturer(m, LocalDate.of(2024, 3, 14), CauseSortie.MAINLEVEE, acteur));

    m = etape(out, "5. Réactivation par le mandataire", cycle.reactiver(m, acteur));

    out.println();
    return m;
  }

  private static Mesure etape(PrintWriter out, String titre, Resultat<Transition> r) {
    Transition t = r.valeurOuErreur();
    Mesure m = t.mesure().orElseThrow();
    out.println("  " + titre + " -> " + m.statut().libelle().toLowerCase(java.util.Locale.ROOT));
    out.println(
        "     "
            + m.titre()
            + m.lieuVie().map(l -> ", lieu de vie : " + l.libelle().toLowerCase(java.util.Locale.ROOT)).orElse("")
            + m.typeEtablissement().map(e -> " (" + e.libelle().toLowerCase(java.util.Locale.ROOT) + ")").orElse("")
            + m.departement().map(d -> ", département " + d.valeur()).orElse("")
            + ", états : " + m.etats().size()
            + m.dateProtectionEnCours().map(d -> ", protection en cours depuis le " + d).orElse("")
            + m.dateFinMesure().map(d -> ", fin le " + d + m.causeSortie().map(c -> " (" + c.libelle() + ")").orElse(""))
                .orElse(""));
    out.println("     effets : " + decrire(t.effets()));
    return m;
  }

  private static String decrire(List<Effet> effets) {
    if (effets.isEmpty()) {
      return "aucun";
    }
    return effets.stream()
        .map(
            e -> {
              if (e instanceof Effet.NotifierNouvelleMesure n) {
                return "courriel « " + n.courriel().objet() + " »";
              }
              if (e instanceof Effet.RecompterGestionnaire g) {
                return "recompter " + g.gestionnaire();
              }
              return e.getClass().getSimpleName();
            })
        .collect(Collectors.joining(" ; "));
  }
}
