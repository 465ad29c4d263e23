// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Interface en ligne de commande {@code emjpm} (picocli) : démonstration et commandes utilitaires. */
@NullMarked
package fr.gouv.emjpm.examples.cli;

import org.jspecify.annotations.NullMarked;
