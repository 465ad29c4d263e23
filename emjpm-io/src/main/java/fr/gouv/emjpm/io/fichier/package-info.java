// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Refus d'un fichier de tableur (xlsx, xls, ods, CSV) au niveau du fichier lui-même, communs à tous les
 * imports qui lisent un classeur : {@link fr.gouv.emjpm.io.fichier.CodeFichier}.
 */
@NullMarked
package fr.gouv.emjpm.io.fichier;

import org.jspecify.annotations.NullMarked;
