// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Exemples exécutables, un par usage de la bibliothèque (embarquer le moteur, réserver et accepter une
 * mesure, importer un fichier, rechercher près d'une commune, statistiques, enquête, vérifications de
 * propriétés) : chaque classe a un {@code main} qui imprime un court récit et une méthode statique
 * {@code executer} qui rend les chiffres de l'exemple ; seule l'API publique est utilisée.
 */
@NullMarked
package fr.gouv.emjpm.examples.usages;

import org.jspecify.annotations.NullMarked;
