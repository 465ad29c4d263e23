// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Compteurs;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Statistiques de disponibilité calculées à partir des fiches des
 * gestionnaires et d'un comptage des mesures données. Un gestionnaire présent dans plusieurs
 * départements d'un périmètre compte une fois pour ce périmètre (écart assumé à un défaut de l'original).
 * Sans état, immuable et thread-safe.
 */
public final class Statistiques {

  private static final Statistiques INSTANCE = new Statistiques();

  /** Ordre des types dans les graphiques de l'original. */
  private static final List<TypeGestionnaire> ORDRE_TYPES =
      List.of(TypeGestionnaire.SERVICE, TypeGestionnaire.INDIVIDUEL, TypeGestionnaire.PREPOSE);

  private Statistiques() {}

  /** {@return l'instance (sans état)} */
  public static Statistiques standard() {
    return INSTANCE;
  }

  /**
   * Indicateurs de disponibilité du périmètre. Pour chaque gestionnaire du périmètre, avec max sa capacité, ip
   * et aw ses mesures en cours et en attente et r = max − ip − aw : voir {@link
   * IndicateursDisponibilite}.
   *
   * @param perimetre périmètre (nation, région ou département) où les gestionnaires sont habilités
   * @param fiches fiches des gestionnaires connus
   * @param comptage compteurs des mesures en cours et en attente par gestionnaire
   * @return les indicateurs de disponibilité du périmètre
   */
  public IndicateursDisponibilite disponibilite(
      Perimetre perimetre, Collection<FicheGestionnaire> fiches, ComptageMesures comptage) {
    long real = 0;
    long over = 0;
    long global = 0;
    long inconnus = 0;
    long n = 0;
    long max = 0;
    long ip = 0;
    long aw = 0;
    for (FicheGestionnaire f : fiches) {
      if (!perimetre.concerne(f)) {
        continue;
      }
      Compteurs c = comptage.gestionnaire(f.id());
      n++;
      max += f.mesuresMax();
      ip += c.enCours();
      aw += c.enAttente();
      if (f.mesuresMax() <= 0) {
        inconnus++;
        continue;
      }
      long r = (long) f.mesuresMax() - c.enCours() - c.enAttente();
      if (r < 0) {
        over += r;
        global += r;
      } else if (!f.suspendu()) {
        global += r;
        real += r;
      }
    }
    return new IndicateursDisponibilite(real, over, global, inconnus, n, max, ip, aw);
  }

  /**
   * Chiffres par type de gestionnaire dans le périmètre, dans l'ordre services, individuels,
   * préposés.
   *
   * @param perimetre périmètre (nation, région ou département) où les gestionnaires sont habilités
   * @param fiches fiches des gestionnaires connus
   * @param comptage compteurs des mesures en cours et en attente par gestionnaire
   * @return liste non modifiable de trois chiffres : services, individuels, préposés
   */
  public List<ChiffresType> parType(
      Perimetre perimetre, Collection<FicheGestionnaire> fiches, ComptageMesures comptage) {
    Map<TypeGestionnaire, long[]> acc = new EnumMap<>(TypeGestionnaire.class);
    for (TypeGestionnaire t : ORDRE_TYPES) {
      acc.put(t, new long[4]);
    }
    for (FicheGestionnaire f : fiches) {
      if (!perimetre.concerne(f)) {
        continue;
      }
      Compteurs c = comptage.gestionnaire(f.id());
      long[] a = acc.get(f.type());
      a[0]++;
      a[1] += f.mesuresMax();
      a[2] += c.enCours();
      a[3] += c.enAttente();
    }
    List<ChiffresType> res = new ArrayList<>(3);
    for (TypeGestionnaire t : ORDRE_TYPES) {
      long[] a = acc.get(t);
      res.add(new ChiffresType(t, a[0], a[1], a[1] - a[2] - a[3], a[2], a[3]));
    }
    return List.copyOf(res);
  }

