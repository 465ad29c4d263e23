// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moteur de statut de l'enquête : fonction pure réponse → arbre de statut.
 *
 * <p>Étape vide si aucune de ses clés propres n'est renseignée ; sinon valide si toutes ses règles
 * passent (obligation, type, entier, bornes, liste, règles croisées R-IG1, R-IG2, R-FIN1), invalide
 * sinon. Puis deux niveaux d'agrégation {@link StatutSection#agreger}.
 */
public final class MoteurStatutEnquete {

  static final String TABLE_INFOS_MANDATAIRE = "enquete_reponses_informations_mandataire";
  private static final String ACTIONS_TUTEURS = "actions_information_tuteurs_familiaux";

  private final CatalogueEnquete catalogue;

  /**
   * Moteur sur le catalogue donné.
   *
   * @param catalogue catalogue des sections, étapes et champs à vérifier
   */
  public MoteurStatutEnquete(CatalogueEnquete catalogue) {
    this.catalogue = catalogue;
  }

  /** {@return moteur sur le catalogue embarqué} */
  public static MoteurStatutEnquete standard() {
    return new MoteurStatutEnquete(CatalogueEnquete.standard());
  }

  /**
   * Calcule l'arbre de statut complet d'une réponse.
   *
   * @param reponse réponse à évaluer ; son type choisit les sections
   * @return arbre de statut, avec les violations des étapes invalides
   */
  public ArbreStatutEnquete statut(ReponseEnquete reponse) {
    Map<String, ArbreStatutEnquete.NoeudSection> noeuds = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    for (SectionEnquete section : catalogue.sections(reponse.type())) {
      if (section.estNavigation()) {
        continue;
      }
      Map<String, StatutSection> etapes = new LinkedHashMap<>();
      List<StatutSection> toutes = new ArrayList<>();
      for (SousSectionEnquete ss : section.sousSections()) {
        List<Violation> v = new ArrayList<>();
        StatutSection s = statutEtape(reponse, section, ss, v);
        toutes.add(s);
        if (!estGlobalDeSection(section, ss)) {
          etapes.put(ss.id(), s);
        }
        violations.addAll(v);
      }
      noeuds.put(section.id(), new ArbreStatutEnquete.NoeudSection(etapes, StatutSection.agreger(toutes)));
    }
    StatutSection global =
        StatutSection.agreger(
            noeuds.values().stream().map(ArbreStatutEnquete.NoeudSection::global).toList());
    return new ArbreStatutEnquete(noeuds, global, violations);
  }

  /**
   * Vrai pour une étape dont la clé de statut est celle de sa section ({@code prestationsSociales.global}
   * de l'individuel) : son statut est le global de la section et n'a pas de clé propre dans
   * l'arbre ({@code prestationsSociales:{global}}).
   */
  private static boolean estGlobalDeSection(SectionEnquete section, SousSectionEnquete ss) {
    return ss.cleStatut().isPresent() && ss.cleStatut().equals(section.cleStatut());
  }

  /**
   * Statut affiché d'une section de navigation (menu seulement) : « Bienvenue » toujours
   * valide ; « Envoi de vos réponses » vide tant que la réponse est en brouillon, valide ensuite. Pour
   * une autre section, son statut dans l'arbre.
   *
   * @param section section du menu, de navigation ou non
   * @param statut statut de la réponse (brouillon, soumise, validée)
   * @param arbre arbre de statut calculé de la réponse
   * @return statut à afficher ; vide pour une section absente de l'arbre
   */
  public static StatutSection statutMenu(
      SectionEnquete section, fr.gouv.emjpm.domain.enquete.StatutReponse statut, ArbreStatutEnquete arbre) {
    if (section.id().equals("bienvenue")) {
      return StatutSection.VALIDE;
    }
    if (section.id().equals("envoi")) {
      return statut == fr.gouv.emjpm.domain.enquete.StatutReponse.BROUILLON ? StatutSection.VIDE : StatutSection.VALIDE;
    }
    return arbre.section(section.id()).orElse(StatutSection.VIDE);
  }

  /**
   * Statut de l'étape « Envoi de vos réponses » : valide quand le statut global est valide, sinon vide.
   *
   * @param arbre arbre de statut calculé de la réponse
   * @return {@link StatutSection#VALIDE} ou {@link StatutSection#VIDE}
   */
  public static StatutSection statutEtapeEnvoi(ArbreStatutEnquete arbre) {
    return arbre.global() == StatutSection.VALIDE ? StatutSection.VALIDE : StatutSection.VIDE;
  }

