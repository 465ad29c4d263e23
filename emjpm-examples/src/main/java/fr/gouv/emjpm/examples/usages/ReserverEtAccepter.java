// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire;
import fr.gouv.emjpm.rules.cyclevie.CycleDeVie;
import fr.gouv.emjpm.rules.cyclevie.Effet;
import fr.gouv.emjpm.rules.cyclevie.FormulaireAcceptation;
import fr.gouv.emjpm.rules.cyclevie.FormulaireReservation;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Usage 2 : un juge du Tribunal judiciaire de Lille réserve une mesure pour un mandataire individuel,
 * qui l'accepte ({@code engine.cycleDeVie()}). Le moteur ne persiste rien : il rend la mesure et les
 * effets que l'hôte exécute (courriel, recomptage). Deux refus montrent les erreurs rendues : un numéro
 * RG mal saisi, puis une acceptation par un autre mandataire.
 */
public final class ReserverEtAccepter {

  /** Mandataire individuel choisi par le juge. */
  public static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(1);

  /**
   * Chiffres de l'exemple.
   *
   * @param refusReservation codes de la réservation refusée (RG mal saisi)
   * @param statutReserve statut après réservation
   * @param numeroRg numéro RG normalisé de la mesure réservée
   * @param effetsReservation effets de la réservation (noms de types)
   * @param refusAutreMandataire codes de l'acceptation tentée par un autre mandataire
   * @param statutAccepte statut après acceptation
   * @param etats nombre d'états après acceptation
   * @param departement département déduit du code postal du lieu de vie
   * @param protectionEnCoursDepuis date de protection en cours
   * @param effetsAcceptation effets de l'acceptation (noms de types)
   */
  public record Resultats(
      List<String> refusReservation,
      String statutReserve,
      String numeroRg,
      List<String> effetsReservation,
      List<String> refusAutreMandataire,
      String statutAccepte,
      int etats,
      String departement,
      LocalDate protectionEnCoursDepuis,
      List<String> effetsAcceptation) {}

  private ReserverEtAccepter() {}

  /** Déroule la réservation et l'acceptation, les raconte dans {@code out} et rend les chiffres. */
  public static Resultats executer(PrintWriter out) {
    EmjpmEngine engine = Recit.moteur();
    CycleDeVie cycle = engine.cycleDeVie();
    Tribunal lille = engine.referentiel().tribunal(Siret.of(EmbarquerMoteur.SIRET_LILLE)).orElseThrow();
    Juge juge = Juge.magistrat(lille.id(), 7);
    out.println("== Un juge réserve une mesure, le mandataire l'accepte (" + engine.aujourdhui() + ")");

    Resultat<Transition> refus = cycle.reserver(reservation("21/00167"), juge, MesuresExistantes.aucune());
    List<String> codesRefus = refus.rapport().codes();
    out.println("  Le juge saisit le RG « 21/00167 » : refusé " + codesRefus + " ("
        + refus.violations().get(0).message() + ")");

    Transition reservee = cycle.reserver(reservation("21a00167"), juge, MesuresExistantes.aucune()).valeurOuErreur();
    Mesure m = reservee.mesure().orElseThrow();
    out.println("  Le juge saisit « 21a00167 » : mesure " + m.statut().code() + ", RG " + m.numeroRg().valeur()
        + ", confiée à " + m.gestionnaire() + " ; effets pour l'hôte : " + types(reservee.effets()));

    FormulaireAcceptation acceptation =
        FormulaireAcceptation.builder()
            .dateNomination(LocalDate.of(2024, 3, 1))
            .lieuVie(LieuVie.DOMICILE)
            .pays(Pays.FR)
            .codePostal("59100")
            .ville("Roubaix")
            .build();
    ActeurGestionnaire intrus = ActeurGestionnaire.de(GestionnaireId.individuel(2), Set.of(), Set.of());
    Resultat<Transition> refusIntrus = cycle.accepter(m, acceptation, intrus);
    List<String> codesIntrus = refusIntrus.rapport().codes();
    out.println("  Un autre mandataire tente de l'accepter : refusé " + codesIntrus);

    ActeurGestionnaire mandataire = ActeurGestionnaire.de(MANDATAIRE, Set.of(lille.id()), Set.of());
    Transition acceptee = cycle.accepter(m, acceptation, mandataire).valeurOuErreur();
    Mesure a = acceptee.mesure().orElseThrow();
    String departement = a.departement().map(d -> d.valeur()).orElse("?");
    LocalDate depuis = a.dateProtectionEnCours().orElseThrow();
    out.println("  " + MANDATAIRE + " l'accepte : mesure " + a.statut().code() + ", " + a.etats().size()
        + " état, département " + departement + ", protection en cours depuis le " + depuis
        + " ; effets : " + types(acceptee.effets()));
    return new Resultats(codesRefus, m.statut().code(), m.numeroRg().valeur(), types(reservee.effets()),
        codesIntrus, a.statut().code(), a.etats().size(), departement, depuis, types(acceptee.effets()));
  }

  private static FormulaireReservation reservation(String rg) {
    return FormulaireReservation.builder()
        .gestionnaire(MANDATAIRE)
        .numeroRg(rg)
        .civilite(Civilite.MONSIEUR)
        .anneeNaissance(1951)
        .nature(NatureMesure.TUTELLE)
        .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .build();
  }

  private static List<String> types(List<Effet> effets) {
    return effets.stream().map(e -> e.getClass().getSimpleName()).toList();
  }

  /** Imprime le récit de l'exemple. */
  public static void main(String[] args) {
    Recit.imprimer(ReserverEtAccepter::executer);
  }
}
