// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables des règles de profil et de tribunaux préférentiels. Les messages sont ceux des
 * formulaires de l'original (fautes comprises) ; ils ne contiennent aucune donnée saisie. Le champ
 * fautif est dans le chemin de la violation et dans l'argument {@code champ}.
 */
public enum CodeProfil implements CodeViolation {
  /** Champ obligatoire vide. */
  PROFIL_CHAMP_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Adresse e-mail absente ou invalide. */
  PROFIL_EMAIL_INVALIDE("Veuillez saisir une adresse e-mail valide. Par exemple: john.doe@justice.fr"),
  /** Nom absent. */
  PROFIL_NOM_INVALIDE("Veuillez saisir un nom valide. Par exemple: DOE"),
  /** Prénom absent (libellé de l'original conservé). */
  PROFIL_PRENOM_INVALIDE("Veuillez saisir un nom prénom. Par Exemple: John"),
  /** Téléphone absent. */
  PROFIL_TELEPHONE_INVALIDE("Veuillez saisir un numéro de téléphone valide. Par exemple: 0175757575"),
  /** Nombre de mesures souhaitées absent. */
  PROFIL_DISPO_MAX_INVALIDE("Veuillez saisir un nombre de disponibilité valide. Par exemple: 5."),
  /** SIRET absent pour un mandataire individuel. */
  PROFIL_SIRET_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** SIRET qui n'est pas de 14 chiffres. */
  PROFIL_SIRET_INVALIDE("Le SIRET est composé de 14 chiffres. Par exemple: 82254321300027."),
  /** SIRET déjà porté par un autre mandataire. */
  PROFIL_SIRET_DEJA_UTILISE("Le numéro SIRET que vous venez de saisir existe déjà pour un mandataire sur eMJPM."),
  /** Adresse géocodée absente ou incomplète (libellé, ville, département, latitude, longitude). */
  PROFIL_ADRESSE_GEOCODEE_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Adresse affichée absente alors que l'adresse géocodée n'est pas celle affichée. */
  PROFIL_ADRESSE_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Activité suspendue sans motif. */
  PROFIL_MOTIF_SUSPENSION_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Informations à destination du magistrat au-delà de 255 caractères (service). */
  PROFIL_COMPETENCES_TROP_LONGUES("Maximum 255 caractères"),
  /** Code postal de l'organisme gestionnaire qui n'est pas de 5 chiffres. */
  PROFIL_ORG_CODE_POSTAL_INVALIDE("Le code postal doit être composé de 5 chiffres. Par exemple: 75001."),
  /** Capacité du service inférieure à la somme des capacités de ses antennes. */
  PROFIL_CAPACITE_SERVICE_INSUFFISANTE(
      "Le nombre de mesures souhaitées au niveau global pour le service doit être égal ou supérieur au total du nombre de mesures souhaitées par antenne. C'est à dire, actuellement {max}."),
  /** Capacité d'une antenne qui ferait dépasser la capacité du service. */
  PROFIL_CAPACITE_ANTENNES_EXCESSIVE(
      "Le total des mesures souhaitées par antenne ne doit pas excéder le nombre total de mesures souhaitées au niveau global pour le service. C'est à dire, actuellement {max}. Le total par antenne s'élèverai à {total}. Veuillez ajuster le nombre global de mesures souhaitées pour pouvoir continuer."),
  /** Aucun tribunal préférentiel choisi. */
  PROFIL_TRIBUNAL_PREFERE_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Tribunal préférentiel inconnu du référentiel. */
  PROFIL_TRIBUNAL_PREFERE_INCONNU("Ce tribunal est inconnu."),
  /** Tribunal préférentiel qui n'est pas un tribunal actuel (ancien tribunal remplacé). */
  PROFIL_TRIBUNAL_PREFERE_ANCIEN("Ce tribunal a été remplacé : choisissez le tribunal actuel."),
  /** Tribunal préférentiel hors des départements de l'habilitation. */
  PROFIL_TRIBUNAL_PREFERE_HORS_HABILITATION(
      "Ce tribunal n'est pas situé dans un département de votre habilitation."),
  /**
   * Tribunal hors habilitation déjà présent dans la liste précédente : conservé, avec cet avertissement
   * (la liste enregistrée par l'original n'est jamais refusée à son réenregistrement).
   */
  PROFIL_TRIBUNAL_PREFERE_CONSERVE_HORS_HABILITATION(Gravite.AVERTISSEMENT,
      "Ce tribunal, déjà dans votre liste, n'est pas situé dans un département de votre habilitation."),
  /** Direction sans type, ou sans la région ou le département que son type exige. */
  PROFIL_DIRECTION_INCOMPLETE("La direction n'a pas de type, ou pas la région ou le département que son type exige."),
  /** Même tribunal choisi deux fois (avertissement : le doublon est ignoré). */
  PROFIL_TRIBUNAL_PREFERE_EN_DOUBLE(Gravite.AVERTISSEMENT, "Ce tribunal est déjà dans la liste."),
  /**
   * Ancien tribunal (remplacé) déjà présent dans la liste précédente : conservé, avec cet avertissement
   * (la liste enregistrée par l'original n'est jamais refusée à son réenregistrement).
   */
  PROFIL_TRIBUNAL_PREFERE_ANCIEN_CONSERVE(Gravite.AVERTISSEMENT,
      "Ce tribunal, déjà dans votre liste, a été remplacé : choisissez le tribunal actuel.");

  private final Gravite gravite;
  private final String modele;

  CodeProfil(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeProfil(Gravite gravite, String modele) {
    this.gravite = gravite;
    this.modele = modele;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public Gravite gravite() {
    return gravite;
  }

  @Override
  public String modele() {
    return modele;
  }
}
