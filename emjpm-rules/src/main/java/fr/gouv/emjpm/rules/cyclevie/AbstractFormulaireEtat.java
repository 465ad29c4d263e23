// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import fr.gouv.emjpm.rules.validation.ReglesLieuDeVie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire d'un état de mesure : date, nature et lieu de vie obligatoires, pays obligatoire,
 * code postal (5 caractères menant à un département) et ville obligatoires en France, type
 * d'établissement obligatoire en établissement. Champs absents = {@code Optional.empty()}.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireEtat {

  abstract Optional<LocalDate> dateChangementEtat();

  abstract Optional<NatureMesure> nature();

  abstract Optional<ChampMesure> champ();

  abstract Optional<LieuVie> lieuVie();

  abstract Optional<TypeEtablissement> typeEtablissement();

  abstract Optional<Pays> pays();

  abstract Optional<String> codePostal();

  abstract Optional<String> ville();

  /**
   * Valide le formulaire et construit l'état (ville en majuscules) ; toutes les violations sont
   * rassemblées, chemins relatifs au formulaire.
   *
   * @param ctx contexte d'évaluation, dont le référentiel qui doit connaître le département du code postal
   * @return l'état construit, ou l'échec portant toutes les violations (chemins relatifs au formulaire)
   */
  public Resultat<MesureEtat> valider(ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>();
    if (dateChangementEtat().isEmpty()) {
      v.add(Violation.de(CodeRegle.CHAMP_OBLIGATOIRE, "/dateChangementEtat", Map.of("champ", "date de changement d'état")));
    }
    if (nature().isEmpty()) {
      v.add(Violation.de(CodeRegle.CHAMP_OBLIGATOIRE, "/nature", Map.of("champ", "nature de la mesure")));
    }
    v.addAll(
        ReglesLieuDeVie.verifier(lieuVie(), typeEtablissement(), pays(), codePostal(), ville(), true, ctx));
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    boolean etablissement = ReglesLieuDeVie.exigeTypeEtablissement(lieuVie().orElseThrow());
    boolean france = pays().orElseThrow() == Pays.FR;
    return Resultat.succes(
        MesureEtat.builder()
            .dateChangementEtat(dateChangementEtat().orElseThrow())
            .nature(nature().orElseThrow())
            .champ(champ())
            .lieuVie(lieuVie().orElseThrow())
            .typeEtablissement(etablissement ? typeEtablissement() : Optional.empty())
            .pays(pays().orElseThrow())
            .codePostal(france ? codePostal().map(String::strip) : Optional.empty())
            .ville(ville().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)))
            .build());
  }

  /**
   * Formulaire pré-rempli depuis un état existant.
   *
   * @param e état existant recopié
   * @return le formulaire pré-rempli
   */
  public static FormulaireEtat depuis(MesureEtat e) {
    return FormulaireEtat.builder()
        .dateChangementEtat(e.dateChangementEtat())
        .nature(e.nature())
        .champ(e.champ())
        .lieuVie(e.lieuVie())
        .typeEtablissement(e.typeEtablissement())
        .pays(e.pays())
        .codePostal(e.codePostal())
        .ville(e.ville())
        .build();
  }
}
