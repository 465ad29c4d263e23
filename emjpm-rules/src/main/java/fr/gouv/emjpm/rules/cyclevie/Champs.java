// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Règles de champs communes aux formulaires du cycle de vie. */
final class Champs {
  private Champs() {}

  static final int ANNEE_MIN = 1900;

  static Violation obligatoire(String chemin, String champ) {
    return Violation.de(CodeRegle.CHAMP_OBLIGATOIRE, chemin, Map.of("champ", champ));
  }

  static <T> void exiger(Optional<T> valeur, String chemin, String champ, List<Violation> v) {
    if (valeur.isEmpty()) {
      v.add(obligatoire(chemin, champ));
    }
  }

  /** RG d'un formulaire : mis en majuscules comme à la frappe, puis analyse stricte. */
  static Optional<NumeroRg> rg(Optional<String> saisie, List<Violation> v) {
    Resultat<NumeroRg> r = NumeroRg.parse(saisie.map(s -> s.toUpperCase(Locale.ROOT)).orElse(""));
    r.violations().forEach(x -> v.add(x.avecChemin("/numeroRg")));
    return r.valeur();
  }

  /** Année de naissance obligatoire, entre 1900 et l'année en cours. */
  static void anneeNaissance(Optional<Integer> annee, ContexteRegles ctx, List<Violation> v) {
    if (annee.isEmpty()) {
      v.add(obligatoire("/anneeNaissance", "année de naissance"));
    } else if (annee.get() < ANNEE_MIN || annee.get() > ctx.anneeEnCours()) {
      v.add(Violation.de(CodeRegle.ANNEE_NAISSANCE_HORS_BORNES, "/anneeNaissance", Map.of("max", ctx.anneeEnCours())));
    }
  }

  /** Antenne : réservée aux services, parmi les antennes connues quand l'hôte les fournit. */
  static void antenne(Optional<Long> antenne, boolean service, java.util.Set<Long> antennes, List<Violation> v) {
    if (antenne.isEmpty()) {
      return;
    }
    if (!service) {
      v.add(Violation.de(CodeRegle.ANTENNE_HORS_SERVICE, "/antenneId"));
    } else if (!antennes.contains(antenne.get())) {
      v.add(Violation.de(CodeRegle.ANTENNE_INCONNUE, "/antenneId"));
    }
  }
}
