// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Racine du modèle du domaine e-MJPM (types sans dépendance autre que le JDK). */
@NullMarked
package fr.gouv.emjpm.domain;

import org.jspecify.annotations.NullMarked;
