// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Aides internes partagées par les règles de formulaire (profils, liste blanche) : hors API. */
@NullMarked
package fr.gouv.emjpm.rules.internal;

import org.jspecify.annotations.NullMarked;
