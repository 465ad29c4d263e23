// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Analyseur XML en flux écrit à la main pour les grandes parties d'un classeur OpenDocument
 * ({@code content.xml}) : UTF-8 seulement, espaces de noms résolus, entités prédéfinies et références
 * de caractères seulement. Il ne connaît ni DTD ni entité déclarée : une déclaration ({@code <!DOCTYPE},
 * {@code <!ENTITY}…) est refusée ({@link MotifArret#DTD_INTERDITE}), une entité inconnue rend le document
 * illisible. Chaque jeton (balise et ses attributs, texte, commentaire, instruction, section CDATA) est
 * borné à {@code jetonMax} octets ({@link MotifArret#JETON_TROP_LONG}) sans jamais garder plus en
 * mémoire ; la profondeur d'imbrication à {@value #PROFONDEUR_MAX}. Les balises sont appariées : un
 * document mal formé, tronqué, sans racine, ou dans un autre encodage est illisible ({@link
 * MotifArret#ILLISIBLE}). Les noms et les valeurs courtes d'attributs sont partagés (aucune chaîne créée
 * par élément pour {@code table:table-cell} ou {@code office:value-type="string"}). Non thread-safe. Hors
 * API.
 */
final class ScanneurXml {

  /** Fin du document (racine fermée). */
  static final int FIN_DOCUMENT = 0;
  /** Début d'élément : {@link #espace()}, {@link #nom()}, attributs. */
  static final int DEBUT = 1;
  /** Fin d'élément : {@link #espace()}, {@link #nom()}. */
  static final int FIN = 2;
  /** Texte (ou section CDATA) : {@link #texte()}, {@link #longueurTexte()}. */
  static final int TEXTE = 3;

  /** Profondeur d'imbrication au plus (LibreOffice n'en écrit pas vingt). */
  static final int PROFONDEUR_MAX = 4096;
  /** Espace de noms du préfixe {@code xml}. */
  static final String NS_XML = "http://www.w3.org/XML/1998/namespace";

  /** Traduction d'un motif en arrêt de la lecture. */
  @FunctionalInterface
  interface Refus {
    /**
     * Arrêt de la lecture.
     *
     * @param motif motif
     * @param plafond plafond dépassé (0 sans objet)
     * @return arrêt à lever
     */
    ArretLecture arret(MotifArret motif, long plafond);
  }

  /** Nom qualifié partagé ; espace de noms résolu une fois par génération de déclarations. */
  private static final class Nom {
    final byte[] octets;
    final String prefixe;
    final String local;
    int generation = -1;
    String espace = "";

    Nom(byte[] octets) {
      this.octets = octets;
      String q = new String(octets, StandardCharsets.UTF_8);
      int deuxPoints = q.indexOf(':');
      this.prefixe = deuxPoints < 0 ? "" : q.substring(0, deuxPoints);
      this.local = deuxPoints < 0 ? q : q.substring(deuxPoints + 1);
    }
  }

  /** Table de partage bornée : octets courts vers objet (noms ou valeurs). */
  private static final class Table<T> {
    private static final int TAILLE = 2048;
    private static final int LONGUEUR_MAX = 48;
    private final byte[][] cles = new byte[TAILLE][];
    private final Object[] valeurs = new Object[TAILLE];
    private int occupees;

    @SuppressWarnings("unchecked")
    @Nullable T chercher(byte[] b, int debut, int fin, int hachage) {
      for (int k = 0, i = hachage & (TAILLE - 1); k < 8; k++, i = (i + 1) & (TAILLE - 1)) {
        byte[] c = cles[i];
        if (c == null) {
          return null;
        }
        if (Arrays.equals(c, 0, c.length, b, debut, fin)) {
          return (T) valeurs[i];
        }
      }
      return null;
    }

    void ajouter(byte[] cle, int hachage, T valeur) {
      if (cle.length > LONGUEUR_MAX || occupees >= TAILLE * 3 / 4) {
        return;
      }
      for (int k = 0, i = hachage & (TAILLE - 1); k < 8; k++, i = (i + 1) & (TAILLE - 1)) {
        if (cles[i] == null) {
          cles[i] = cle;
          valeurs[i] = valeur;
          occupees++;
          return;
        }
      }
    }
  }

  private final InputStream in;
  private final Refus refus;
  private final int jetonMax;
  private byte[] b = new byte[64 * 1024];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean debutDocument = true;

  private final Table<Nom> nomsElements = new Table<>();
  private final Table<Nom> nomsAttributs = new Table<>();
  private final Table<String> valeursCourtes = new Table<>();

  private Nom[] pile = new Nom[32];
  private int profondeur;
  private boolean racineFermee;
  private boolean finEnAttente;
  private @Nullable Nom courant;

  private int attributs;
  private Nom[] nomsAttr = new Nom[16];
  private int[] debutsAttr = new int[16];
  private int[] finsAttr = new int[16];

  private int texteDebut;
  private int texteFin;
  private boolean cdata;
  private char[] caracteres = new char[1024];
  private int longueurTexte;

  private final Map<String, String> espaces = new HashMap<>();
  /** Déclarations d'espaces de noms à défaire : profondeur, préfixe, ancienne valeur (ou null). */
  private final List<Object[]> declarations = new ArrayList<>();
  private int generation;

  ScanneurXml(InputStream in, int jetonMax, Refus refus) {
    this.in = in;
    this.jetonMax = jetonMax;
    this.refus = refus;
    espaces.put("xml", NS_XML);
  }

  // ---------------------------------------------------------------- événements

  /**
   * Événement suivant.
   *
   * @return {@link #DEBUT}, {@link #FIN}, {@link #TEXTE} ou {@link #FIN_DOCUMENT}
   * @throws IOException si le flux ne peut pas être lu
   * @throws ArretLecture si le document est mal formé, déclare une DTD ou dépasse un plafond
   */
  int suivant() throws IOException {
    if (finEnAttente) {
      finEnAttente = false;
      fermer();
      return FIN;
    }
    while (true) {
      if (racineFermee) {
        return FIN_DOCUMENT; // ce qui suit la racine n'est pas lu
      }
      if (pos >= lim && !remplir()) {
        throw illisible(); // fin du flux avant la fin de la racine
      }
      if (debutDocument) {
        debutDocument = false;
        if (octet(0) == 0xEF && octet(1) == 0xBB && octet(2) == 0xBF) {
          pos += 3; // marque d'ordre UTF-8
        }
        continue;
      }
      if (b[pos] != '<') {
        int fin = chercher('<', pos, true);
        texteDebut = pos;
        texteFin = fin;
        pos = fin;
        cdata = false;
        if (profondeur > 0) {
          return TEXTE;
        }
        continue; // blancs hors racine
      }
      int c = octet(1);
      if (c == '/') {
        return finElement();
      }
      if (c == '?') {
        instruction();
      } else if (c == '!') {
        if (declaration()) {
          return TEXTE;
        }
      } else {
        return debutElement();
      }
    }
  }

  /** Espace de noms de l'élément courant ; à demander sur {@link #DEBUT} (ses déclarations sont en vigueur). */
  String espace() {
    Nom n = java.util.Objects.requireNonNull(courant);
    return resoudre(n, false);
  }

  String nom() {
    return java.util.Objects.requireNonNull(courant).local;
  }

  int attributs() {
    return attributs;
  }

  String espaceAttribut(int i) {
    return resoudre(nomsAttr[i], true);
  }

  String nomAttribut(int i) {
    return nomsAttr[i].local;
  }

  String valeurAttribut(int i) {
    int debut = debutsAttr[i];
    int fin = finsAttr[i];
    int h = hachage(debut, fin);
    String v = valeursCourtes.chercher(b, debut, fin, h);
    if (v != null) {
      return v;
    }
    int n = decoder(debut, fin, true, true);
    v = new String(caracteres, 0, n);
    boolean simple = n == fin - debut; // ni entité ni caractère multi-octets : les octets sont la clé
    if (simple) {
      valeursCourtes.ajouter(Arrays.copyOfRange(b, debut, fin), h, v);
    }
    return v;
  }

  /** Valeur de l'attribut {@code espace:local} de l'élément courant, null s'il est absent. */
  @Nullable String attribut(String espace, String local) {
    for (int i = 0; i < attributs; i++) {
      if (nomsAttr[i].local.equals(local) && espaceAttribut(i).equals(espace)) {
        return valeurAttribut(i);
      }
    }
    return null;
  }

  /** Caractères du texte courant (décodé à la première demande), valides jusqu'à {@link #longueurTexte()}. */
  char[] texte() {
    longueurTexte = decoder(texteDebut, texteFin, !cdata, false);
    return caracteres;
  }

  int longueurTexte() {
    return longueurTexte;
  }

  // ---------------------------------------------------------------- jetons

  private int debutElement() throws IOException {
    int fin = finDeBalise();
    int dernier = fin - 1;
    boolean vide = b[dernier] == '/';
    int bout = vide ? dernier : fin;
    int i = pos + 1;
    int n = i;
    while (n < bout && !blanc(b[n])) {
      n++;
    }
    if (n == i) {
      throw illisible();
    }
    Nom nom = nom(nomsElements, i, n);
    attributs = 0;
    boolean declare = false;
    i = n;
    while (true) {
      while (i < bout && blanc(b[i])) {
        i++;
      }
      if (i >= bout) {
        break;
      }
      int debutNom = i;
      while (i < bout && b[i] != '=' && !blanc(b[i])) {
        i++;
      }
      int finNom = i;
      while (i < bout && blanc(b[i])) {
        i++;
      }
      if (finNom == debutNom || i >= bout || b[i] != '=') {
        throw illisible();
      }
      i++;
      while (i < bout && blanc(b[i])) {
        i++;
      }
      if (i >= bout || (b[i] != '"' && b[i] != '\'')) {
        throw illisible();
      }
      byte guillemet = b[i++];
      int debutValeur = i;
      while (i < bout && b[i] != guillemet) {
        i++;
      }
      if (i >= bout) {
        throw illisible();
      }
      Nom a = nom(nomsAttributs, debutNom, finNom);
      if (a.prefixe.equals("xmlns") || (a.prefixe.isEmpty() && a.local.equals("xmlns"))) {
        if (!declare) {
          declare = true;
          empiler(nom);
        }
        int longueur = decoder(debutValeur, i, true, true);
        declarer(a.prefixe.isEmpty() ? "" : a.local, new String(caracteres, 0, longueur));
      } else {
        if (attributs == nomsAttr.length) {
          nomsAttr = Arrays.copyOf(nomsAttr, attributs * 2);
          debutsAttr = Arrays.copyOf(debutsAttr, attributs * 2);
          finsAttr = Arrays.copyOf(finsAttr, attributs * 2);
        }
        nomsAttr[attributs] = a;
        debutsAttr[attributs] = debutValeur;
        finsAttr[attributs] = i;
        attributs++;
      }
      i++;
    }
    if (!declare) {
      empiler(nom);
    }
    courant = nom;
    finEnAttente = vide;
    pos = fin + 1; // les octets de la balise restent en place jusqu'au prochain événement
    return DEBUT;
  }

  private void empiler(Nom nom) {
    if (profondeur == 0 && pile[0] != null) {
      throw illisible(); // seconde racine
    }
    if (profondeur >= PROFONDEUR_MAX) {
      throw illisible();
    }
    if (profondeur == pile.length) {
      pile = Arrays.copyOf(pile, profondeur * 2);
    }
    pile[profondeur++] = nom;
  }

  private int finElement() throws IOException {
    int fin = chercher('>', pos, false);
    int n = fin;
    while (n > pos + 2 && blanc(b[n - 1])) {
      n--;
    }
    if (profondeur == 0) {
      throw illisible();
    }
    Nom ouvert = pile[profondeur - 1];
    if (!Arrays.equals(ouvert.octets, 0, ouvert.octets.length, b, pos + 2, n)) {
      throw illisible(); // balises mal appariées
    }
    pos = fin + 1;
    fermer();
    return FIN;
  }

  /** Ferme l'élément au sommet de la pile (courant : lui) et défait ses déclarations. */
  private void fermer() {
    courant = pile[--profondeur];
    attributs = 0;
    while (!declarations.isEmpty()) {
      Object[] d = declarations.get(declarations.size() - 1);
      if ((int) d[0] <= profondeur) {
        break;
      }
      declarations.remove(declarations.size() - 1);
      if (d[2] == null) {
        espaces.remove((String) d[1]);
      } else {
        espaces.put((String) d[1], (String) d[2]);
      }
      generation++;
    }
    if (profondeur == 0) {
      racineFermee = true;
    }
  }

  private void declarer(String prefixe, String uri) {
    declarations.add(new Object[] {profondeur, prefixe, espaces.get(prefixe)});
    espaces.put(prefixe, uri);
    generation++;
  }

  private String resoudre(Nom n, boolean attribut) {
    if (n.generation == generation) {
      return n.espace;
    }
    String e;
    if (n.prefixe.isEmpty()) {
      e = attribut ? "" : espaces.getOrDefault("", "");
    } else {
      e = espaces.get(n.prefixe);
      if (e == null) {
        throw illisible(); // préfixe non déclaré
      }
    }
    n.espace = e;
    n.generation = generation;
    return e;
  }

  /** Instruction de traitement ; la déclaration XML n'admet que l'encodage UTF-8. */
  private void instruction() throws IOException {
    int fin = finDe((byte) '?');
    String contenu = new String(b, pos + 2, fin - 1 - (pos + 2), StandardCharsets.ISO_8859_1);
    if (contenu.startsWith("xml") && (contenu.length() == 3 || blanc((byte) contenu.charAt(3)))) {
      int e = contenu.indexOf("encoding");
      if (e >= 0) {
        int egal = contenu.indexOf('=', e);
        int q = egal < 0 ? -1 : premierGuillemet(contenu, egal);
        int ferme = q < 0 ? -1 : contenu.indexOf(contenu.charAt(q), q + 1);
        if (ferme < 0 || !"UTF-8".equalsIgnoreCase(contenu.substring(q + 1, ferme))) {
          throw illisible();
        }
      }
    }
    pos = fin + 1;
  }

  /** Indice du premier guillemet (simple ou double) à partir de {@code depuis}, -1 s'il n'y en a pas. */
  private static int premierGuillemet(String s, int depuis) {
    for (int i = depuis; i < s.length(); i++) {
      if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        return i;
      }
    }
    return -1;
  }

  /** Commentaire (sauté), section CDATA (vrai : texte) ; toute autre déclaration est refusée. */
  private boolean declaration() throws IOException {
    if (octet(2) == '-' && octet(3) == '-') {
      int fin = finDe((byte) '-');
      pos = fin + 1;
      return false;
    }
    if (octet(2) == '[' && octet(3) == 'C' && octet(4) == 'D' && octet(5) == 'A' && octet(6) == 'T'
        && octet(7) == 'A' && octet(8) == '[') {
      int fin = finDe((byte) ']');
      texteDebut = pos + 9;
      texteFin = fin - 2;
      pos = fin + 1;
      cdata = true;
      if (profondeur == 0) {
        throw illisible();
      }
      return true;
    }
    throw refus.arret(MotifArret.DTD_INTERDITE, 0);
  }

  /**
   * Indice du {@code >} qui termine le jeton commencé en {@code pos} et précédé de deux {@code marque}
   * ({@code -->}, {@code ]]>}) ou d'une ({@code ?>}).
   */
  private int finDe(byte marque) throws IOException {
    int i = pos + 2;
    int deux = marque == '?' ? 1 : 2;
    while (true) {
      i = chercher('>', i, false);
      if (i - deux >= pos + 2 + (marque == '?' ? 0 : 2) && b[i - 1] == marque && (deux == 1 || b[i - 2] == marque)) {
        return i;
      }
      i++;
    }
  }

  /** Indice du {@code >} qui termine la balise ouvrante commencée en {@code pos} (guillemets respectés). */
  private int finDeBalise() throws IOException {
    int i = pos + 1;
    byte guillemet = 0;
    while (true) {
      if (i >= lim) {
        int avant = pos;
        if (!remplir()) {
          throw illisible();
        }
        i -= avant - pos;
        continue;
      }
      byte c = b[i];
      if (c == '<') {
        throw illisible(); // « < » interdit dans une balise, même entre guillemets
      }
      if (guillemet != 0) {
        if (c == guillemet) {
          guillemet = 0;
        }
      } else if (c == '"' || c == '\'') {
        guillemet = c;
      } else if (c == '>') {
        return i;
      }
      i++;
    }
  }

  /**
   * Indice du premier octet {@code c} à partir de {@code depuis} (relu au besoin) ; à la fin du flux,
   * {@code lim} si {@code finAdmise}, sinon le document est illisible.
   */
  private int chercher(char c, int depuis, boolean finAdmise) throws IOException {
    int i = depuis;
    while (true) {
      while (i < lim) {
        if (b[i] == c) {
          return i;
        }
        i++;
      }
      int avant = pos;
      if (!remplir()) {
        if (finAdmise) {
          return lim;
        }
        throw illisible();
      }
      i -= avant - pos;
    }
  }

  /** Octet {@code pos + k} (relu au besoin), -1 au-delà de la fin du flux. */
  private int octet(int k) throws IOException {
    while (pos + k >= lim) {
      if (!remplir()) {
        return -1;
      }
    }
    return b[pos + k] & 0xFF;
  }

  /**
   * Compacte le tampon (le jeton en cours en tête) et lit la suite ; faux à la fin du flux. Refuse un
   * jeton plus long que le plafond.
   */
  private boolean remplir() throws IOException {
    if (eof) {
      return false;
    }
    if (lim - pos >= jetonMax) {
      throw refus.arret(MotifArret.JETON_TROP_LONG, jetonMax);
    }
    if (pos > 0) {
      System.arraycopy(b, pos, b, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == b.length) {
      b = Arrays.copyOf(b, Math.min(b.length * 2, jetonMax + 1));
    }
    int n = in.read(b, lim, b.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  // ---------------------------------------------------------------- noms, texte

  private Nom nom(Table<Nom> table, int debut, int fin) {
    int h = hachage(debut, fin);
    Nom n = table.chercher(b, debut, fin, h);
    if (n == null) {
      n = new Nom(Arrays.copyOfRange(b, debut, fin));
      table.ajouter(n.octets, h, n);
    }
    return n;
  }

  private int hachage(int debut, int fin) {
    int h = 0;
    for (int i = debut; i < fin; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }

  private static boolean blanc(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Décode les octets UTF-8 {@code [debut, fin)} dans {@link #caracteres} ; rend le nombre de caractères. */
  private int decoder(int debut, int fin, boolean entites, boolean attribut) {
    if (caracteres.length < fin - debut) {
      caracteres = new char[Math.max(fin - debut, caracteres.length * 2)];
    }
    char[] c = caracteres;
    int n = 0;
    int i = debut;
    while (i < fin) {
      int x = b[i] & 0xFF;
      if (x < 0x80) {
        if (x == '&' && entites) {
          i = entite(i, fin);
          n = ajouterPoint(c, n, point);
          continue;
        }
        c[n++] = attribut && (x == '\t' || x == '\n' || x == '\r') ? ' ' : (char) x;
        i++;
      } else if (x >= 0xC2 && x <= 0xDF && i + 1 < fin && suite(b[i + 1])) {
        c[n++] = (char) ((x & 0x1F) << 6 | (b[i + 1] & 0x3F));
        i += 2;
      } else if (x >= 0xE0 && x <= 0xEF && i + 2 < fin && suite(b[i + 1]) && suite(b[i + 2])) {
        int p = (x & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
        c[n++] = p < 0x800 || (p >= 0xD800 && p <= 0xDFFF) ? '\uFFFD' : (char) p;
        i += 3;
      } else if (x >= 0xF0 && x <= 0xF4 && i + 3 < fin && suite(b[i + 1]) && suite(b[i + 2]) && suite(b[i + 3])) {
        int p = (x & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
        n = ajouterPoint(c, n, p < 0x10000 || p > 0x10FFFF ? 0xFFFD : p);
        i += 4;
      } else {
        c[n++] = '\uFFFD'; // octet UTF-8 invalide
        i++;
      }
    }
    return n;
  }

  private static boolean suite(byte o) {
    return (o & 0xC0) == 0x80;
  }

  private static int ajouterPoint(char[] c, int n, int p) {
    if (p >= 0x10000) {
      c[n] = Character.highSurrogate(p);
      c[n + 1] = Character.lowSurrogate(p);
      return n + 2;
    }
    c[n] = (char) p;
    return n + 1;
  }

  /** Point de code de la dernière entité lue par {@link #entite}. */
  private int point;

  /** Lit l'entité qui commence en {@code i} ({@code &amp;}, {@code &#233;}…) ; rend l'indice qui la suit. */
  private int entite(int i, int fin) {
    int pv = -1;
    for (int k = i + 1; k < fin && k <= i + 12; k++) {
      if (b[k] == ';') {
        pv = k;
        break;
      }
    }
    if (pv < 0) {
      throw illisible();
    }
    String nom = new String(b, i + 1, pv - i - 1, StandardCharsets.US_ASCII);
    point = switch (nom) {
      case "lt" -> '<';
      case "gt" -> '>';
      case "amp" -> '&';
      case "quot" -> '"';
      case "apos" -> '\'';
      default -> reference(nom);
    };
    return pv + 1;
  }

  private int reference(String nom) {
    int p;
    try {
      if (nom.startsWith("#x")) {
        p = Integer.parseInt(nom.substring(2), 16);
      } else if (nom.startsWith("#")) {
        p = Integer.parseInt(nom.substring(1));
      } else {
        throw illisible(); // entité non déclarée (aucune ne peut l'être)
      }
    } catch (NumberFormatException e) {
      throw illisible();
    }
    boolean valide = p == 0x9 || p == 0xA || p == 0xD || (p >= 0x20 && p <= 0xD7FF) || (p >= 0xE000 && p <= 0xFFFD)
        || (p >= 0x10000 && p <= 0x10FFFF);
    if (!valide) {
      throw illisible();
    }
    return p;
  }

  private ArretLecture illisible() {
    return refus.arret(MotifArret.ILLISIBLE, 0);
  }
}
