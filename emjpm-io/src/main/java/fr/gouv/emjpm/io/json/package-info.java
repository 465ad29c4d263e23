// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * JSON de l'API des logiciels métier : lecture durcie des saisies
 * ({@link fr.gouv.emjpm.io.json.MesuresJsonReader}) et chemins de leurs violations aux noms du JSON
 * ({@link fr.gouv.emjpm.io.json.CheminsJson}), écriture des mesures
 * ({@link fr.gouv.emjpm.io.json.MesureJson}) et module Jackson pour les hôtes
 * ({@link fr.gouv.emjpm.io.json.EmjpmJacksonModule}).
 */
@NullMarked
package fr.gouv.emjpm.io.json;

import org.jspecify.annotations.NullMarked;
