// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ressources par année : année entre 1900 et l'année en cours, une seule ressource par année,
 * montant positif ou nul. Ajout, modification (par année) et suppression par le gestionnaire.
 */
final class Ressources {
  private Ressources() {}

  /**
   * Vérifie une ressource (chemins relatifs).
   *
   * @param r ressource à vérifier
   * @param ctx contexte d'évaluation (année en cours, borne haute de l'année)
   * @return violations relevées, de chemins relatifs à la ressource ({@code /annee}, {@code /niveauRessource}) ; vide si la ressource est valide
   */
  public static List<Violation> verifier(Ressource r, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>();
    if (r.annee() < Champs.ANNEE_MIN || r.annee() > ctx.anneeEnCours()) {
      v.add(Violation.de(CodeRegle.RESSOURCE_ANNEE_HORS_BORNES, "/annee", Map.of("max", ctx.anneeEnCours())));
    }
    if (r.niveauRessource().compareTo(BigDecimal.ZERO) < 0) {
      v.add(Violation.de(CodeRegle.RESSOURCE_MONTANT_NEGATIF, "/niveauRessource"));
    }
    return v;
  }

  /**
   * Ajoute ou remplace (si {@code remplacer}) la ressource de son année.
   *
   * @param mesure mesure en cours
   * @param ressource ressource de l'année à ajouter ou remplacer
   * @param remplacer vrai pour remplacer la ressource existante de cette année (elle doit exister), faux pour en ajouter une (l'année doit être libre)
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (année en cours)
   * @return la transition vers la mesure aux ressources mises à jour, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> enregistrer(
      Mesure mesure, Ressource ressource, boolean remplacer, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v =
        new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.MODIFIER_RESSOURCES, StatutMesure.EN_COURS));
    v.addAll(verifier(ressource, ctx));
    int i = indice(mesure, ressource.annee());
    if (i >= 0 && !remplacer) {
      v.add(Violation.de(CodeRegle.RESSOURCE_ANNEE_EN_DOUBLE, "/annee"));
    } else if (i < 0 && remplacer) {
      v.add(Violation.de(CodeRegle.RESSOURCE_INTROUVABLE, "/annee"));
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    List<Ressource> rs = new ArrayList<>(mesure.ressources());
    if (i >= 0) {
      rs.set(i, ressource);
    } else {
      rs.add(ressource);
    }
    return Resultat.succes(Transition.vers(mesure.withRessources(rs)));
  }

  /**
   * Supprime la ressource d'une année.
   *
   * @param mesure mesure en cours
   * @param annee année de la ressource à supprimer
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (non lu par cette opération)
   * @return la transition vers la mesure sans cette ressource, ou l'échec
   */
  public static Resultat<Transition> supprimer(
      Mesure mesure, int annee, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v =
        new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.MODIFIER_RESSOURCES, StatutMesure.EN_COURS));
    int i = indice(mesure, annee);
    if (i < 0) {
      v.add(Violation.de(CodeRegle.RESSOURCE_INTROUVABLE, "/annee"));
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    List<Ressource> rs = new ArrayList<>(mesure.ressources());
    rs.remove(i);
    return Resultat.succes(Transition.vers(mesure.withRessources(rs)));
  }

  private static int indice(Mesure m, int annee) {
    for (int i = 0; i < m.ressources().size(); i++) {
      if (m.ressources().get(i).annee() == annee) {
        return i;
      }
    }
    return -1;
  }
}