  /**
   * Statut d'une étape et ses violations (ajoutées à {@code violations}, vide si l'étape est vide ou
   * valide).
   */
  StatutSection statutEtape(
      ReponseEnquete reponse, SectionEnquete section, SousSectionEnquete ss, List<Violation> violations) {
    if (ss.champs().isEmpty()) {
      return StatutSection.VALIDE;
    }
    String table = ss.table().orElseThrow();
    if (estVide(reponse, table, ss)) {
      return StatutSection.VIDE;
    }
    String prefixe = "/" + section.id() + "/" + ss.id() + "/";
    Set<String> blocsSignales = new LinkedHashSet<>();
    for (ChampEnquete champ : ss.champs()) {
      if (!estVerifie(champ)) {
        continue;
      }
      if (champ.estDansBloc()) {
        Optional<ValeurReponse> bloc = reponse.valeur(table, champ.colonne());
        if (bloc.isEmpty() || !(bloc.get() instanceof ValeurReponse.Bloc)) {
          if (blocsSignales.add(champ.colonne())) {
            violations.add(
                Violation.de(CodeEnquete.ENQUETE_BLOC_MANQUANT, prefixe + champ.colonne(), Map.of("bloc", champ.colonne())));
          }
          continue;
        }
      }
      if (reglesSpecifiques(reponse, table, champ, prefixe, violations)) {
        continue;
      }
      verifierChamp(champ, reponse.valeur(table, champ.cle()), prefixe + champ.cle(), violations);
    }
    reglesCroisees(reponse, table, ss, prefixe, violations);
    return violations.isEmpty() ? StatutSection.VALIDE : StatutSection.INVALIDE;
  }

  private static boolean estVerifie(ChampEnquete champ) {
    // actions_information_tuteurs_familiaux : hors du statut serveur.
    return champ.valideParStatut() && !champ.cle().equals(ACTIONS_TUTEURS);
  }

  private boolean estVide(ReponseEnquete reponse, String table, SousSectionEnquete ss) {
    Set<String> cles = new LinkedHashSet<>();
    ss.champs().stream().filter(MoteurStatutEnquete::estVerifie).forEach(c -> cles.add(c.colonne()));
    boolean vide = cles.stream().noneMatch(c -> renseigne(reponse.valeur(table, c)));
    if (vide && reponse.type() == TypeEnquete.INDIVIDUEL && ss.id().equals("formation")) {
      // l'étape Formation reçoit aussi l'ETP du secrétariat des Informations générales.
      vide = !renseigne(reponse.valeur(TABLE_INFOS_MANDATAIRE, "secretaire_specialise_etp"));
    }
    return vide;
  }

  private static boolean renseigne(Optional<ValeurReponse> v) {
    return v.isPresent() && v.get().estRenseignee();
  }

  /** Règles conditionnelles remplaçant les vérifications génériques ; vrai si le champ est traité. */
  private boolean reglesSpecifiques(
      ReponseEnquete reponse, String table, ChampEnquete champ, String prefixe, List<Violation> violations) {
    if (reponse.type() != TypeEnquete.INDIVIDUEL) {
      return false;
    }
    String chemin = prefixe + champ.cle();
    if (champ.cle().equals("forme_juridique")) {
      Optional<ValeurReponse> v = reponse.valeur(table, champ.cle());
      boolean benevoleNon = reponse.valeur(table, "benevole").filter(x -> x.equals(ValeurReponse.ouiNon(false))).isPresent();
      if (!renseigne(v)) {
        if (benevoleNon) {
          violations.add(Violation.de(CodeEnquete.ENQUETE_CHAMP_REQUIS, chemin));
        }
        return true;
      }
      return false;
    }
    if (champ.cle().equals("secretaire_specialise_etp")) {
      Optional<ValeurReponse> v = reponse.valeur(table, champ.cle());
      boolean oui =
          reponse.valeur(table, "exerce_secretaires_specialises")
              .filter(x -> x.equals(ValeurReponse.ouiNon(true)))
              .isPresent();
      if (oui) {
        if (!renseigne(v)) {
          violations.add(Violation.de(CodeEnquete.ENQUETE_ETP_SECRETARIAT_REQUIS, chemin));
          return true;
        }
        return false;
      }
      if (renseigne(v)) {
        violations.add(Violation.de(CodeEnquete.ENQUETE_ETP_SECRETARIAT_DOIT_ETRE_VIDE, chemin));
      }
      return true;
    }
    return false;
  }

