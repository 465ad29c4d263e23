// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Tribunaux (tribunaux judiciaires, de proximité, de première instance). */
@NullMarked
package fr.gouv.emjpm.domain.tribunal;

import org.jspecify.annotations.NullMarked;
