// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Services mandataires et leurs antennes. */
@NullMarked
package fr.gouv.emjpm.domain.service;

import org.jspecify.annotations.NullMarked;
