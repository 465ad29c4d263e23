// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Listes de mesures affichées par l'interface : liste du juge (mesures de son tribunal), liste du
 * gestionnaire (mesures en attente à part, filtres, cinq tris), tableau de bord du gestionnaire et
 * libellé « Homme de N ans » du majeur protégé. Fonctions pures sur les mesures que l'hôte fournit.
 */
@NullMarked
package fr.gouv.emjpm.rules.listes;

import org.jspecify.annotations.NullMarked;
