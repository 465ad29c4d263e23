// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
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
 * décodés. Les chaînes sont décodées une fois, à la lecture, et gardées dans un seul tableau de
 * caractères (un octet par caractère quand tous tiennent en Latin-1, deux sinon) avec un tableau de
 * décalages, sans objet par chaîne : une {@code String} n'est créée qu'à la demande ({@link #chaine(int)}).
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
 * Chaque import traduit ces motifs en ses propres codes ({@link CodesArret}). Contenu immuable une fois
 * lu ; le cache des chaînes rendues n'est pas synchronisé : une table sert le seul fil qui lit son
 * classeur. Hors API.
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

  /** Cases du cache des chaînes rendues (puissance de deux) : les valeurs répétées rendent la même instance. */
  static final int CACHE = 4096;

  /** Taille au plus d'un tableau Java (marge des en-têtes de la JVM). */
  private static final int TABLEAU_MAX = Integer.MAX_VALUE - 16;

  /** Décalages réservés au plus d'après le nombre annoncé par la table ({@code uniqueCount}). */
  private static final int DECALAGES_ANNONCES_MAX = 1 << 18;

  private static final ChainesPartagees VIDE = new ChainesPartagees(0, new int[1], new byte[0], null);

  private final int nombre;
  /**
   * Début de la chaîne {@code i} dans le stockage ; {@code debuts[nombre]} est la fin de la dernière (au
   * moins {@code nombre + 1} cases).
   */
  private final int[] debuts;
  /** Caractères de toutes les chaînes en Latin-1, si tous y tiennent ; sinon {@code null}. */
  private final byte @Nullable [] latin1;
  /** Caractères de toutes les chaînes en UTF-16, si l'un d'eux ne tient pas en Latin-1 ; sinon {@code null}. */
  private final char @Nullable [] utf16;
  /** Chaînes déjà rendues, à la case {@code indice & masque}. */
  private final @Nullable String[] cache;
  /** Indice plus un de la chaîne de chaque case du cache ; 0 pour une case vide. */
  private final int[] marques;
  private final int masque;

  private ChainesPartagees(int nombre, int[] debuts, byte @Nullable [] latin1, char @Nullable [] utf16) {
    this.nombre = nombre;
    this.debuts = debuts;
    this.latin1 = latin1;
    this.utf16 = utf16;
    int cases = 1;
    while (cases < nombre && cases < CACHE) {
      cases <<= 1;
    }
    this.cache = new String[cases];
    this.marques = new int[cases];
    this.masque = cases - 1;
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
    return new Lecteur(nombreMax, longueurMax, caracteresMax, codes).lire(new XmlFlux(flux, echeance, codes));
  }

  /**
   * Chaîne d'indice {@code i}, créée à la première demande ; une chaîne demandée de nouveau rend en
   * général la même instance (cache à correspondance directe de {@value #CACHE} cases, case {@code i &
   * masque}, dont l'indice est vérifié).
   *
   * @param i indice de la chaîne dans la table (valeur d'une cellule de type {@code s})
   * @return chaîne décodée
   * @throws IndexOutOfBoundsException si l'indice est hors de la table (fichier illisible)
   */
  public String chaine(int i) {
    Objects.checkIndex(i, nombre);
    int k = i & masque;
    String s = cache[k];
    if (s != null && marques[k] == i + 1) {
      return s;
    }
    String c = creer(debuts[i], debuts[i + 1]);
    cache[k] = c;
    marques[k] = i + 1;
    return c;
  }

  private String creer(int debut, int fin) {
    byte[] o = latin1;
    return o != null
        ? new String(o, debut, fin - debut, StandardCharsets.ISO_8859_1)
        : new String(Objects.requireNonNull(utf16), debut, fin - debut);
  }

  /**
   * Nombre de chaînes.
   *
   * @return nombre de chaînes de la table
   */
  public int nombre() {
    return nombre;
  }

  /**
   * Caractères (unités UTF-16) de toutes les chaînes, ce que compte le plafond de la table.
   *
   * @return somme des longueurs des chaînes
   */
  public int caracteres() {
    return debuts[nombre];
  }

  /**
   * Vrai si la table est stockée en Latin-1 (un octet par caractère) : tous ses caractères y tiennent.
   *
   * @return vrai pour le stockage compact d'un octet par caractère
   */
  boolean latin1() {
    return latin1 != null;
  }

  /**
   * Décode les échappements {@code _xHHHH_} d'OOXML (comme {@code XSSFRichTextString}).
   *
   * @param s texte brut lu dans le XML
   * @return texte décodé ; {@code s} lui-même s'il n'a aucun échappement
   */
  public static String decoder(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    char[] c = s.toCharArray();
    return new String(c, 0, decoder(c, c.length, c));
  }

  /**
   * Décode les échappements {@code _xHHHH_} de {@code s[0, n)} dans {@code d}, qui peut être {@code s}
   * lui-même (le texte décodé n'est jamais plus long). Un échappement est {@code _x}, quatre chiffres
   * hexadécimaux au sens de {@link Character#digit(char, int)}, {@code _} ; les échappements ne se
   * chevauchent pas ; un {@code _x} qui n'en commence pas un est gardé tel quel.
   *
   * @param s texte brut
   * @param n caractères de {@code s} à décoder
   * @param d destination, d'au moins {@code n} caractères
   * @return longueur du texte décodé dans {@code d}
   */
  static int decoder(char[] s, int n, char[] d) {
    int i = echappement(s, 0, n);
    int debut = 0;
    int k = 0;
    while (i >= 0 && i + 7 <= n) {
      int code = s[i + 6] == '_' ? hexa(s, i + 2) : -1;
      if (code >= 0) {
        System.arraycopy(s, debut, d, k, i - debut);
        k += i - debut;
        d[k++] = (char) code;
        debut = i + 7;
        i = echappement(s, debut, n);
      } else {
        i = echappement(s, i + 1, n);
      }
    }
    System.arraycopy(s, debut, d, k, n - debut);
    return k + n - debut;
  }

  /** Indice du premier {@code _x} de {@code s[debut, n)}, ou -1. */
  private static int echappement(char[] s, int debut, int n) {
    for (int i = debut; i + 1 < n; i++) {
      if (s[i] == '_' && s[i + 1] == 'x') {
        return i;
      }
    }
    return -1;
  }

  /** Valeur des quatre chiffres hexadécimaux de {@code s[debut, debut + 4)}, ou -1 si l'un n'en est pas un. */
  private static int hexa(char[] s, int debut) {
    int v = 0;
    for (int i = debut; i < debut + 4; i++) {
      int chiffre = Character.digit(s[i], 16);
      if (chiffre < 0) {
        return -1;
      }
      v = v * 16 + chiffre;
    }
    return v;
  }

  /**
   * Même automate que le {@code ReadOnlySharedStringsTable} de POI, sans runs phonétiques, borné ; les
   * chaînes sont copiées dans un stockage unique (Latin-1 tant que tout y tient, UTF-16 ensuite), sans
   * objet par chaîne.
   */
  private static final class Lecteur {
    private final int nombreMax;
    private final int longueurMax;
    private final int brutMax;
    private final long caracteresMax;
    /** {@code caracteresMax}, au plus la taille d'un tableau Java. */
    private final long plafondCaracteres;
    private final CodesArret codes;
    private final ArretLecture tropLongue;
    private boolean racine;
    /** Texte brut du {@code si} en cours (runs concaténés, échappements non décodés). */
    private char[] texte = new char[64];
    private int texteLongueur;
    /** Texte décodé, quand le brut a un échappement. */
    private char[] decode = new char[0];
    private boolean tOuvert;
    private boolean phonetique;
    private long caracteres;
    private int nombre;
    private int[] debuts = new int[64];
    private byte @Nullable [] latin1 = new byte[1024];
    private char @Nullable [] utf16;
    private int taille;

    Lecteur(int nombreMax, int longueurMax, long caracteresMax, CodesArret codes) {
      this.nombreMax = nombreMax;
      this.longueurMax = longueurMax;
      this.brutMax = brutMax(longueurMax);
      this.caracteresMax = caracteresMax;
      this.plafondCaracteres = Math.min(caracteresMax, TABLEAU_MAX);
      this.codes = codes;
      this.tropLongue = codes.arret(MotifArret.CHAINE_TROP_LONGUE, longueurMax);
    }

    ChainesPartagees lire(XmlFlux x) throws IOException {
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev == XmlFlux.TEXTE) {
          if (tOuvert && !phonetique && racine) {
            ajouter(x.texte(), x.longueurTexte());
          }
        } else if (NS.equals(x.espace()) || NS_STRICT.equals(x.espace())) {
          if (ev == XmlFlux.DEBUT) {
            debut(x);
          } else {
            fin(x);
          }
        }
      }
      if (nombre == 0) {
        return VIDE;
      }
      // tableaux gardés avec leur marge (au plus la moitié, primitifs que le ramasse-miettes ne parcourt
      // pas) : les recopier à leur taille allouerait autant de nouveau
      return new ChainesPartagees(nombre, debuts, latin1, utf16);
    }

    private void ajouter(char[] t, int n) {
      if (texteLongueur + (long) n > brutMax) {
        throw tropLongue;
      }
      if (texteLongueur + n > texte.length) {
        texte = Arrays.copyOf(texte, Math.max(texteLongueur + n, 2 * texte.length));
      }
      System.arraycopy(t, 0, texte, texteLongueur, n);
      texteLongueur += n;
    }

    private void debut(XmlFlux x) {
      if (x.nomLocal("si")) {
        texteLongueur = 0;
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
        if (unique >= 0) {
          long annonce = Long.parseLong(x.valeur(unique));
          if (annonce > nombreMax) {
            throw trop(); // l'attribut peut mentir : les si sont comptés aussi
          }
          if (annonce >= debuts.length) {
            // décalages dimensionnés d'avance, au plus 1 Mio : un nombre menteur ne coûte pas davantage
            debuts = new int[(int) Math.min(annonce + 1, DECALAGES_ANNONCES_MAX)];
          }
        }
        racine = true;
        nombre = 0; // une nouvelle racine recommence la table, comme chez POI
        taille = 0;
      }
    }

    private void fin(XmlFlux x) {
      if (x.nomLocal("si")) {
        if (racine) {
          stocker();
        }
      } else if (x.nomLocal("t")) {
        tOuvert = false;
        x.plafondTexte(0, null);
      } else if (x.nomLocal("rPh")) {
        phonetique = false;
      }
    }

    /** Ajoute la chaîne du {@code si} qui se ferme, décodée, au stockage. */
    private void stocker() {
      if (nombre >= nombreMax) {
        throw trop();
      }
      char[] s = texte;
      int n = texteLongueur;
      if (echappement(s, 0, n) >= 0) {
        if (decode.length != texte.length) {
          decode = new char[texte.length];
        }
        n = decoder(s, n, decode);
        s = decode;
      }
      if (n > longueurMax) {
        throw tropLongue;
      }
      caracteres += n;
      if (caracteres > plafondCaracteres) {
        throw codes.arret(MotifArret.TEXTE_EXCESSIF, caracteresMax);
      }
      copier(s, n);
      if (nombre + 1 == debuts.length) {
        debuts = Arrays.copyOf(debuts, (int) Math.min(2L * debuts.length, TABLEAU_MAX));
      }
      nombre++;
      taille += n;
      debuts[nombre] = taille;
    }

    /** Copie {@code s[0, n)} à la fin du stockage, passé en UTF-16 au premier caractère hors Latin-1. */
    private void copier(char[] s, int n) {
      byte[] o = latin1;
      if (o != null) {
        if (taille + n > o.length) {
          o = Arrays.copyOf(o, capacite(o.length, taille + n));
          latin1 = o;
        }
        int j = 0;
        while (j < n && s[j] <= 0xFF) {
          o[taille + j] = (byte) s[j];
          j++;
        }
        if (j == n) {
          return;
        }
        char[] c = new char[o.length]; // déjà à la taille de la table avec cette chaîne
        for (int k = 0; k < taille; k++) {
          c[k] = (char) (o[k] & 0xFF);
        }
        latin1 = null;
        utf16 = c;
      }
      char[] c = Objects.requireNonNull(utf16);
      if (taille + n > c.length) {
        c = Arrays.copyOf(c, capacite(c.length, taille + n));
        utf16 = c;
      }
      System.arraycopy(s, 0, c, taille, n);
    }

    /** Nouvelle capacité du stockage : le double, au moins {@code besoin}, au plus le plafond de la table. */
    private int capacite(int actuelle, int besoin) {
      return (int) Math.max(besoin, Math.min(2L * actuelle, plafondCaracteres));
    }

    private ArretLecture trop() {
      return codes.arret(MotifArret.TROP_DE_CHAINES, nombreMax);
    }
  }
}
