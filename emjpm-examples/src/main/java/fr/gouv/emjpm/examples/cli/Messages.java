// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import picocli.CommandLine;

/** Traduction en français des erreurs d'utilisation de picocli. */
final class Messages {
  private Messages() {}

  static String traduire(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return "argument ou option inconnu(e) : " + String.join(" ", u.getUnmatched());
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      return "paramètre obligatoire manquant : "
          + m.getMissing().stream().map(Messages::nom).reduce((a, b) -> a + ", " + b).orElse("?");
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      return "options incompatibles entre elles.";
    }
    if (ex instanceof CommandLine.OverwrittenOptionException) {
      return "option donnée plusieurs fois.";
    }
    String valeur = ex.getValue();
    return "valeur invalide" + (valeur == null ? "" : " « " + valeur + " »") + ".";
  }

  private static String nom(CommandLine.Model.ArgSpec a) {
    return a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
  }
}
