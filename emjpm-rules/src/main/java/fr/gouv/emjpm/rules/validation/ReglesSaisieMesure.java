// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Règles d'une {@link SaisieMesure} (MesureInput), une constante par règle. Chemins relatifs à
 * la saisie ({@code /numeroRg}, {@code /etats/2/typeEtablissement}, {@code /ressources/0/annee}).
 *
 * <p>Écarts à l'original : les règles croisées sur les dates et le champ des états s'appliquent à chaque
 * élément d'un lot ; la date de nomination est comparée au plus récent des états (et non au dernier
 * dans l'ordre du tableau) ; le refus strictNumeroRG arrête bien l'enregistrement.
 */
final class ReglesSaisieMesure {
  private ReglesSaisieMesure() {}

  /** Numéro RG non vide ; normalisé si strictNumeroRG. */
  public static final Regle<SaisieMesure> NUMERO_RG =
      (s, ctx) -> {
        Optional<String> rg = s.numeroRg().filter(x -> !x.isBlank());
        if (rg.isEmpty()) {
          return List.of(ReglesLieuDeVie.obligatoire("/numeroRg", "numéro RG"));
        }
        if (s.strictNumeroRg() && !NumeroRg.estValide(rg.get())) {
          return List.of(Violation.de(CodeRegle.RG_NON_NORMALISE_STRICT, "/numeroRg"));
        }
        return List.of();
      };

  /** Année de naissance présente, entre 1900 et l'année en cours. */
  public static final Regle<SaisieMesure> ANNEE_NAISSANCE =
      (s, ctx) -> {
        Optional<Integer> annee = s.anneeNaissance();
        if (annee.isEmpty()) {
          return List.of(ReglesLieuDeVie.obligatoire("/anneeNaissance", "année de naissance"));
        }
        int a = annee.get();
        return a < 1900 || a > ctx.anneeEnCours()
            ? List.of(Violation.de(CodeRegle.ANNEE_NAISSANCE_HORS_BORNES, "/anneeNaissance", Map.of("max", ctx.anneeEnCours())))
            : List.of();
      };

  /** Civilité présente (madame ou monsieur). */
  public static final Regle<SaisieMesure> CIVILITE =
      (s, ctx) -> s.civilite().isPresent() ? List.of() : List.of(ReglesLieuDeVie.obligatoire("/civilite", "civilité"));

  /** SIRET du tribunal présent et connu du référentiel (tribunal porté par la saisie, sinon cherché). */
  public static final Regle<SaisieMesure> TRIBUNAL =
      (s, ctx) -> {
        if (s.tribunalSiret().isEmpty()) {
          return List.of(ReglesLieuDeVie.obligatoire("/tribunalSiret", "SIRET du tribunal"));
        }
        return Localisation.tribunal(s, ctx).isPresent()
            ? List.of()
            : List.of(Violation.de(CodeRegle.TRIBUNAL_INCONNU, "/tribunalSiret"));
      };

  /** Date de nomination présente, après la première mise sous protection, avant le dernier état. */
  public static final Regle<SaisieMesure> DATES =
      (s, ctx) -> {
        // chaque Optional lu une fois, sans lambda capturante : une règle appliquée à chaque ligne importée
        LocalDate n = s.dateNomination().orElse(null);
        if (n == null) {
          return List.of(ReglesLieuDeVie.obligatoire("/dateNomination", "date de nomination"));
        }
        List<Violation> v = List.of();
        LocalDate premiere = s.datePremiereMesure().orElse(null);
        if (premiere != null && n.isBefore(premiere)) {
          v = ajouter(v, Violation.de(CodeRegle.DATE_NOMINATION_AVANT_PREMIERE_MESURE, "/dateNomination"));
        }
        // date du dernier état (la plus grande), sans flux
        LocalDate dernier = null;
        List<SaisieEtat> etats = s.etats();
        for (int i = 0; i < etats.size(); i++) {
          LocalDate d = etats.get(i).dateChangementEtat().orElse(null);
          if (d != null && (dernier == null || d.compareTo(dernier) > 0)) {
            dernier = d;
          }
        }
        if (dernier != null && n.isAfter(dernier)) {
          v = ajouter(v, Violation.de(CodeRegle.DATE_NOMINATION_APRES_DERNIER_ETAT, "/dateNomination"));
        }
        LocalDate fin = s.dateFinMesure().orElse(null);
        if (fin != null && fin.isBefore(n)) {
          v = ajouter(v, Violation.de(CodeRegle.DATE_FIN_AVANT_NOMINATION, "/dateFinMesure"));
        }
        return v;
      };

