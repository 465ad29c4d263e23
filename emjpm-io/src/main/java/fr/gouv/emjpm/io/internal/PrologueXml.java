// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Repère une déclaration {@code <!DOCTYPE} dans le prologue d'un document XML, octet par octet, au fil
 * de la lecture et sans rien garder en mémoire. Une DTD ne peut figurer que dans le prologue (avant
 * l'élément racine) : l'examen s'arrête à la racine, au premier caractère inattendu ou après
 * {@value #OCTETS_MAX} octets. Encodages reconnus : UTF-8 (avec ou sans BOM) et autres encodages
 * compatibles ASCII, UTF-16 BE/LE (avec ou sans BOM). Ce n'est qu'un classement : un DOCTYPE qui
 * échapperait à l'examen (UTF-32, EBCDIC, prologue démesuré) reste refusé par l'analyseur durci de POI
 * ({@code disallow-doctype-decl}), comme fichier illisible. Non thread-safe. Hors API.
 */
public final class PrologueXml {
  /** Octets examinés au plus. */
  public static final int OCTETS_MAX = 64 * 1024;

  private static final String DOCTYPE = "DOCTYPE";

  private enum Etat { PROLOGUE, BALISE, INSTRUCTION, DECLARATION, DEBUT_COMMENTAIRE, COMMENTAIRE, FINI }

  /** Encodage : 0 inconnu (premiers octets en attente), 1 octets, 2 UTF-16 BE, 3 UTF-16 LE. */
  private int encodage;
  private final int[] debut = new int[3];
  private int debutLu;
  private int octetPair = -1;
  private int examines;
  private Etat etat = Etat.PROLOGUE;
  private int indice;
  private char precedent;
  private boolean doctype;

  /** Examen neuf, à placer devant un seul document lu depuis son premier octet. */
  public PrologueXml() {
    // état initial : encodage inconnu, prologue
  }

  /**
   * Vrai quand l'examen est terminé (racine atteinte, DOCTYPE trouvé, ou abandon).
   *
   * @return vrai si les octets suivants n'ont plus à être examinés
   */
  public boolean termine() {
    return etat == Etat.FINI;
  }

  /**
   * Vrai si un DOCTYPE a été trouvé dans le prologue.
   *
   * @return vrai si le prologue examiné déclare une DTD
   */
  public boolean doctype() {
    return doctype;
  }

  /**
   * Examine des octets lus ; rend vrai dès qu'un DOCTYPE est trouvé.
   *
   * @param b tampon des octets lus, dans l'ordre du document
   * @param depart indice dans {@code b} du premier octet à examiner
   * @param longueur nombre d'octets à examiner à partir de {@code depart}
   * @return vrai si un DOCTYPE a été trouvé
   */
  public boolean examiner(byte[] b, int depart, int longueur) {
    for (int i = depart; i < depart + longueur && etat != Etat.FINI; i++) {
      octet(b[i] & 0xFF);
    }
    return doctype;
  }

  private void octet(int o) {
    if (++examines > OCTETS_MAX) {
      etat = Etat.FINI;
      return;
    }
    if (encodage == 0) {
      debut[debutLu++] = o;
      detecter();
      return;
    }
    if (encodage == 1) {
      caractere((char) o);
    } else if (octetPair < 0) {
      octetPair = o;
    } else {
      int c = encodage == 2 ? octetPair << 8 | o : o << 8 | octetPair;
      octetPair = -1;
      caractere((char) c);
    }
  }

  /** Encodage d'après les premiers octets (marque d'ordre ou {@code <} sur deux octets). */
  private void detecter() {
    int a = debut[0];
    if (debutLu == 1) {
      if (a != 0xFE && a != 0xFF && a != 0x00 && a != 0x3C && a != 0xEF) {
        encodage = 1;
        caractere((char) a);
      }
      return;
    }
    int b = debut[1];
    if (debutLu == 2) {
      if (a == 0xFE && b == 0xFF) {
        encodage = 2;
      } else if (a == 0xFF && b == 0xFE) {
        encodage = 3;
      } else if (a == 0x00 && b == 0x3C) {
        encodage = 2;
        caractere('<');
      } else if (a == 0x3C && b == 0x00) {
        encodage = 3;
        caractere('<');
      } else if (!(a == 0xEF && b == 0xBB)) {
        encodage = 1;
        caractere((char) a);
        caractere((char) b);
      }
      return;
    }
    encodage = 1;
    if (debut[2] != 0xBF) { // EF BB BF : marque UTF-8, sautée
      caractere((char) a);
      caractere((char) b);
      caractere((char) debut[2]);
    }
  }

  private void caractere(char c) {
    switch (etat) {
      case PROLOGUE -> {
        if (c == '<') {
          etat = Etat.BALISE;
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          etat = Etat.FINI; // texte hors balise : l'analyseur tranchera
        }
      }
      case BALISE -> {
        if (c == '?') {
          etat = Etat.INSTRUCTION;
          precedent = 0;
        } else if (c == '!') {
          etat = Etat.DECLARATION;
          indice = 0;
        } else {
          etat = Etat.FINI; // élément racine : plus de DTD possible
        }
      }
      case INSTRUCTION -> {
        if (precedent == '?' && c == '>') {
          etat = Etat.PROLOGUE;
        }
        precedent = c;
      }
      case DECLARATION -> {
        if (indice == 0 && c == '-') {
          etat = Etat.DEBUT_COMMENTAIRE;
        } else if (c == DOCTYPE.charAt(indice)) {
          if (++indice == DOCTYPE.length()) {
            doctype = true;
            etat = Etat.FINI;
          }
        } else {
          etat = Etat.FINI;
        }
      }
      case DEBUT_COMMENTAIRE -> {
        etat = c == '-' ? Etat.COMMENTAIRE : Etat.FINI;
        indice = 0;
      }
      case COMMENTAIRE -> {
        if (c == '-') {
          indice++;
        } else if (c == '>' && indice >= 2) {
          etat = Etat.PROLOGUE;
        } else {
          indice = 0;
        }
      }
      case FINI -> { }
    }
  }
}
