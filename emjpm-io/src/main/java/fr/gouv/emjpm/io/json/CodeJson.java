// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/** Codes stables de la lecture JSON. Aucun message ne recopie une valeur reçue. */
public enum CodeJson implements CodeViolation {
  /** Document JSON mal formé. */
  JSON_ILLISIBLE("Le document JSON est mal formé."),
  /** Limite de taille, de profondeur, de nombre ou de chaîne dépassée. */
  JSON_LIMITE_DEPASSEE("Le document JSON dépasse une limite de sécurité (taille, profondeur, longueur)."),
  /** Clé présente deux fois dans un même objet. */
  JSON_CLE_EN_DOUBLE("Le document JSON contient une clé en double."),
  /** Racine qui n'est ni un objet ni un tableau d'objets. */
  JSON_RACINE_INVALIDE("Un objet mesure ou un tableau de mesures est attendu."),
  /** Lot de plus de 1 000 mesures. */
  JSON_LOT_TROP_GRAND("Un lot contient au plus {max} mesures."),
  /** Valeur d'un type inattendu. */
  JSON_TYPE_INVALIDE("Le champ {champ} n'a pas le type attendu ({type})."),
  /** Document qui demande un typage par nom de classe ({@code @class}) : toujours refusé. */
  JSON_TYPAGE_REFUSE("Le document demande un typage par nom de classe : refusé."),
  /**
   * Date sous une forme que l'original acceptait et qui n'a qu'une lecture ({@code 2018/02/01}, {@code
   * 2018-2-1}, horodatage) : lue, avec cet avertissement.
   */
  JSON_DATE_TOLEREE(Gravite.AVERTISSEMENT,
      "Le champ {champ} est lu comme une date, mais la forme attendue est aaaa-mm-jj."),
  /** Champ inconnu (ignoré, signalé par son nom). */
  JSON_CHAMP_INCONNU(Gravite.AVERTISSEMENT, "Champ inconnu ignoré : {champ}."),
  /** Champ d'identité du majeur (nom, prénom…) écarté ; bloquant en mode strict. */
  JSON_CHAMP_INTERDIT(Gravite.AVERTISSEMENT,
      "Champ d'identité écarté (e-MJPM ne conserve ni nom ni prénom) : {champ}."),
  /** Fichier OCMI : archive zip chiffrée (mot de passe) ou sans document JSON. */
  OCMI_ARCHIVE_ILLISIBLE("L'archive OCMI est chiffrée, corrompue ou ne contient aucun fichier .json."),
  /** Fichier OCMI trop volumineux (décompressé). */
  OCMI_TROP_VOLUMINEUX("Le fichier OCMI dépasse la taille maximale de {max} octets."),
  /** Mesure OCMI sans objet mandataire ou sans SIRET de mandataire : écartée (comptée). */
  OCMI_MANDATAIRE_ABSENT(Gravite.AVERTISSEMENT, "{nombre} mesure(s) OCMI sans SIRET de mandataire écartée(s)."),
  /**
   * Fichier OCMI dont les mesures gardées retiendraient trop de mémoire (états, ressources ou erreurs
   * très nombreux) : plafond de mémoire, comme le nombre de mesures.
   */
  OCMI_TROP_LOURD("Le fichier OCMI lu retiendrait plus de {max} octets de mémoire (mesures, états, ressources ou erreurs trop nombreux)."),
  /** Aucun groupe OCMI pour le SIRET ni le SIREN du mandataire. */
  OCMI_MANDATAIRE_INCONNU("Aucune mesure OCMI pour ce mandataire (SIRET ni SIREN)."),
  /** Groupe retrouvé par le SIREN (9 premiers chiffres), pas par le SIRET exact. */
  OCMI_TROUVE_PAR_SIREN(Gravite.AVERTISSEMENT, "Mesures OCMI retrouvées par le SIREN du mandataire."),
  /** Tribunal d'une mesure OCMI absent du référentiel : cette mesure n'est pas enregistrée. */
  OCMI_TRIBUNAL_INCONNU("Aucun tribunal ne correspond au SIRET {siret}."),
  /**
   * Mesure OCMI refusée (ses violations suivent, rendues non bloquantes) : les autres mesures du
   * mandataire sont enregistrées.
   */
  OCMI_MESURE_NON_ENREGISTREE(Gravite.AVERTISSEMENT,
      "La mesure OCMI n° {ligne} n'est pas enregistrée ({nombre} erreur(s) ci-dessous) ; les autres mesures le sont."),
  /**
   * Date hors des années 1900 à 2100 : aucune date d'une mesure n'est hors de ces bornes, et une telle
   * date (an +999999999…) ne se relirait pas après un export.
   */
  JSON_DATE_HORS_BORNES("Le champ {champ} porte une date hors des années {min} à {max}."),
  /**
   * Caractères de contrôle (caractère nul…), demi-codets isolés ou non-caractères retirés d'un champ
   * texte : ils rendraient un export illisible.
   */
  JSON_CARACTERES_RETIRES(Gravite.AVERTISSEMENT,
      "Le champ {champ} contenait des caractères de contrôle, retirés."),
  /** Violations au-delà des 1 000 premières : comptées, pas détaillées (plafond de mémoire). */
  JSON_VIOLATIONS_OMISES(Gravite.AVERTISSEMENT, "… et {nombre} autre(s) violation(s), non détaillée(s)."),
  /** Mesures OCMI refusées au-delà de 1 000 violations gardées : comptées, pas détaillées. */
  OCMI_VIOLATIONS_OMISES("… et {mesures} autre(s) mesure(s) OCMI non enregistrée(s), soit {nombre} erreur(s) non détaillée(s)."),
  /** Mesure avec trop d'états (plafond de mémoire). */
  JSON_TROP_D_ETATS("Une mesure contient au plus {max} états."),
  /** Mesure avec trop de ressources (plafond de mémoire). */
  JSON_TROP_DE_RESSOURCES("Une mesure contient au plus {max} ressources."),
  /** Fichier OCMI avec trop de mesures (plafond de mémoire). */
  OCMI_TROP_DE_MESURES("Le fichier OCMI contient plus de {max} mesures.");

  private final Gravite gravite;
  private final String modele;

  CodeJson(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeJson(Gravite gravite, String modele) {
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
