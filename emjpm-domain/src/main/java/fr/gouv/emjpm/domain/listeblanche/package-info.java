// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Liste blanche des professionnels habilités et périmètre de leur agrément. */
@NullMarked
package fr.gouv.emjpm.domain.listeblanche;

import org.jspecify.annotations.NullMarked;
