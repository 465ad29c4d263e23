// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * <b>Oracle de test</b> : copie telle quelle des règles d'avant l'issue 18 (coût par ligne), comparée
 * aux règles actuelles par {@code SaisieAvantApresProperties}.
 *
 * <p>Règles du lieu de vie, communes aux formulaires d'état, d'acceptation, de création et aux saisies
 * de mesure : lieu de vie et pays obligatoires, type d'établissement
 * obligatoire en établissement, code postal et ville obligatoires en France (formulaires), code
 * postal menant à un département.
 */
final class ReglesLieuDeVieAvant {
  private ReglesLieuDeVieAvant() {}

  /**
   * {@return vrai si le lieu de vie exige un type d'établissement}
   *
   * @param lieu lieu de vie, non nul
   */
  public static boolean exigeTypeEtablissement(LieuVie lieu) {
    return lieu == LieuVie.ETABLISSEMENT || lieu == LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE;
  }

  /**
   * Vérifie un lieu de vie.
   *
   * @param adresseFranceObligatoire vrai pour les formulaires (code postal et ville exigés en France),
   *     faux pour les saisies d'import et d'API qui ont des replis
   * @return toutes les violations, chemins relatifs ({@code /lieuVie}, {@code /codePostal}…)
   * @param lieuVie lieu de vie, obligatoire
   * @param typeEtablissement type d'établissement, obligatoire en établissement
   * @param pays pays, obligatoire
   * @param codePostal code postal saisi (espaces tolérés), obligatoire en France si {@code adresseFranceObligatoire}
   * @param ville ville saisie, obligatoire en France si {@code adresseFranceObligatoire}
   * @param ctx contexte d'évaluation, dont le référentiel qui doit connaître le département du code postal
   */
  public static List<Violation> verifier(
      Optional<LieuVie> lieuVie,
      Optional<TypeEtablissement> typeEtablissement,
      Optional<Pays> pays,
      Optional<String> codePostal,
      Optional<String> ville,
      boolean adresseFranceObligatoire,
      ContexteRegles ctx) {
    return verifier(lieuVie, typeEtablissement, pays, codePostal, ville, adresseFranceObligatoire, false, ctx);
  }

  /**
   * Vérifie un lieu de vie ; en établissement, le type d'établissement est exigé sauf si
   * {@code typeEtablissementFacultatif} (imports de fichier et OCMI, comme l'original) : son absence est
   * alors un avertissement {@code TYPE_ETABLISSEMENT_ABSENT} qui nomme la colonne facultative et ses
   * valeurs. Hors formulaires ({@code adresseFranceObligatoire} faux), un code postal dont le département
   * est inconnu du référentiel (Monaco 98000…) est gardé avec l'avertissement {@code
   * CODE_POSTAL_DEPARTEMENT_INCONNU}.
   *
   * @param lieuVie lieu de vie, obligatoire
   * @param typeEtablissement type d'établissement, exigé en établissement sauf {@code typeEtablissementFacultatif}
   * @param pays pays, obligatoire
   * @param codePostal code postal saisi (espaces tolérés), obligatoire en France si {@code adresseFranceObligatoire}
   * @param ville ville saisie, obligatoire en France si {@code adresseFranceObligatoire}
   * @param adresseFranceObligatoire vrai pour les formulaires (code postal et ville exigés en France)
   * @param typeEtablissementFacultatif vrai pour les imports de fichier et OCMI
   * @param ctx contexte d'évaluation, dont le référentiel qui doit connaître le département du code postal
   * @return toutes les violations, chemins relatifs ({@code /lieuVie}, {@code /codePostal}…)
   */
  public static List<Violation> verifier(
      Optional<LieuVie> lieuVie,
      Optional<TypeEtablissement> typeEtablissement,
      Optional<Pays> pays,
      Optional<String> codePostal,
      Optional<String> ville,
      boolean adresseFranceObligatoire,
      boolean typeEtablissementFacultatif,
      ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>();
    if (lieuVie.isEmpty()) {
      v.add(obligatoire("/lieuVie", "lieu de vie"));
    } else if (exigeTypeEtablissement(lieuVie.get()) && typeEtablissement.isEmpty()) {
      v.add(typeEtablissementFacultatif
          ? Violation.de(CodeRegle.TYPE_ETABLISSEMENT_ABSENT, "/typeEtablissement",
              Map.of("valeurs", String.join(", ",
                  java.util.Arrays.stream(TypeEtablissement.values()).map(TypeEtablissement::code).toList())))
          : Violation.de(CodeRegle.TYPE_ETABLISSEMENT_OBLIGATOIRE, "/typeEtablissement"));
    }
    if (pays.isEmpty()) {
      v.add(obligatoire("/pays", "pays"));
    }
    boolean france = pays.map(p -> p == Pays.FR).orElse(false);
    Optional<String> cp = codePostal.map(String::strip).filter(s -> !s.isEmpty());
    if (france && adresseFranceObligatoire) {
      if (cp.isEmpty()) {
        v.add(obligatoire("/codePostal", "code postal"));
      }
      if (ville.map(String::strip).filter(s -> !s.isEmpty()).isEmpty()) {
        v.add(obligatoire("/ville", "ville"));
      }
    }
    if (france && cp.isPresent()) {
      for (Violation x : departement(cp.get(), ctx).violations()) {
        v.add(!adresseFranceObligatoire && x.code().equals(CodeRegle.CODE_POSTAL_SANS_DEPARTEMENT.code())
            ? Violation.de(CodeRegle.CODE_POSTAL_DEPARTEMENT_INCONNU, "/codePostal")
            : x.avecChemin("/codePostal"));
      }
    }
    return v;
  }

  /**
   * Département d'un code postal saisi : {@code CODE_POSTAL_MAL_FORME} s'il n'a pas 5
   * chiffres, {@code CODE_POSTAL_SANS_DEPARTEMENT} si le département est inconnu du référentiel.
   *
   * @param codePostal code postal saisi ; espaces de début et de fin ignorés
   * @param ctx contexte d'évaluation, dont le référentiel des départements
   * @return le département, ou un échec {@code CODE_POSTAL_MAL_FORME} (pas 5 chiffres) ou {@code CODE_POSTAL_SANS_DEPARTEMENT} (département inconnu du référentiel)
   */
  public static Resultat<CodeDepartement> departement(String codePostal, ContexteRegles ctx) {
    Objects.requireNonNull(ctx, "ctx");
    String t = codePostal.strip();
    if (!CodePostal.estBienForme(t)) {
      return Resultat.echec(Violation.de(CodeRegle.CODE_POSTAL_MAL_FORME, ""));
    }
    CodeDepartement dep = CodePostal.of(t).departement();
    if (!Localisation.departementConnu(dep, ctx)) {
      return Resultat.echec(Violation.de(CodeRegle.CODE_POSTAL_SANS_DEPARTEMENT, ""));
    }
    return Resultat.succes(dep);
  }

  static Violation obligatoire(String chemin, String champ) {
    return Violation.de(CodeRegle.CHAMP_OBLIGATOIRE, chemin, Map.of("champ", champ));
  }
}