  /**
   * Chiffres par département du périmètre (carte des directions) : chaque gestionnaire compte dans
   * chacun de ses départements d'habilitation situés dans le périmètre ; départements triés par
   * code.
   *
   * @param perimetre périmètre dont les départements sont retenus
   * @param fiches fiches des gestionnaires connus
   * @param comptage compteurs des mesures en cours et en attente par gestionnaire
   * @return liste non modifiable des chiffres par département d'habilitation du périmètre, triés par code
   */
  public List<ChiffresDepartement> parDepartement(
      Perimetre perimetre, Collection<FicheGestionnaire> fiches, ComptageMesures comptage) {
    Map<CodeDepartement, long[]> acc = new TreeMap<>(Comparator.comparing(CodeDepartement::valeur));
    for (FicheGestionnaire f : fiches) {
      Compteurs c = comptage.gestionnaire(f.id());
      for (CodeDepartement d : f.departements()) {
        if (!perimetre.contient(d)) {
          continue;
        }
        long[] a = acc.computeIfAbsent(d, k -> new long[4]);
        a[0]++;
        a[1] += f.mesuresMax();
        a[2] += c.enCours();
        a[3] += c.enAttente();
      }
    }
    List<ChiffresDepartement> res = new ArrayList<>(acc.size());
    acc.forEach((d, a) -> res.add(new ChiffresDepartement(d, a[0], a[1], a[2], a[3])));
    return List.copyOf(res);
  }

  /**
   * Comptage des mesures en cours et en attente par gestionnaire et par antenne.
   *
   * @param mesures mesures à compter, de tout statut (les éteintes sont ignorées)
   * @return le comptage par gestionnaire et par antenne
   */
  public ComptageMesures comptage(Collection<MesureStatistique> mesures) {
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (MesureStatistique m : mesures) {
      switch (m.statut()) {
        case EN_COURS -> {
          if (m.antenne().isPresent()) {
            b.enCours(m.gestionnaire(), m.antenne().getAsLong());
          } else {
            b.enCours(m.gestionnaire());
          }
        }
        case EN_ATTENTE -> {
          if (m.antenne().isPresent()) {
            b.enAttente(m.gestionnaire(), m.antenne().getAsLong());
          } else {
            b.enAttente(m.gestionnaire());
          }
        }
        case ETEINTE -> {}
      }
    }
    return b.build();
  }

  /**
   * Indicateurs de la page des directions : nombre de gestionnaires par type (chacun une
   * fois), mesures en cours nommées dans la période et clôturées dans la période (écart à l'original : les
   * dates sont réellement appliquées), indicateurs de disponibilité (compteurs sur toutes les mesures données).
   *
   * @param perimetre périmètre (nation, région ou département)
   * @param periode période où les dates de nomination et de fin sont retenues
   * @param fiches fiches des gestionnaires connus
   * @param mesures mesures du périmètre et d'ailleurs, de tout statut
   * @return les indicateurs de la page des directions
   */
  public KpiDirection kpiDirection(
      Perimetre perimetre,
      PeriodeStatistique periode,
      Collection<FicheGestionnaire> fiches,
      Collection<MesureStatistique> mesures) {
    long enCours = 0;
    long closes = 0;
    for (MesureStatistique m : mesures) {
      if (!dansPerimetre(perimetre, m.departement())) {
        continue;
      }
      if (m.statut() == StatutMesure.EN_COURS && periode.contient(m.dateNomination())) {
        enCours++;
      } else if (m.statut() == StatutMesure.ETEINTE && periode.contient(m.dateFin())) {
        closes++;
      }
    }
    List<ChiffresType> types = parType(perimetre, fiches, ComptageMesures.vide());
    return new KpiDirection(
        types.get(0).gestionnaires(),
        types.get(1).gestionnaires(),
        types.get(2).gestionnaires(),
        enCours,
        closes,
        disponibilite(perimetre, fiches, comptage(mesures)));
  }

  /**
   * « Mesures réservées au cours des 30 derniers jours » : mesures réservées par un juge dont
   * la date de réservation est dans les 30 jours calendaires finissant aujourd'hui (inclus), dans le
   * périmètre.
   *
   * @param aujourdhui date du jour (de {@code ContexteRegles})
   * @param perimetre périmètre où le département de la mesure doit se trouver (tout pour la nation)
   * @param mesures mesures de tout statut
   * @return nombre de mesures réservées entre {@code aujourdhui} moins 29 jours et {@code aujourdhui} inclus, dans le périmètre
   */
  public long mesuresReservees30Jours(
      Perimetre perimetre, Collection<MesureStatistique> mesures, LocalDate aujourdhui) {
    LocalDate debut = aujourdhui.minusDays(29);
    long n = 0;
    for (MesureStatistique m : mesures) {
      if (m.dateReservation().isPresent()
          && !m.dateReservation().get().isBefore(debut)
          && !m.dateReservation().get().isAfter(aujourdhui)
          && dansPerimetre(perimetre, m.departement())) {
        n++;
      }
    }
    return n;
  }

