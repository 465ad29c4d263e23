// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Oracle des propriétés de {@link ChainesPartagees} : l'implémentation d'avant la table compacte (une
 * {@code String} par chaîne dans une liste), recopiée telle quelle. Ne sert qu'aux tests.
 */
final class ChainesPartageesReference {
  private static final String NS = ClasseurXlsx.NS;
  private static final String NS_STRICT = ClasseurXlsx.NS_STRICT;

  private ChainesPartageesReference() {}

  static List<String> lire(InputStream in, int nombreMax, int longueurMax, long caracteresMax,
      Echeance echeance, CodesArret codes) throws IOException {
    PushbackInputStream flux = new PushbackInputStream(in, 1);
    int premier = flux.read();
    if (premier < 0) {
      return List.of();
    }
    flux.unread(premier);
    return new Lecteur(nombreMax, longueurMax, caracteresMax, codes).lire(new XmlFlux(flux, echeance, codes));
  }

  static String decoder(String s) {
    int i = s.indexOf("_x");
    if (i < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int debut = 0;
    while (i >= 0 && i + 7 <= s.length()) {
      if (s.charAt(i + 6) == '_' && hexa(s, i + 2, i + 6)) {
        b.append(s, debut, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        debut = i + 7;
        i = s.indexOf("_x", debut);
      } else {
        i = s.indexOf("_x", i + 1);
      }
    }
    return b.append(s, debut, s.length()).toString();
  }

  private static boolean hexa(String s, int debut, int fin) {
    for (int i = debut; i < fin; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Même automate que le {@code ReadOnlySharedStringsTable} de POI, sans runs phonétiques, borné. */
  private static final class Lecteur {
    private final int nombreMax;
    private final int longueurMax;
    private final int brutMax;
    private final long caracteresMax;
    private final CodesArret codes;
    private final ArretLecture tropLongue;
    private @Nullable List<String> chaines;
    private final StringBuilder texte = new StringBuilder(64);
    private boolean tOuvert;
    private boolean phonetique;
    private long caracteres;

    Lecteur(int nombreMax, int longueurMax, long caracteresMax, CodesArret codes) {
      this.nombreMax = nombreMax;
      this.longueurMax = longueurMax;
      this.brutMax = ChainesPartagees.brutMax(longueurMax);
      this.caracteresMax = caracteresMax;
      this.codes = codes;
      this.tropLongue = codes.arret(MotifArret.CHAINE_TROP_LONGUE, longueurMax);
    }

    List<String> lire(XmlFlux x) throws IOException {
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev == XmlFlux.TEXTE) {
          if (tOuvert && !phonetique && chaines != null) {
            if (texte.length() + (long) x.longueurTexte() > brutMax) {
              throw tropLongue;
            }
            texte.append(x.texte(), 0, x.longueurTexte());
          }
        } else if (NS.equals(x.espace()) || NS_STRICT.equals(x.espace())) {
          if (ev == XmlFlux.DEBUT) {
            debut(x);
          } else {
            fin(x);
          }
        }
      }
      return chaines == null ? List.of() : chaines;
    }

    private void debut(XmlFlux x) {
      // même automate qu'avant, écrit par nom d'élément (l'ordre des essais ne change rien : un seul nom)
      switch (x.nomLocal()) {
        case "si" -> texte.setLength(0);
        case "t" -> {
          tOuvert = true;
          x.plafondTexte(brutMax, tropLongue);
        }
        case "rPh" -> phonetique = true;
        case "sst" -> {
          for (String attribut : new String[] {"count", "uniqueCount"}) {
            int a = x.attribut(attribut);
            long valeur = a < 0 ? 0 : Long.parseLong(x.valeur(a)); // illisible : fichier illisible
            if (attribut.equals("uniqueCount") && valeur > nombreMax) {
              throw trop();
            }
          }
          chaines = new ArrayList<>();
        }
        default -> { }
      }
    }

    private void fin(XmlFlux x) {
      if (x.nomLocal("si")) {
        if (chaines != null) {
          if (chaines.size() >= nombreMax) {
            throw trop();
          }
          String s = decoder(texte.toString());
          if (s.length() > longueurMax) {
            throw tropLongue;
          }
          caracteres += s.length();
          if (caracteres > caracteresMax) {
            throw codes.arret(MotifArret.TEXTE_EXCESSIF, caracteresMax);
          }
          chaines.add(s);
        }
      } else if (x.nomLocal("t")) {
        tOuvert = false;
        x.plafondTexte(0, null);
      } else if (x.nomLocal("rPh")) {
        phonetique = false;
      }
    }

    private ArretLecture trop() {
      return codes.arret(MotifArret.TROP_DE_CHAINES, nombreMax);
    }
  }
}
