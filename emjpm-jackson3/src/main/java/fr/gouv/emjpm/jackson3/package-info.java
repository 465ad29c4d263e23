// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Module Jackson 3 ({@code tools.jackson}) des types du domaine e-MJPM, pour les hôtes Spring Boot 4 :
 * {@link fr.gouv.emjpm.jackson3.EmjpmJackson3Module}.
 */
@NullMarked
package fr.gouv.emjpm.jackson3;

import org.jspecify.annotations.NullMarked;
