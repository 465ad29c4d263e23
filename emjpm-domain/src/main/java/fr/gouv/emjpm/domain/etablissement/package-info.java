// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Établissements sanitaires et sociaux du fichier national FINESS : numéro FINESS et sa clé,
 * enregistrement {@link fr.gouv.emjpm.domain.etablissement.Etablissement}, systèmes de coordonnées
 * projetées du fichier et leur conversion en WGS84 (format décrit dans {@code docs/formats/finess.md}).
 */
@NullMarked
package fr.gouv.emjpm.domain.etablissement;

import org.jspecify.annotations.NullMarked;
