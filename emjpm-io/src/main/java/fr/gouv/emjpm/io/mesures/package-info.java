// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Import des listes de mesures (xlsx lu en flux, xls, CSV, par le lecteur durci du module), durci contre les
 * fichiers hostiles :
 * {@link fr.gouv.emjpm.io.mesures.MesuresImporter}.
 */
@NullMarked
package fr.gouv.emjpm.io.mesures;

import org.jspecify.annotations.NullMarked;
