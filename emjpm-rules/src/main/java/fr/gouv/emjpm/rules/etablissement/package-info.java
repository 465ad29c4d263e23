// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Répertoire des établissements FINESS : recherches par numéro, par département et par texte, et
 * rattachement des mandataires préposés à leurs établissements ({@link
 * fr.gouv.emjpm.rules.etablissement.RepertoireEtablissements}).
 */
@NullMarked
package fr.gouv.emjpm.rules.etablissement;

import org.jspecify.annotations.NullMarked;
