// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Import et export des classeurs Excel DGCS de l'enquête annuelle (Apache POI). */
@NullMarked
package fr.gouv.emjpm.io.enquete;

import org.jspecify.annotations.NullMarked;
