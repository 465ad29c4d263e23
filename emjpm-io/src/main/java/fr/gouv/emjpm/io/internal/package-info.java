// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Outils internes d'emjpm-io (pré-vol des classeurs, lecture durcie) : hors API, sans promesse de compatibilité. */
@NullMarked
package fr.gouv.emjpm.io.internal;

import org.jspecify.annotations.NullMarked;
