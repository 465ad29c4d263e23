// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Lecture durcie de l'extrait public FINESS des établissements (lignes {@code structureet} et {@code
 * geolocalisation}, séparateur {@code ;}, Windows-1252 ou UTF-8) : {@link
 * fr.gouv.emjpm.io.finess.FinessReader}. Format décrit dans {@code docs/formats/finess.md}.
 */
@NullMarked
package fr.gouv.emjpm.io.finess;

import org.jspecify.annotations.NullMarked;
