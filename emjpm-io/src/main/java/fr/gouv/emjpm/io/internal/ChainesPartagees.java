// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Table des chaînes partagées d'un .xlsx ({@code xl/sharedStrings.xml}) lue en flux borné par {@link
 * XmlFlux}, à la place du {@code ReadOnlySharedStringsTable} de POI qui garde toute la table sans limite
 * (un seul texte de 150 M caractères suffit à épuiser un tas de 256 Mio). DOCTYPE refusé, aucune entité
 * développée hormis les prédéfinies.
 *
 * <p>Même contenu que POI ({@code new ReadOnlySharedStringsTable(paquet, false).getItemAt(i).getString()}) :
 * textes des {@code <t>} d'un {@code <si>} concaténés (runs {@code <r><t>} compris), runs phonétiques
 * {@code <rPh>} ignorés, éléments d'un autre espace de noms ignorés, échappements {@code _xHHHH_}
 * décodés. Les chaînes sont décodées une fois, à la lecture.
 *
 * <p>Plafonds vérifiés pendant la lecture :
 *
 * <ul>
 *   <li>nombre de chaînes : l'attribut {@code uniqueCount} est lu d'abord (refus immédiat), puis les
 *       {@code <si>} sont comptés, car l'attribut peut mentir ({@link MotifArret#TROP_DE_CHAINES}) ;
 *   <li>longueur d'une chaîne : {@code longueurMax} caractères décodés ; le texte brut accumulé est
 *       borné à 7 fois ce nombre (un échappement de 7 caractères donne 1 caractère), jamais au-delà
 *       ({@link MotifArret#CHAINE_TROP_LONGUE}) ;
 *   <li>caractères de toute la table : {@code caracteresMax} ({@link MotifArret#TEXTE_EXCESSIF}) ;
 *   <li>échéance, tous les {@value Echeance#ELEMENTS} éléments.
 * </ul>
 *
 * Chaque import traduit ces motifs en ses propres codes ({@link CodesArret}). Immuable une fois lue.
 * Hors API.
 */
public final class ChainesPartagees {
  private static final String NS = ClasseurXlsx.NS;
  private static final String NS_STRICT = ClasseurXlsx.NS_STRICT;

  /** Longueur maximale d'une cellule dans Excel. */
  public static final int LONGUEUR_EXCEL = 32_767;

  /** Caractères au plus dans toute la table (≈ 32 Mo de texte au pire en UTF-16). */
  public static final long CARACTERES_MAX = 16L * 1024 * 1024;

  /**
   * Texte brut (avant décodage des échappements {@code _xHHHH_}) accumulé au plus pour un texte de
   * {@code decodesMax} caractères décodés : un échappement de 7 caractères bruts n'en donne qu'un. Le
   * texte est arrêté au-delà, sans jamais grossir davantage ; la longueur décodée reste vérifiée exactement.
   *
   * @param decodesMax caractères décodés admis au plus
   * @return plafond du texte brut, au plus {@code Integer.MAX_VALUE - 16}
   */
  public static int brutMax(int decodesMax) {
    return (int) Math.min(7L * decodesMax, Integer.MAX_VALUE - 16);
  }

  private static final ChainesPartagees VIDE = new ChainesPartagees(List.of());

  private final List<String> chaines;

  private ChainesPartagees(List<String> chaines) {
    this.chaines = chaines;
  }

  /**
   * Table d'un classeur sans chaînes partagées.
   *
   * @return table vide, partagée
   */
  public static ChainesPartagees vide() {
    return VIDE;
  }

  /**
   * Lit la table d'un flux.
   *
   * @param in flux de {@code sharedStrings.xml} (fermé par l'appelant)
   * @param nombreMax chaînes au plus
   * @param longueurMax caractères décodés au plus par chaîne
   * @param caracteresMax caractères décodés au plus pour toute la table
   * @param echeance échéance de la lecture
   * @param codes traduction des motifs d'arrêt en violations de l'import
   * @return table lue, immuable
   * @throws ArretLecture sur un plafond, l'échéance, une DTD ou un XML mal formé ({@link MotifArret#ILLISIBLE})
   * @throws IOException si le flux ne peut pas être lu
   */
  public static ChainesPartagees lire(InputStream in, int nombreMax, int longueurMax, long caracteresMax,
      Echeance echeance, CodesArret codes) throws IOException {
    PushbackInputStream flux = new PushbackInputStream(in, 1);
    int premier = flux.read();
    if (premier < 0) {
      return VIDE; // partie vide : POI n'analyse rien non plus
    }
    flux.unread(premier);
    List<String> chaines = new Lecteur(nombreMax, longueurMax, caracteresMax, codes)
        .lire(new XmlFlux(flux, echeance, codes));
    return chaines.isEmpty() ? VIDE : new ChainesPartagees(Collections.unmodifiableList(chaines));
  }

  /**
   * Chaîne d'indice {@code i}.
   *
   * @param i indice de la chaîne dans la table (valeur d'une cellule de type {@code s})
   * @return chaîne décodée
   * @throws IndexOutOfBoundsException si l'indice est hors de la table (fichier illisible)
   */
  public String chaine(int i) {
    return chaines.get(i);
  }

  /**
   * Nombre de chaînes.
   *
   * @return nombre de chaînes de la table
   */
  public int nombre() {
    return chaines.size();
  }

  /**
   * Décode les échappements {@code _xHHHH_} d'OOXML (comme {@code XSSFRichTextString}).
   *
   * @param s texte brut lu dans le XML
   * @return texte décodé ; {@code s} lui-même s'il n'a aucun échappement
   */
  public static String decoder(String s) {
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
      this.brutMax = brutMax(longueurMax);
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
      if (x.nomLocal("si")) {
        texte.setLength(0);
      } else if (x.nomLocal("t")) {
        tOuvert = true;
        x.plafondTexte(brutMax, tropLongue);
      } else if (x.nomLocal("rPh")) {
        phonetique = true;
      } else if (x.nomLocal("sst")) {
        int count = x.attribut("count");
        if (count >= 0) {
          Long.parseLong(x.valeur(count)); // attribut illisible : fichier illisible, comme chez POI
        }
        int unique = x.attribut("uniqueCount");
        if (unique >= 0 && Long.parseLong(x.valeur(unique)) > nombreMax) {
          throw trop();
        }
        chaines = new ArrayList<>();
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
