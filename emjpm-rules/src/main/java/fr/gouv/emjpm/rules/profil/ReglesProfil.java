// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.rules.internal.Textes;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Règles des formulaires de profil (mandataire, service, antenne), telles que les appliquaient les
 * formulaires de l'original : toutes les violations sont rassemblées, chacune au chemin du champ de
 * l'original ({@code /siret}, {@code /suspend_activity_reason}…). L'unicité du SIRET est vérifiée par
 * un prédicat de l'hôte (qui connaît les autres mandataires). Sans état, thread-safe.
 */
public final class ReglesProfil {

  /** Longueur maximale des informations à destination du magistrat d'un service. */
  public static final int COMPETENCES_MAX = 255;

  private static final ReglesProfil STANDARD = new ReglesProfil();

  private ReglesProfil() {}

  /** {@return règles standard} */
  public static ReglesProfil standard() {
    return STANDARD;
  }

  private static void exiger(RapportValidation.Builder r, Optional<String> valeur, CodeViolation code, String champ) {
    if (!Textes.renseigne(valeur)) {
      r.ajouter(violation(code, champ));
    }
  }

  private static Violation violation(CodeViolation code, String champ) {
    return Violation.de(code, "/" + champ, Map.of("champ", champ));
  }

  private static void adresses(RapportValidation.Builder r, ChampsGestionnaire f) {
    if (f.adresseGeocodee().filter(AdresseGeocodee::estComplete).isEmpty()) {
      r.ajouter(violation(CodeProfil.PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE, "geocode"));
    }
    if (!f.utiliserAdresseLocalisation() && !Textes.renseigne(f.adresse())) {
      r.ajouter(violation(CodeProfil.PROFIL_ADRESSE_OBLIGATOIRE, "adresse"));
    }
  }

  /** Motif obligatoire en cas de suspension ; au moins un tribunal préférentiel. */
  private static void activite(RapportValidation.Builder r, ChampsGestionnaire f) {
    if (f.suspendu() && !Textes.renseigne(f.motifSuspension())) {
      r.ajouter(violation(CodeProfil.PROFIL_MOTIF_SUSPENSION_OBLIGATOIRE, "suspend_activity_reason"));
    }
    if (f.tribunaux().isEmpty()) {
      r.ajouter(violation(CodeProfil.PROFIL_TRIBUNAL_PREFERE_OBLIGATOIRE, "tis"));
    }
  }

  /**
   * Profil d'un mandataire : e-mail valide, nom, prénom, genre, téléphone et nombre de mesures
   * souhaitées obligatoires ; adresse géocodée complète ; adresse affichée obligatoire quand l'adresse
   * géocodée n'est pas celle affichée ; SIRET de 14 chiffres, obligatoire sauf pour un préposé, unique
   * parmi les mandataires (un SIRET inchangé n'est pas recontrôlé) ; motif obligatoire en cas de
   * suspension ; au moins un tribunal préférentiel.
   *
   * @param formulaire formulaire saisi
   * @param siretDejaUtilise vrai si un <em>autre</em> mandataire porte déjà ce SIRET
   * @return toutes les violations, vide si le formulaire est valide
   */
  public RapportValidation verifier(FormulaireMandataire formulaire, Predicate<Siret> siretDejaUtilise) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (!Textes.emailValide(formulaire.email())) {
      r.ajouter(violation(CodeProfil.PROFIL_EMAIL_INVALIDE, "email"));
    }
    exiger(r, formulaire.nom(), CodeProfil.PROFIL_NOM_INVALIDE, "nom");
    exiger(r, formulaire.prenom(), CodeProfil.PROFIL_PRENOM_INVALIDE, "prenom");
    exiger(r, formulaire.genre(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "genre");
    exiger(r, formulaire.telephone(), CodeProfil.PROFIL_TELEPHONE_INVALIDE, "telephone");
    if (formulaire.dispoMax().isEmpty()) {
      r.ajouter(violation(CodeProfil.PROFIL_DISPO_MAX_INVALIDE, "dispo_max"));
    }
    adresses(r, formulaire);
    siret(r, formulaire, siretDejaUtilise);
    activite(r, formulaire);
    return r.build();
  }

  private static void siret(
      RapportValidation.Builder r, FormulaireMandataire f, Predicate<Siret> siretDejaUtilise) {
    Optional<String> saisi = f.siret().map(String::strip).filter(s -> !s.isEmpty());
    if (saisi.isEmpty()) {
      if (f.type() != TypeGestionnaire.PREPOSE) {
        r.ajouter(violation(CodeProfil.PROFIL_SIRET_OBLIGATOIRE, "siret"));
      }
      return;
    }
    String s = saisi.get();
    if (!Siret.estBienForme(s)) {
      r.ajouter(violation(CodeProfil.PROFIL_SIRET_INVALIDE, "siret"));
      return;
    }
    boolean inchange = f.siretInitial().map(String::strip).filter(s::equals).isPresent();
    if (!inchange && siretDejaUtilise.test(Siret.of(s))) {
      r.ajouter(violation(CodeProfil.PROFIL_SIRET_DEJA_UTILISE, "siret"));
    }
  }

