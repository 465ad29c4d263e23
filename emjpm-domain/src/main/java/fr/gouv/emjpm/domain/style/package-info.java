// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Style Immutables commun au projet ({@link fr.gouv.emjpm.domain.style.EmjpmStyle}). */
@NullMarked
package fr.gouv.emjpm.domain.style;

import org.jspecify.annotations.NullMarked;
