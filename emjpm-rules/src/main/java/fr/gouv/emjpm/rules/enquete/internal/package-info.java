// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Détails internes du catalogue d'enquête (lecteur JSON minimal) : hors API. */
@NullMarked
package fr.gouv.emjpm.rules.enquete.internal;

import org.jspecify.annotations.NullMarked;