  /**
   * Profil d'un service : nom du service, e-mail, nom, prénom et genre du contact, nombre de mesures
   * souhaitées obligatoires ; ce nombre, s'il n'est pas nul et que le service a des antennes, au moins
   * égal à la somme des antennes ; informations à destination du magistrat d'au plus 255 caractères ;
   * adresse géocodée complète et adresse affichée comme pour un mandataire ; champs de l'organisme
   * gestionnaire obligatoires quand il est déclaré, son code postal de 5 chiffres ; motif de suspension
   * ; au moins un tribunal préférentiel.
   *
   * @param formulaire formulaire saisi
   * @return toutes les violations, vide si le formulaire est valide
   */
  public RapportValidation verifier(FormulaireService formulaire) {
    RapportValidation.Builder r = RapportValidation.builder();
    exiger(r, formulaire.nom(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "etablissement");
    exiger(r, formulaire.email(), CodeProfil.PROFIL_EMAIL_INVALIDE, "email");
    exiger(r, formulaire.contactNom(), CodeProfil.PROFIL_NOM_INVALIDE, "nom");
    exiger(r, formulaire.contactPrenom(), CodeProfil.PROFIL_PRENOM_INVALIDE, "prenom");
    exiger(r, formulaire.contactGenre(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "genre");
    Optional<Integer> dispo = formulaire.dispoMax();
    if (dispo.isEmpty()) {
      r.ajouter(violation(CodeProfil.PROFIL_DISPO_MAX_INVALIDE, "dispo_max"));
    } else if (dispo.get() != 0 && formulaire.nombreAntennes() > 0
        && dispo.get() < formulaire.sommeCapacitesAntennes()) {
      r.ajouter(Violation.de(CodeProfil.PROFIL_CAPACITE_SERVICE_INSUFFISANTE, "/dispo_max",
          Map.of("champ", "dispo_max", "max", formulaire.sommeCapacitesAntennes())));
    }
    competences(r, formulaire.competences());
    adresses(r, formulaire);
    organisme(r, formulaire);
    activite(r, formulaire);
    return r.build();
  }

  /**
   * Informations à destination du magistrat d'un service : au plus {@value #COMPETENCES_MAX} caractères
   * (points de code).
   *
   * @param r rapport à compléter
   * @param competences texte saisi
   */
  static void competences(RapportValidation.Builder r, Optional<String> competences) {
    if (competences.filter(c -> c.codePointCount(0, c.length()) > COMPETENCES_MAX).isPresent()) {
      r.ajouter(Violation.de(CodeProfil.PROFIL_COMPETENCES_TROP_LONGUES, "/competences",
          Map.of("champ", "competences", "max", COMPETENCES_MAX)));
    }
  }

  /**
   * Champs de l'organisme gestionnaire : nom, adresse, code postal et ville obligatoires quand
   * l'organisme est déclaré ; un code postal saisi a 5 chiffres.
   *
   * @param r rapport à compléter
   * @param f champs de l'organisme gestionnaire saisis
   */
  public static void organisme(RapportValidation.Builder r, ChampsOrganismeGestionnaire f) {
    Optional<String> cp = f.organismeCodePostal().map(String::strip).filter(s -> !s.isEmpty());
    if (cp.isPresent() && !Textes.cinqChiffres(cp.get())) {
      r.ajouter(violation(CodeProfil.PROFIL_ORG_CODE_POSTAL_INVALIDE, "org_code_postal"));
    }
    if (f.organismeGestionnaire()) {
      exiger(r, f.organismeNom(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "org_nom");
      exiger(r, f.organismeAdresse(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "org_adresse");
      if (cp.isEmpty()) {
        r.ajouter(violation(CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "org_code_postal"));
      }
      exiger(r, f.organismeVille(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "org_ville");
    }
  }

  /**
   * Formulaire d'antenne : nom de l'antenne, nom, prénom, e-mail et téléphone du contact, adresse
   * géocodée complète et nombre de mesures souhaitées obligatoires ; ce nombre, s'il n'est pas nul,
   * ajouté à celui des autres antennes, ne dépasse pas le nombre de mesures souhaitées du service (même
   * comparaison que {@code Disponibilites.verifierCapaciteAntennes}, avec le message du formulaire).
   *
   * @param formulaire formulaire saisi
   * @return toutes les violations, vide si le formulaire est valide
   */
  public RapportValidation verifier(FormulaireAntenne formulaire) {
    RapportValidation.Builder r = RapportValidation.builder();
    exiger(r, formulaire.nom(), CodeProfil.PROFIL_CHAMP_OBLIGATOIRE, "name");
    exiger(r, formulaire.contactNom(), CodeProfil.PROFIL_NOM_INVALIDE, "contact_lastname");
    exiger(r, formulaire.contactPrenom(), CodeProfil.PROFIL_PRENOM_INVALIDE, "contact_firstname");
    exiger(r, formulaire.contactEmail(), CodeProfil.PROFIL_EMAIL_INVALIDE, "contact_email");
    exiger(r, formulaire.contactTelephone(), CodeProfil.PROFIL_TELEPHONE_INVALIDE, "contact_phone");
    if (formulaire.adresseGeocodee().filter(AdresseGeocodee::estComplete).isEmpty()) {
      r.ajouter(violation(CodeProfil.PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE, "geocode"));
    }
    Optional<Integer> max = formulaire.mesuresMax();
    if (max.isEmpty()) {
      r.ajouter(violation(CodeProfil.PROFIL_DISPO_MAX_INVALIDE, "mesures_max"));
    } else if (max.get() != 0) {
      long total = formulaire.sommeAutresAntennes() + max.get();
      if (total > formulaire.capaciteService()) {
        r.ajouter(Violation.de(CodeProfil.PROFIL_CAPACITE_ANTENNES_EXCESSIVE, "/mesures_max",
            Map.of("champ", "mesures_max", "max", formulaire.capaciteService(), "total", total)));
      }
    }
    return r.build();
  }
}
