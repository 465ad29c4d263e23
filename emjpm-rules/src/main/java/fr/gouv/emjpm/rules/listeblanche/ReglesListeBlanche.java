// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.TypeListeBlanche;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.rules.internal.Textes;
import fr.gouv.emjpm.rules.profil.ReglesProfil;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Règles du formulaire de la liste blanche, par type d'entrée, telles que les appliquait l'original :
 *
 * <ul>
 *   <li>individuel et DPF individuel : nom, prénom, genre, e-mail, adresse, ville obligatoires ; code
 *       postal de 5 chiffres ; SIRET de 14 chiffres unique dans la liste blanche ; au moins un
 *       département d'agrément dont un financeur (exigé à la création, ou si l'entrée en avait déjà) ;
 *   <li>préposé : nom, prénom, genre, e-mail ; au moins un établissement dont un de rattachement (mêmes
 *       conditions) ;
 *   <li>service et service DPF : nom du service, adresse, ville obligatoires ; code postal de 5
 *       chiffres ; e-mail de forme valide s'il est saisi ; SIRET de 14 chiffres unique (préfixé de
 *       {@code sdpf_} pour un service DPF) ; champs de l'organisme gestionnaire quand il est déclaré ; un
 *       seul département pour un service DPF.
 * </ul>
 *
 * <p>Toutes les violations sont rassemblées. Sans état, thread-safe.
 */
public final class ReglesListeBlanche {

  private static final ReglesListeBlanche STANDARD = new ReglesListeBlanche();

  private ReglesListeBlanche() {}

  /** {@return règles standard} */
  public static ReglesListeBlanche standard() {
    return STANDARD;
  }

  private static Violation violation(CodeViolation code, String champ) {
    return Violation.de(code, "/" + champ, Map.of("champ", champ));
  }

  private static void exiger(RapportValidation.Builder r, Optional<String> v, CodeViolation code, String champ) {
    if (!Textes.renseigne(v)) {
      r.ajouter(violation(code, champ));
    }
  }

  /**
   * Vérifie un formulaire de liste blanche.
   *
   * @param f formulaire saisi
   * @param cleSiretDejaUtilisee vrai si la clé SIRET stockée ({@link TypeListeBlanche#cleSiret}) est déjà
   *     celle d'une autre entrée
   * @return toutes les violations, vide si le formulaire est valide
   */
  public RapportValidation verifier(FormulaireListeBlanche f, Predicate<String> cleSiretDejaUtilisee) {
    RapportValidation.Builder r = RapportValidation.builder();
    switch (f.type()) {
      case INDIVIDUEL, DPFI -> {
        personne(r, f);
        exiger(r, f.adresse(), CodeListeBlanche.LB_CHAMP_OBLIGATOIRE, "adresse");
        codePostal(r, f);
        exiger(r, f.ville(), CodeListeBlanche.LB_CHAMP_OBLIGATOIRE, "ville");
        siret(r, f, cleSiretDejaUtilisee);
        departementsAgrement(r, f);
      }
      case PREPOSE -> {
        personne(r, f);
        etablissements(r, f);
      }
      case SERVICE, SDPF -> {
        if (Textes.renseigne(f.email()) && !Textes.emailValide(f.email())) {
          r.ajouter(violation(CodeListeBlanche.LB_EMAIL_INVALIDE, "email"));
        }
        exiger(r, f.etablissement(), CodeListeBlanche.LB_CHAMP_OBLIGATOIRE, "etablissement");
        exiger(r, f.adresse(), CodeListeBlanche.LB_CHAMP_OBLIGATOIRE, "adresse");
        codePostal(r, f);
        exiger(r, f.ville(), CodeListeBlanche.LB_CHAMP_OBLIGATOIRE, "ville");
        ReglesProfil.organisme(r, f);
        siret(r, f, cleSiretDejaUtilisee);
        if (f.type() == TypeListeBlanche.SDPF && f.departementsService().size() > 1) {
          r.ajouter(violation(CodeListeBlanche.LB_SDPF_DEPARTEMENT_UNIQUE, "departements"));
        }
      }
    }
    return r.build();
  }

  private static void personne(RapportValidation.Builder r, FormulaireListeBlanche f) {
    exiger(r, f.email(), CodeListeBlanche.LB_EMAIL_INVALIDE, "email");
    exiger(r, f.nom(), CodeListeBlanche.LB_NOM_INVALIDE, "nom");
    exiger(r, f.prenom(), CodeListeBlanche.LB_PRENOM_INVALIDE, "prenom");
    exiger(r, f.genre(), CodeListeBlanche.LB_CHAMP_OBLIGATOIRE, "genre");
  }

  private static void codePostal(RapportValidation.Builder r, FormulaireListeBlanche f) {
    if (f.codePostal().map(String::strip).filter(Textes::cinqChiffres).isEmpty()) {
      r.ajouter(violation(CodeListeBlanche.LB_CODE_POSTAL_INVALIDE, "code_postal"));
    }
  }

  private static void siret(
      RapportValidation.Builder r, FormulaireListeBlanche f, Predicate<String> cleSiretDejaUtilisee) {
    Optional<String> s = f.siret().map(String::strip);
    if (s.filter(Siret::estBienForme).isEmpty()) {
      r.ajouter(violation(CodeListeBlanche.LB_SIRET_INVALIDE, "siret"));
      return;
    }
    boolean inchange = f.siretInitial().map(String::strip).filter(s.get()::equals).isPresent();
    if (!inchange && cleSiretDejaUtilisee.test(f.type().cleSiret(s.get()))) {
      r.ajouter(violation(CodeListeBlanche.LB_SIRET_DEJA_UTILISE, "siret"));
    }
  }

  private static boolean perimetreExige(FormulaireListeBlanche f) {
    return f.creation() || !f.perimetreInitialVide();
  }

  private static void departementsAgrement(RapportValidation.Builder r, FormulaireListeBlanche f) {
    if (!perimetreExige(f)) {
      return;
    }
    if (f.departementsAgrement().isEmpty()) {
      r.ajouter(violation(CodeListeBlanche.LB_DEPARTEMENT_OBLIGATOIRE, "departements"));
      r.ajouter(violation(CodeListeBlanche.LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE, "departements"));
      return;
    }
    long financeurs = f.departementsAgrement().stream().filter(DepartementAgrement::financeur).count();
    if (financeurs == 0) {
      r.ajouter(violation(CodeListeBlanche.LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE, "departements"));
    } else if (financeurs > 1) {
      r.ajouter(violation(CodeListeBlanche.LB_DEPARTEMENT_FINANCEUR_MULTIPLE, "departements"));
    }
  }

  private static void etablissements(RapportValidation.Builder r, FormulaireListeBlanche f) {
    if (!perimetreExige(f)) {
      return;
    }
    if (f.etablissements().isEmpty()) {
      r.ajouter(violation(CodeListeBlanche.LB_ETABLISSEMENT_OBLIGATOIRE, "etablissements"));
      r.ajouter(violation(CodeListeBlanche.LB_ETABLISSEMENT_RATTACHEMENT_OBLIGATOIRE, "etablissements"));
    } else if (f.etablissements().stream().noneMatch(EtablissementPrepose::rattachement)) {
      r.ajouter(violation(CodeListeBlanche.LB_ETABLISSEMENT_RATTACHEMENT_OBLIGATOIRE, "etablissements"));
    }
  }
}
