// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Borne de longueur d'un jeton XML d'une partie de classeur (balise entière avec ses attributs,
 * commentaire, instruction de traitement, section CDATA, déclaration, texte entre deux balises),
 * appliquée par {@link XmlFlux} sur le flux décompressé : sans elle, un attribut de 60 Mo (10 Mo
 * compressés) épuiserait le tas avant toute limite de cellule. Hors API.
 */
public final class JetonsXml {

  /**
   * Octets au plus d'un jeton. Une chaîne partagée d'Excel (32 767 caractères, chacun au plus 3 octets
   * en UTF-8 ou une entité de 6 octets) en fait moins de 200 Kio.
   */
  public static final int JETON_MAX = 1024 * 1024;

  private JetonsXml() {}
}
