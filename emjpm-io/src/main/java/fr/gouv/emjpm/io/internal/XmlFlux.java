// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Analyseur XML en flux, écrit pour les parties des classeurs (xlsx, et {@code content.xml} et manifeste
 * d'un .ods) ; le seul analyseur XML du lecteur de tableurs : événements de début et de fin
 * d'élément et de texte, sans objet par élément. Défenses : toute déclaration {@code <!DOCTYPE} est
 * refusée ({@link MotifArret#DTD_INTERDITE}) et aucune entité n'est développée hormis les cinq
 * prédéfinies et les références numériques ; chaque jeton (balise et ses attributs, commentaire,
 * instruction, texte) est borné à {@value JetonsXml#JETON_MAX} caractères ({@link MotifArret#JETON_TROP_LONG},
 * plafond abaissable pour le texte d'une valeur), l'imbrication à {@value #PROFONDEUR_MAX} éléments
 * ({@link MotifArret#ILLISIBLE}) ; l'échéance est vérifiée tous les {@value
 * Echeance#ELEMENTS} éléments (et à chaque bloc lu par le flux borné d'une entrée d'archive, {@link
 * FluxBorne}). Un document mal formé (balises non appariées, attribut sans
 * guillemets, référence inconnue, caractère de contrôle, UTF-8 invalide, fin prématurée) arrête la
 * lecture ({@link MotifArret#ILLISIBLE}), sans jamais recopier le texte fautif.
 *
 * <p>Encodage : UTF-8 (avec ou sans marque), UTF-16 (marque ou premier {@code <} sur deux octets), ou
 * celui de la déclaration XML. L'analyse porte sur les octets UTF-8 (validés strictement à la lecture de
 * chaque bloc, décodés en {@code char} seulement pour les textes et valeurs rendus) ; un document d'un
 * autre encodage est décodé par le JDK puis réécrit en UTF-8 à la volée. Fins de ligne normalisées ({@code \r\n} et {@code \r} → {@code \n}), et
 * blancs des valeurs d'attribut rendus en espaces, comme tout analyseur XML. Espaces de noms résolus
 * ({@code xmlns}, {@code xmlns:p}). Non thread-safe (un par partie). Hors API.
 */
public final class XmlFlux {
  /** Début d'un élément. */
  public static final int DEBUT = 1;
  /** Fin d'un élément (aussi rendue pour un élément vide {@code <a/>}). */
  public static final int FIN = 2;
  /** Texte (ou section CDATA) décodé, dans {@link #texte()}. */
  public static final int TEXTE = 3;
  /** Fin du document, après l'élément racine. */
  public static final int FIN_DOCUMENT = 4;

  /** Espace de noms du préfixe {@code xml}, lié par définition. */
  public static final String NS_XML = "http://www.w3.org/XML/1998/namespace";

  /** Profondeur d'imbrication au plus (un tableur n'en écrit pas vingt) ; au-delà, document illisible. */
  public static final int PROFONDEUR_MAX = 4096;

  private static final int ATTRIBUTS_MAX = 64;
  /** Caractères qui terminent un nom : blancs, {@code / = > " ' < &}. */
  private static final boolean[] FIN_NOM = new boolean[128];

  static {
    for (char c : " \t\n\r/=>\"'<&".toCharArray()) {
      FIN_NOM[c] = true;
    }
  }

  /**
   * Caractères UTF-16 comptés par octet UTF-8 (plafond des jetons en caractères, comme avant) : 0 pour
   * un octet de suite, 2 pour le premier d'une séquence de quatre, 1 sinon.
   */
  private static final byte[] POIDS = new byte[256];

  static {
    for (int o = 0; o < 256; o++) {
      POIDS[o] = (byte) (o >= 0x80 && o < 0xC0 ? 0 : o >= 0xF0 ? 2 : 1);
    }
  }

  /** Lecture de huit octets d'un coup (validation de l'ASCII). */
  private static final VarHandle HUIT =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final Echeance echeance;
  private final CodesArret codes;
  /** Octets UTF-8 : validés de 0 à {@code lim}, lus mais pas encore validés de {@code lim} à {@code brut}. */
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private int brut;
  private boolean fini;

  /** Texte décodé du dernier événement {@link #TEXTE}. */
  private char[] texte = new char[256];
  private int texteLongueur;
  private int plafondTexte = JetonsXml.JETON_MAX;
  private @Nullable ArretLecture arretTexte;

  // élément courant
  private int nomDebut;
  private int nomLongueur;
  private int prefixeLongueur;
  private boolean vide;
  private boolean finEnAttente;
  private int profondeur;
  private boolean racineVue;
  private String espaceEvenement = "";
  private long elements;

  // pile des noms (copie) et des espaces des éléments ouverts
  private byte[] noms = new byte[256];
  private int[] nomsFin = new int[32];
  private int[] prefixes = new int[32];
  private String[] espaces = new String[32];

  // liaisons de préfixes : préfixe, espace, profondeur de déclaration
  private String[] liaisonsPrefixe = new String[8];
  private String[] liaisonsEspace = new String[8];
  private int[] liaisonsProfondeur = new int[8];
  private int liaisons;
  /** Génération des liaisons : change à chaque déclaration ou retrait ; invalide le cache. */
  private int generation;
  // cache des derniers préfixes résolus (un .ods déclare une quarantaine d'espaces sur sa racine)
  private final String[] cachePrefixe = new String[4];
  private final String[] cacheEspace = new String[4];
  private int cacheGeneration = -1;
  private int cacheProchain;
  /** Espace par défaut (préfixe vide) de la génération {@link #defautGeneration}. */
  private String defaut = "";
  private int defautGeneration = -1;

  // attributs de l'élément courant : noms dans buf, valeurs décodées dans valeurs
  private int attributs;
  private final int[] attrNom = new int[ATTRIBUTS_MAX];
  private final int[] attrNomLongueur = new int[ATTRIBUTS_MAX];
  private final int[] attrPrefixe = new int[ATTRIBUTS_MAX];
  private final int[] attrValeur = new int[ATTRIBUTS_MAX];
  private final int[] attrValeurLongueur = new int[ATTRIBUTS_MAX];
  private char[] valeurs = new char[256];
  private int valeursLongueur;

  /**
   * Analyseur d'un flux (fermé par l'appelant).
   *
   * @param flux flux de la partie, déjà borné en octets par l'appelant
   * @param echeance échéance de la lecture
   * @param codes traduction des motifs d'arrêt en violations
   * @throws IOException si le flux ne peut pas être lu
   */
  public XmlFlux(InputStream flux, Echeance echeance, CodesArret codes) throws IOException {
    this.echeance = echeance;
    this.codes = codes;
    this.in = octets(flux);
  }

  /**
   * Flux d'octets UTF-8 : le flux lui-même en UTF-8 (premiers octets déjà dans le tampon), sinon ses
   * caractères décodés d'après la marque, les premiers octets ou la déclaration, réécrits en UTF-8.
   */
  private InputStream octets(InputStream flux) throws IOException {
    byte[] d = buf;
    int n = flux.readNBytes(d, 0, 512);
    Charset jeu = StandardCharsets.UTF_8;
    int sauter = 0;
    if (n >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
      sauter = 3;
    } else if (n >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF) {
      jeu = StandardCharsets.UTF_16BE;
      sauter = 2;
    } else if (n >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE) {
      jeu = StandardCharsets.UTF_16LE;
      sauter = 2;
    } else if (n >= 2 && d[0] == 0 && d[1] == '<') {
      jeu = StandardCharsets.UTF_16BE;
    } else if (n >= 2 && d[0] == '<' && d[1] == 0) {
      jeu = StandardCharsets.UTF_16LE;
    } else {
      jeu = encodageDeclare(new String(d, 0, n, StandardCharsets.ISO_8859_1));
    }
    if (jeu.equals(StandardCharsets.UTF_8)) {
      pos = sauter;
      brut = n;
      lim = sauter;
      valider();
      return flux;
    }
    InputStream tout = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(d, sauter, n)), flux);
    return new Utf8DepuisReader(new InputStreamReader(tout, jeu.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** Encodage de la déclaration {@code <?xml … encoding="…"?>}, UTF-8 sans elle. */
  private Charset encodageDeclare(String debut) {
    if (!debut.startsWith("<?xml")) {
      return StandardCharsets.UTF_8;
    }
    int fin = debut.indexOf("?>");
    String decl = fin < 0 ? debut : debut.substring(0, fin);
    int i = decl.indexOf("encoding");
    if (i < 0) {
      return StandardCharsets.UTF_8;
    }
    int q = i + 8;
    while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=')) {
      q++;
    }
    if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
      throw illisible();
    }
    int f = decl.indexOf(decl.charAt(q), q + 1);
    if (f < 0) {
      throw illisible();
    }
    String nom = decl.substring(q + 1, f).toUpperCase(Locale.ROOT);
    try {
      Charset c = Charset.forName(nom);
      // un encodage sur deux octets sans marque ni « < » sur deux octets ne peut pas être déclaré en ASCII
      return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
    } catch (RuntimeException e) {
      throw illisible();
    }
  }

  /**
   * Plafond du texte d'un événement {@link #TEXTE} (valeur d'une cellule, d'une chaîne partagée), et
   * arrêt à lever au-delà ; {@code null} rend le plafond d'un jeton ({@link MotifArret#JETON_TROP_LONG}).
   *
   * @param max caractères au plus
   * @param arret arrêt levé au-delà, ou {@code null} pour le plafond des jetons
   */
  public void plafondTexte(int max, @Nullable ArretLecture arret) {
    this.plafondTexte = arret == null ? JetonsXml.JETON_MAX : Math.min(max, JetonsXml.JETON_MAX);
    this.arretTexte = arret;
  }

  /**
   * Événement suivant.
   *
   * @return {@link #DEBUT}, {@link #FIN}, {@link #TEXTE} ou {@link #FIN_DOCUMENT}
   * @throws IOException si le flux ne peut pas être lu (UTF-8 invalide compris : à traiter comme illisible)
   */
  public int suivant() throws IOException {
    if (finEnAttente) {
      finEnAttente = false;
      return fermer();
    }
    while (true) {
      if (pos >= lim && !remplir()) {
        if (profondeur > 0 || !racineVue) {
          throw illisible();
        }
        return FIN_DOCUMENT;
      }
      byte c = buf[pos];
      if (c != '<') {
        if (profondeur == 0) {
          sauterBlancs();
          continue;
        }
        lireTexte();
        return TEXTE;
      }
      if (!disponible(2)) {
        throw illisible();
      }
      byte d = buf[pos + 1];
      if (d == '/') {
        return baliseFin();
      } else if (d == '?') {
        sauter("?>", 2);
      } else if (d == '!') {
        int r = declaration();
        if (r == TEXTE) {
          return TEXTE;
        }
      } else {
        return baliseDebut();
      }
    }
  }

  private void sauterBlancs() throws IOException {
    while (pos < lim || remplir()) {
      byte c = buf[pos];
      if (c == '<') {
        return;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        throw illisible(); // texte hors de l'élément racine
      }
      pos++;
    }
  }

  /** {@code <!--}, {@code <![CDATA[} ou {@code <!DOCTYPE} (refusé). */
  private int declaration() throws IOException {
    disponible(9);
    if (commence("<!--")) {
      sauter("-->", 4);
      return 0;
    }
    if (commence("<![CDATA[")) {
      if (profondeur == 0) {
        throw illisible();
      }
      pos += 9;
      texteLongueur = 0;
      int debut = pos;
      while (true) {
        if (pos + 3 > lim) {
          ajouterUtf8(debut, pos);
          if (!remplirGarder(3)) {
            throw illisible();
          }
          debut = pos;
        }
        if (buf[pos] == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
          ajouterUtf8(debut, pos);
          pos += 3;
          return TEXTE;
        }
        pos += longueurSequence(buf[pos]); // séquences entières : le tampon n'en coupe aucune
      }
    }
    if (commence("<!DOCTYPE") && !racineVue) {
      throw codes.arret(MotifArret.DTD_INTERDITE, 0);
    }
    throw illisible();
  }

  /** Saute jusqu'à {@code fin} comprise (commentaire, instruction), jeton borné. */
  private void sauter(String fin, int avance) throws IOException {
    pos += avance;
    long longueur = avance;
    int n = fin.length();
    while (true) {
      if (pos + n > lim && !remplirGarder(n)) {
        throw illisible();
      }
      if (buf[pos] == fin.charAt(0) && egal(pos, n, fin)) {
        pos += n;
        return;
      }
      byte c = buf[pos];
      if (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        throw illisible();
      }
      pos++;
      if ((longueur += POIDS[c & 0xFF]) > JetonsXml.JETON_MAX) {
        throw codes.arret(MotifArret.JETON_TROP_LONG, JetonsXml.JETON_MAX);
      }
    }
  }

  private boolean commence(String s) {
    if (lim - pos < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (buf[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ texte

  private void lireTexte() throws IOException {
    texteLongueur = 0;
    while (pos < lim || remplir()) {
      int debut = pos;
      byte[] b = buf;
      int l = lim;
      int p = pos;
      byte c = 0;
      while (p < l) {
        c = b[p];
        if (c == '<' || c == '&' || c < 0x20) {
          break; // octets non ASCII compris (négatifs)
        }
        p++;
      }
      pos = p;
      ajouterTexte(b, debut, p - debut);
      if (p >= l) {
        continue;
      }
      if (c < 0) {
        pos = decoder(p, true);
      } else if (c == '<') {
        return;
      } else if (c == '&') {
        reference(true);
      } else if (c == '\r') {
        pos++;
        if ((pos < lim || remplir()) && buf[pos] == '\n') {
          pos++;
        }
        ajouterCaractere('\n');
      } else if (c == '\t' || c == '\n') {
        pos++;
        ajouterCaractere((char) c);
      } else {
        throw illisible();
      }
    }
  }

  /** Ajoute au texte des octets ASCII. */
  private void ajouterTexte(byte[] src, int debut, int n) {
    if (n <= 0) {
      return;
    }
    int total = texteLongueur + n;
    if (total > plafondTexte) {
      throw arretTexte != null ? arretTexte : codes.arret(MotifArret.JETON_TROP_LONG, JetonsXml.JETON_MAX);
    }
    if (total > texte.length) {
      texte = Arrays.copyOf(texte, Math.max(total, texte.length * 2));
    }
    char[] t = texte;
    int k = texteLongueur;
    for (int i = debut, f = debut + n; i < f; i++) {
      t[k++] = (char) src[i];
    }
    texteLongueur = total;
  }

  /** Ajoute au texte les octets UTF-8 (validés, séquences entières) de {@code [debut, fin)}, tels quels. */
  private void ajouterUtf8(int debut, int fin) {
    int i = debut;
    while (i < fin) {
      int suite = i;
      while (i < fin && buf[i] >= 0) {
        i++;
      }
      ajouterTexte(buf, suite, i - suite);
      if (i < fin) {
        i = decoder(i, true);
      }
    }
  }

  /** Longueur de la séquence UTF-8 (validée) qui commence par l'octet {@code b}. */
  private static int longueurSequence(byte b) {
    int o = b & 0xFF;
    return o < 0x80 ? 1 : o < 0xE0 ? 2 : o < 0xF0 ? 3 : 4;
  }

  /**
   * Décode la séquence UTF-8 non ASCII (validée) à {@code i} vers le texte ou les valeurs ; rend
   * l'indice qui la suit.
   */
  private int decoder(int i, boolean versTexte) {
    byte[] b = buf;
    int o = b[i] & 0xFF;
    if (o < 0xE0) {
      ajouterCode(versTexte, (char) (((o & 0x1F) << 6) | (b[i + 1] & 0x3F)));
      return i + 2;
    }
    if (o < 0xF0) {
      ajouterCode(versTexte, (char) (((o & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)));
      return i + 3;
    }
    int cp = ((o & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
    ajouterCode(versTexte, Character.highSurrogate(cp));
    ajouterCode(versTexte, Character.lowSurrogate(cp));
    return i + 4;
  }

  /** Premier caractère UTF-16 de la séquence (validée) à {@code i}. */
  private char caractere(int i) {
    int o = buf[i] & 0xFF;
    if (o < 0x80) {
      return (char) o;
    }
    if (o < 0xE0) {
      return (char) (((o & 0x1F) << 6) | (buf[i + 1] & 0x3F));
    }
    if (o < 0xF0) {
      return (char) (((o & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F));
    }
    return Character.highSurrogate(((o & 0x07) << 18) | ((buf[i + 1] & 0x3F) << 12)
        | ((buf[i + 2] & 0x3F) << 6) | (buf[i + 3] & 0x3F));
  }

  private void ajouterCaractere(char c) {
    if (texteLongueur + 1 > plafondTexte) {
      throw arretTexte != null ? arretTexte : codes.arret(MotifArret.JETON_TROP_LONG, JetonsXml.JETON_MAX);
    }
    if (texteLongueur == texte.length) {
      texte = Arrays.copyOf(texte, texte.length * 2);
    }
    texte[texteLongueur++] = c;
  }

  /**
   * Décode une référence ({@code &lt;}, {@code &#233;}…) à {@code pos} vers le texte ou les valeurs.
   *
   * @param versTexte vrai pour le texte, faux pour la valeur d'attribut en cours
   */
  private void reference(boolean versTexte) throws IOException {
    int fin = -1;
    if (versTexte) {
      disponible(48);
    }
    // « ; » cherché parmi les onze caractères (unités UTF-16) qui suivent « & »
    for (int i = pos + 1, c = 1; i < lim && c < 12; c += POIDS[buf[i] & 0xFF], i += longueurSequence(buf[i])) {
      if (buf[i] == ';') {
        fin = i;
        break;
      }
    }
    if (fin < 0) {
      throw illisible();
    }
    int cp;
    int n = fin - pos - 1;
    if (n >= 2 && buf[pos + 1] == '#') {
      cp = 0;
      boolean hexa = buf[pos + 2] == 'x';
      int debut = pos + (hexa ? 3 : 2);
      if (debut >= fin) {
        throw illisible();
      }
      for (int i = debut; i < fin; i += longueurSequence(buf[i])) {
        int v = Character.digit(caractere(i), hexa ? 16 : 10);
        if (v < 0) {
          throw illisible();
        }
        cp = cp * (hexa ? 16 : 10) + v;
        if (cp > Character.MAX_CODE_POINT) {
          throw illisible();
        }
      }
      boolean valide = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      if (!valide) {
        throw illisible();
      }
    } else if (egal(pos + 1, n, "lt")) {
      cp = '<';
    } else if (egal(pos + 1, n, "gt")) {
      cp = '>';
    } else if (egal(pos + 1, n, "amp")) {
      cp = '&';
    } else if (egal(pos + 1, n, "quot")) {
      cp = '"';
    } else if (egal(pos + 1, n, "apos")) {
      cp = '\'';
    } else {
      throw illisible(); // entité non prédéfinie : jamais développée
    }
    pos = fin + 1;
    if (cp >= 0x10000) {
      ajouterCode(versTexte, Character.highSurrogate(cp));
      ajouterCode(versTexte, Character.lowSurrogate(cp));
    } else {
      ajouterCode(versTexte, (char) cp);
    }
  }

  private void ajouterCode(boolean versTexte, char c) {
    if (versTexte) {
      ajouterCaractere(c);
    } else {
      ajouterValeur(c);
    }
  }

  /** Vrai si les octets {@code buf[debut, debut+n)} sont l'UTF-8 de {@code s} (sans chaîne créée si ASCII). */
  private boolean egal(int debut, int n, String s) {
    return egal(buf, debut, n, s);
  }

  private static boolean egal(byte[] b, int debut, int n, String s) {
    int l = s.length();
    if (n == l) {
      for (int i = 0; i < n; i++) {
        byte o = b[debut + i];
        char c = s.charAt(i);
        if (o != c) {
          return (o < 0 || c >= 0x80) && new String(b, debut, n, StandardCharsets.UTF_8).equals(s);
        }
      }
      return true;
    }
    if (n < l || n > 3 * l) {
      return false;
    }
    for (int i = 0; i < l; i++) {
      if (s.charAt(i) >= 0x80) {
        return new String(b, debut, n, StandardCharsets.UTF_8).equals(s);
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ balises

  /** Amène toute la balise ({@code <…>}, guillemets respectés) dans le tampon ; rend l'indice du {@code >}. */
  private int baliseEntiere() throws IOException {
    int q = 0;
    int i = pos + 1;
    // unités UTF-16 de [pos, i), comptées seulement au-delà de JETON_MAX octets (jamais plus de
    // caractères que d'octets) : le plafond reste en caractères, comme au décodage par un Reader
    int caracteres = -1;
    while (true) {
      if (i >= lim) {
        int decalage = pos;
        if (!remplirGarder(lim - pos + 1)) {
          throw illisible();
        }
        i -= decalage - pos;
      }
      byte c = buf[i];
      if (q == 0 && c == '>') {
        return i;
      }
      boolean guillemet = c == '"' || c == '\'';
      q = q == 0 && guillemet ? c : (c == q ? 0 : q);
      if (i - pos >= JetonsXml.JETON_MAX) {
        if (caracteres < 0) {
          caracteres = 0;
          for (int k = pos; k < i; k++) {
            caracteres += POIDS[buf[k] & 0xFF];
          }
        }
        int poids = POIDS[c & 0xFF];
        if (poids > 0 && caracteres + poids - 1 >= JetonsXml.JETON_MAX) {
          throw codes.arret(MotifArret.JETON_TROP_LONG, JetonsXml.JETON_MAX);
        }
        caracteres += poids;
      }
      i++;
    }
  }

  private int baliseDebut() throws IOException {
    if (profondeur == 0 && racineVue) {
      throw illisible(); // second élément racine
    }
    if (++elements % Echeance.ELEMENTS == 0) {
      echeance.verifier();
    }
    int fin = baliseDebutRapide();
    if (fin < 0) {
      fin = baliseDebutComplete();
    } else {
      enUnePasse++;
    }
    pos = fin + 1;
    racineVue = true;
    empiler();
    for (int a = 0; a < attributs; a++) {
      declarerEspace(a);
    }
    // l'espace de l'élément se résout après ses propres déclarations
    espaces[profondeur - 1] = espaceDe(nomDebut, prefixeLongueur);
    espaceEvenement = espaces[profondeur - 1];
    finEnAttente = vide;
    return DEBUT;
  }

  /**
   * Analyse en une passe de la balise de début à {@code pos}, dans les octets déjà validés : nom, préfixe
   * et attributs lus d'un trait. Rend l'indice du {@code >}, ou -1 si la balise dépasse les octets validés
   * ou sort du cas simple (nom qui ne commence pas par une lettre ASCII, valeur avec référence, caractère
   * non ASCII ou de contrôle, anomalie) : {@link #baliseDebutComplete()} la reprend alors depuis le début
   * et rend le même résultat, ou la même erreur. Une balise entière dans le tampon (au plus sa taille, 64
   * Kio au départ) est bien en deçà du plafond des jetons.
   */
  private int baliseDebutRapide() {
    byte[] b = buf;
    int l = lim;
    int i = pos + 1;
    int fn = nomRapide(b, i, l);
    if (fn < 0) {
      return -1;
    }
    nouvelElement(i, fn, prefixeRapide);
    i = fn;
    while (true) {
      int debutBlanc = i;
      i = blancs(i, l);
      if (i >= l) {
        return -1;
      }
      byte c = b[i];
      if (c == '>') {
        return i;
      }
      if (c == '/') {
        if (i + 1 < l && b[i + 1] == '>') {
          vide = true;
          return i + 1;
        }
        return -1;
      }
      if (i == debutBlanc || attributs == ATTRIBUTS_MAX) {
        return -1;
      }
      i = attributRapide(b, i, l);
      if (i < 0) {
        return -1;
      }
    }
  }

  /** Élément de nom {@code buf[debut, fin)} qui commence, sans attribut encore. */
  private void nouvelElement(int debut, int fin, int prefixe) {
    nomDebut = debut;
    nomLongueur = fin - debut;
    prefixeLongueur = prefixe;
    attributs = 0;
    valeursLongueur = 0;
    vide = false;
  }

  /** Indice du premier octet non blanc à partir de {@code i}, ou {@code fin}. */
  private int blancs(int i, int fin) {
    while (i < fin && estBlanc(buf[i])) {
      i++;
    }
    return i;
  }

  /** Balises (de début ou de fin) lues en une passe depuis le début du document. */
  private long enUnePasse;

  /** {@return les balises de début ou de fin lues en une passe jusqu'ici} Pour les tests du chemin rapide. */
  long balisesEnUnePasse() {
    return enUnePasse;
  }

  /** Préfixe du dernier nom lu par {@link #nomRapide}. */
  private int prefixeRapide;

  /**
   * Nom à {@code i} qui commence par une lettre ASCII, {@code _} ou {@code :} ; rend l'indice qui le suit
   * (longueur de son préfixe dans {@link #prefixeRapide}), ou -1 s'il atteint {@code l} ou commence
   * autrement (cas laissé à {@link #nom}).
   */
  private int nomRapide(byte[] b, int i, int l) {
    if (i >= l) {
      return -1;
    }
    int c0 = b[i] | 0x20;
    if ((c0 < 'a' || c0 > 'z') && b[i] != '_' && b[i] != ':') {
      return -1;
    }
    int debut = i;
    int p = -1;
    while (i < l) {
      byte c = b[i];
      if (c >= 0 && FIN_NOM[c]) {
        prefixeRapide = Math.max(p, 0);
        return i;
      }
      if (c == ':' && p < 0) {
        p = i - debut;
      }
      i++;
    }
    return -1;
  }

  /** Attribut à {@code i} lu en une passe (voir {@link #baliseDebutRapide()}) ; -1 hors du cas simple. */
  private int attributRapide(byte[] b, int i, int l) {
    int debut = i;
    int fn = nomRapide(b, i, l);
    if (fn < 0) {
      return -1;
    }
    int a = attributs++;
    attrNom[a] = debut;
    attrNomLongueur[a] = fn - debut;
    attrPrefixe[a] = prefixeRapide;
    i = fn;
    i = blancs(i, l);
    if (i >= l || b[i] != '=') {
      return -1;
    }
    i++;
    i = blancs(i, l);
    if (i >= l || (b[i] != '"' && b[i] != '\'')) {
      return -1;
    }
    byte q = b[i++];
    int v = i;
    while (i < l) {
      byte c = b[i];
      if (c == q) {
        attrValeur[a] = valeursLongueur;
        ajouterValeurs(v, i - v);
        attrValeurLongueur[a] = i - v;
        return i + 1;
      }
      if (c < 0x20 || c == '&' || c == '<') {
        return -1; // octet non ASCII (négatif), contrôle, référence : analyse complète
      }
      i++;
    }
    return -1;
  }

  /** Analyse en deux passes : toute la balise amenée dans le tampon, puis lue ; rend l'indice du {@code >}. */
  private int baliseDebutComplete() throws IOException {
    int fin = baliseEntiere();
    int debut = pos + 1;
    int i = nom(debut, fin);
    nouvelElement(debut, i, prefixe(debut, i - debut));
    while (true) {
      int debutBlanc = i;
      i = blancs(i, fin);
      if (i >= fin) {
        return fin;
      }
      if (buf[i] == '/') {
        if (i + 1 != fin) {
          throw illisible();
        }
        vide = true;
        return fin;
      }
      if (i == debutBlanc) {
        throw illisible(); // attribut collé au précédent
      }
      i = attribut(i, fin);
    }
  }

  /** Lit un nom à partir de {@code i} ; rend l'indice qui le suit. */
  private int nom(int i, int fin) {
    int debut = i;
    while (i < fin) {
      byte c = buf[i];
      if (c >= 0 && FIN_NOM[c]) {
        break;
      }
      i++;
    }
    if (i == debut || !Character.isLetter(caractere(debut)) && buf[debut] != '_' && buf[debut] != ':') {
      throw illisible();
    }
    return i;
  }

  /** Longueur du préfixe d'un nom ({@code x:c} → 1), 0 sans préfixe. */
  private int prefixe(int debut, int longueur) {
    for (int i = 0; i < longueur; i++) {
      if (buf[debut + i] == ':') {
        return i;
      }
    }
    return 0;
  }

  private int attribut(int i, int fin) throws IOException {
    if (attributs == ATTRIBUTS_MAX) {
      throw illisible();
    }
    int debut = i;
    i = nom(i, fin);
    int a = attributs++;
    attrNom[a] = debut;
    attrNomLongueur[a] = i - debut;
    attrPrefixe[a] = prefixe(debut, i - debut);
    i = blancs(i, fin);
    if (i >= fin || buf[i] != '=') {
      throw illisible();
    }
    i++;
    i = blancs(i, fin);
    if (i >= fin || (buf[i] != '"' && buf[i] != '\'')) {
      throw illisible();
    }
    byte q = buf[i++];
    attrValeur[a] = valeursLongueur;
    while (buf[i] != q) {
      int suite = i;
      byte c = buf[i];
      while (c != q && c >= 0x20 && c != '&' && c != '<') {
        c = buf[++i]; // suite de caractères ordinaires, copiée d'un bloc
      }
      if (i > suite) {
        ajouterValeurs(suite, i - suite);
        continue;
      }
      if (c == '&') {
        int sauve = pos;
        pos = i;
        try {
          reference(false);
          i = pos;
        } finally {
          pos = sauve;
        }
        continue;
      }
      if (c < 0) {
        i = decoder(i, false);
        continue;
      }
      if (c == '<' || (c < 0x20 && !estBlanc(c))) {
        throw illisible();
      }
      ajouterValeur(estBlanc(c) ? ' ' : (char) c);
      if (c == '\r' && i + 1 < fin && buf[i + 1] == '\n') {
        i++; // fin de ligne CRLF : un seul blanc, comme toute fin de ligne normalisée avant la valeur
      }
      i++;
    }
    attrValeurLongueur[a] = valeursLongueur - attrValeur[a];
    return i + 1;
  }

  private void ajouterValeurs(int debut, int n) {
    if (valeursLongueur + n > valeurs.length) {
      valeurs = Arrays.copyOf(valeurs, Math.max(valeursLongueur + n, valeurs.length * 2));
    }
    char[] v = valeurs;
    int k = valeursLongueur;
    byte[] b = buf;
    for (int i = debut, f = debut + n; i < f; i++) {
      v[k++] = (char) b[i];
    }
    valeursLongueur = k;
  }

  private void ajouterValeur(char c) {
    if (valeursLongueur == valeurs.length) {
      valeurs = Arrays.copyOf(valeurs, valeurs.length * 2);
    }
    valeurs[valeursLongueur++] = c;
  }

  private static boolean estBlanc(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void empiler() {
    if (profondeur >= PROFONDEUR_MAX) {
      throw illisible(); // aucun tableur n'imbrique autant : pile bornée quel que soit le volume
    }
    if (profondeur == nomsFin.length) {
      nomsFin = Arrays.copyOf(nomsFin, profondeur * 2);
      prefixes = Arrays.copyOf(prefixes, profondeur * 2);
      espaces = Arrays.copyOf(espaces, profondeur * 2);
    }
    int debut = profondeur == 0 ? 0 : nomsFin[profondeur - 1];
    if (debut + nomLongueur > noms.length) {
      noms = Arrays.copyOf(noms, Math.max(noms.length * 2, debut + nomLongueur));
    }
    System.arraycopy(buf, nomDebut, noms, debut, nomLongueur);
    prefixes[profondeur] = prefixeLongueur;
    nomsFin[profondeur++] = debut + nomLongueur;
  }

  private void declarerEspace(int a) {
    int debut = attrNom[a];
    int n = attrNomLongueur[a];
    if (n < 5 || buf[debut] != 'x') {
      return; // ni xmlns ni xmlns:p (cas courant : un attribut ordinaire)
    }
    String prefixe;
    if (egal(debut, n, "xmlns")) {
      prefixe = "";
    } else if (attrPrefixe[a] == 5 && egal(debut, 5, "xmlns")) {
      prefixe = new String(buf, debut + 6, n - 6, StandardCharsets.UTF_8);
    } else {
      return;
    }
    if (liaisons == liaisonsPrefixe.length) {
      liaisonsPrefixe = Arrays.copyOf(liaisonsPrefixe, liaisons * 2);
      liaisonsEspace = Arrays.copyOf(liaisonsEspace, liaisons * 2);
      liaisonsProfondeur = Arrays.copyOf(liaisonsProfondeur, liaisons * 2);
    }
    liaisonsPrefixe[liaisons] = prefixe;
    liaisonsEspace[liaisons] = new String(valeurs, attrValeur[a], attrValeurLongueur[a]).intern();
    liaisonsProfondeur[liaisons] = profondeur;
    liaisons++;
    generation++;
  }

  /** Espace de noms d'un nom de préfixe {@code buf[debut, debut+n)} ; vide sans liaison. */
  private String espaceDe(int debut, int n) {
    if (n == 0) {
      // nom sans préfixe (presque tous les éléments d'une feuille) : espace par défaut, résolu une fois par génération
      if (defautGeneration != generation) {
        defaut = espaceDeLiaisons(debut, 0);
        defautGeneration = generation;
      }
      return defaut;
    }
    return espaceDeLiaisons(debut, n);
  }

  /** Espace de noms d'un préfixe cherché dans le cache puis dans les liaisons en cours. */
  private String espaceDeLiaisons(int debut, int n) {
    if (cacheGeneration == generation) {
      for (int k = 0; k < cachePrefixe.length; k++) {
        String p = cachePrefixe[k];
        if (p != null && egal(debut, n, p)) {
          return cacheEspace[k];
        }
      }
    } else {
      java.util.Arrays.fill(cachePrefixe, null);
      cacheGeneration = generation;
    }
    for (int l = liaisons - 1; l >= 0; l--) {
      String p = liaisonsPrefixe[l];
      if (egal(debut, n, p)) {
        int k = cacheProchain++ & (cachePrefixe.length - 1);
        cachePrefixe[k] = p;
        cacheEspace[k] = liaisonsEspace[l];
        return liaisonsEspace[l];
      }
    }
    if (n > 0 && !egal(debut, n, "xml")) {
      throw illisible(); // préfixe non déclaré
    }
    return n > 0 ? NS_XML : "";
  }

  private int baliseFin() throws IOException {
    if (profondeur > 0) {
      // cas courant : le nom de l'élément ouvert suivi de « > », dans les octets validés
      int debut = profondeur == 1 ? 0 : nomsFin[profondeur - 2];
      int n = nomsFin[profondeur - 1] - debut;
      int i = pos + 2;
      if (i + n < lim && buf[i + n] == '>' && memeNom(debut, i, n)) {
        nomDebut = i;
        nomLongueur = n;
        prefixeLongueur = prefixes[profondeur - 1];
        pos = i + n + 1;
        enUnePasse++;
        return fermer();
      }
    }
    int fin = baliseEntiere();
    int i = pos + 2;
    nomDebut = i;
    i = nom(i, fin);
    nomLongueur = i - nomDebut;
    i = blancs(i, fin);
    if (i != fin || profondeur == 0) {
      throw illisible();
    }
    int debut = profondeur == 1 ? 0 : nomsFin[profondeur - 2];
    int n = nomsFin[profondeur - 1] - debut;
    if (n != nomLongueur) {
      throw illisible();
    }
    if (!memeNom(debut, nomDebut, n)) {
      throw illisible();
    }
    prefixeLongueur = prefixes[profondeur - 1];
    pos = fin + 1;
    return fermer();
  }

  /** Vrai si {@code noms[debut, debut+n)} (nom d'un élément ouvert) vaut {@code buf[i, i+n)}. */
  private boolean memeNom(int debut, int i, int n) {
    for (int k = 0; k < n; k++) {
      if (noms[debut + k] != buf[i + k]) {
        return false;
      }
    }
    return true;
  }

  /** Ferme l'élément du sommet de la pile ; ses liaisons de préfixes tombent. */
  private int fermer() {
    attributs = 0;
    vide = false;
    espaceEvenement = espaces[profondeur - 1];
    while (liaisons > 0 && liaisonsProfondeur[liaisons - 1] >= profondeur) {
      liaisons--;
      generation++;
    }
    profondeur--;
    return FIN;
  }

  // ------------------------------------------------------------------ accès

  /**
   * Vrai si l'élément qui commence ou finit a ce nom local.
   *
   * @param local nom local attendu
   * @return vrai si le nom local (sans préfixe) est {@code local}
   */
  public boolean nomLocal(String local) {
    int p = prefixeLongueur == 0 ? 0 : prefixeLongueur + 1;
    return egal(nomDebut + p, nomLongueur - p, local);
  }

  /**
   * Nom local de l'élément qui commence ou finit (une chaîne créée à chaque appel : préférer {@link
   * #nomLocal(String)} pour comparer).
   *
   * @return nom local, sans préfixe
   */
  public String nomLocal() {
    int p = prefixeLongueur == 0 ? 0 : prefixeLongueur + 1;
    return new String(buf, nomDebut + p, nomLongueur - p, StandardCharsets.UTF_8);
  }

  /**
   * Espace de noms de l'élément qui commence ou finit.
   *
   * @return URI de l'espace de noms, vide sans espace
   */
  public String espace() {
    return espaceEvenement;
  }

  /**
   * Profondeur de l'élément courant (1 pour la racine) ; après une fin, celle de son parent.
   *
   * @return profondeur
   */
  public int profondeur() {
    return profondeur;
  }

  /**
   * Indice de l'attribut de nom local {@code local} de l'élément qui commence, sans préfixe ; -1 s'il
   * n'y en a pas.
   *
   * @param local nom de l'attribut
   * @return indice de l'attribut, ou -1
   */
  public int attribut(String local) {
    for (int a = 0; a < attributs; a++) {
      if (attrPrefixe[a] == 0 && egal(attrNom[a], attrNomLongueur[a], local)) {
        return a;
      }
    }
    return -1;
  }

  /**
   * Indice de l'attribut préfixé de nom local {@code local} (comme {@code r:id}) ; -1 s'il n'y en a pas.
   *
   * @param local nom local de l'attribut
   * @return indice de l'attribut, ou -1
   */
  public int attributPrefixe(String local) {
    for (int a = 0; a < attributs; a++) {
      int p = attrPrefixe[a];
      if (p > 0 && !egal(attrNom[a], p, "xmlns")
          && egal(attrNom[a] + p + 1, attrNomLongueur[a] - p - 1, local)) {
        return a;
      }
    }
    return -1;
  }

  /**
   * Indice de l'attribut préfixé d'espace de noms {@code espace} et de nom local {@code local} (comme
   * {@code table:name} d'un .ods) ; -1 s'il n'y en a pas. Le préfixe est résolu par les déclarations en
   * vigueur sur l'élément qui commence.
   *
   * @param espace URI de l'espace de noms de l'attribut
   * @param local nom local de l'attribut
   * @return indice de l'attribut, ou -1
   */
  public int attribut(String espace, String local) {
    for (int a = 0; a < attributs; a++) {
      int p = attrPrefixe[a];
      if (p > 0 && egal(attrNom[a] + p + 1, attrNomLongueur[a] - p - 1, local) && !egal(attrNom[a], p, "xmlns")
          && espace.equals(espaceDe(attrNom[a], p))) {
        return a;
      }
    }
    return -1;
  }

  /**
   * Nombre d'attributs de l'élément qui commence, déclarations d'espaces de noms ({@code xmlns},
   * {@code xmlns:p}) comprises.
   *
   * @return nombre d'attributs, indices de 0 à ce nombre exclu
   */
  public int attributs() {
    return attributs;
  }

  /**
   * Nom qualifié d'un attribut, tel qu'écrit ({@code table:name}).
   *
   * @param a indice de l'attribut
   * @return nom qualifié
   */
  public String nomAttribut(int a) {
    return new String(buf, attrNom[a], attrNomLongueur[a], StandardCharsets.UTF_8);
  }

  /**
   * Espace de noms d'un attribut : vide sans préfixe (ou pour une déclaration {@code xmlns}), sinon
   * celui de son préfixe.
   *
   * @param a indice de l'attribut
   * @return URI de l'espace de noms, vide sans espace
   */
  public String espaceAttribut(int a) {
    int p = attrPrefixe[a];
    return p == 0 || egal(attrNom[a], p, "xmlns") ? "" : espaceDe(attrNom[a], p);
  }

  /**
   * Valeur décodée de l'attribut préfixé d'espace {@code espace} et de nom local {@code local}.
   *
   * @param espace URI de l'espace de noms de l'attribut
   * @param local nom local de l'attribut
   * @return valeur, ou {@code null} sans cet attribut
   */
  @Nullable String valeur(String espace, String local) { // hors API publique : rend null (lecteurs du paquet)
    int a = attribut(espace, local);
    return a < 0 ? null : valeur(a);
  }

  /**
   * Valeur décodée d'un attribut.
   *
   * @param a indice rendu par {@link #attribut(String)}
   * @return valeur
   */
  public String valeur(int a) {
    return new String(valeurs, attrValeur[a], attrValeurLongueur[a]);
  }

  /**
   * Vrai si la valeur de l'attribut est {@code s}.
   *
   * @param a indice de l'attribut
   * @param s valeur attendue
   * @return vrai si égale
   */
  public boolean valeurEgale(int a, String s) {
    int n = attrValeurLongueur[a];
    if (n != s.length()) {
      return false;
    }
    int d = attrValeur[a];
    for (int i = 0; i < n; i++) {
      if (valeurs[d + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Caractères des valeurs d'attributs (valables jusqu'à l'événement suivant).
   *
   * @return tampon des valeurs
   */
  public char[] valeurs() {
    return valeurs;
  }

  /**
   * Début d'une valeur d'attribut dans {@link #valeurs()}.
   *
   * @param a indice de l'attribut
   * @return indice du premier caractère
   */
  public int debutValeur(int a) {
    return attrValeur[a];
  }

  /**
   * Longueur d'une valeur d'attribut.
   *
   * @param a indice de l'attribut
   * @return nombre de caractères
   */
  public int longueurValeur(int a) {
    return attrValeurLongueur[a];
  }

  /**
   * Texte du dernier événement {@link #TEXTE} (valable jusqu'à l'événement suivant).
   *
   * @return tampon du texte, de longueur {@link #longueurTexte()}
   */
  public char[] texte() {
    return texte;
  }

  /**
   * Longueur du texte du dernier événement {@link #TEXTE}.
   *
   * @return nombre de caractères
   */
  public int longueurTexte() {
    return texteLongueur;
  }

  // ------------------------------------------------------------------ tampon

  /** Vrai si {@code n} caractères sont disponibles à {@code pos} (remplit au besoin). */
  private boolean disponible(int n) throws IOException {
    return lim - pos >= n || remplirGarder(n);
  }

  private boolean remplir() throws IOException {
    return remplirGarder(1);
  }

  /**
   * Garde les octets non lus en tête du tampon et lit jusqu'à en avoir {@code n} de validés ; faux à la
   * fin du flux sans les avoir. Le tampon grandit au besoin (balise longue), jamais au-delà d'un jeton.
   */
  private boolean remplirGarder(int n) throws IOException {
    if (pos > 0) {
      // les noms de l'élément courant pointent dans le tampon : ils sont décalés avec lui
      System.arraycopy(buf, pos, buf, 0, brut - pos);
      nomDebut -= pos;
      for (int a = 0; a < attributs; a++) {
        attrNom[a] -= pos;
      }
      lim -= pos;
      brut -= pos;
      pos = 0;
    }
    if (n + 4 > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n + 4, buf.length * 2));
    }
    while (lim < n && !fini) {
      if (buf.length - brut < 4) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int r;
      try {
        r = in.read(buf, brut, buf.length - brut);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw illisible(); // octets invalides dans l'encodage déclaré
      }
      if (r < 0) {
        fini = true;
        if (lim < brut) {
          throw illisible(); // séquence UTF-8 tronquée
        }
      } else {
        brut += r;
        valider();
      }
    }
    return lim >= n;
  }

  /**
   * Valide strictement l'UTF-8 de {@code [lim, brut)} (comme le décodeur du JDK qui signale les
   * erreurs : ni forme trop longue, ni substitut, ni point de code au-delà de U+10FFFF) et avance
   * {@code lim} jusqu'à la dernière séquence entière ; une séquence invalide rend le document illisible.
   */
  private void valider() {
    byte[] b = buf;
    int i = lim;
    int f = brut;
    while (i < f) {
      // ASCII huit octets à la fois (cas courant : balises, noms, nombres)
      while (i + 8 <= f && ((long) HUIT.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= f) {
        break;
      }
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int o = b[i] & 0xFF;
      if (o < 0xC2 || o > 0xF4) {
        throw illisible(); // suite isolée, forme trop longue (C0, C1) ou au-delà de U+10FFFF
      }
      int n = longueurSequence(b[i]);
      // bornes du deuxième octet : ni forme trop longue (E0, F0), ni substitut (ED), ni au-delà de U+10FFFF (F4)
      int min = o == 0xE0 ? 0xA0 : o == 0xF0 ? 0x90 : 0x80;
      int max = o == 0xED ? 0x9F : o == 0xF4 ? 0x8F : 0xBF;
      for (int k = 1; k < n; k++) {
        if (i + k >= f) {
          lim = i; // séquence entière au prochain bloc
          return;
        }
        int s = b[i + k] & 0xFF;
        if (k == 1 ? s < min || s > max : s < 0x80 || s > 0xBF) {
          throw illisible();
        }
      }
      i += n;
    }
    lim = i;
  }

  /**
   * Octets UTF-8 des caractères d'un lecteur (document d'un autre encodage) ; les erreurs de décodage
   * du lecteur passent telles quelles.
   */
  private static final class Utf8DepuisReader extends InputStream {
    private final Reader lecteur;
    private final char[] cars = new char[1 << 13];
    private int carsPos;
    private int carsLim;
    private final byte[] attente = new byte[4];
    private int attentePos;
    private int attenteLim;

    Utf8DepuisReader(Reader lecteur) {
      this.lecteur = lecteur;
    }

    @Override
    public int read() throws IOException {
      byte[] un = new byte[1];
      return read(un, 0, 1) < 0 ? -1 : un[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int o = off;
      int f = off + len;
      while (o < f) {
        if (attentePos < attenteLim) {
          b[o++] = attente[attentePos++];
          continue;
        }
        if (carsPos >= carsLim && !lire(1)) {
          break;
        }
        char c = cars[carsPos];
        if (c < 0x80) {
          b[o++] = (byte) c;
          carsPos++;
          continue;
        }
        int cp = c;
        if (Character.isHighSurrogate(c)) {
          if (carsPos + 1 >= carsLim && !lire(2)) {
            throw new java.nio.charset.CharacterCodingException();
          }
          char d = cars[carsPos + 1];
          if (!Character.isLowSurrogate(d)) {
            throw new java.nio.charset.CharacterCodingException();
          }
          cp = Character.toCodePoint(c, d);
          carsPos += 2;
        } else if (Character.isLowSurrogate(c)) {
          throw new java.nio.charset.CharacterCodingException();
        } else {
          carsPos++;
        }
        attentePos = 0;
        attenteLim = 0;
        if (cp < 0x800) {
          attente[attenteLim++] = (byte) (0xC0 | cp >> 6);
        } else if (cp < 0x10000) {
          attente[attenteLim++] = (byte) (0xE0 | cp >> 12);
          attente[attenteLim++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        } else {
          attente[attenteLim++] = (byte) (0xF0 | cp >> 18);
          attente[attenteLim++] = (byte) (0x80 | (cp >> 12 & 0x3F));
          attente[attenteLim++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        }
        attente[attenteLim++] = (byte) (0x80 | (cp & 0x3F));
      }
      return o == off && len > 0 ? -1 : o - off;
    }

    /** Garde les caractères non lus et lit jusqu'à en avoir {@code n} ; faux à la fin du lecteur. */
    private boolean lire(int n) throws IOException {
      int reste = carsLim - carsPos;
      System.arraycopy(cars, carsPos, cars, 0, reste);
      carsPos = 0;
      carsLim = reste;
      while (carsLim < n) {
        int r = lecteur.read(cars, carsLim, cars.length - carsLim);
        if (r < 0) {
          return false;
        }
        carsLim += r;
      }
      return true;
    }
  }

  private ArretLecture illisible() {
    return codes.arret(MotifArret.ILLISIBLE, 0);
  }
}
