// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Format d'un fichier de tableur, reconnu une seule fois par son contenu, jamais par son extension :
 * la seule détection de format du module, pour tout import qui lit un classeur. Hors API.
 */
public enum FormatFichier {
  /** Archive zip : classeur xlsx (ou autre paquet OOXML, refusé à la lecture). */
  XLSX,
  /**
   * Archive zip dont la première entrée est {@code mimetype} (non compressée, comme l'exige
   * OpenDocument) d'un type OpenDocument : classeur {@value #TYPE_ODS} ; un modèle de classeur
   * ({@code .ots}) ou un autre document OpenDocument ({@code .odt}…) est refusé à la lecture par un code
   * clair.
   */
  ODS,
  /** Conteneur OLE2 : classeur xls (ou xlsx chiffré, refusé à la lecture). */
  XLS,
  /** Tout autre contenu : texte CSV (refusé à la lecture s'il n'est pas du texte). */
  CSV;

  /** Type MIME d'un classeur OpenDocument. */
  public static final String TYPE_ODS = "application/vnd.oasis.opendocument.spreadsheet";

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  /** Signature commune des enregistrements zip (« PK »). */
  private static final byte[] ARCHIVE = {0x50, 0x4B};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  /** Nom de la première entrée d'un .ods, après l'en-tête local de 30 octets. */
  private static final byte[] MIMETYPE = "mimetype".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ODS_OCTETS = TYPE_ODS.getBytes(StandardCharsets.US_ASCII);
  /** Préfixe de tout type MIME OpenDocument. */
  private static final byte[] OPENDOCUMENT = "application/vnd.oasis.opendocument.".getBytes(StandardCharsets.US_ASCII);

  /**
   * Format d'un fichier, d'après ses premiers octets.
   *
   * @param fichier fichier à reconnaître
   * @return format reconnu ({@link #CSV} pour tout contenu qui n'est pas un conteneur connu)
   * @throws IOException si le fichier ne peut pas être lu
   */
  public static FormatFichier detecter(Path fichier) throws IOException {
    byte[] debut;
    try (InputStream in = Files.newInputStream(fichier)) {
      debut = in.readNBytes(30 + MIMETYPE.length + ODS_OCTETS.length);
    }
    return detecter(debut);
  }

  /**
   * Format d'après les premiers octets d'un fichier (au moins 85 octets quand il y en a autant).
   *
   * @param debut premiers octets du fichier
   * @return format reconnu
   */
  public static FormatFichier detecter(byte[] debut) {
    if (commencePar(debut, 0, ZIP)) {
      int nom = (debut.length > 27 ? (debut[26] & 0xFF) | (debut[27] & 0xFF) << 8 : 0);
      int extra = (debut.length > 29 ? (debut[28] & 0xFF) | (debut[29] & 0xFF) << 8 : 0);
      boolean ods = nom == MIMETYPE.length && extra == 0 && commencePar(debut, 30, MIMETYPE)
          && commencePar(debut, 30 + MIMETYPE.length, OPENDOCUMENT);
      return ods ? ODS : XLSX;
    }
    return commencePar(debut, 0, OLE2) ? XLS : CSV;
  }

  /**
   * Vrai si le contenu est une archive zip, classeur ou non, d'après ses deux premiers octets ({@code PK} :
   * en-tête local, archive vide ou en plusieurs volumes) : reconnaissance d'une archive qui n'est pas un
   * classeur (fichier OCMI : un JSON, en clair ou dans une archive).
   *
   * @param debut premiers octets du fichier (au moins 2 quand il y en a autant)
   * @return vrai pour une archive zip
   */
  public static boolean archive(byte[] debut) {
    return commencePar(debut, 0, ARCHIVE);
  }

  private static boolean commencePar(byte[] octets, int depart, byte[] signature) {
    if (octets.length < depart + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (octets[depart + i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
