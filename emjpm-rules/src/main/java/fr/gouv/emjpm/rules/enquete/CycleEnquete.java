// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Cycle d'une campagne et de ses réponses en vérifications pures :
 * brouillon → soumis → validé. Le temps vient d'une date passée en argument ou d'une {@link Clock}.
 *
 * <p>Écart à l'original : la date limite et l'état « déjà soumis » sont vérifiés ici pour la modification,
 * l'import et la soumission par le répondant ; le répondant ne peut jamais changer le statut
 * autrement que par la soumission, et n'agit que sur sa propre réponse ({@link #verifierProprietaire}).
 *
 * <p>Qui fait quoi : la direction nationale crée les campagnes ; le répondant
 * modifie, importe et soumet son brouillon ; la direction ({@code direction}) consulte, modifie et
 * valide les réponses envoyées ; la direction nationale ne modifie, ne valide ni n'ouvre une réponse.
 */
public final class CycleEnquete {

  private CycleEnquete() {}

  /**
   * Création d'une campagne (direction nationale seulement ; année unique).
   *
   * @param acteur rôle de celui qui crée ; seule la direction nationale est autorisée
   * @param annee année de la campagne, sur quatre chiffres
   * @param dateFin date limite de réponse (incluse)
   * @param anneesExistantes années des campagnes déjà créées
   * @return la campagne, ou les violations (action non autorisée, année invalide ou déjà prise)
   */
  public static Resultat<CampagneEnquete> creerCampagne(
      ActeurEnquete acteur, int annee, LocalDate dateFin, Collection<Integer> anneesExistantes) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (acteur != ActeurEnquete.DIRECTION_NATIONALE) {
      r.ajouter(nonAutorise("creer_campagne"));
    }
    if (annee < 1000 || annee > 9999) {
      r.ajouter(Violation.de(CodeEnquete.ENQUETE_ANNEE_INVALIDE, "/annee"));
    } else if (anneesExistantes.contains(annee)) {
      r.ajouter(Violation.de(CodeEnquete.ENQUETE_CAMPAGNE_EXISTANTE, "/annee", Map.of("annee", annee)));
    }
    RapportValidation rapport = r.build();
    return rapport.estValide()
        ? Resultat.succes(new CampagneEnquete(annee, dateFin))
        : Resultat.echec(rapport.violations());
  }

  /**
   * Modification d'une réponse (saisie d'une étape) par cet acteur à cette date.
   *
   * @param acteur rôle de celui qui modifie
   * @param statut statut actuel de la réponse
   * @param campagne campagne de la réponse (sa date limite est incluse)
   * @param date date de la modification
   * @return rapport vide si la modification est permise, sinon ses violations
   */
  public static RapportValidation verifierModification(
      ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne, LocalDate date) {
    return switch (acteur) {
      case REPONDANT -> verifierRepondant(statut, campagne, date);
      case DIRECTION -> statut == StatutReponse.BROUILLON
          ? RapportValidation.de(Violation.de(CodeEnquete.ENQUETE_NON_SOUMISE, ""))
          : RapportValidation.vide();
      case DIRECTION_NATIONALE -> RapportValidation.de(nonAutorise("modifier"));
    };
  }

  /**
   * Import d'un classeur : répondant seulement, réponse en brouillon, campagne ouverte.
   *
   * @param acteur rôle de celui qui importe ; seul le répondant est autorisé
   * @param statut statut actuel de la réponse
   * @param campagne campagne de la réponse (sa date limite est incluse)
   * @param date date de l'import
   * @return rapport vide si l'import est permis, sinon ses violations
   */
  public static RapportValidation verifierImport(
      ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne, LocalDate date) {
    if (acteur != ActeurEnquete.REPONDANT) {
      return RapportValidation.de(nonAutorise("importer"));
    }
    return verifierRepondant(statut, campagne, date);
  }

  /**
   * Soumission : répondant, brouillon, campagne ouverte, statut global différent de
   * invalide (une réponse vide ou partielle peut être envoyée).
   *
   * @return le nouveau statut {@link StatutReponse#SOUMIS} ou toutes les violations
   * @param acteur rôle de celui qui soumet ; seul le répondant est autorisé
   * @param statut statut actuel de la réponse
   * @param statutGlobal statut global calculé de la réponse ({@link MoteurStatutEnquete})
   * @param campagne campagne de la réponse (sa date limite est incluse)
   * @param date date de la soumission
   */
  public static Resultat<StatutReponse> soumettre(
      ActeurEnquete acteur,
      StatutReponse statut,
      StatutSection statutGlobal,
      CampagneEnquete campagne,
      LocalDate date) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (acteur != ActeurEnquete.REPONDANT) {
      r.ajouter(nonAutorise("soumettre"));
    } else {
      r.ajouterTout(verifierRepondant(statut, campagne, date));
    }
    if (statutGlobal == StatutSection.INVALIDE) {
      r.ajouter(Violation.de(CodeEnquete.ENQUETE_REPONSE_INVALIDE, ""));
    }
    return r.build().versResultat(StatutReponse.SOUMIS);
  }

  /**
   * Soumission à la date donnée par une horloge.
   *
   * @param acteur rôle de celui qui soumet ; seul le répondant est autorisé
   * @param statut statut actuel de la réponse
   * @param statutGlobal statut global calculé de la réponse ({@link MoteurStatutEnquete})
   * @param campagne campagne de la réponse (sa date limite est incluse)
   * @param horloge horloge de l'hôte ; la date du jour est prise dans son fuseau
   * @return le nouveau statut {@link StatutReponse#SOUMIS} ou toutes les violations
   */
  public static Resultat<StatutReponse> soumettre(
      ActeurEnquete acteur,
      StatutReponse statut,
      StatutSection statutGlobal,
      CampagneEnquete campagne,
      Clock horloge) {
    return soumettre(acteur, statut, statutGlobal, campagne, LocalDate.now(horloge));
  }

  /**
   * Validation par une direction (rôle {@code direction}) : la réponse doit être soumise (pas de
   * réouverture). Le répondant et la direction nationale (lecture et comptes seulement) ne
   * valident pas.
   *
   * @param acteur rôle de celui qui valide ; seule la direction est autorisée
   * @param statut statut actuel de la réponse
   * @param campagne campagne de la réponse (son année figure dans le refus)
   * @return le nouveau statut {@link StatutReponse#VALIDE}, ou le refus
   */
  public static Resultat<StatutReponse> valider(
      ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    if (acteur != ActeurEnquete.DIRECTION) {
      return Resultat.echec(nonAutorise("valider"));
    }
    return switch (statut) {
      case SOUMIS -> Resultat.succes(StatutReponse.VALIDE);
      case BROUILLON -> Resultat.echec(Violation.de(CodeEnquete.ENQUETE_NON_SOUMISE, ""));
      case VALIDE -> Resultat.echec(
          Violation.de(CodeEnquete.ENQUETE_DEJA_VALIDEE, "", Map.of("annee", campagne.annee())));
    };
  }

  /**
   * Ouverture des réponses d'une réponse : le répondant la sienne (quel que soit son statut), la
   * direction seulement une réponse envoyée ou validée (« Reponse has not been submitted yet ») ; la
   * direction nationale compte et liste les réponses mais n'ouvre pas leurs tables de réponses.
   *
   * @param acteur rôle de celui qui consulte
   * @param statut statut de la réponse
   * @return rapport vide si la consultation est permise
   */
  public static RapportValidation verifierConsultation(ActeurEnquete acteur, StatutReponse statut) {
    return switch (acteur) {
      case REPONDANT -> RapportValidation.vide();
      case DIRECTION -> statut == StatutReponse.BROUILLON
          ? RapportValidation.de(Violation.de(CodeEnquete.ENQUETE_NON_SOUMISE, ""))
          : RapportValidation.vide();
      case DIRECTION_NATIONALE -> RapportValidation.de(nonAutorise("consulter"));
    };
  }

  /**
   * Écart à l'original (permission {@code activite} sans filtre pour les membres de service) : un répondant
   * n'agit que sur sa propre réponse, pour toutes ses tables, activité comprise. L'hôte résout le
   * répondant de l'utilisateur (mandataire, ou service de son rattachement) et le propriétaire de
   * la réponse visée, puis appelle cette vérification avant toute lecture ou écriture par un répondant.
   *
   * @param demandeur gestionnaire (mandataire ou service) de l'utilisateur qui agit
   * @param proprietaire gestionnaire propriétaire de la réponse visée
   * @return rapport vide si c'est la même réponse, sinon {@code ENQUETE_ACTION_NON_AUTORISEE}
   */
  public static RapportValidation verifierProprietaire(GestionnaireId demandeur, GestionnaireId proprietaire) {
    java.util.Objects.requireNonNull(demandeur, "demandeur");
    java.util.Objects.requireNonNull(proprietaire, "proprietaire");
    return demandeur.equals(proprietaire)
        ? RapportValidation.vide()
        : RapportValidation.de(nonAutorise("agir_sur_la_reponse_d_un_autre_repondant"));
  }

  /**
   * Vrai si la page web propose le bouton « Envoyer mes réponses » (global valide ou partiel).
   *
   * @param statut statut actuel de la réponse
   * @param statutGlobal statut global calculé de la réponse
   * @return vrai pour un brouillon dont le statut global est valide ou partiel
   */
  public static boolean envoiPropose(StatutReponse statut, StatutSection statutGlobal) {
    return statut == StatutReponse.BROUILLON
        && (statutGlobal == StatutSection.VALIDE || statutGlobal == StatutSection.PARTIEL);
  }

  /**
   * Vrai si l'onglet de la campagne est visible du répondant à cette date (date limite incluse).
   *
   * @param campagne campagne affichée
   * @param date date de consultation
   * @return vrai si {@code date} ne dépasse pas la date limite de la campagne
   */
  public static boolean estVisible(CampagneEnquete campagne, LocalDate date) {
    return campagne.estOuverteLe(date);
  }

  private static RapportValidation verifierRepondant(
      StatutReponse statut, CampagneEnquete campagne, LocalDate date) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (statut != StatutReponse.BROUILLON) {
      r.ajouter(Violation.de(CodeEnquete.ENQUETE_DEJA_SOUMISE, "", Map.of("annee", campagne.annee())));
    }
    if (!campagne.estOuverteLe(date)) {
      r.ajouter(
          Violation.de(
              CodeEnquete.ENQUETE_CAMPAGNE_CLOSE,
              "",
              Map.of("annee", campagne.annee(), "dateFin", campagne.dateFin().toString())));
    }
    return r.build();
  }

  private static Violation nonAutorise(String action) {
    return Violation.de(CodeEnquete.ENQUETE_ACTION_NON_AUTORISEE, "", Map.of("action", action));
  }
}
