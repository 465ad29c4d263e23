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
import fr.gouv.emjpm.rules.enquete.SectionEnquete;
import fr.gouv.emjpm.rules.enquete.SousSectionEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.GardePoi;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Import d'un classeur DGCS d'enquête (.xls ou .xlsx, format reconnu par le contenu) en patch de
 * réponse.
 *
 * <p>Protections : le classeur est lu par le lecteur durci de tableurs du module, le même que pour
 * l'import des mesures (taille plafonnée avant toute analyse, {@link #TAILLE_MAX} ; limites globales
 * d'Apache POI de l'hôte vérifiées sans être modifiées ; pré-vol du répertoire central d'un .xlsx et
 * des enregistrements d'un .xls ; octets réellement décompressés, chaînes partagées et jetons XML bornés ;
 * DTD refusée ; échéance de 30 s). Chaque refus de fichier porte un code {@code CodeFichier}
 * ({@code FICHIER_*}), sans contenu du fichier. Chaque cellule illisible, libellé inconnu, valeur sous le
 * minimum ou cellule non prise en compte (radio autre que 0 ou 1, second choix, C19 sans C17 = 1…) donne
 * un AVERTISSEMENT portant l'adresse {@code Feuille!C7}, jamais le contenu de la cellule.
 *
 * <p>Localisation : les feuilles sont trouvées par leur nom (préfixe sans accents, casse ni espaces) et
 * vérifiées par les libellés du vrai classeur modèle embarqué ; chaque cellule est lue sur la ligne qui
 * porte ses libellés, de sorte que des lignes insérées ou supprimées sont suivies ; une feuille non
 * reconnue ou une cellule qui ne peut être située sûrement fait refuser le classeur (violation qui nomme
 * la feuille et le libellé attendu), jamais lire à une autre position. Un nombre trouvé hors de toute
 * cellule du modèle est signalé ({@code ENQUETE_VALEUR_HORS_CHAMP}).
 */
public final class EnqueteExcelReader {

  /** Taille maximale d'un classeur accepté (10 Mio). */
  public static final long TAILLE_MAX = ClasseurRecu.TAILLE_MAX;

  /** Durée maximale de lecture d'un classeur (échéance coopérative). */
  static final Duration DELAI = Duration.ofSeconds(30);

