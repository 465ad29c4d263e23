// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Profils des gestionnaires et des autres acteurs : règles des formulaires de profil (mandataire
 * individuel ou préposé, service, antenne), tribunaux préférentiels et leurs limites, directions et
 * leurs périmètres, partage du courriel des magistrats et greffiers. Point d'entrée : {@link
 * fr.gouv.emjpm.rules.profil.Profils} (par {@code EmjpmEngine.profils()}).
 */
@NullMarked
package fr.gouv.emjpm.rules.profil;

import org.jspecify.annotations.NullMarked;