  private void reglesCroisees(
      ReponseEnquete reponse, String table, SousSectionEnquete ss, String prefixe, List<Violation> violations) {
    if (reponse.type() == TypeEnquete.INDIVIDUEL && ss.id().equals("informationsGenerales")) {
      boolean seul = reponse.valeur(table, "exerce_seul_activite").filter(x -> x.equals(ValeurReponse.ouiNon(true))).isPresent();
      boolean secretaires =
          reponse.valeur(table, "exerce_secretaires_specialises").filter(x -> x.equals(ValeurReponse.ouiNon(true))).isPresent();
      if (seul && secretaires) {
        violations.add(Violation.de(CodeEnquete.ENQUETE_EXERCE_SEUL, prefixe + "exerce_secretaires_specialises"));
      }
    }
    if (reponse.type() == TypeEnquete.PREPOSE && ss.id().equals("financement")) {
      BigDecimal preposes = partieEntiere(reponse.valeur(table, "charges_preposes"));
      BigDecimal personnel = partieEntiere(reponse.valeur(table, "charges_personnel"));
      if (preposes.compareTo(personnel) > 0) {
        violations.add(Violation.de(CodeEnquete.ENQUETE_CHARGES_PREPOSES_SUPERIEURES, prefixe + "charges_preposes"));
      }
    }
  }

  private static BigDecimal partieEntiere(Optional<ValeurReponse> v) {
    return v.flatMap(ValeurReponse::nombre).orElse(BigDecimal.ZERO).setScale(0, RoundingMode.DOWN);
  }

  /** Vérifications génériques d'un champ (obligation, type, entier, bornes, liste, éléments). */
  static void verifierChamp(
      ChampEnquete champ, Optional<ValeurReponse> valeur, String chemin, List<Violation> violations) {
    if (!renseigne(valeur)) {
      if (champ.obligatoire()) {
        violations.add(Violation.de(CodeEnquete.ENQUETE_CHAMP_REQUIS, chemin));
      }
      return;
    }
    ValeurReponse v = valeur.orElseThrow();
    switch (champ.type()) {
      case ENTIER, DECIMAL, ANNEE -> verifierNombre(champ, v, chemin, violations);
      case ENUMERATION -> {
        if (!(v instanceof ValeurReponse.Texte t)) {
          violations.add(typeInvalide(chemin, "code"));
        } else if (!champ.valeurs().isEmpty() && champ.libelleDuCode(t.valeur()).isEmpty()) {
          violations.add(
              Violation.de(
                  CodeEnquete.ENQUETE_VALEUR_HORS_LISTE,
                  chemin,
                  Map.of("liste", champ.valeurs().stream().map(ValeurEnumeration::code).collect(Collectors.joining(", ")))));
        }
      }
      case OUI_NON -> {
        if (!(v instanceof ValeurReponse.OuiNon)) {
          violations.add(typeInvalide(chemin, "oui/non"));
        }
      }
      case TEXTE -> {
        if (!(v instanceof ValeurReponse.Texte)) {
          violations.add(typeInvalide(chemin, "texte"));
        }
      }
      case GROUPE_REPETE -> {
        if (!(v instanceof ValeurReponse.Liste liste)) {
          violations.add(typeInvalide(chemin, "liste"));
        } else {
          for (int i = 0; i < liste.elements().size(); i++) {
            ValeurReponse.Bloc el = liste.elements().get(i);
            for (ChampEnquete sous : champ.champsElement()) {
              verifierChamp(sous, el.membre(sous.cle()), chemin + "/" + i + "/" + sous.cle(), violations);
            }
          }
        }
      }
    }
  }

  private static void verifierNombre(
      ChampEnquete champ, ValeurReponse v, String chemin, List<Violation> violations) {
    Optional<BigDecimal> n = v.nombre();
    if (n.isEmpty()) {
      violations.add(typeInvalide(chemin, "nombre"));
      return;
    }
    BigDecimal x = n.get();
    if (champ.entier() && x.stripTrailingZeros().scale() > 0) {
      violations.add(Violation.de(CodeEnquete.ENQUETE_NON_ENTIER, chemin));
    }
    if (champ.sousLeMinimum(x)) {
      CodeEnquete code = champ.minExclusif() ? CodeEnquete.ENQUETE_NON_SUPERIEUR_MIN : CodeEnquete.ENQUETE_INFERIEUR_MIN;
      violations.add(Violation.de(code, chemin, Map.of("min", champ.min().orElseThrow().toPlainString())));
    }
    champ.max().filter(max -> x.compareTo(max) > 0).ifPresent(max ->
        violations.add(Violation.de(CodeEnquete.ENQUETE_SUPERIEUR_MAX, chemin, Map.of("max", max.toPlainString()))));
  }

  private static Violation typeInvalide(String chemin, String type) {
    return Violation.de(CodeEnquete.ENQUETE_TYPE_INVALIDE, chemin, Map.of("type", type));
  }
}
