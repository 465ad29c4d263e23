// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Version de la CLI lue dans le manifeste du jar ({@code Implementation-Version}, écrite par le build) :
 * jamais recopiée à la main dans le code.
 */
final class VersionCli implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"emjpm " + lire(EmjpmCli.class.getPackage())};
  }

  /**
   * Version d'un paquet lue dans son manifeste.
   *
   * @param paquet paquet chargé depuis un jar (ou depuis des classes, sans manifeste)
   * @return la version du manifeste, ou « (version de développement) » hors jar
   */
  static String lire(Package paquet) {
    String v = paquet.getImplementationVersion();
    return v == null || v.isBlank() ? "(version de développement)" : v;
  }
}
