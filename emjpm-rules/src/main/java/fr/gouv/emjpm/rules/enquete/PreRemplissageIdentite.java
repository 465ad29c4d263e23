// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.referentiel.CategorieFiness;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Departement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Champs d'identité du pré-remplissage, avec les écarts de docs/ecarts.md :
 * nb_mesures_dep_* comptés sur le stock au 31 décembre, type d'établissement tiré de la
 * catégorie FINESS au lieu du libellé brut.
 */
final class PreRemplissageIdentite {
  static final String INFORMATIONS_INDIVIDUEL = "enquete_reponses_informations_mandataire";
  static final String AGREMENTS_INDIVIDUEL = "enquete_reponses_agrements_formations";
  static final String INFORMATIONS_SERVICE = "enquete_reponses_service_informations";
  static final String LISTE_ETABLISSEMENTS = "nombre_lits_journee_hospitalisation";
  private static final Set<String> SEXES = Set.of("F", "H");

  private PreRemplissageIdentite() {}

  /**
   * Réponse {@code r} complétée des champs d'identité.
   *
   * @param stock31 mesures du stock au 31 décembre de l'année d'activité
   */
  static ReponseEnquete completer(ReponseEnquete r, IdentiteRepondant id, CodeDepartement dep,
      List<Mesure> stock31, Referentiel ref) {
    Optional<Departement> d = ref.departement(dep);
    Optional<String> nomDep = d.map(Departement::nom);
    Optional<String> nomRegion = ref.regionDuDepartement(dep).map(reg -> reg.nom());
    String table = switch (r.type()) {
      case INDIVIDUEL -> INFORMATIONS_INDIVIDUEL;
      case SERVICE -> INFORMATIONS_SERVICE;
      case PREPOSE -> PreRemplissageEnquete.MODALITES_PREPOSE;
    };
    r = poser(r, table, "departement", nomDep);
    r = poser(r, table, "region", nomRegion);
    switch (r.type()) {
      case INDIVIDUEL -> {
        r = poser(r, table, "nom", id.nom());
        r = poser(r, table, "sexe", id.sexe().filter(SEXES::contains));
        r = individuelAgrements(r, id, dep, stock31);
      }
      case SERVICE -> r = poser(r, table, "nom", id.nom());
      case PREPOSE -> {
        r = poser(r, table, "raison_sociale", id.etablissements().stream().findFirst()
            .map(FicheEtablissement::raisonSociale));
        if (!id.etablissements().isEmpty()) {
          r = r.avec(table, LISTE_ETABLISSEMENTS, new ValeurReponse.Liste(id.etablissements().stream()
              .map(e -> etablissement(e, ref)).toList()));
        }
      }
    }
    return r;
  }

  private static ReponseEnquete individuelAgrements(ReponseEnquete r, IdentiteRepondant id, CodeDepartement dep,
      List<Mesure> stock31) {
    long n = id.departementsListeBlanche().stream().distinct().count();
    if (n > 0) {
      r = r.avec(AGREMENTS_INDIVIDUEL, "nb_departements", ValeurReponse.texte(codeNbDepartements(n)));
    }
    long autres = stock31.stream().filter(m -> m.departement().filter(x -> !x.equals(dep)).isPresent()).count();
    r = r.avec(AGREMENTS_INDIVIDUEL, "nb_mesures_dep_finance", ValeurReponse.entier(stock31.size() - autres));
    return r.avec(AGREMENTS_INDIVIDUEL, "nb_mesures_dep_autres", ValeurReponse.entier(autres));
  }

  /** Code NB_DEPARTEMENTS : 1 à 4, puis {@code 5+} dès 5 (seul code disponible). */
  static String codeNbDepartements(long n) {
    return n >= 5 ? "5+" : Long.toString(n);
  }

  private static ValeurReponse.Bloc etablissement(FicheEtablissement e, Referentiel ref) {
    Map<String, ValeurReponse> m = new LinkedHashMap<>();
    m.put("finess", ValeurReponse.texte(e.finess()));
    m.put("raison_sociale", ValeurReponse.texte(e.raisonSociale()));
    e.statutEnquete().ifPresent(s -> m.put("statut", ValeurReponse.texte(s)));
    e.categorieFiness().flatMap(ref::categorieFiness).map(PreRemplissageIdentite::typeEtablissement)
        .ifPresent(t -> m.put("type", ValeurReponse.texte(t)));
    return new ValeurReponse.Bloc(m);
  }

  /**
   * Type d'établissement de l'enquête (TYPE_ETABLISSEMENT) d'une catégorie FINESS, par ses agrégats :
   * personnes âgées (4400), adultes handicapés (4300), autre social ou médico-social (autre domaine
   * SOC), psychiatrie (1103, 1111), soins de longue durée (1109), autre hospitalier (autre SAN).
   */
  static String typeEtablissement(CategorieFiness c) {
    if ("SOC".equals(c.domaine())) {
      return switch (c.agregatNiveau2Code()) {
        case "4400" -> "etablissement_personnes_agees";
        case "4300" -> "etablissement_personnes_handicapees";
        default -> "etablissement_autre_social";
      };
    }
    return switch (c.agregatCode()) {
      case "1103", "1111" -> "etablissement_specialise_psychiatrie";
      case "1109" -> "etablissement_soins_longue_duree";
      default -> "etablissement_autre";
    };
  }

  private static ReponseEnquete poser(ReponseEnquete r, String table, String cle, Optional<String> valeur) {
    return valeur.filter(v -> !v.isBlank()).map(v -> r.avec(table, cle, ValeurReponse.texte(v))).orElse(r);
  }

}