  /**
   * Même chose, la date du jour venant du contexte (horloge du moteur).
   *
   * @param perimetre périmètre où le département de la mesure doit se trouver (tout pour la nation)
   * @param mesures mesures de tout statut
   * @param contexte contexte d'évaluation, qui donne la date du jour
   * @return nombre de mesures réservées au cours des 30 derniers jours, dans le périmètre
   */
  public long mesuresReservees30Jours(
      Perimetre perimetre, Collection<MesureStatistique> mesures, ContexteRegles contexte) {
    return mesuresReservees30Jours(perimetre, mesures, contexte.aujourdhui());
  }

  /**
   * Même chose, la date du jour venant du contexte (horloge du moteur).
   *
   * @param perimetre périmètre où le département de la mesure doit se trouver (tout pour la nation)
   * @param mesures mesures de tout statut
   * @param contexte contexte d'évaluation, qui donne la date du jour
   * @return liste non modifiable de douze mois, du plus ancien au mois en cours
   */
  public List<ReservationsMois> reservationsParMois(
      Perimetre perimetre, Collection<MesureStatistique> mesures, ContexteRegles contexte) {
    return reservationsParMois(perimetre, mesures, contexte.aujourdhui());
  }

  /**
   * Mesures réservées par un juge, par mois sur les 12 mois finissant le mois en cours (du plus
   * ancien au plus récent) et par département (« stats-annee »).
   *
   * @param aujourdhui date du jour (de {@code ContexteRegles})
   * @param perimetre périmètre où le département de la mesure doit se trouver (tout pour la nation)
   * @param mesures mesures de tout statut
   * @return liste non modifiable de douze mois, du plus ancien au mois en cours
   */
  public List<ReservationsMois> reservationsParMois(
      Perimetre perimetre, Collection<MesureStatistique> mesures, LocalDate aujourdhui) {
    YearMonth fin = YearMonth.from(aujourdhui);
    YearMonth debut = fin.minusMonths(11);
    Map<YearMonth, long[]> totaux = new LinkedHashMap<>();
    Map<YearMonth, Map<CodeDepartement, Long>> parDep = new LinkedHashMap<>();
    for (YearMonth m = debut; !m.isAfter(fin); m = m.plusMonths(1)) {
      totaux.put(m, new long[1]);
      parDep.put(m, new TreeMap<>(Comparator.comparing(CodeDepartement::valeur)));
    }
    for (MesureStatistique m : mesures) {
      if (m.dateReservation().isEmpty() || !dansPerimetre(perimetre, m.departement())) {
        continue;
      }
      YearMonth mois = YearMonth.from(m.dateReservation().get());
      long[] t = totaux.get(mois);
      if (t == null) {
        continue;
      }
      t[0]++;
      m.departement().ifPresent(d -> parDep.get(mois).merge(d, 1L, Long::sum));
    }
    List<ReservationsMois> res = new ArrayList<>(12);
    totaux.forEach((mois, t) -> res.add(new ReservationsMois(mois, t[0], parDep.get(mois))));
    return List.copyOf(res);
  }

  private static boolean dansPerimetre(Perimetre p, Optional<CodeDepartement> departement) {
    return p.niveau() == Perimetre.Niveau.NATIONAL || departement.map(p::contient).orElse(false);
  }

  /**
   * Sous-vue « liste des mandataires » des tableaux de bord des directions : gestionnaires du
   * périmètre filtrés par type, classés par capacité restante, paginés.
   *
   * @param perimetre périmètre du tableau de bord
   * @param fiches fiches des gestionnaires connus
   * @param comptage compteurs des mesures en cours et en attente, par gestionnaire et par antenne
   * @param type type cherché, vide pour tous
   * @param decroissant vrai pour la capacité restante décroissante, faux pour croissante
   * @param page numéro de page, à partir de 1
   * @param taillePage taille de page, entre 1 et 1000
   * @return la page demandée
   * @throws IllegalArgumentException si la page ou sa taille est hors bornes
   */
  public PageMandatairesDirection mandataires(
      Perimetre perimetre,
      Collection<FicheGestionnaire> fiches,
      ComptageMesures comptage,
      Optional<TypeGestionnaire> type,
      boolean decroissant,
      int page,
      int taillePage) {
    return ListeMandatairesDirection.page(perimetre, fiches, comptage, type, decroissant, page, taillePage);
  }
}
