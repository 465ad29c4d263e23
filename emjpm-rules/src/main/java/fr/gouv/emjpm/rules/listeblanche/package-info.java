// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Liste blanche des professionnels habilités : règles du formulaire de chaque type d'entrée, création
 * du service mandataire depuis une entrée, journal des changements et lien « habilitation vérifiée »
 * entre un compte de mandataire et une entrée. Point d'entrée : {@link
 * fr.gouv.emjpm.rules.listeblanche.ListeBlanche}.
 */
@NullMarked
package fr.gouv.emjpm.rules.listeblanche;

import org.jspecify.annotations.NullMarked;
