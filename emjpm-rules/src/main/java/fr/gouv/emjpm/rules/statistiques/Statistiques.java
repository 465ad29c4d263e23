// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Compteurs;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistiques de disponibilité (domain.md §4.4, §8.1) calculées à partir des fiches des
 * gestionnaires et d'un comptage des mesures données. Un gestionnaire présent dans plusieurs
 * départements d'un périmètre compte une fois pour ce périmètre (écart assumé au défaut §10.8).
 * Sans état, immuable et thread-safe.
 */
public final class Statistiques {

  private static final Statistiques INSTANCE = new Statistiques();

  /** Ordre des types dans les graphiques de l'original. */
  private static final List<TypeGestionnaire> ORDRE_TYPES =
      List.of(TypeGestionnaire.SERVICE, TypeGestionnaire.INDIVIDUEL, TypeGestionnaire.PREPOSE);

  private Statistiques() {}

  /** L'instance (sans état). */
  public static Statistiques standard() {
    return INSTANCE;
  }

  /**
   * Indicateurs §4.4 du périmètre. Pour chaque gestionnaire du périmètre, avec max sa capacité, ip
   * et aw ses mesures en cours et en attente et r = max − ip − aw : voir {@link
   * IndicateursDisponibilite}.
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
   * préposés (§8.1).
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
}
