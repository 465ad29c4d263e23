// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.CelluleExcel;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Import d'un classeur DGCS d'enquête (.xls ou .xlsx, format reconnu par le contenu) en patch de
 * réponse (enquete.md §8).
 *
 * <p>Protections : taille plafonnée avant toute analyse ({@link #TAILLE_MAX}), limites globales de
 * {@link ZipSecureFile} vérifiées sans être modifiées (refus si l'hôte les a relâchées), toute
 * exception de POI convertie en violation typée. Chaque cellule illisible ou libellé inconnu donne un
 * AVERTISSEMENT portant l'adresse {@code Feuille!C7}, jamais le contenu de la cellule.
 */
public final class EnqueteExcelReader {

  /** Taille maximale d'un classeur accepté (10 Mio). */
  public static final long TAILLE_MAX = 10L * 1024 * 1024;

  /** Rapport compressé/décompressé minimal exigé de l'hôte (défaut POI). */
  static final double RATIO_MIN = 0.01;

  /** Nombre maximal d'entrées zip exigé de l'hôte (défaut POI). */
  static final long ENTREES_MAX = 1000;

  private static final Pattern NOMBRE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Map<String, String> ALIAS =
      Map.of(
          // §12.2 : libellé du classeur (« GC ») différent de celui de l'application (« CG »).
          "Organisme privé à but non lucratif (dont GC privés)", "organisme_prive_non_lucratif",
          // §12.3 : « 5 » du classeur rattaché à « 5+ » (seul code disponible).
          "5", "5+",
          "Une personne(s) physique(s)", "personne-physique");

  private final CatalogueEnquete catalogue;

  private EnqueteExcelReader(CatalogueEnquete catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Lit un fichier (sa taille est vérifiée avant lecture).
   *
   * @param fichier fichier
   * @param type type
   * @param annee annee
   * @return lit un fichier (sa taille est vérifiée avant lecture)
   */
  public static Resultat<ImportEnquete> lire(Path fichier, TypeEnquete type, int annee) {
    try {
      if (Files.size(fichier) > TAILLE_MAX) {
        return trop();
      }
    } catch (IOException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, ""));
    }
    return new EnqueteExcelReader(CatalogueEnquete.standard()).analyser(fichier.toFile(), type, annee);
  }

  /**
   * Lit un flux (le flux n'est pas fermé) : copié d'abord dans un fichier temporaire privé (droits du
   * seul propriétaire, supprimé à la fin) avec un plafond de {@link #TAILLE_MAX} octets, puis ouvert
   * comme fichier (R-POI-3).
   *
   * @param flux flux
   * @param type type
   * @param annee annee
   * @return lit un flux (le flux n'est pas fermé) : copié d'abord dans un fichier temporaire privé (droits du seul propriétaire, supprimé à la fin) avec un plafond de {@link #TAILLE_MAX} octets, puis ouvert comme fichier (R-POI-3)
   */
  public static Resultat<ImportEnquete> lire(InputStream flux, TypeEnquete type, int annee) {
    return lire(flux, type, annee, null);
  }

  /** Comme {@link #lire(InputStream, TypeEnquete, int)}, le fichier temporaire dans {@code dossier} (tests). */
  static Resultat<ImportEnquete> lire(InputStream flux, TypeEnquete type, int annee, @Nullable Path dossier) {
    Objects.requireNonNull(flux, "flux");
    Objects.requireNonNull(type, "type");
    Path temporaire = null;
    try {
      temporaire = dossier == null
          ? Files.createTempFile("emjpm-enquete-", ".tmp")
          : Files.createTempFile(dossier, "emjpm-enquete-", ".tmp");
      if (!copierBorne(flux, temporaire)) {
        return trop();
      }
      return new EnqueteExcelReader(CatalogueEnquete.standard()).analyser(temporaire.toFile(), type, annee);
    } catch (IOException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, ""));
    } finally {
      if (temporaire != null) {
        try {
          Files.deleteIfExists(temporaire);
        } catch (IOException e) {
          temporaire.toFile().deleteOnExit();
        }
      }
    }
  }

  /**
   * Durcit les limites globales de POI pour tout l'hôte (à appeler au démarrage si souhaité) ; ne
   * relâche jamais une limite déjà plus stricte.
   */
  public static void appliquerLimitesPoiRecommandees() {
    if (ZipSecureFile.getMinInflateRatio() < RATIO_MIN) {
      ZipSecureFile.setMinInflateRatio(RATIO_MIN);
    }
    if (ZipSecureFile.getMaxEntrySize() > 64L * 1024 * 1024) {
      ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }
    if (ZipSecureFile.getMaxFileCount() > ENTREES_MAX) {
      ZipSecureFile.setMaxFileCount(ENTREES_MAX);
    }
    if (RecordFactory.getMaxNumberOfRecords() > PreVolClasseur.BIFF_ENREGISTREMENTS_MAX) {
      RecordFactory.setMaxNumberOfRecords(PreVolClasseur.BIFF_ENREGISTREMENTS_MAX);
    }
  }

  private static Resultat<ImportEnquete> trop() {
    return Resultat.echec(
        Violation.de(CodeImportEnquete.ENQUETE_FICHIER_TROP_GROS, "", Map.of("max", TAILLE_MAX)));
  }

  /** Copie au plus {@link #TAILLE_MAX} octets ; faux si le flux est plus long. */
  private static boolean copierBorne(InputStream in, Path cible) throws IOException {
    try (OutputStream out = Files.newOutputStream(cible)) {
      byte[] tampon = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(tampon)) >= 0) {
        total += n;
        if (total > TAILLE_MAX) {
          return false;
        }
        out.write(tampon, 0, n);
      }
      return true;
    }
  }

  private Resultat<ImportEnquete> analyser(File fichier, TypeEnquete type, int annee) {
    FileMagic magie;
    try {
      magie = FileMagic.valueOf(fichier);
    } catch (IOException | RuntimeException e) {
      magie = FileMagic.UNKNOWN;
    }
    if (magie != FileMagic.OLE2 && magie != FileMagic.OOXML) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FORMAT_NON_SUPPORTE, ""));
    }
    try {
      return magie == FileMagic.OOXML ? analyserXlsx(fichier, type, annee) : analyserXls(fichier, type, annee);
    } catch (EncryptedDocumentException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_CHIFFRE, ""));
    } catch (OldExcelFormatException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FORMAT_NON_SUPPORTE, ""));
    } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) { // codec absent (zstd…), voir LecteurTableau
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, ""));
    }
  }

  private Resultat<ImportEnquete> analyserXlsx(File fichier, TypeEnquete type, int annee) throws IOException {
    if (ZipSecureFile.getMinInflateRatio() < RATIO_MIN) {
      return configDangereuse("ratio de compression");
    }
    if (ZipSecureFile.getMaxFileCount() > ENTREES_MAX) {
      return configDangereuse("nombre d'entrées");
    }
    Optional<PreVolClasseur.Anomalie> prevol = PreVolClasseur.verifierZip(fichier);
    if (prevol.isPresent()) {
      return Resultat.echec(List.of(violation(prevol.get())));
    }
    OPCPackage paquet;
    try {
      paquet = OPCPackage.open(fichier, PackageAccess.READ);
    } catch (InvalidFormatException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, ""));
    }
    try {
      return lireClasseur(ClasseurXlsxFlux.lire(paquet, (i, nom) -> CartographieClasseur.estLue(type, i, nom)), type, annee);
    } catch (ClasseurXlsxFlux.HorsLimites h) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_CLASSEUR_HORS_LIMITES, "",
          Map.of("limite", h.limite, "max", h.max)));
    } catch (OpenXML4JException | SAXException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, ""));
    } finally {
      paquet.revert(); // lecture seule : ne jamais réécrire le fichier
    }
  }

  private Resultat<ImportEnquete> analyserXls(File fichier, TypeEnquete type, int annee) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(fichier, true)) {
      DirectoryNode racine = fs.getRoot();
      if (racine.hasEntryCaseInsensitive("EncryptedPackage")) {
        return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FICHIER_CHIFFRE, ""));
      }
      Optional<PreVolClasseur.Anomalie> prevol = PreVolClasseur.verifierBiff(racine);
      if (prevol.isPresent()) {
        return Resultat.echec(List.of(violation(prevol.get())));
      }
      try (HSSFWorkbook classeur = new HSSFWorkbook(racine, true)) {
        return lireClasseur(ClasseurLu.de(classeur), type, annee);
      }
    }
  }

  /** Traduit une anomalie du pré-vol en violation de l'import d'enquête. */
  private static Violation violation(PreVolClasseur.Anomalie anomalie) {
    return switch (anomalie) {
      case STRUCTURE -> Violation.de(CodeImportEnquete.ENQUETE_ZIP_STRUCTURE, "", java.util.Map.of("detail", "structure"));
      case BOMBE -> Violation.de(CodeImportEnquete.ENQUETE_ZIP_BOMBE, "",
          java.util.Map.of("max", PreVolClasseur.ZIP_ENTREE_MAX, "total", PreVolClasseur.ZIP_TOTAL_MAX));
      case TROP_D_ENREGISTREMENTS -> Violation.de(CodeImportEnquete.ENQUETE_TROP_D_ENREGISTREMENTS, "",
          java.util.Map.of("max", PreVolClasseur.BIFF_ENREGISTREMENTS_MAX));
      case ILLISIBLE -> Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, "");
    };
  }

  private static Resultat<ImportEnquete> configDangereuse(String limite) {
    return Resultat.echec(
        Violation.de(CodeImportEnquete.ENQUETE_CONFIG_POI_DANGEREUSE, "", Map.of("limite", limite)));
  }

  private Resultat<ImportEnquete> lireClasseur(ClasseurLu classeur, TypeEnquete type, int annee) {
    CartographieClasseur carte = new CartographieClasseur(classeur, type);
    List<Violation> manquantes = carte.verifierFeuilles();
    if (!manquantes.isEmpty()) {
      return Resultat.echec(manquantes);
    }
    List<Violation> avertissements = new ArrayList<>();
    Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
    for (ChampEnquete champ : catalogue.champs(type)) {
      if (champ.excel().isEmpty()) {
        continue;
      }
      Optional<ValeurReponse> v = lireChamp(carte, champ, champ.excel().get(), avertissements);
      if (v.isPresent()) {
        Map<String, Object> table = tables.computeIfAbsent(champ.table(), t -> new LinkedHashMap<>());
        placer(table, champ.cle().split("\\."), 0, v.get());
      }
    }
    Map<String, Map<String, ValeurReponse>> valeurs = new LinkedHashMap<>();
    tables.forEach((t, m) -> valeurs.put(t, versValeurs(m)));
    ReponseEnquete patch = new ReponseEnquete(type, valeurs);
    return Resultat.succes(
        new ImportEnquete(patch, MoteurStatutEnquete.standard().statut(patch), avertissements),
        avertissements);
  }

  @SuppressWarnings("unchecked")
  private static void placer(Map<String, Object> m, String[] chemin, int i, ValeurReponse v) {
    if (i == chemin.length - 1) {
      m.put(chemin[i], v);
    } else {
      placer((Map<String, Object>) m.computeIfAbsent(chemin[i], k -> new LinkedHashMap<String, Object>()), chemin, i + 1, v);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ValeurReponse> versValeurs(Map<String, Object> m) {
    Map<String, ValeurReponse> r = new LinkedHashMap<>();
    m.forEach(
        (k, o) -> r.put(k, o instanceof ValeurReponse v ? v : new ValeurReponse.Bloc(versValeurs((Map<String, Object>) o))));
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Champs

  private Optional<ValeurReponse> lireChamp(
      CartographieClasseur carte, ChampEnquete champ, CelluleExcel excel, List<Violation> av) {
    FeuilleLue feuille = carte.feuille(excel.feuille()).orElse(null);
    if (feuille == null) {
      return Optional.empty();
    }
    String cellule = excel.cellule();
    if (champ.type() == TypeChamp.GROUPE_REPETE) {
      return lireListe(carte, feuille, champ, cellule, av);
    }
    if (cellule.contains("/")) {
      return choixParUn(feuille, champ, cellule.split("/"));
    }
    if (cellule.contains(":")) {
      List<CellReference> plage = plage(cellule);
      if (champ.cle().equals("niveau_qualification")) {
        for (int i = 0; i < plage.size(); i++) {
          if (!(feuille.brut(plage.get(i)) instanceof Brut.Vide)) {
            return Optional.of(ValeurReponse.entier(i + 1));
          }
        }
        return Optional.empty();
      }
      return choixParUn(feuille, champ, plage.stream().map(r -> r.formatAsString(false)).toArray(String[]::new));
    }
    if (champ.cle().equals("actions_information_tuteurs_familiaux")) {
      return Optional.of(ValeurReponse.ouiNon(estUn(feuille.brut(new CellReference(cellule)))));
    }
    if (champ.cle().equals("nb_structures_concernees")
        && !estUn(feuille.brut(new CellReference("C17")))) {
      return Optional.empty();
    }
    CellReference ref = carte.adresse(champ, excel, cellule, av);
    return convertir(conversion(excel), champ, feuille.brut(ref), adresse(feuille, ref), av);
  }

  private Optional<ValeurReponse> lireListe(
      CartographieClasseur carte, FeuilleLue feuille, ChampEnquete champ, String cellule, List<Violation> av) {
    List<CellReference> bornes = plage(cellule.replace("{row}", ""));
    int premiere = new CellReference(cellule.split(":")[0]).getRow();
    int derniere = new CellReference(cellule.split(":")[1]).getRow();
    List<ValeurReponse.Bloc> elements = new ArrayList<>();
    for (int r = premiere; r <= derniere; r++) {
      Map<String, ValeurReponse> membres = new LinkedHashMap<>();
      boolean nonVide = false;
      for (ChampEnquete sous : champ.champsElement()) {
        CelluleExcel e = sous.excel().orElseThrow();
        CellReference ref = new CellReference(e.cellule().replace("{row}", Integer.toString(r + 1)));
        Brut b = feuille.brut(ref);
        nonVide |= !(b instanceof Brut.Vide);
        convertir(conversion(e), sous, b, adresse(feuille, ref), av).ifPresent(v -> membres.put(sous.cle(), v));
      }
      if (nonVide) {
        elements.add(new ValeurReponse.Bloc(membres));
      }
    }
    // Écart §12.12 : liste stockée comme vraie liste ; aucune ligne → la liste stockée est gardée.
    return elements.isEmpty() || bornes.isEmpty() ? Optional.empty() : Optional.of(new ValeurReponse.Liste(elements));
  }

  private static Optional<ValeurReponse> choixParUn(FeuilleLue feuille, ChampEnquete champ, String[] cellules) {
    for (int i = 0; i < cellules.length && i < champ.valeurs().size(); i++) {
      if (estUn(feuille.brut(new CellReference(cellules[i])))) {
        return Optional.of(ValeurReponse.texte(champ.valeurs().get(i).code()));
      }
    }
    return Optional.empty();
  }

  private static boolean estUn(Brut b) {
    return b instanceof Brut.Nombre n && n.valeur() == 1.0;
  }

  private static List<CellReference> plage(String cellule) {
    String[] p = cellule.split(":");
    CellReference a = new CellReference(p[0]);
    CellReference b = new CellReference(p[1]);
    List<CellReference> r = new ArrayList<>();
    for (int row = a.getRow(); row <= b.getRow(); row++) {
      for (int col = a.getCol(); col <= b.getCol(); col++) {
        r.add(new CellReference(row, col));
      }
    }
    return r;
  }

  static String conversion(CelluleExcel excel) {
    return excel.conversion().split("[ ;(]")[0];
  }

  static String adresse(FeuilleLue feuille, CellReference ref) {
    return feuille.nom() + "!" + ref.formatAsString(false);
  }

  // ---------------------------------------------------------------------------------------------
  // Convertisseurs (§8.3)

  private Optional<ValeurReponse> convertir(
      String conversion, ChampEnquete champ, Brut brut, String adresse, List<Violation> av) {
    if (brut instanceof Brut.Vide) {
      return Optional.empty();
    }
    if (brut instanceof Brut.Erreur) {
      av.add(avert(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, champ, adresse));
      return Optional.empty();
    }
    switch (conversion) {
      case "integer", "integer_gt0" -> {
        Optional<BigDecimal> n = nombre(brut);
        if (n.isEmpty()) {
          av.add(avert(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, champ, adresse));
          return Optional.empty();
        }
        BigDecimal tronque = n.get().setScale(0, RoundingMode.DOWN);
        if (tronque.compareTo(n.get()) != 0) {
          av.add(avert(CodeImportEnquete.ENQUETE_VALEUR_TRONQUEE, champ, adresse));
        }
        if (conversion.equals("integer_gt0") && tronque.signum() <= 0) {
          if (tronque.signum() < 0) {
            av.add(avert(CodeImportEnquete.ENQUETE_VALEUR_IGNOREE, champ, adresse));
          }
          return Optional.empty();
        }
        return Optional.of(ValeurReponse.entier(tronque.longValue()));
      }
      case "decimal", "decimal_gt0" -> {
        Optional<BigDecimal> n = nombre(brut);
        if (n.isEmpty()) {
          av.add(avert(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, champ, adresse));
          return Optional.empty();
        }
        if (conversion.equals("decimal_gt0") && n.get().signum() <= 0) {
          if (n.get().signum() < 0) {
            av.add(avert(CodeImportEnquete.ENQUETE_VALEUR_IGNOREE, champ, adresse));
          }
          return Optional.empty();
        }
        return Optional.of(ValeurReponse.decimal(normaliser(n.get())));
      }
      case "oui_non" -> {
        String t = texte(brut).trim().toLowerCase(Locale.ROOT);
        if (t.equals("oui") || t.equals("non")) {
          return Optional.of(ValeurReponse.ouiNon(t.equals("oui")));
        }
        av.add(avert(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, champ, adresse));
        return Optional.empty();
      }
      case "text" -> {
        String t = texte(brut).trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(ValeurReponse.texte(t));
      }
      case "label_to_code" -> {
        String t = texte(brut).trim();
        if (t.isEmpty()) {
          return Optional.empty();
        }
        Optional<String> code = champ.codeDuLibelle(t);
        if (code.isEmpty() && ALIAS.containsKey(t)) {
          code = Optional.of(ALIAS.get(t)).filter(c -> champ.libelleDuCode(c).isPresent());
        }
        if (code.isEmpty()) {
          code =
              champ.valeurs().stream()
                  .filter(v -> v.libelle().trim().equalsIgnoreCase(t))
                  .map(v -> v.code())
                  .findFirst();
        }
        if (code.isEmpty()) {
          av.add(avert(CodeImportEnquete.ENQUETE_LIBELLE_INCONNU, champ, adresse));
        }
        return code.map(ValeurReponse::texte);
      }
      default -> {
        av.add(avert(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, champ, adresse));
        return Optional.empty();
      }
    }
  }

  static BigDecimal normaliser(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static Violation avert(CodeImportEnquete code, ChampEnquete champ, String adresse) {
    return Violation.de(code, adresse, Map.of("cellule", adresse, "champ", champ.cle()));
  }

  private static Optional<BigDecimal> nombre(Brut b) {
    if (b instanceof Brut.Nombre n) {
      return Double.isFinite(n.valeur()) ? Optional.of(BigDecimal.valueOf(n.valeur())) : Optional.empty();
    }
    if (b instanceof Brut.Texte t) {
      String s = t.valeur().replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replaceFirst(",", ".");
      if (s.length() <= 40 && NOMBRE.matcher(s).matches()) {
        return Optional.of(new BigDecimal(s));
      }
    }
    return Optional.empty();
  }

  private static String texte(Brut b) {
    if (b instanceof Brut.Texte t) {
      return t.valeur();
    }
    if (b instanceof Brut.Nombre n) {
      BigDecimal d = normaliser(BigDecimal.valueOf(n.valeur()));
      return d.toPlainString();
    }
    return "";
  }
}
