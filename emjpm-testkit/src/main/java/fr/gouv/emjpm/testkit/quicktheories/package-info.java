// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Adaptateurs QuickTheories ({@code Gen<T>}) des générateurs du testkit ; point d'entrée {@link
 * fr.gouv.emjpm.testkit.quicktheories.EmjpmGen}.
 */
@NullMarked
package fr.gouv.emjpm.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
