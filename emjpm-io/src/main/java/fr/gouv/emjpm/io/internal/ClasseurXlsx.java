// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.jspecify.annotations.Nullable;

/**
 * Paquet d'un classeur .xlsx lu sans POI : archive ouverte par le JDK après le pré-vol ({@link
 * PreVolClasseur#verifierZip(ZipFile)}), types de contenu et relations résolus ici (partie principale,
 * feuilles dans l'ordre du classeur et leurs noms, chaînes partagées, styles), système de dates 1904,
 * formats de nombre des styles ({@code cellXfs} → {@code numFmtId} → format, mis en cache par style).
 *
 * <p>Chaque partie est lue en flux par {@link XmlFlux} (DTD refusée, jetons bornés, échéance) sur un flux
 * borné en octets réellement décompressés : les parties de description (types de contenu, relations,
 * classeur, styles) partagent un budget de {@value #DESCRIPTION_MAX} octets ; une feuille ou la table des
 * chaînes, {@link PreVolClasseur#ZIP_ENTREE_MAX} octets chacune. Seul un classeur xlsx ordinaire est lu :
 * un classeur à macros, un modèle, un complément ou un classeur binaire est refusé ({@link
 * MotifArret#TYPE_CLASSEUR_REFUSE}), un autre paquet OOXML aussi ({@link MotifArret#PAS_UN_CLASSEUR}).
 * Non thread-safe (un par lecture). Hors API.
 */
final class ClasseurXlsx {

  /** Octets décompressés au plus pour l'ensemble des parties de description. */
  static final long DESCRIPTION_MAX = 4L * 1024 * 1024;

  /** Espace de noms SpreadsheetML (transitionnel). */
  static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  /** Espace de noms SpreadsheetML (strict). */
  static final String NS_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  /** Type de contenu de la partie principale d'un classeur xlsx ordinaire (transitionnel ou strict). */
  static final String TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String TYPE_CHAINES =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

  private final ZipFile zip;
  private final LimitesLecture limites;
  private final Echeance echeance;
  private final Map<String, ZipEntry> entrees = new HashMap<>();
  private final Map<String, String> typesParExtension = new HashMap<>();
  private final Map<String, String> typesParPartie = new HashMap<>();
  private final FluxBorne.Budget description = new FluxBorne.Budget(DESCRIPTION_MAX);

  /** Relation d'une partie : type et partie cible (nom d'entrée, sans « / » initial). */
  private record Relation(String id, String type, String cible) {}

  /** Feuille du classeur : nom et partie. */
  private record Feuille(String nom, String partie) {}

  private ClasseurXlsx(ZipFile zip, LimitesLecture limites, Echeance echeance) {
    this.zip = zip;
    this.limites = limites;
    this.echeance = echeance;
  }