  /** Au moins un état ; chaque état complet ; plusieurs états le même jour signalés. */
  public static final Regle<SaisieMesure> ETATS =
      (s, ctx) -> {
        List<SaisieEtat> etats = s.etats();
        int nombre = etats.size();
        List<Violation> v = List.of();
        if (nombre == 0) {
          v = ajouter(v, Violation.de(CodeRegle.ETATS_OBLIGATOIRES, "/etats"));
        }
        // un seul état (cas de chaque ligne importée) : aucun jour en double possible, pas d'ensemble ;
        // le chemin « /etats/i » n'est écrit que pour une violation
        Set<LocalDate> jours = nombre > 1 ? new HashSet<>() : Set.of();
        for (int i = 0; i < nombre; i++) {
          SaisieEtat e = etats.get(i);
          LocalDate date = e.dateChangementEtat().orElse(null);
          if (date == null) {
            v = ajouter(v, ReglesLieuDeVie.obligatoire(cheminEtat(i) + "/dateChangementEtat",
                "date de changement d'état"));
          } else if (nombre > 1 && !jours.add(date)) {
            v = ajouter(v, Violation.de(CodeRegle.ETATS_MEME_JOUR, cheminEtat(i) + "/dateChangementEtat"));
          }
          if (e.nature().isEmpty()) {
            v = ajouter(v, ReglesLieuDeVie.obligatoire(cheminEtat(i) + "/nature", "nature de la mesure"));
          }
          List<Violation> lieu = ReglesLieuDeVie.verifier(
              e.lieuVie(), e.typeEtablissement(), e.pays(), e.codePostal(), e.ville(), false,
              s.typeEtablissementFacultatif(), ctx);
          if (!lieu.isEmpty()) {
            String p = cheminEtat(i);
            for (Violation x : lieu) {
              v = ajouter(v, x.prefixee(p));
            }
          }
        }
        return v;
      };

  /**
   * Ressources : année entre 1900 et l'année en cours, unique ; montant positif ou nul. Ce sont des
   * <b>avertissements</b> pour une saisie (API des logiciels métier, OCMI, import), dont l'original
   * n'imposait rien sur les ressources ; les formulaires du gestionnaire ({@code Ressources}) les
   * refusent. Deux ressources de la même année : la dernière transmise est gardée.
   */
  public static final Regle<SaisieMesure> RESSOURCES =
      (s, ctx) -> {
        if (s.ressources().isEmpty()) {
          return List.of(); // cas de chaque ligne importée : ni liste ni table
        }
        List<Violation> v = new ArrayList<>();
        Map<Integer, Integer> vues = new HashMap<>();
        for (int i = 0; i < s.ressources().size(); i++) {
          SaisieRessource r = s.ressources().get(i);
          String p = "/ressources/" + i;
          if (r.annee() < 1900 || r.annee() > ctx.anneeEnCours()) {
            v.add(Violation.de(CodeRegle.RESSOURCE_ANNEE_HORS_BORNES, Gravite.AVERTISSEMENT, p + "/annee",
                Map.of("max", ctx.anneeEnCours())));
          }
          if (vues.putIfAbsent(r.annee(), i) != null) {
            v.add(Violation.de(CodeRegle.RESSOURCE_ANNEE_EN_DOUBLE, Gravite.AVERTISSEMENT, p + "/annee", Map.of()));
          }
          if (r.niveauRessource().compareTo(BigDecimal.ZERO) < 0) {
            v.add(Violation.de(CodeRegle.RESSOURCE_MONTANT_NEGATIF, Gravite.AVERTISSEMENT, p + "/niveauRessource",
                Map.of()));
          }
        }
        return v;
      };

  /** Catalogue complet, construit une fois (la liste est immuable). */
  private static final List<Regle<SaisieMesure>> TOUTES =
      List.of(NUMERO_RG, ANNEE_NAISSANCE, CIVILITE, TRIBUNAL, DATES, ETATS, RESSOURCES);

  /** {@return catalogue complet, dans l'ordre d'application} */
  public static List<Regle<SaisieMesure>> toutes() {
    return TOUTES;
  }

  /** {@return chemin du {@code i}-ième état, écrit seulement quand une violation le cite} */
  private static String cheminEtat(int i) {
    return "/etats/" + i;
  }

  /**
   * Ajoute une violation à une liste de violations qui reste {@link List#of()} (rien d'alloué) tant que
   * la saisie n'en a aucune.
   */
  private static List<Violation> ajouter(List<Violation> v, Violation x) {
    List<Violation> l = v.isEmpty() ? new ArrayList<>() : v;
    l.add(x);
    return l;
  }
}
