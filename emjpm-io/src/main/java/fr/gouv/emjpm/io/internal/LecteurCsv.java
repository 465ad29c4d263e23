// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Texte CSV rendu au récepteur comme une feuille unique de cellules texte : UTF-8 avec ou sans BOM,
 * sinon Windows-1252 (ce qu'écrit Excel FR) ; séparateur {@code ;}, {@code ,} ou tabulation d'après
 * l'en-tête ; CRLF ou LF ; champs entre guillemets ({@code ""} pour un guillemet). Un contenu binaire
 * (caractère nul, contrôle) est refusé ({@code FICHIER_FORMAT_INCONNU}). Hors API.
 */
final class LecteurCsv {
  private final LimitesLecture limites;
  private final RecepteurBorne sortie;
  private final StringBuilder champ = new StringBuilder();
  private int colonne;
  private boolean ligneOuverte;

  private LecteurCsv(LimitesLecture limites, RecepteurBorne sortie) {
    this.limites = limites;
    this.sortie = sortie;
  }

  static void lire(Path fichier, LimitesLecture limites, RecepteurBorne sortie) throws IOException {
    byte[] octets = lireBorne(fichier, limites.tailleMax());
    if (sortie.feuille(0, "")) {
      new LecteurCsv(limites, sortie).lire(octets);
      sortie.finFeuille();
    }
  }

  /**
   * Octets du fichier, lus par un flux borné à {@code tailleMax} : la taille rapportée par le système
   * ({@code /dev/zero}, tube, fichier spécial : 0) n'est jamais crue.
   */
  private static byte[] lireBorne(Path fichier, long tailleMax) throws IOException {
    int plafond = (int) Math.min(tailleMax, Integer.MAX_VALUE - 16L);
    byte[] octets;
    try (InputStream in = Files.newInputStream(fichier)) {
      octets = in.readNBytes(plafond);
      if (in.read() >= 0) {
        throw ArretLecture.de(CodeFichier.FICHIER_TROP_VOLUMINEUX, Map.of("max", tailleMax));
      }
    }
    return octets;
  }

  private void lire(byte[] octets) {
    String texte;
    try {
      texte = decoderStrict(StandardCharsets.UTF_8, octets);
    } catch (CharacterCodingException e) {
      // pas de l'UTF-8 : Windows-1252, ce qu'écrit Excel FR (« CSV (séparateur : point-virgule) »)
      texte = windows1252(octets);
    }
    if (texte.indexOf('\0') >= 0) {
      throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_INCONNU, Map.of());
    }
    if (texte.startsWith("\uFEFF")) {
      texte = texte.substring(1);
    }
    char separateur = separateur(texte);
    boolean guillemets = false;
    int numero = 1;
    int i = 0;
    while (i < texte.length()) {
      char c = texte.charAt(i);
      if (guillemets) {
        if (c == '"') {
          if (i + 1 < texte.length() && texte.charAt(i + 1) == '"') {
            ajouter('"', numero);
            i++;
          } else {
            guillemets = false;
          }
        } else {
          ajouter(c, numero);
        }
      } else if (c == '"' && champ.length() == 0) {
        ouvrir(numero);
        guillemets = true;
      } else if (c == separateur) {
        finChamp(numero);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < texte.length() && texte.charAt(i + 1) == '\n') {
          i++;
        }
        finChamp(numero);
        finLigne();
        numero++;
      } else {
        ajouter(c, numero);
      }
      i++;
    }
    if (champ.length() > 0 || colonne > 0 || ligneOuverte) {
      // ligneOuverte : un guillemet ouvert sans rien après annonce la ligne, qui doit être close
      finChamp(numero);
      finLigne();
    }
  }

  private void ouvrir(int numero) {
    if (!ligneOuverte) {
      ligneOuverte = true;
      sortie.ligne(numero);
    }
  }

  private void ajouter(char c, int numero) {
    ouvrir(numero);
    if (champ.length() >= limites.celluleMax()) {
      throw ArretLecture.de(CodeFichier.FICHIER_CELLULE_TROP_LONGUE, Map.of("max", limites.celluleMax()));
    }
    champ.append(c);
  }

  private void finChamp(int numero) {
    ouvrir(numero);
    if (champ.length() == 0) {
      sortie.colonne(colonne); // champ vide : compté, pas rendu
    } else {
      sortie.texte(colonne, champ.toString());
      champ.setLength(0);
    }
    colonne++;
  }

  private void finLigne() {
    sortie.finLigne();
    ligneOuverte = false;
    colonne = 0;
  }

  /**
   * Décodage Windows-1252 ; un octet sans caractère dans ce jeu (0x81, 0x8D, 0x8F, 0x90, 0x9D) ou un
   * caractère de contrôle autre que tabulation et fin de ligne (contenu binaire) rend le fichier
   * illisible comme CSV.
   */
  private static String windows1252(byte[] octets) {
    for (byte o : octets) {
      if (o >= 0 && o < 0x20 && o != '\t' && o != '\n' && o != '\r') {
        throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_INCONNU, Map.of());
      }
    }
    try {
      return decoderStrict(Charset.forName("windows-1252"), octets);
    } catch (CharacterCodingException e) {
      throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_INCONNU, Map.of());
    }
  }

  /** Décode {@code octets} dans {@code jeu} ; un octet invalide ou sans caractère lève au lieu d'être remplacé. */
  private static String decoderStrict(Charset jeu, byte[] octets) throws CharacterCodingException {
    return jeu.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(octets))
        .toString();
  }

  /**
   * Séparateur d'après la ligne d'en-tête (hors guillemets) : le plus fréquent de {@code ;}, {@code ,}
   * et tabulation ; {@code ;} à égalité ou sans aucun.
   *
   * @param texte texte du fichier
   * @return séparateur
   */
  static char separateur(String texte) {
    long pointsVirgules = 0;
    long virgules = 0;
    long tabulations = 0;
    boolean guillemets = false;
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c == '"') {
        guillemets = !guillemets;
      } else if (!guillemets && (c == '\n' || c == '\r')) {
        break;
      } else if (!guillemets && c == ';') {
        pointsVirgules++;
      } else if (!guillemets && c == ',') {
        virgules++;
      } else if (!guillemets && c == '\t') {
        tabulations++;
      }
    }
    if (tabulations > pointsVirgules && tabulations > virgules) {
      return '\t';
    }
    return virgules > pointsVirgules ? ',' : ';';
  }
}
