// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/** Codes des refus des fichiers JSON de gestionnaires et de mesures de la CLI. */
enum CodeFichierDisponibilite implements CodeViolation {
  /** Texte qui n'est pas du JSON ou pas un tableau. */
  JSON_INVALIDE("Le fichier n'est pas un tableau JSON valide."),
  /** Champ obligatoire absent. */
  CHAMP_OBLIGATOIRE("Le champ {champ} est obligatoire."),
  /** Valeur de mauvais type ou hors bornes. */
  VALEUR_INVALIDE("La valeur du champ {champ} est invalide."),
  /** Identifiant de gestionnaire en double. */
  GESTIONNAIRE_EN_DOUBLE("Ce gestionnaire est déjà décrit plus haut dans le fichier."),
  /** Gestionnaire inconnu dans le fichier des mesures. */
  GESTIONNAIRE_INCONNU("Le gestionnaire de cette mesure n'est pas dans le fichier des gestionnaires."),
  /** Tribunal inconnu du référentiel. */
  TRIBUNAL_INCONNU("Le tribunal de SIRET {siret} est inconnu du référentiel.");

  private final String modele;

  CodeFichierDisponibilite(String modele) {
    this.modele = modele;
  }

  @Override
  public String code() {
    return "FICHIER_" + name();
  }

  @Override
  public Gravite gravite() {
    return Gravite.BLOQUANTE;
  }

  @Override
  public String modele() {
    return modele;
  }
}
