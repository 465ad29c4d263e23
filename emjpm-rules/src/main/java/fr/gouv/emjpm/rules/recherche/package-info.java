// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Liste des gestionnaires proposée au juge d'un tribunal : candidats, filtres, texte libre, tris, pages. */
@NullMarked
package fr.gouv.emjpm.rules.recherche;

import org.jspecify.annotations.NullMarked;
