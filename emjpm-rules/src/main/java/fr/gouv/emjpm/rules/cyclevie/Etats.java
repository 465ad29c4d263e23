// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * États d'une mesure : dérivation des champs courants et de la date de la protection en cours,
 * ajout, modification et suppression d'un état par le gestionnaire.
 */
final class Etats {
  private Etats() {}

  /**
   * États triés par date croissante (ordre stable pour des dates égales).
   *
   * @param etats états d'une mesure, dans un ordre quelconque
   * @return nouvelle liste non modifiable des états triés par date croissante
   */
  public static List<MesureEtat> trier(List<MesureEtat> etats) {
    return etats.stream().sorted(Comparator.comparing(MesureEtat::dateChangementEtat)).toList();
  }

  /**
   * État courant : le plus récent.
   *
   * @param etats états d'une mesure, dans un ordre quelconque
   * @return l'état le plus récent, vide s'il n'y a pas d'état
   */
  public static Optional<MesureEtat> courant(List<MesureEtat> etats) {
    return etats.stream().max(Comparator.comparing(MesureEtat::dateChangementEtat));
  }

  /**
   * Date de la protection en cours : date du premier état de la dernière suite d'états
   * consécutifs (par date) de même nature et même champ. Vide s'il n'y a pas d'état.
   *
   * <p>Exemple : 2018-02-01 curatelle simple / personne, 2019-09-19 curatelle simple / biens et
   * personne, 2020-05-12 curatelle renforcée / biens et personne → 2020-05-12 ; si le dernier état
   * avait la nature et le champ du précédent → 2019-09-19.
   *
   * @param etats états d'une mesure, dans un ordre quelconque
   * @return la date du premier état de la dernière suite de même nature et même champ, vide s'il n'y a pas d'état
   */
  public static Optional<LocalDate> dateProtectionEnCours(List<MesureEtat> etats) {
    return dateProtectionEnCoursRanges(trier(etats));
  }

  /** Comme {@link #dateProtectionEnCours}, pour des états déjà rangés par date croissante (pas de tri). */
  static Optional<LocalDate> dateProtectionEnCoursRanges(List<MesureEtat> tries) {
    if (tries.isEmpty()) {
      return Optional.empty();
    }
    int i = tries.size() - 1;
    MesureEtat dernier = tries.get(i);
    while (i > 0 && memeProtection(tries.get(i - 1), dernier)) {
      i--;
    }
    return Optional.of(tries.get(i).dateChangementEtat());
  }

  private static boolean memeProtection(MesureEtat a, MesureEtat b) {
    return a.nature() == b.nature() && Objects.equals(a.champ(), b.champ());
  }

  /**
   * Recopie sur la mesure les champs de son état courant (nature, champ, lieu de vie, type
   * d'établissement — écart à l'original —, code postal, ville, pays, département) et recalcule la date de la
   * protection en cours. Les états sont rangés par date. Sans état, la mesure est rendue telle quelle.
   *
   * @param mesure mesure dont les états sont lus
   * @return la mesure aux champs courants recopiés de l'état le plus récent et aux états triés, ou la mesure inchangée si elle n'a pas d'état
   */
  public static Mesure deriver(Mesure mesure) {
    List<MesureEtat> tries = trier(mesure.etats());
    Optional<MesureEtat> courant = courant(tries);
    if (courant.isEmpty()) {
      return mesure;
    }
    return appliquerCourant(mesure.withEtats(tries), courant.get())
        .withDateProtectionEnCours(dateProtectionEnCours(tries));
  }

  /**
   * Comme {@link #deriver(Mesure)}, puis géolocalise le lieu de vie courant avec le référentiel du
   * contexte.
   *
   * @param mesure mesure dont les états sont lus
   * @param ctx contexte d'évaluation, dont le référentiel sert à géolocaliser
   * @return la mesure dérivée, puis géolocalisée
   */
  public static Mesure deriver(Mesure mesure, ContexteRegles ctx) {
    return fr.gouv.emjpm.rules.validation.Localisation.geolocaliser(deriver(mesure), ctx);
  }

