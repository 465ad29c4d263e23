// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Sémantique des routes de l'API des logiciels métier que le contrôleur de l'hôte appelle : liste
 * des mesures du gestionnaire filtrée par statut, lecture et mise à jour d'une mesure par son
 * identifiant (« introuvable » quand elle n'est pas celle du gestionnaire).
 */
@NullMarked
package fr.gouv.emjpm.rules.editeur;

import org.jspecify.annotations.NullMarked;
