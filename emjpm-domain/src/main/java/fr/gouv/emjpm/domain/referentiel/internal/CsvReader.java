// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;

/**
 * Lecteur CSV RFC 4180, JDK seul, en flux : séparateur virgule, champs entre guillemets pouvant
 * contenir virgules, sauts de ligne et guillemets doublés ({@code ""}), fins de ligne {@code \n},
 * {@code \r\n} ou {@code \r}. Une marque d'ordre des octets (BOM) initiale est ignorée, ainsi que
 * les lignes entièrement vides (dont la ligne vide finale). Non thread-safe : un lecteur par flux.
 */
public final class CsvReader implements Closeable {

  private static final int FIN = -1;

  private final Reader entree;
  private final char[] tampon;
  private int position;
  private int limite;
  private boolean debut = true;
  private long ligne = 1;
  private final StringBuilder champ = new StringBuilder(64);

  /**
   * Lecteur sur {@code entree} (déjà décodée ; le lecteur la ferme à {@link #close()}).
   *
   * @param entree flux de caractères déjà décodé, non nul ; fermé par {@link #close()}
   */
  public CsvReader(Reader entree) {
    this.entree = Objects.requireNonNull(entree, "entree");
    this.tampon = new char[32 * 1024];
  }

  /**
   * Lit l'enregistrement suivant dans {@code champs} (vidée d'abord).
   *
   * @return faux à la fin du flux (et {@code champs} reste vide)
   * @throws IOException erreur de lecture, ou {@link CsvFormatException} si un guillemet n'est pas
   *     fermé ou est suivi d'autre chose qu'un séparateur
   * @param champs liste vidée puis remplie des champs de l'enregistrement lu
   */
  public boolean lire(List<String> champs) throws IOException {
    champs.clear();
    if (debut) {
      debut = false;
      if (regarder() == '\uFEFF') {
        position++;
      }
    }
    int c = suivant();
    while (c == '\n' || c == '\r') {
      finDeLigne(c);
      c = suivant();
    }
    if (c == FIN) {
      return false;
    }
    while (true) {
      champ.setLength(0);
      if (c == '"') {
        long ouverture = ligne;
        while (true) {
          c = suivant();
          if (c == FIN) {
            throw new CsvFormatException("guillemet non fermé", ouverture);
          }
          if (c == '"') {
            if (regarder() == '"') {
              position++;
              champ.append('"');
              continue;
            }
            c = suivant();
            break;
          }
          if (c == '\n' || (c == '\r' && regarder() != '\n')) {
            ligne++;
          }
          champ.append((char) c);
        }
        if (c != ',' && c != '\n' && c != '\r' && c != FIN) {
          throw new CsvFormatException("caractère inattendu après un guillemet fermant", ligne);
        }
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != FIN) {
          if (c == '"') {
            throw new CsvFormatException("guillemet dans un champ non protégé", ligne);
          }
          champ.append((char) c);
          c = suivant();
        }
      }
      champs.add(champ.toString());
      if (c == ',') {
        c = suivant();
        continue;
      }
      finDeLigne(c);
      return true;
    }
  }

  /** {@return numéro de la ligne physique courante (à partir de 1), pour les messages d'erreur} */
  public long ligne() {
    return ligne;
  }

  private void finDeLigne(int c) throws IOException {
    if (c == '\r' && regarder() == '\n') {
      position++;
    }
    if (c != FIN) {
      ligne++;
    }
  }

  private int suivant() throws IOException {
    if (position == limite && !remplir()) {
      return FIN;
    }
    return tampon[position++];
  }

  private int regarder() throws IOException {
    if (position == limite && !remplir()) {
      return FIN;
    }
    return tampon[position];
  }

  private boolean remplir() throws IOException {
    int n;
    do {
      n = entree.read(tampon, 0, tampon.length);
    } while (n == 0);
    position = 0;
    limite = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    entree.close();
  }
}
