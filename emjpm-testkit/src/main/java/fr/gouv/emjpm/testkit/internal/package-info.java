// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Aides internes du testkit, hors API (aucune promesse de compatibilité). */
@NullMarked
package fr.gouv.emjpm.testkit.internal;

import org.jspecify.annotations.NullMarked;
