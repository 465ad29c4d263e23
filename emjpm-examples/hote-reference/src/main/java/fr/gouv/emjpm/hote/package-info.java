// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Hôte de référence : une application Spring Boot web sur PostgreSQL qui embarque emjpm par
 * {@code emjpm-spring-boot-starter}. Le stockage (tables, index, transactions) est ici ; les règles
 * sont toutes dans la bibliothèque.
 */
@NullMarked
package fr.gouv.emjpm.hote;

import org.jspecify.annotations.NullMarked;
