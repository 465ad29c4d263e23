// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Recherche de proximité : index STRtree sur les positions et distance orthodromique exacte (haversine). */
@NullMarked
package fr.gouv.emjpm.rules.proximite;

import org.jspecify.annotations.NullMarked;