  private static final Pattern NOMBRE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  /** Plus grand entier stockable (64 bits) : au-delà, la valeur serait repliée, elle est refusée. */
  private static final BigDecimal ENTIER_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /** N° FINESS : 9 caractères, code de département (01–95, 2A, 2B, 97, 98) puis 7 chiffres. */
  private static final Pattern FINESS = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|9[78])[0-9]{7}");
  private static final String FINESS_CLE = "finess";
  private static final Map<String, String> ALIAS =
      Map.of(
          // libellé du classeur (« GC ») différent de celui de l'application (« CG »).
          "Organisme privé à but non lucratif (dont GC privés)", "organisme_prive_non_lucratif",
          // « 5 » du classeur rattaché à « 5+ » (seul code disponible).
          "5", "5+",
          "Une personne(s) physique(s)", "personne-physique");

  private static final String NIVEAU_QUALIFICATION = "niveau_qualification";
  private static final String ACTIONS_TUTEURS = "actions_information_tuteurs_familiaux";
  private static final String NB_STRUCTURES = "nb_structures_concernees";

  private final CatalogueEnquete catalogue;
  private final Duration delai;

  private EnqueteExcelReader(CatalogueEnquete catalogue, Duration delai) {
    this.catalogue = catalogue;
    this.delai = delai;
  }

  /**
   * Lit un fichier (sa taille est vérifiée avant lecture).
   *
   * @param fichier chemin du classeur .xls ou .xlsx (format reconnu par le contenu)
   * @param type type d'enquête, qui choisit les feuilles et les cellules lues
   * @param annee année de la campagne ; sans effet sur la lecture (le modèle reste celui de 2019)
   * @return le patch et ses avertissements, ou l'échec typé (fichier trop gros, illisible, chiffré,
   *     feuille manquante…)
   */
  public static Resultat<ImportEnquete> lire(Path fichier, TypeEnquete type, int annee) {
    return new EnqueteExcelReader(CatalogueEnquete.standard(), DELAI).analyser(fichier, type, annee);
  }

  /**
   * Lit un flux (le flux n'est pas fermé) : copié d'abord dans un fichier temporaire privé (droits du
   * seul propriétaire, supprimé à la fin) avec un plafond de {@link #TAILLE_MAX} octets, puis ouvert
   * comme fichier.
   *
   * @param flux flux du classeur, non nul ; il n'est pas fermé
   * @param type type d'enquête, qui choisit les feuilles et les cellules lues
   * @param annee année de la campagne ; sans effet sur la lecture (le modèle reste celui de 2019)
   * @return le patch et ses avertissements, ou l'échec typé (fichier trop gros, illisible, chiffré,
   *     feuille manquante…)
   */
  public static Resultat<ImportEnquete> lire(InputStream flux, TypeEnquete type, int annee) {
    return lire(flux, type, annee, null);
  }

  /** Comme {@link #lire(InputStream, TypeEnquete, int)}, le fichier temporaire dans {@code dossier} (tests). */
  static Resultat<ImportEnquete> lire(InputStream flux, TypeEnquete type, int annee, @Nullable Path dossier) {
    return lire(flux, type, annee, dossier, DELAI);
  }

  /** Comme {@link #lire(InputStream, TypeEnquete, int, Path)}, avec un autre délai de lecture (tests). */
  static Resultat<ImportEnquete> lire(
      InputStream flux, TypeEnquete type, int annee, @Nullable Path dossier, Duration delai) {
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
      return new EnqueteExcelReader(CatalogueEnquete.standard(), delai).analyser(temporaire, type, annee);
    } catch (IOException e) {
      return illisible();
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
    if (ZipSecureFile.getMinInflateRatio() < GardePoi.RATIO_MIN) {
      ZipSecureFile.setMinInflateRatio(GardePoi.RATIO_MIN);
    }
    if (ZipSecureFile.getMaxEntrySize() > PreVolClasseur.ZIP_ENTREE_MAX) {
      ZipSecureFile.setMaxEntrySize(PreVolClasseur.ZIP_ENTREE_MAX);
    }
    if (ZipSecureFile.getMaxFileCount() > GardePoi.ENTREES_MAX) {
      ZipSecureFile.setMaxFileCount(GardePoi.ENTREES_MAX);
    }
    if (RecordFactory.getMaxNumberOfRecords() > PreVolClasseur.BIFF_ENREGISTREMENTS_MAX) {
      RecordFactory.setMaxNumberOfRecords(PreVolClasseur.BIFF_ENREGISTREMENTS_MAX);
    }
  }

  private static Resultat<ImportEnquete> trop() {
    return Resultat.echec(Violation.de(CodeFichier.FICHIER_TROP_VOLUMINEUX, "", Map.of("max", TAILLE_MAX)));
  }

  private static Resultat<ImportEnquete> illisible() {
    return Resultat.echec(Violation.de(CodeFichier.FICHIER_ILLISIBLE, ""));
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

  /**
   * Taille, puis format (reconnu une fois par le contenu : .xlsx ou .xls, tout autre contenu refusé par
   * {@code ENQUETE_FORMAT_NON_SUPPORTE}, un classeur OpenDocument compris), puis lecture des cellules utiles
   * par le lecteur durci, puis localisation et conversion des champs.
   */
  private Resultat<ImportEnquete> analyser(Path fichier, TypeEnquete type, int annee) {
    ClasseurRecu classeur = new ClasseurRecu(type);
    try {
      if (Files.size(fichier) > TAILLE_MAX) {
        return trop();
      }
      FormatFichier format = FormatFichier.detecter(fichier);
      if (format != FormatFichier.XLSX && format != FormatFichier.XLS) {
        return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_FORMAT_NON_SUPPORTE, ""));
      }
      Optional<Violation> arret = LecteurClasseur.lire(fichier, format, ClasseurRecu.limites(format, delai), classeur);
      if (arret.isPresent()) {
        return Resultat.echec(arret.get());
      }
    } catch (IOException e) {
      return illisible();
    }
    try {
      return lireClasseur(classeur, type, annee);
    } catch (RuntimeException | StackOverflowError e) { // message jamais recopié
      return illisible();
    }
  }

  private Resultat<ImportEnquete> lireClasseur(ClasseurLu classeur, TypeEnquete type, int annee) {
    GabaritClasseur gabarit = GabaritClasseur.de(type);
    List<Violation> bloquantes = new ArrayList<>();
    List<Violation> avertissements = new ArrayList<>();
    Map<String, FeuilleSituee> feuilles =
        LocalisationClasseur.resoudre(classeur, type, gabarit, bloquantes, avertissements);
    if (!bloquantes.isEmpty()) {
      return Resultat.echec(bloquantes);
    }
    Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
    for (ChampEnquete champ : catalogue.champs(type)) {
      if (champ.excel().isEmpty()) {
        continue;
      }
      FeuilleSituee feuille = feuilles.get(champ.excel().get().feuille());
      if (feuille == null) {
        continue;
      }
      Optional<ValeurReponse> v = lireChamp(feuille, gabarit, champ, champ.excel().get(), avertissements);
      if (v.isPresent()) {
        Map<String, Object> table = tables.computeIfAbsent(champ.table(), t -> new LinkedHashMap<>());
        placer(table, champ.cle().split("\\."), 0, v.get());
      }
    }
    for (FeuilleSituee f : feuilles.values()) {
      bloquantes.addAll(f.bloquantes());
      avertissements.addAll(f.avertissements());
    }
    if (!bloquantes.isEmpty()) {
      return Resultat.echec(bloquantes);
    }
    LocalisationClasseur.signalerHorsChamp(feuilles.values(), avertissements);
    completerBlocs(tables, type);
    Map<String, Map<String, ValeurReponse>> valeurs = new LinkedHashMap<>();
    tables.forEach((t, m) -> valeurs.put(t, versValeurs(m)));
    ReponseEnquete patch = new ReponseEnquete(type, valeurs);
    return Resultat.succes(
        new ImportEnquete(patch, MoteurStatutEnquete.standard().statut(patch), avertissements),
        avertissements);
  }

  /**
   * Bloc JSON d'une étape lue : dès qu'une clé de l'étape est lue dans le classeur, chacun
   * de ses blocs figure dans le patch, vide si aucune de ses cellules n'est remplie (comme l'original,
   * qui réécrit toujours ses blocs). Ainsi une étape valide reste valide après export puis import, et
   * un classeur vierge ne crée aucun bloc. Un bloc seul et vide dans son étape n'est pas porté par le
   * classeur (aucune cellule ne le distingue d'une étape non répondue).
   */
  private void completerBlocs(Map<String, Map<String, Object>> tables, TypeEnquete type) {
    for (SectionEnquete section : catalogue.sections(type)) {
      for (SousSectionEnquete ss : section.sousSections()) {
        boolean lue = ss.champs().stream()
            .anyMatch(c -> c.excel().isPresent() && tables.getOrDefault(c.table(), Map.of()).containsKey(c.colonne()));
        if (!lue) {
          continue;
        }
        for (ChampEnquete c : ss.champs()) {
          if (c.estDansBloc() && c.excel().isPresent()) {
            tables.computeIfAbsent(c.table(), t -> new LinkedHashMap<>()).putIfAbsent(c.colonne(), new LinkedHashMap<String, Object>());
          }
        }
      }
    }
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
      FeuilleSituee feuille, GabaritClasseur gabarit, ChampEnquete champ, CelluleExcel excel, List<Violation> av) {
    String cellule = excel.cellule();
    if (champ.type() == TypeChamp.GROUPE_REPETE) {
      return lireListe(feuille, champ, excel, av);
    }
    if (CartographieClasseur.estChoix(champ)) {
      List<CellReference> cellules = CartographieClasseur.cellulesDuChoix(excel);
      return champ.cle().equals(NIVEAU_QUALIFICATION)
          ? premiereNonVide(feuille, champ, cellules, av)
          : choixParUn(feuille, champ, cellules, av);
    }
    if (champ.cle().equals(ACTIONS_TUTEURS)) {
      return unCommeVrai(feuille, champ, new CellReference(cellule), av);
    }
    if (champ.cle().equals(NB_STRUCTURES) && !cooperation(feuille, champ, new CellReference(cellule), av)) {
      return Optional.empty();
    }
    CellReference catalogue = new CellReference(cellule);
    CellReference ref = new CellReference(gabarit.ligneModele(champ, catalogue), catalogue.getCol());
    return convertir(conversion(excel), champ, feuille.brut(ref), adresse(feuille, ref), av);
  }

  /**
   * Liste des établissements : toutes les lignes remplies entre l'en-tête de la grille et le libellé
   * qui la suit dans le modèle (lignes insérées comprises, au-delà des 20 lignes du modèle), un élément
   * par ligne dont une cellule au moins est non vide (0 compris) ; un nombre de lignes différent du
   * nombre déclaré (B22) est signalé. Sans aucune ligne, B22 = 0 donne la liste vide (écrite ainsi par
   * l'export), B22 vide laisse la liste stockée (clé absente du patch), autre chose dans B22 est signalé.
   */
  private Optional<ValeurReponse> lireListe(
      FeuilleSituee feuille, ChampEnquete champ, CelluleExcel excel, List<Violation> av) {
    List<Integer> lignesModele = CartographieClasseur.lignesListe(excel);
    int premiere = lignesModele.get(0);
    int derniere = lignesModele.get(lignesModele.size() - 1);
    int[] zone = feuille.zoneGrille(premiere, derniere);
    List<ValeurReponse.Bloc> elements = new ArrayList<>();
    for (int r = zone[0]; r < zone[1]; r++) {
      Map<String, ValeurReponse> membres = new LinkedHashMap<>();
      boolean nonVide = false;
      for (ChampEnquete sous : champ.champsElement()) {
        CellReference ref = CartographieClasseur.celluleElement(sous, premiere);
        CellReference reelle = new CellReference(r, ref.getCol());
        Brut b = feuille.brutReel(reelle);
        nonVide |= !(b instanceof Brut.Vide);
        convertir(conversion(sous.excel().orElseThrow()), sous, b, feuille.nom() + "!" + reelle.formatAsString(false), av)
            .ifPresent(v -> membres.put(sous.cle(), v));
      }
      if (nonVide) {
        elements.add(new ValeurReponse.Bloc(membres));
      }
    }
    CellReference nombre = new CellReference(CartographieClasseur.CELLULE_NOMBRE_ETABLISSEMENTS);
    Brut b = feuille.brut(nombre);
    Optional<BigDecimal> declare = nombre(b);
    if (!elements.isEmpty()) {
      if (declare.isPresent() && declare.get().compareTo(BigDecimal.valueOf(elements.size())) != 0) {
        String ou = adresse(feuille, nombre);
        av.add(Violation.de(CodeImportEnquete.ENQUETE_ETABLISSEMENTS_NOMBRE_DIFFERENT, ou,
            Map.of("cellule", ou, "declare", declare.get().toPlainString(), "lus", elements.size())));
      }
      return Optional.of(new ValeurReponse.Liste(elements));
    }
    if (b instanceof Brut.Vide) {
      return Optional.empty();
    }
    if (declare.filter(n -> n.signum() == 0).isPresent()) {
      return Optional.of(new ValeurReponse.Liste(List.of()));
    }
    av.add(ignoree(champ, adresse(feuille, nombre), "aucune ligne d'établissement n'est remplie, seul 0 y est lu"));
    return Optional.empty();
  }

  /**
   * Radios « mettre 1 » : 0 compte comme vide ; la première cellule valant 1 donne le code ; une seconde
   * cellule non nulle est signalée en nommant les deux, toute autre valeur aussi.
   */
  private static Optional<ValeurReponse> choixParUn(
      FeuilleLue feuille, ChampEnquete champ, List<CellReference> cellules, List<Violation> av) {
    Optional<ValeurReponse> choix = Optional.empty();
    String retenue = "";
    for (int i = 0; i < cellules.size(); i++) {
      Brut b = feuille.brut(cellules.get(i));
      if (b instanceof Brut.Vide || estZero(b)) {
        continue;
      }
      if (!estUn(b) || i >= champ.valeurs().size()) {
        av.add(ignoree(champ, adresse(feuille, cellules.get(i)), "seule la valeur 1 marque un choix"));
      } else if (choix.isPresent()) {
        av.add(choixMultiple(champ, retenue, adresse(feuille, cellules.get(i))));
      } else {
        choix = Optional.of(ValeurReponse.texte(champ.valeurs().get(i).code()));
        retenue = adresse(feuille, cellules.get(i));
      }
    }
    return choix;
  }

  /**
   * Niveau = position de la première cellule non vide et non nulle (0 compte comme vide, comme une case
   * non cochée) ; une seconde cellule non nulle est signalée en nommant les deux.
   */
  private static Optional<ValeurReponse> premiereNonVide(
      FeuilleLue feuille, ChampEnquete champ, List<CellReference> cellules, List<Violation> av) {
    Optional<ValeurReponse> niveau = Optional.empty();
    String retenue = "";
    for (int i = 0; i < cellules.size(); i++) {
      Brut b = feuille.brut(cellules.get(i));
      if (b instanceof Brut.Vide || estZero(b)) {
        continue;
      }
      if (niveau.isPresent()) {
        av.add(choixMultiple(champ, retenue, adresse(feuille, cellules.get(i))));
      } else {
        niveau = Optional.of(ValeurReponse.entier(i + 1L));
        retenue = adresse(feuille, cellules.get(i));
      }
    }
    return niveau;
  }

  private static Violation choixMultiple(ChampEnquete champ, String retenue, String autre) {
    return Violation.de(CodeImportEnquete.ENQUETE_CHOIX_MULTIPLE, autre,
        Map.of("cellule", autre, "retenue", retenue, "champ", champ.cle()));
  }

  /** Vrai si la cellule vaut exactement 0 (nombre, ou texte numérique). */
  private static boolean estZero(Brut b) {
    return nombre(b).filter(n -> n.signum() == 0).isPresent();
  }

  /** Case « 1 » (E52) : vide → non (toujours écrit) ; 1 → oui ; autre valeur → non importée et signalée. */
  private static Optional<ValeurReponse> unCommeVrai(
      FeuilleLue feuille, ChampEnquete champ, CellReference ref, List<Violation> av) {
    Brut b = feuille.brut(ref);
    if (b instanceof Brut.Vide) {
      return Optional.of(ValeurReponse.ouiNon(false));
    }
    if (estUn(b)) {
      return Optional.of(ValeurReponse.ouiNon(true));
    }
    av.add(ignoree(champ, adresse(feuille, ref), "seule la valeur 1 (ou une cellule vide) est lue"));
    return Optional.empty();
  }

  /**
   * Vrai si C17 (coopération) vaut 1 ; sinon C19 non vide est signalée, et C17 autre que vide, 0 ou 1
   * aussi.
   */
  private static boolean cooperation(FeuilleLue feuille, ChampEnquete champ, CellReference c19, List<Violation> av) {
    CellReference c17 = new CellReference(CartographieClasseur.CELLULE_COOPERATION);
    Brut coop = feuille.brut(c17);
    if (estUn(coop)) {
      return true;
    }
    if (!(coop instanceof Brut.Vide) && nombre(coop).filter(n -> n.signum() == 0).isEmpty()) {
      av.add(ignoree(champ, adresse(feuille, c17), "seules les valeurs 1 (oui) et 0 (non) sont lues"));
    }
    if (!(feuille.brut(c19) instanceof Brut.Vide)) {
      av.add(ignoree(champ, adresse(feuille, c19), "la coopération (" + c17.formatAsString(false) + ") ne vaut pas 1"));
    }
    return false;
  }

  /** Vrai si la cellule vaut exactement 1 (nombre, ou texte numérique). */
  private static boolean estUn(Brut b) {
    return nombre(b).filter(n -> n.compareTo(BigDecimal.ONE) == 0).isPresent();
  }

  private static Violation ignoree(ChampEnquete champ, String adresse, String motif) {
    return Violation.de(
        CodeImportEnquete.ENQUETE_CELLULE_IGNOREE, adresse, Map.of("cellule", adresse, "champ", champ.cle(), "motif", motif));
  }

  static String conversion(CelluleExcel excel) {
    return excel.conversion().split("[ ;(]")[0];
  }

  /** Adresse {@code Feuille!C7} de la cellule du modèle {@code ref}, à sa position réelle dans la feuille reçue. */
  static String adresse(FeuilleLue feuille, CellReference ref) {
    if (feuille instanceof FeuilleSituee s) {
      return s.adresse(ref);
    }
    return feuille.nom() + "!" + ref.formatAsString(false);
  }

  // ---------------------------------------------------------------------------------------------
  // Convertisseurs

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
        if (conversion.equals("integer_gt0") && sousLeMinimum(champ, n.get())) {
          av.add(sousMinimum(champ, adresse));
          return Optional.empty();
        }
        BigDecimal tronque = n.get().setScale(0, RoundingMode.DOWN);
        if (tronque.abs().compareTo(ENTIER_MAX) > 0) {
          av.add(avert(CodeImportEnquete.ENQUETE_ENTIER_HORS_BORNES, champ, adresse));
          return Optional.empty();
        }
        if (tronque.compareTo(n.get()) != 0) {
          av.add(avert(CodeImportEnquete.ENQUETE_VALEUR_TRONQUEE, champ, adresse));
        }
        return Optional.of(ValeurReponse.entier(tronque.longValue()));
      }
      case "decimal", "decimal_gt0" -> {
        Optional<BigDecimal> n = nombre(brut);
        if (n.isEmpty()) {
          av.add(avert(CodeImportEnquete.ENQUETE_CELLULE_ILLISIBLE, champ, adresse));
          return Optional.empty();
        }
        if (conversion.equals("decimal_gt0") && sousLeMinimum(champ, n.get())) {
          av.add(sousMinimum(champ, adresse));
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
        if (champ.cle().equals(FINESS_CLE)) {
          return finess(champ, brut, adresse, av);
        }
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

  /**
   * N° FINESS : une cellule numérique (Excel efface le 0 de tête, 010780054 → 10780054) est complétée
   * à 9 chiffres avec avertissement ; le format (9 caractères commençant par un code de département)
   * est vérifié et signalé sans refuser la valeur, lue comme texte comme dans l'original.
   */
  private static Optional<ValeurReponse> finess(ChampEnquete champ, Brut brut, String adresse, List<Violation> av) {
    String t = texte(brut).trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (brut instanceof Brut.Nombre && t.matches("[0-9]{1,8}")) {
      t = "0".repeat(9 - t.length()) + t;
      av.add(Violation.de(CodeImportEnquete.ENQUETE_FINESS_COMPLETE, adresse, Map.of("cellule", adresse)));
    }
    if (!FINESS.matcher(t.toUpperCase(Locale.ROOT)).matches()) {
      av.add(Violation.de(CodeImportEnquete.ENQUETE_FINESS_INVALIDE, adresse, Map.of("cellule", adresse)));
    }
    return Optional.of(ValeurReponse.texte(t));
  }

  static BigDecimal normaliser(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Convertisseurs « _gt0 » (valeurs ≤ 0 écartées par l'original) : la borne basse est celle du
   * catalogue, de sorte qu'un 0 admis par le champ (min 0 inclus) est importé ; seul ce qui est sous la
   * borne (négatif, ou 0 quand elle est exclue comme pour secretaire_specialise_etp) est écarté, avec
   * avertissement. Sans borne au catalogue, la règle d'origine (> 0) s'applique.
   */
  static boolean sousLeMinimum(ChampEnquete champ, BigDecimal x) {
    // sans borne du catalogue, le convertisseur « > 0 » exige une valeur strictement positive
    return champ.min().isEmpty() ? x.signum() <= 0 : champ.sousLeMinimum(x);
  }

  private static Violation sousMinimum(ChampEnquete champ, String adresse) {
    String min = champ.min().map(m -> (champ.minExclusif() ? "> " : "≥ ") + m.toPlainString()).orElse("> 0");
    return Violation.de(CodeImportEnquete.ENQUETE_VALEUR_IGNOREE, adresse,
        Map.of("cellule", adresse, "champ", champ.cle(), "min", min));
  }

  private static Violation avert(CodeImportEnquete code, ChampEnquete champ, String adresse) {
    return Violation.de(code, adresse, Map.of("cellule", adresse, "champ", champ.cle()));
  }

  static Optional<BigDecimal> nombre(Brut b) {
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
