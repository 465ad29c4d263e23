// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Implémentation du référentiel embarqué (lecteur CSV, chargeur, index) : hors API, peut changer sans préavis. */
@NullMarked
package fr.gouv.emjpm.domain.referentiel.internal;

import org.jspecify.annotations.NullMarked;