  /**
   * Lit le classeur : chaque feuille annoncée au récepteur, lue s'il la demande.
   *
   * @param fichier fichier .xlsx
   * @param limites limites de la lecture
   * @param echeance échéance de la lecture
   * @param recepteur récepteur borné des cellules
   * @throws IOException si l'archive ne peut pas être lue (fichier illisible)
   */
  static void lire(File fichier, LimitesLecture limites, Echeance echeance, RecepteurBorne recepteur)
      throws IOException {
    echeance.verifier();
    ZipFile zip;
    try {
      zip = new ZipFile(fichier);
    } catch (IOException e) {
      throw ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, Map.of());
    }
    try (zip) {
      Optional<PreVolClasseur.Anomalie> prevol = PreVolClasseur.verifierZip(zip);
      if (prevol.isPresent()) {
        throw ArretLecture.de(switch (prevol.get()) {
          case STRUCTURE -> CodeFichier.FICHIER_ZIP_STRUCTURE;
          case BOMBE -> CodeFichier.FICHIER_ZIP_BOMBE;
          default -> CodeFichier.FICHIER_ILLISIBLE;
        }, Map.of());
      }
      new ClasseurXlsx(zip, limites, echeance).lire(recepteur);
    }
  }

  private void lire(RecepteurBorne recepteur) throws IOException {
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry z = e.nextElement();
      entrees.putIfAbsent(z.getName().replace('\\', '/').toLowerCase(Locale.ROOT), z);
    }
    typesDeContenu();
    String principale = relations("").stream()
        .filter(r -> r.type().endsWith("/officeDocument"))
        .map(Relation::cible).findFirst()
        .orElseThrow(() -> arret(MotifArret.PAS_UN_CLASSEUR));
    verifierType(principale);
    List<Relation> relations = relations(principale);
    List<Feuille> feuilles = new ArrayList<>();
    boolean date1904 = classeur(principale, relations, feuilles);
    Styles styles = !recepteur.formats() ? null : relations.stream().filter(r -> r.type().endsWith("/styles"))
        .findFirst().map(r -> styles(r.cible())).orElse(null);
    ChainesPartagees chaines = null;
    for (int i = 0; i < feuilles.size(); i++) {
      Feuille f = feuilles.get(i);
      if (!recepteur.feuille(i, f.nom())) {
        continue;
      }
      if (chaines == null) {
        chaines = chaines(relations);
      }
      try (InputStream in = ouvrir(f.partie(), null)) {
        new FeuilleXlsx(new XmlFlux(in, echeance, LecteurClasseur.CODES), chaines, styles, date1904,
            limites, recepteur).lire();
      }
      if (!recepteur.finFeuille()) {
        return;
      }
    }
  }

  // ------------------------------------------------------------------ parties

  /** Entrée d'une partie (nom sans « / » initial, casse ignorée comme dans OPC), ou null. */
  private @Nullable ZipEntry entree(String partie) {
    return entrees.get(partie.toLowerCase(Locale.ROOT));
  }

  /**
   * Flux borné d'une partie : budget des parties de description ({@code budget} non nul) ou plafond
   * d'une partie lue en flux.
   */
  private InputStream ouvrir(String partie, FluxBorne.@Nullable Budget budget) throws IOException {
    ZipEntry e = entree(partie);
    if (e == null || e.isDirectory()) {
      throw arret(MotifArret.ILLISIBLE);
    }
    FluxBorne.Budget b = budget != null ? budget : new FluxBorne.Budget(PreVolClasseur.ZIP_ENTREE_MAX);
    return new FluxBorne(zip.getInputStream(e), b, echeance, LecteurClasseur.CODES);
  }

  private XmlFlux description(InputStream in) throws IOException {
    return new XmlFlux(in, echeance, LecteurClasseur.CODES);
  }

  /** {@code [Content_Types].xml} : types par extension ({@code Default}) et par partie ({@code Override}). */
  private void typesDeContenu() throws IOException {
    try (InputStream in = ouvrir("[Content_Types].xml", description)) {
      XmlFlux x = description(in);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev != XmlFlux.DEBUT) {
          continue;
        }
        int type = x.attribut("ContentType");
        if (x.nomLocal("Default") && type >= 0 && x.attribut("Extension") >= 0) {
          typesParExtension.put(x.valeur(x.attribut("Extension")).toLowerCase(Locale.ROOT), x.valeur(type));
        } else if (x.nomLocal("Override") && type >= 0 && x.attribut("PartName") >= 0) {
          typesParPartie.put(sansBarre(x.valeur(x.attribut("PartName"))).toLowerCase(Locale.ROOT), x.valeur(type));
        }
      }
    }
  }

  private String type(String partie) {
    String t = typesParPartie.get(partie.toLowerCase(Locale.ROOT));
    if (t != null) {
      return t;
    }
    int point = partie.lastIndexOf('.');
    String ext = point < 0 ? "" : partie.substring(point + 1).toLowerCase(Locale.ROOT);
    return typesParExtension.getOrDefault(ext, "");
  }

  /**
   * Refuse une partie principale qui n'est pas celle d'un classeur xlsx ordinaire : classeur à macros,
   * modèle, complément ou classeur binaire, ou paquet qui n'est pas un classeur.
   */
  private void verifierType(String principale) {
    String type = entree(principale) == null ? "" : type(principale);
    if (TYPE_XLSX.equals(type)) {
      return;
    }
    boolean classeur = type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.")
        || type.startsWith("application/vnd.ms-excel.");
    throw arret(classeur ? MotifArret.TYPE_CLASSEUR_REFUSE : MotifArret.PAS_UN_CLASSEUR);
  }

  /** Relations d'une partie ({@code ""} : le paquet), cibles résolues ; vide sans partie de relations. */
  private List<Relation> relations(String source) throws IOException {
    int barre = source.lastIndexOf('/');
    String dossier = source.substring(0, barre + 1);
    String rels = dossier + "_rels/" + source.substring(barre + 1) + ".rels";
    List<Relation> r = new ArrayList<>();
    if (entree(rels) == null) {
      return r;
    }
    try (InputStream in = ouvrir(rels, description)) {
      XmlFlux x = description(in);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev != XmlFlux.DEBUT || !x.nomLocal("Relationship")) {
          continue;
        }
        int id = x.attribut("Id");
        int type = x.attribut("Type");
        int cible = x.attribut("Target");
        int mode = x.attribut("TargetMode");
        if (id < 0 || type < 0 || cible < 0) {
          throw arret(MotifArret.ILLISIBLE);
        }
        if (mode >= 0 && x.valeurEgale(mode, "External")) {
          continue;
        }
        r.add(new Relation(x.valeur(id), x.valeur(type), resoudre(dossier, x.valeur(cible))));
      }
    }
    return r;
  }

  /** Partie visée par une cible de relation, relative au dossier de la source ou absolue. */
  private String resoudre(String dossier, String cible) {
    String c = cible.startsWith("/") ? cible.substring(1) : dossier + cible;
    Deque<String> segments = new ArrayDeque<>();
    for (String s : c.split("/", -1)) {
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          throw arret(MotifArret.ILLISIBLE);
        }
        segments.removeLast();
      } else if (!s.equals(".") && !s.isEmpty()) {
        segments.addLast(s);
      }
    }
    String partie = String.join("/", segments);
    if (entree(partie) == null && partie.indexOf('%') >= 0) {
      try {
        partie = URLDecoder.decode(partie.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw arret(MotifArret.ILLISIBLE);
      }
    }
    return partie;
  }

  /** {@code workbook.xml} : feuilles dans l'ordre (celles qui ont une relation de feuille) ; rend date1904. */
  private boolean classeur(String partie, List<Relation> relations, List<Feuille> feuilles) throws IOException {
    Map<String, String> parId = new HashMap<>();
    for (Relation r : relations) {
      if (r.type().endsWith("/worksheet") || r.type().endsWith("/chartsheet")) {
        parId.putIfAbsent(r.id(), r.cible());
      }
    }
    boolean date1904 = false;
    int annoncees = 0;
    try (InputStream in = ouvrir(partie, description)) {
      XmlFlux x = description(in);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev != XmlFlux.DEBUT || !espaceClasseur(x.espace())) {
          continue;
        }
        if (x.nomLocal("workbookPr")) {
          int a = x.attribut("date1904");
          String v = a < 0 ? "" : x.valeur(a).trim();
          date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
        } else if (x.nomLocal("sheet")) {
          if (++annoncees > limites.feuillesMax()) {
            throw ArretLecture.de(CodeFichier.FICHIER_ZIP_STRUCTURE, Map.of());
          }
          int nom = x.attribut("name");
          int id = x.attributPrefixe("id");
          String cible = id < 0 ? null : parId.get(x.valeur(id));
          if (cible != null) {
            feuilles.add(new Feuille(nom < 0 ? "" : x.valeur(nom), cible));
          }
        }
      }
    }
    return date1904;
  }

  static boolean espaceClasseur(String espace) {
    return NS.equals(espace) || NS_STRICT.equals(espace);
  }

  /** Table des chaînes partagées : par la relation du classeur, sinon la première partie de ce type. */
  private ChainesPartagees chaines(List<Relation> relations) throws IOException {
    String partie = relations.stream().filter(r -> r.type().endsWith("/sharedStrings")).map(Relation::cible)
        .filter(p -> entree(p) != null).findFirst()
        .orElseGet(() -> typesParPartie.entrySet().stream().filter(e -> TYPE_CHAINES.equals(e.getValue()))
            .map(Map.Entry::getKey).filter(p -> entree(p) != null).findFirst().orElse(null));
    if (partie == null) {
      return ChainesPartagees.vide();
    }
    try (InputStream in = ouvrir(partie, null)) {
      return ChainesPartagees.lire(in, limites.chainesMax(), limites.chaineMax(), limites.caracteresChainesMax(),
          echeance, LecteurClasseur.CODES);
    }
  }

  // ------------------------------------------------------------------ styles

  private @Nullable Styles styles(String partie) {
    if (entree(partie) == null) {
      return null;
    }
    Map<Integer, String> formats = new HashMap<>();
    int[] xfs = new int[16];
    int n = 0;
    try (InputStream in = ouvrir(partie, description)) {
      XmlFlux x = description(in);
      boolean dansCellXfs = false;
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev == XmlFlux.TEXTE || !espaceClasseur(x.espace())) {
          continue;
        }
        if (x.nomLocal("cellXfs")) {
          dansCellXfs = ev == XmlFlux.DEBUT;
        } else if (ev == XmlFlux.DEBUT && x.nomLocal("numFmt")) {
          int id = x.attribut("numFmtId");
          int code = x.attribut("formatCode");
          if (id >= 0 && code >= 0) {
            formats.put(Integer.parseInt(x.valeur(id).trim()), x.valeur(code));
          }
        } else if (ev == XmlFlux.DEBUT && dansCellXfs && x.profondeur() == 3 && x.nomLocal("xf")) {
          int id = x.attribut("numFmtId");
          if (n == xfs.length) {
            xfs = java.util.Arrays.copyOf(xfs, n * 2);
          }
          xfs[n++] = id < 0 ? 0 : Integer.parseInt(x.valeur(id).trim());
        }
      }
    } catch (IOException e) {
      throw arret(MotifArret.ILLISIBLE);
    } catch (NumberFormatException e) {
      throw arret(MotifArret.ILLISIBLE);
    }
    return new Styles(java.util.Arrays.copyOf(xfs, n), formats);
  }

  /** Formats de nombre des styles de cellule, résolus à la première cellule numérique de chaque style. */
  static final class Styles {
    private final int[] numFmtIds;
    private final Map<Integer, String> formats;
    private final @Nullable FormatCellule[] cache;

    Styles(int[] numFmtIds, Map<Integer, String> formats) {
      this.numFmtIds = numFmtIds;
      this.formats = formats;
      this.cache = new FormatCellule[numFmtIds.length];
    }

    /**
     * Format du style d'indice {@code indice} (-1 : la cellule n'en porte pas, style 0).
     *
     * @return format ; {@link FormatCellule#AUCUN} pour un style inexistant
     */
    FormatCellule format(int indice) {
      if (indice < 0 && numFmtIds.length == 0) {
        return FormatCellule.AUCUN;
      }
      int i = Math.max(indice, 0);
      if (i >= numFmtIds.length) {
        return FormatCellule.AUCUN; // style inexistant : jamais mis en cache
      }
      FormatCellule f = cache[i];
      if (f == null) {
        int id = numFmtIds[i];
        String chaine = formats.get(id);
        f = FormatsNumeriques.format(id, chaine != null ? chaine : BuiltinFormats.getBuiltinFormat(id));
        cache[i] = f;
      }
      return f;
    }
  }

  private static String sansBarre(String partie) {
    return partie.startsWith("/") ? partie.substring(1) : partie;
  }

  private static ArretLecture arret(MotifArret motif) {
    return LecteurClasseur.CODES.arret(motif, 0);
  }
}