  /** Recopie les champs d'un état sur la mesure, sans toucher à la date de protection. */
  static Mesure appliquerCourant(Mesure m, MesureEtat e) {
    ChampsCourants c = ChampsCourants.de(e);
    Mesure r = c.appliquer(m);
    // Les coordonnées suivent le code postal : effacées quand le lieu change (l'hôte géolocalise).
    return c.memeLieu(m) ? r : r.withPosition(Optional.empty());
  }

  /**
   * Ajoute un état (« Ajouter un état ») : mesure en cours, non verrouillée, au plus un état par jour.
   *
   * @param mesure mesure en cours
   * @param formulaire formulaire du nouvel état ; sa date ne doit pas être celle d'un état existant
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (date du jour, référentiel)
   * @return la transition vers la mesure dérivée avec le nouvel état, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> ajouter(
      Mesure mesure, FormulaireEtat formulaire, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.MODIFIER_ETATS, StatutMesure.EN_COURS));
    Resultat<MesureEtat> etat = formulaire.valider(ctx);
    v.addAll(etat.violations());
    etat.valeur()
        .filter(e -> indice(mesure, e.dateChangementEtat()) >= 0)
        .ifPresent(e -> v.add(Violation.de(CodeRegle.ETAT_DATE_DEJA_PRISE, "/dateChangementEtat")));
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    List<MesureEtat> etats = new ArrayList<>(mesure.etats());
    etats.add(etat.valeurOuErreur());
    return succes(mesure.withEtats(etats), ctx);
  }

  /**
   * Modifie l'état daté {@code date} (la date peut changer, sans tomber sur celle d'un autre état).
   *
   * @param mesure mesure en cours
   * @param date date de l'état à modifier
   * @param formulaire formulaire du nouvel état ; sa date peut changer sans tomber sur celle d'un autre état
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (date du jour, référentiel)
   * @return la transition vers la mesure dérivée avec l'état modifié, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> modifier(
      Mesure mesure, LocalDate date, FormulaireEtat formulaire, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.MODIFIER_ETATS, StatutMesure.EN_COURS));
    int i = indice(mesure, date);
    if (i < 0) {
      v.add(Violation.de(CodeRegle.ETAT_INTROUVABLE, ""));
    }
    Resultat<MesureEtat> etat = formulaire.valider(ctx);
    v.addAll(etat.violations());
    etat.valeur()
        .filter(e -> !e.dateChangementEtat().equals(date) && indice(mesure, e.dateChangementEtat()) >= 0)
        .ifPresent(e -> v.add(Violation.de(CodeRegle.ETAT_DATE_DEJA_PRISE, "/dateChangementEtat")));
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    List<MesureEtat> etats = new ArrayList<>(mesure.etats());
    etats.set(i, etat.valeurOuErreur());
    return succes(mesure.withEtats(etats), ctx);
  }

  /**
   * Supprime l'état daté {@code date} ; une mesure en cours garde au moins un état.
   *
   * @param mesure mesure en cours, qui doit garder au moins un état
   * @param date date de l'état à supprimer
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (référentiel pour la géolocalisation)
   * @return la transition vers la mesure dérivée sans cet état, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> supprimer(
      Mesure mesure, LocalDate date, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.MODIFIER_ETATS, StatutMesure.EN_COURS));
    int i = indice(mesure, date);
    if (i < 0) {
      v.add(Violation.de(CodeRegle.ETAT_INTROUVABLE, ""));
    } else if (mesure.etats().size() == 1) {
      v.add(Violation.de(CodeRegle.ETAT_DERNIER, ""));
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    List<MesureEtat> etats = new ArrayList<>(mesure.etats());
    etats.remove(i);
    return succes(mesure.withEtats(etats), ctx);
  }

  private static Resultat<Transition> succes(Mesure m, ContexteRegles ctx) {
    return Resultat.succes(Transition.vers(deriver(m, ctx)));
  }

  private static int indice(Mesure m, LocalDate date) {
    for (int i = 0; i < m.etats().size(); i++) {
      if (m.etats().get(i).dateChangementEtat().equals(date)) {
        return i;
      }
    }
    return -1;
  }
}
