// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Borne la longueur de chaque jeton XML d'une partie de classeur, sur le flux d'octets décompressé,
 * avant que l'analyseur (Xerces) ne le voie : une balise entière avec ses attributs (valeurs entre
 * guillemets comprises, un {@code >} dans une valeur ne la termine pas), un commentaire, une
 * instruction de traitement, une section CDATA, une déclaration, un texte entre deux balises. Xerces
 * accumule un attribut ou un commentaire en entier avant tout rappel : sans cette borne, un attribut de
 * 60 Mo (10 Mo compressés) épuise le tas avant toute limite de cellule. Non thread-safe (un par flux).
 * Hors API.
 */
public final class JetonsXml {

  /**
   * Octets au plus d'un jeton. Une chaîne partagée d'Excel (32 767 caractères, chacun au plus 3 octets
   * en UTF-8 ou une entité de 6 octets) en fait moins de 200 Kio.
   */
  public static final int JETON_MAX = 1024 * 1024;

  private enum Etat { TEXTE, CHEVRON, BANG, BALISE, COMMENTAIRE, PI, CDATA, DECLARATION }

  private final int max;
  private Etat etat = Etat.TEXTE;
  private long longueur;
  private int guillemet;
  /** Deux derniers octets vus (fins {@code -->}, {@code ?>}, {@code ]]>}). */
  private int avant1 = -1;
  private int avant2 = -1;

  /** Borne à {@value #JETON_MAX} octets. */
  public JetonsXml() {
    this(JETON_MAX);
  }

  /**
   * Borne à {@code max} octets.
   *
   * @param max octets au plus d'un jeton
   */
  public JetonsXml(int max) {
    this.max = max;
  }

  /**
   * Examine des octets lus.
   *
   * @param b tampon
   * @param depart début des octets lus
   * @param n nombre d'octets lus
   * @return vrai si un jeton dépasse le plafond
   */
  public boolean examiner(byte[] b, int depart, int n) {
    for (int i = depart; i < depart + n; i++) {
      if (octet(b[i] & 0xFF)) {
        return true;
      }
    }
    return false;
  }

  private boolean octet(int o) {
    switch (etat) {
      case TEXTE -> {
        if (o == '<') {
          debut(Etat.CHEVRON);
        }
      }
      case CHEVRON -> etat = o == '!' ? Etat.BANG : o == '?' ? Etat.PI : balise(o);
      case BANG -> etat = o == '-' ? Etat.COMMENTAIRE : o == '[' ? Etat.CDATA : Etat.DECLARATION;
      case BALISE -> {
        if (guillemet != 0) {
          if (o == guillemet) {
            guillemet = 0;
          }
        } else if (o == '"' || o == '\'') {
          guillemet = o;
        } else if (o == '>') {
          debut(Etat.TEXTE);
          return false;
        }
      }
      case COMMENTAIRE -> {
        if (o == '>' && avant1 == '-' && avant2 == '-' && longueur > 4) {
          debut(Etat.TEXTE);
          return false;
        }
      }
      case PI -> {
        if (o == '>' && avant1 == '?') {
          debut(Etat.TEXTE);
          return false;
        }
      }
      case CDATA -> {
        if (o == '>' && avant1 == ']' && avant2 == ']') {
          debut(Etat.TEXTE);
          return false;
        }
      }
      case DECLARATION -> {
        if (o == '>') {
          debut(Etat.TEXTE);
          return false;
        }
      }
      default -> throw new IllegalStateException();
    }
    avant2 = avant1;
    avant1 = o;
    return ++longueur > max;
  }

  private Etat balise(int o) {
    if (o == '"' || o == '\'') {
      guillemet = o;
    } else if (o == '>') {
      // « <> » : mal formé, l'analyseur le refusera ; le texte reprend
      return Etat.TEXTE;
    }
    return Etat.BALISE;
  }

  private void debut(Etat e) {
    etat = e;
    longueur = 0;
    guillemet = 0;
    avant1 = -1;
    avant2 = -1;
  }
}
