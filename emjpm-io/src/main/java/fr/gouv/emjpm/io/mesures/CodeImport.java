// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables de l'import des mesures. Aucun message ne
 * contient le contenu d'une cellule (sauf un SIRET bien formé, donnée publique d'un tribunal) ni le
 * texte d'une exception de POI. Les refus du fichier lui-même (taille, format, archive, défenses XML,
 * plafonds de lecture, délai) portent les codes communs {@link fr.gouv.emjpm.io.fichier.CodeFichier}.
 */
public enum CodeImport implements CodeViolation {
  /** Aucune ligne d'en-tête. */
  IMPORT_VIDE("Le fichier ne contient aucune ligne d'en-tête."),
  /** En-tête inconnu. Le titre lui-même n'est pas recopié (il pourrait contenir une donnée). */
  IMPORT_EN_TETE_INVALIDE("Le titre de la colonne n° {position} n'est pas valide"),
  /**
   * Colonne de titre hors liste dont aucune cellule n'est remplie : ignorée (l'original l'ignorait si sa
   * première ligne de données était vide) ; le titre n'est pas recopié.
   */
  IMPORT_COLONNE_IGNOREE(Gravite.AVERTISSEMENT,
      "La colonne n° {position} n'est pas une colonne de l'import ; elle est vide et a été ignorée."),
  /** Colonne obligatoire absente de l'en-tête. */
  IMPORT_COLONNE_MANQUANTE("La colonne {colonne} est absente"),
  /** Cellule obligatoire vide. */
  IMPORT_VALEUR_MANQUANTE("{colonne} doit être rempli"),
  /** Date qui n'est pas jj/mm/aaaa ou pas une vraie date. */
  IMPORT_DATE_INVALIDE("{colonne} doit être au formats 'jj/mm/aaaa'"),
  /** Code postal qui n'est pas de 4 ou 5 chiffres. */
  IMPORT_CODE_POSTAL_INVALIDE("{colonne} 4 ou 5 chiffres"),
  /** Pays (colonne de l'export) contraire au code postal : 4 chiffres ⇒ BE, 5 chiffres ⇒ FR. */
  IMPORT_PAYS_INCOHERENT("{colonne} ne correspond pas au code postal (4 chiffres : BE, 5 chiffres : FR)"),
  /** Année non numérique. */
  IMPORT_ANNEE_INVALIDE("{colonne} doit être un nombre"),
  /** Année avant 1900. */
  IMPORT_ANNEE_TROP_PETITE("{colonne} doit être au minimum 1900"),
  /** Année après l'année en cours (borne tirée de l'horloge). */
  IMPORT_ANNEE_TROP_GRANDE("{colonne} doit être au maximum {max}"),
  /** Valeur hors de la liste acceptée ; la valeur n'est pas recopiée. */
  IMPORT_VALEUR_NON_ACCEPTEE("{colonne} : cette valeur n'est pas une valeur acceptée (valeurs : {valeurs})"),
  /** SIRET qui n'est pas de 14 chiffres. */
  IMPORT_SIRET_INVALIDE("{colonne} doit être un SIRET de 14 chiffres"),
  /** Aucun tribunal pour ce SIRET. */
  IMPORT_TRIBUNAL_INCONNU("Aucun tribunal ne correspond au SIRET {siret}"),
  /** SIRET d'un ancien tribunal, redirigé vers le tribunal actuel qui le remplace (écart à l'original). */
  IMPORT_TRIBUNAL_REDIRIGE(Gravite.AVERTISSEMENT,
      "Le SIRET {siret} est celui d'un ancien tribunal : la mesure est rattachée au {tribunal}, qui le remplace."),
  /** Nom d'antenne inconnu du service, sans correspondance fournie. */
  IMPORT_ANTENNE_INCONNUE("Antenne non reconnue : associez-la à une antenne eMJPM existante pour continuer l'import."),
  /** Lignes en double (même RG, même tribunal) : seule la première est gardée. */
  IMPORT_DOUBLONS(Gravite.AVERTISSEMENT, "{nombre} ligne(s) en double (un numéro RG unique par mesure et par tribunal) : seule la première est importée ; lignes écartées : {lignes}."),
  /**
   * Code postal à 4 chiffres d'une commune française dont le tableur a perdu le zéro initial (la ville
   * est une commune de ce code postal précédé de 0) : lu comme le code français à 5 chiffres.
   */
  IMPORT_CODE_POSTAL_ZERO_RETABLI(Gravite.AVERTISSEMENT,
      "{colonne} : code postal à 4 chiffres lu comme un code français dont le zéro initial a été perdu par le tableur (la ville est une commune de ce code) ; saisissez la colonne au format texte pour l'éviter."),
  /** Bilan d'un import refusé, en tête des erreurs : « n erreurs sur m mesures ». */
  IMPORT_BILAN_ERREURS("{erreurs} erreur(s) sur {mesures} mesure(s) : aucune mesure n'est importée."),
  /** Deux colonnes de l'en-tête portent le même titre : laquelle lire serait arbitraire. */
  IMPORT_EN_TETE_EN_DOUBLE("Le titre de la colonne n° {position} est déjà celui de la colonne n° {premiere}."),
  /**
   * Caractères de contrôle (caractère nul…, entrés par exemple par un échappement {@code _x0000_} du
   * xlsx), demi-codets isolés ou non-caractères retirés d'une cellule : ils rendraient un export illisible.
   */
  IMPORT_CARACTERES_RETIRES(Gravite.AVERTISSEMENT, "{colonne} contenait des caractères de contrôle, retirés."),
  /** Erreurs au-delà des 1 000 premières : comptées, pas détaillées (plafond de mémoire). */
  IMPORT_ERREURS_OMISES("… et {nombre} autre(s) erreur(s), non détaillée(s)."),
  /** Avertissements au-delà des 1 000 premiers : comptés, pas détaillés (plafond de mémoire). */
  IMPORT_AVERTISSEMENTS_OMIS(Gravite.AVERTISSEMENT, "… et {nombre} autre(s) avertissement(s), non détaillé(s).");

  private final Gravite gravite;
  private final String modele;

  CodeImport(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeImport(Gravite gravite, String modele) {
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
