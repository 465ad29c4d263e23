// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

/** Format d'un classeur exporté. */
public enum FormatExcel {
  /** Excel 97-2003 (BIFF8), format des modèles DGCS. */
  XLS,
  /** Office Open XML. */
  XLSX
}
