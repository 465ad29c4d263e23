// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Analyseur XML d'avant l'analyse des octets UTF-8 (décodage par un {@code InputStreamReader} puis parcours
 * de {@code char[]}), gardé tel quel comme référence de {@code XmlFluxProperties} : même comportement
 * attendu de {@link XmlFlux} sur tout document.
 *
 * <p>Texte d'origine :
 *
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
 * celui de la déclaration XML. Fins de ligne normalisées ({@code \r\n} et {@code \r} → {@code \n}), et
 * blancs des valeurs d'attribut rendus en espaces, comme tout analyseur XML. Espaces de noms résolus
 * ({@code xmlns}, {@code xmlns:p}). Non thread-safe (un par partie). Hors API.
 */
final class XmlFluxCaracteres {
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

  private final Reader in;
  private final Echeance echeance;
  private final CodesArret codes;
  private char[] buf = new char[1 << 15];
  private int pos;
  private int lim;
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
  private char[] noms = new char[256];
  private int[] nomsFin = new int[32];
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
  XmlFluxCaracteres(InputStream flux, Echeance echeance, CodesArret codes) throws IOException {
    this.echeance = echeance;
    this.codes = codes;
    this.in = lecteur(flux);
  }

  /** Lecteur de caractères : encodage d'après la marque, les premiers octets ou la déclaration. */
  private Reader lecteur(InputStream flux) throws IOException {
    BufferedInputStream b = new BufferedInputStream(flux, 1 << 16);
    b.mark(512);
    byte[] d = new byte[512];
    int n = b.readNBytes(d, 0, d.length);
    b.reset();
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
    b.skipNBytes(sauter);
    return new InputStreamReader(b, jeu.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
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
      char c = buf[pos];
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
      char d = buf[pos + 1];
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
      char c = buf[pos];
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
          ajouterTexte(buf, debut, pos - debut);
          if (!remplirGarder(3)) {
            throw illisible();
          }
          debut = pos;
        }
        if (buf[pos] == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
          ajouterTexte(buf, debut, pos - debut);
          pos += 3;
          return TEXTE;
        }
        pos++;
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
      char c = buf[pos];
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        throw illisible();
      }
      pos++;
      if (++longueur > JetonsXml.JETON_MAX) {
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
      char[] b = buf;
      int l = lim;
      int p = pos;
      char c = 0;
      while (p < l) {
        c = b[p];
        if (c == '<' || c == '&' || c < 0x20) {
          break;
        }
        p++;
      }
      pos = p;
      ajouterTexte(b, debut, p - debut);
      if (p >= l) {
        continue;
      }
      if (c == '<') {
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
        ajouterCaractere(c);
      } else {
        throw illisible();
      }
    }
  }

  private void ajouterTexte(char[] src, int debut, int n) {
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
    System.arraycopy(src, debut, texte, texteLongueur, n);
    texteLongueur = total;
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
      disponible(12);
    }
    for (int i = pos + 1; i < lim && i < pos + 12; i++) {
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
      for (int i = debut; i < fin; i++) {
        int v = Character.digit(buf[i], hexa ? 16 : 10);
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

  private boolean egal(int debut, int n, String s) {
    if (n != s.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[debut + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ balises

  /** Amène toute la balise ({@code <…>}, guillemets respectés) dans le tampon ; rend l'indice du {@code >}. */
  private int baliseEntiere() throws IOException {
    int q = 0;
    int i = pos + 1;
    while (true) {
      if (i >= lim) {
        int decalage = pos;
        if (!remplirGarder(lim - pos + 1)) {
          throw illisible();
        }
        i -= decalage - pos;
      }
      char c = buf[i];
      if (q == 0 && c == '>') {
        return i;
      }
      boolean guillemet = c == '"' || c == '\'';
      q = q == 0 && guillemet ? c : (c == q ? 0 : q);
      if (i - pos >= JetonsXml.JETON_MAX) {
        throw codes.arret(MotifArret.JETON_TROP_LONG, JetonsXml.JETON_MAX);
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
    int fin = baliseEntiere();
    int i = pos + 1;
    nomDebut = i;
    i = nom(i, fin);
    nomLongueur = i - nomDebut;
    prefixeLongueur = prefixe(nomDebut, nomLongueur);
    attributs = 0;
    valeursLongueur = 0;
    vide = false;
    while (true) {
      int debutBlanc = i;
      while (i < fin && estBlanc(buf[i])) {
        i++;
      }
      if (i >= fin) {
        break;
      }
      if (buf[i] == '/') {
        if (i + 1 != fin) {
          throw illisible();
        }
        vide = true;
        break;
      }
      if (i == debutBlanc) {
        throw illisible(); // attribut collé au précédent
      }
      i = attribut(i, fin);
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

  /** Lit un nom à partir de {@code i} ; rend l'indice qui le suit. */
  private int nom(int i, int fin) {
    int debut = i;
    while (i < fin) {
      char c = buf[i];
      if (c < FIN_NOM.length && FIN_NOM[c]) {
        break;
      }
      i++;
    }
    if (i == debut || !Character.isLetter(buf[debut]) && buf[debut] != '_' && buf[debut] != ':') {
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
    while (i < fin && estBlanc(buf[i])) {
      i++;
    }
    if (i >= fin || buf[i] != '=') {
      throw illisible();
    }
    i++;
    while (i < fin && estBlanc(buf[i])) {
      i++;
    }
    if (i >= fin || (buf[i] != '"' && buf[i] != '\'')) {
      throw illisible();
    }
    char q = buf[i++];
    attrValeur[a] = valeursLongueur;
    while (buf[i] != q) {
      int suite = i;
      char c = buf[i];
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
      if (c == '<' || (c < 0x20 && !estBlanc(c))) {
        throw illisible();
      }
      ajouterValeur(estBlanc(c) ? ' ' : c);
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
    System.arraycopy(buf, debut, valeurs, valeursLongueur, n);
    valeursLongueur += n;
  }

  private void ajouterValeur(char c) {
    if (valeursLongueur == valeurs.length) {
      valeurs = Arrays.copyOf(valeurs, valeurs.length * 2);
    }
    valeurs[valeursLongueur++] = c;
  }

  private static boolean estBlanc(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void empiler() {
    if (profondeur >= PROFONDEUR_MAX) {
      throw illisible(); // aucun tableur n'imbrique autant : pile bornée quel que soit le volume
    }
    if (profondeur == nomsFin.length) {
      nomsFin = Arrays.copyOf(nomsFin, profondeur * 2);
      espaces = Arrays.copyOf(espaces, profondeur * 2);
    }
    int debut = profondeur == 0 ? 0 : nomsFin[profondeur - 1];
    if (debut + nomLongueur > noms.length) {
      noms = Arrays.copyOf(noms, Math.max(noms.length * 2, debut + nomLongueur));
    }
    System.arraycopy(buf, nomDebut, noms, debut, nomLongueur);
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
      prefixe = new String(buf, debut + 6, n - 6);
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
    if (cacheGeneration == generation) {
      for (int k = 0; k < cachePrefixe.length; k++) {
        String p = cachePrefixe[k];
        if (p != null && p.length() == n && egal(debut, n, p)) {
          return cacheEspace[k];
        }
      }
    } else {
      java.util.Arrays.fill(cachePrefixe, null);
      cacheGeneration = generation;
    }
    for (int l = liaisons - 1; l >= 0; l--) {
      String p = liaisonsPrefixe[l];
      if (p.length() == n && egal(debut, n, p)) {
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
    int fin = baliseEntiere();
    int i = pos + 2;
    nomDebut = i;
    i = nom(i, fin);
    nomLongueur = i - nomDebut;
    while (i < fin && estBlanc(buf[i])) {
      i++;
    }
    if (i != fin || profondeur == 0) {
      throw illisible();
    }
    int debut = profondeur == 1 ? 0 : nomsFin[profondeur - 2];
    int n = nomsFin[profondeur - 1] - debut;
    if (n != nomLongueur) {
      throw illisible();
    }
    for (int k = 0; k < n; k++) {
      if (noms[debut + k] != buf[nomDebut + k]) {
        throw illisible();
      }
    }
    prefixeLongueur = prefixe(nomDebut, nomLongueur);
    pos = fin + 1;
    return fermer();
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
    return new String(buf, nomDebut + p, nomLongueur - p);
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
    return new String(buf, attrNom[a], attrNomLongueur[a]);
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
  public @Nullable String valeur(String espace, String local) {
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
   * Garde les caractères non lus en tête du tampon et lit jusqu'à en avoir {@code n} ; faux à la fin du
   * flux sans les avoir. Le tampon grandit au besoin (balise longue), jamais au-delà d'un jeton.
   */
  private boolean remplirGarder(int n) throws IOException {
    int reste = lim - pos;
    if (pos > 0) {
      // les noms de l'élément courant pointent dans le tampon : ils sont décalés avec lui
      System.arraycopy(buf, pos, buf, 0, reste);
      nomDebut -= pos;
      for (int a = 0; a < attributs; a++) {
        attrNom[a] -= pos;
      }
      pos = 0;
      lim = reste;
    }
    if (n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
    }
    while (lim < n && !fini) {
      if (lim == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int r;
      try {
        r = in.read(buf, lim, buf.length - lim);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw illisible(); // octets invalides dans l'encodage du document
      }
      if (r < 0) {
        fini = true;
      } else {
        lim += r;
      }
    }
    return lim >= n;
  }

  private ArretLecture illisible() {
    return codes.arret(MotifArret.ILLISIBLE, 0);
  }
}
