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
 * <b>Oracle de test</b> : copie telle quelle des règles d'avant l'issue 18 (coût par ligne), comparée
 * aux règles actuelles par {@code SaisieAvantApresProperties}.
 *
 * <p>Règles d'une {@link SaisieMesure} (MesureInput), une constante par règle. Chemins relatifs à
 * la saisie ({@code /numeroRg}, {@code /etats/2/typeEtablissement}, {@code /ressources/0/annee}).
 *
 * <p>Écarts à l'original : les règles croisées sur les dates et le champ des états s'appliquent à chaque
 * élément d'un lot ; la date de nomination est comparée au plus récent des états (et non au dernier
 * dans l'ordre du tableau) ; le refus strictNumeroRG arrête bien l'enregistrement.
 */
final class ReglesSaisieMesureAvant {
  private ReglesSaisieMesureAvant() {}

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
        if (s.anneeNaissance().isEmpty()) {
          return List.of(ReglesLieuDeVie.obligatoire("/anneeNaissance", "année de naissance"));
        }
        int a = s.anneeNaissance().get();
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
        List<Violation> v = new ArrayList<>();
        if (s.dateNomination().isEmpty()) {
          v.add(ReglesLieuDeVie.obligatoire("/dateNomination", "date de nomination"));
          return v;
        }
        LocalDate n = s.dateNomination().get();
        if (s.datePremiereMesure().filter(n::isBefore).isPresent()) {
          v.add(Violation.de(CodeRegle.DATE_NOMINATION_AVANT_PREMIERE_MESURE, "/dateNomination"));
        }
        // date du dernier état (la plus grande), sans flux : une règle appliquée à chaque ligne importée
        LocalDate dernier = null;
        for (SaisieEtat e : s.etats()) {
          LocalDate d = e.dateChangementEtat().orElse(null);
          if (d != null && (dernier == null || d.compareTo(dernier) > 0)) {
            dernier = d;
          }
        }
        if (dernier != null && n.isAfter(dernier)) {
          v.add(Violation.de(CodeRegle.DATE_NOMINATION_APRES_DERNIER_ETAT, "/dateNomination"));
        }
        if (s.dateFinMesure().filter(f -> f.isBefore(n)).isPresent()) {
          v.add(Violation.de(CodeRegle.DATE_FIN_AVANT_NOMINATION, "/dateFinMesure"));
        }
        return v;
      };

  /** Au moins un état ; chaque état complet ; plusieurs états le même jour signalés. */
  public static final Regle<SaisieMesure> ETATS =
      (s, ctx) -> {
        List<Violation> v = new ArrayList<>();
        if (s.etats().isEmpty()) {
          v.add(Violation.de(CodeRegle.ETATS_OBLIGATOIRES, "/etats"));
        }
        // un seul état (cas de chaque ligne importée) : aucun jour en double possible, pas d'ensemble
        Set<LocalDate> jours = s.etats().size() > 1 ? new HashSet<>() : Set.of();
        for (int i = 0; i < s.etats().size(); i++) {
          SaisieEtat e = s.etats().get(i);
          String p = "/etats/" + i;
          if (e.dateChangementEtat().isEmpty()) {
            v.add(ReglesLieuDeVie.obligatoire(p + "/dateChangementEtat", "date de changement d'état"));
          } else if (s.etats().size() > 1 && !jours.add(e.dateChangementEtat().get())) {
            v.add(Violation.de(CodeRegle.ETATS_MEME_JOUR, p + "/dateChangementEtat"));
          }
          if (e.nature().isEmpty()) {
            v.add(ReglesLieuDeVie.obligatoire(p + "/nature", "nature de la mesure"));
          }
          ReglesLieuDeVieAvant.verifier(
                  e.lieuVie(), e.typeEtablissement(), e.pays(), e.codePostal(), e.ville(), false,
                  s.typeEtablissementFacultatif(), ctx)
              .forEach(x -> v.add(x.prefixee(p)));
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

  /** {@return catalogue complet, dans l'ordre d'application} */
  public static List<Regle<SaisieMesure>> toutes() {
    return List.of(NUMERO_RG, ANNEE_NAISSANCE, CIVILITE, TRIBUNAL, DATES, ETATS, RESSOURCES);
  }
}
