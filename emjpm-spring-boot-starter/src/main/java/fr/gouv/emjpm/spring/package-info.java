// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Auto-configuration Spring Boot 4.0 d'emjpm : moteur {@link fr.gouv.emjpm.rules.EmjpmEngine} (horloge et
 * référentiel de l'hôte s'il en définit), module Jackson 3 enregistré dans le mappeur de Boot,
 * convertisseurs des paramètres de requête, refus métier en problem details (RFC 9457), limites d'import
 * ({@code emjpm.import.*}), tâches quotidiennes optionnelles ({@code emjpm.taches.actives=true}) et
 * observation Micrometer des imports. Chaque bean recule si l'hôte définit le sien.
 */
@NullMarked
package fr.gouv.emjpm.spring;

import org.jspecify.annotations.NullMarked;
