// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Mesure de protection, ses états successifs, ses ressources et ses énumérations. */
@NullMarked
package fr.gouv.emjpm.domain.mesure;

import org.jspecify.annotations.NullMarked;
