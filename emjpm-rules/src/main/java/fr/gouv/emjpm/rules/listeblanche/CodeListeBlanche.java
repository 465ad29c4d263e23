// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/**
 * Codes stables des règles de la liste blanche. Les messages des formulaires sont ceux de l'original ;
 * aucun ne contient de donnée saisie (le champ fautif est dans le chemin et l'argument {@code champ}).
 */
public enum CodeListeBlanche implements CodeViolation {
  /** Champ obligatoire vide. */
  LB_CHAMP_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** E-mail absent (individuel, préposé, DPF) ou de forme invalide (service). */
  LB_EMAIL_INVALIDE("Veuillez saisir une adresse e-mail valide. Par exemple: john.doe@justice.fr"),
  /** Nom absent. */
  LB_NOM_INVALIDE("Veuillez saisir un nom valide. Par exemple: DOE"),
  /** Prénom absent (libellé de l'original conservé). */
  LB_PRENOM_INVALIDE("Veuillez saisir un nom prénom. Par Exemple: John"),
  /** Code postal absent ou qui n'est pas de 5 chiffres. */
  LB_CODE_POSTAL_INVALIDE("Veuillez saisir un code postal valide. Par exemple: 75001"),
  /** SIRET absent ou qui n'est pas de 14 chiffres. */
  LB_SIRET_INVALIDE("Le SIRET doit être composé de 14 chiffres. Par exemple: 82254321300027."),
  /** SIRET déjà présent dans la liste blanche (préfixe {@code sdpf_} compris pour un SDPF). */
  LB_SIRET_DEJA_UTILISE("Le numéro SIRET que vous venez de saisir existe déjà dans la liste blanche sur eMJPM."),
  /** Aucun département d'agrément (individuel, DPF). */
  LB_DEPARTEMENT_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Aucun département financeur (individuel, DPF). */
  LB_DEPARTEMENT_FINANCEUR_OBLIGATOIRE("Veuillez sélectionner un département financeur"),
  /** Plusieurs départements financeurs : un seul est attendu, le premier est retenu (avertissement). */
  LB_DEPARTEMENT_FINANCEUR_MULTIPLE(Gravite.AVERTISSEMENT,
      "Plusieurs départements financeurs sont sélectionnés : un seul est attendu, le premier est retenu."),
  /** Aucun établissement (préposé). */
  LB_ETABLISSEMENT_OBLIGATOIRE("Veuillez renseigner ce champ."),
  /** Aucun établissement de rattachement (préposé). */
  LB_ETABLISSEMENT_RATTACHEMENT_OBLIGATOIRE("Veuillez sélectionner un établissement de rattachement"),
  /** Service DPF avec plus d'un département (un seul est stocké). */
  LB_SDPF_DEPARTEMENT_UNIQUE("Un service délégué aux prestations familiales n'a qu'un département."),
  /** Type du compte différent du type de l'entrée à lier. */
  LB_HABILITATION_TYPE_INCOMPATIBLE("Cette entrée de la liste blanche n'est pas du type de ce compte."),
  /** Entrée déjà liée à un autre compte (une entrée ne peut être associée qu'à un seul compte). */
  LB_HABILITATION_DEJA_LIEE("Cette entrée de la liste blanche est déjà associée à un autre compte."),
  /** Compte de mandataire non lié à la liste blanche : il ne peut pas être activé. */
  LB_HABILITATION_NON_VERIFIEE("Le mandataire doit être associé à une entrée de la liste blanche avant d'être activé.");

  private final Gravite gravite;
  private final String modele;

  CodeListeBlanche(String modele) {
    this(Gravite.BLOQUANTE, modele);
  }

  CodeListeBlanche(Gravite gravite, String modele) {
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
