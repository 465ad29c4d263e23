// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.CaracteresControle;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.validation.Localisation;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.rules.validation.Doublons;
import fr.gouv.emjpm.rules.validation.ValidationSaisie;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import d'une liste de mesures depuis un fichier xlsx, xls, ods ou CSV, format reconnu par
 * le contenu. Deux dispositions de colonnes : celle de l'import (docs/formats/import-mesures.md), et celle d'un fichier produit par
 * {@link MesuresExporter} (reconnue à son ensemble d'en-têtes exact, {@link MesuresExporter#COLONNES}),
 * qui permet de déplacer les mesures d'un compte à un autre sans perte. Tout ou rien : le résultat porte toutes les mesures à écrire, ou toutes les erreurs (ligne
 * tableur dans le chemin {@code /lignes/N/colonne} et l'argument {@code ligne}) et rien d'autre.
 *
 * <p>Les règles de format des colonnes sont ici ; les règles métier sont celles du moteur
 * ({@link fr.gouv.emjpm.rules.cyclevie.Enregistrement}, une seule copie). Les messages ne recopient aucun contenu de cellule (sauf le
 * SIRET bien formé d'un tribunal inconnu). Immuable et thread-safe ; chaque import est indépendant (et utilise au plus un fil de lecture, voir {@link
 * #avecFils(java.util.concurrent.ThreadFactory)}).
 */
public final class MesuresImporter {

  private static final Logger LOG = LoggerFactory.getLogger(MesuresImporter.class);

  /** Fils de lecture par défaut : un fil démon par import, nommé, terminé avant le retour de l'import. */
  private static final java.util.concurrent.ThreadFactory FILS_PAR_DEFAUT = tache -> {
    Thread t = new Thread(tache, "emjpm-lecture-tableau");
    t.setDaemon(true);
    return t;
  };

  private final EmjpmEngine engine;
  /** Fabrique du fil de lecture ; nulle : lecture dans le fil de l'import. */
  private final java.util.concurrent.@Nullable ThreadFactory fils;

  private MesuresImporter(EmjpmEngine engine, java.util.concurrent.@Nullable ThreadFactory fils) {
    this.engine = engine;
    this.fils = fils;
  }

  /**
   * {@return importateur qui utilise l'horloge et le référentiel de {@code engine}} Le fichier est lu
   * dans un second fil pendant que le fil de l'import traite les lignes déjà lues (voir {@link
   * #avecFils(java.util.concurrent.ThreadFactory)} et {@link #enUnSeulFil()}).
   *
   * @param engine moteur de règles, non nul : son contexte (horloge, référentiel des tribunaux, règles
   *     métier) est pris au début de chaque import
   */
  public static MesuresImporter avec(EmjpmEngine engine) {
    return new MesuresImporter(Objects.requireNonNull(engine, "engine"), FILS_PAR_DEFAUT);
  }

  /**
   * {@return importateur dont le fichier est lu dans un fil créé par {@code fabrique}, un par import}
   * Pendant que ce fil décompresse et analyse le fichier, le fil qui appelle {@code importer} traite les
   * lignes déjà lues (colonnes, règles, doublons, mesures), dans l'ordre du fichier. Le fil de lecture se
   * termine avant le retour de l'import, même en cas d'échec ; les rappels de progression et de suivi sont
   * appelés dans le fil de l'import. Si la fabrique ne rend pas de fil (ou s'il ne démarre pas), l'import
   * lit dans son propre fil. Par défaut ({@link #avec(EmjpmEngine)}) : un fil démon nommé
   * {@code emjpm-lecture-tableau}. Pour un serveur qui gère ses fils (fabrique gérée d'un serveur
   * d'applications, par exemple).
   *
   * @param fabrique fabrique des fils de lecture, non nulle
   */
  public MesuresImporter avecFils(java.util.concurrent.ThreadFactory fabrique) {
    return new MesuresImporter(engine, Objects.requireNonNull(fabrique, "fabrique"));
  }

  /**
   * {@return importateur qui lit le fichier dans le fil de l'import, sans second fil} Même résultat ;
   * l'import prend alors environ le temps de la lecture plus celui du traitement des lignes.
   */
  public MesuresImporter enUnSeulFil() {
    return new MesuresImporter(engine, null);
  }

  /**
   * Importe un fichier.
   *
   * @param fichier fichier xlsx, xls, ods ou CSV (UTF-8 avec ou sans BOM, sinon Windows-1252 ; {@code ;}, {@code ,} ou tabulation)
   * @param parametres gestionnaire, antennes, mesures existantes, progression, limites
   * @return les mesures à écrire (créations et mises à jour) ou toutes les erreurs
   * @throws IOException si le fichier ne peut pas être ouvert (erreur du système, pas du contenu)
   */
  public Resultat<ImportMesures> importer(Path fichier, ParametresImport parametres) throws IOException {
    ContexteRegles ctx = engine.contexte();
    FormatFichier format = FormatFichier.detecter(fichier);
    Lecture lecture = new Lecture(ctx, parametres, format == FormatFichier.CSV);
    LecteurTableau.Lignes sortie = LecteurTableau.avecProgression(lecture::ligne, parametres.progression());
    Optional<Violation> arret = fils == null
        ? LecteurTableau.lire(fichier, format, parametres.limites(), sortie)
        : LectureEnParallele.lire(fichier, format, parametres.limites(), sortie, fils);
    if (arret.isPresent()) {
      LOG.debug("Import de mesures refusé à la lecture : {}", arret.get().code());
      return Resultat.echec(arret.get());
    }
    if (lecture.colonnes == null) {
      return Resultat.echec(Violation.de(CodeImport.IMPORT_VIDE, ""));
    }
    if (!lecture.enTeteValide) {
      return Resultat.echec(lecture.erreursEnTete); // en-tête invalide : rien d'autre n'est examiné
    }
    if (!lecture.inconnuesRemplies.isEmpty()) {
      // une colonne hors liste porte une donnée : refusée comme par l'original, titre jamais recopié
      List<Violation> v = new ArrayList<>();
      for (int position : lecture.inconnuesRemplies) {
        v.add(Violation.de(CodeImport.IMPORT_EN_TETE_INVALIDE, "/lignes/" + lecture.ligneEnTete,
            argumentsLigne(lecture.ligneEnTete, Map.of("position", position + 1))));
      }
      return Resultat.echec(v);
    }
    EcritureLot.Bilan bilan = lecture.lot.bilan();
    if (!bilan.erreurs().isEmpty()) {
      List<Violation> erreurs = new ArrayList<>(bilan.erreurs());
      erreurs.sort(Comparator.comparingInt(MesuresImporter::ligneDe));
      // bilan de l'original : « n erreurs sur m mesures », en tête de la liste
      erreurs.add(0, Violation.de(CodeImport.IMPORT_BILAN_ERREURS, "",
          Map.of("erreurs", bilan.erreursTotal(), "mesures", lecture.lignesLues)));
      if (bilan.erreursOmises() > 0) {
        // au-delà des 1 000 premières, les erreurs sont comptées, pas gardées (plafond de mémoire)
        erreurs.add(Violation.de(CodeImport.IMPORT_ERREURS_OMISES, "", Map.of("nombre", bilan.erreursOmises())));
      }
      // les avertissements des lignes suivent les erreurs : rien n'est perdu, le bilan ne les compte pas
      erreurs.addAll(bilan.avertissements());
      LOG.debug("Import de mesures refusé : {} erreur(s) sur {} ligne(s)", bilan.erreursTotal(), lecture.lignesLues);
      return Resultat.echec(erreurs);
    }
    if (!lecture.antennesInconnues.isEmpty()) {
      List<Violation> v = new ArrayList<>();
      for (String nom : lecture.antennesInconnues) {
        v.add(Violation.de(CodeImport.IMPORT_ANTENNE_INCONNUE, "/antennes", Map.of("antenne", nom)));
      }
      if (lecture.antennesInconnuesOmises > 0) {
        v.add(Violation.de(CodeImport.IMPORT_ERREURS_OMISES, "", Map.of("nombre", lecture.antennesInconnuesOmises)));
      }
      return Resultat.echec(v);
    }
    LOG.debug("Import de mesures : {} création(s), {} mise(s) à jour", bilan.creations(), bilan.misesAJour());
    List<Violation> avertissements = new ArrayList<>();
    for (int position : lecture.inconnues) {
      avertissements.add(Violation.de(CodeImport.IMPORT_COLONNE_IGNOREE, "/lignes/" + lecture.ligneEnTete,
          argumentsLigne(lecture.ligneEnTete, Map.of("position", position + 1))));
    }
    avertissements.addAll(bilan.avertissements());
    return Resultat.succes(new ImportMesures(bilan.creations(), bilan.misesAJour(), bilan.mesures(),
        lecture.lignesLues, avertissements), avertissements);
  }

  /**
   * Importe un fichier en signalant sa progression à {@code suivi} : lignes lues (par paquets de
   * 1 000), puis chaque ligne refusée, puis la fin ({@link SuiviImport#termine}, toujours appelée une
   * fois). Le rappel {@link ParametresImport#progression()} reste appelé comme par {@link
   * #importer(Path, ParametresImport)}.
   *
   * @param fichier fichier xlsx, xls, ods ou CSV
   * @param parametres gestionnaire, antennes, mesures existantes, progression, limites
   * @param suivi écoute de la progression, non nulle
   * @return les mesures à écrire (créations et mises à jour) ou toutes les erreurs
   * @throws IOException si le fichier ne peut pas être ouvert (erreur du système, pas du contenu)
   */
  public Resultat<ImportMesures> importer(Path fichier, ParametresImport parametres, SuiviImport suivi)
      throws IOException {
    Objects.requireNonNull(suivi, "suivi");
    LongConsumer progression = parametres.progression();
    long[] lues = {0};
    ParametresImport suivis = parametres.avecProgression(n -> {
      lues[0] = n;
      progression.accept(n);
      suivi.lignesLues(n);
    });
    Resultat<ImportMesures> r = null;
    try {
      r = importer(fichier, suivis);
      return r;
    } finally {
      terminer(suivi, r, lues[0]);
    }
  }

  /**
   * Importe un flux (un envoi HTTP, par exemple ; le flux n'est pas fermé) : il est copié, au plus
   * {@link LimitesImport#tailleMax()} octets, dans un fichier temporaire privé (droits du seul
   * propriétaire) supprimé avant le retour, même en cas d'échec ou d'exception, puis importé comme
   * par {@link #importer(Path, ParametresImport)}. Un flux plus long est refusé par {@code
   * FICHIER_TROP_VOLUMINEUX} sans être lu au-delà de la limite.
   *
   * @param flux flux du fichier xlsx, xls, ods ou CSV, non nul ; il n'est pas fermé
   * @param parametres gestionnaire, antennes, mesures existantes, progression, limites
   * @return les mesures à écrire (créations et mises à jour) ou toutes les erreurs
   * @throws IOException si le flux ne peut pas être lu ou le fichier temporaire écrit (erreur du
   *     système, pas du contenu)
   */
  public Resultat<ImportMesures> importer(InputStream flux, ParametresImport parametres) throws IOException {
    return importer(flux, parametres, (Path) null);
  }

  /**
   * Importe un flux (le flux n'est pas fermé) en signalant sa progression à {@code suivi} : comme
   * {@link #importer(InputStream, ParametresImport)} et {@link #importer(Path, ParametresImport,
   * SuiviImport)} ; {@link SuiviImport#termine} est appelée une fois, aussi pour un flux trop long.
   *
   * @param flux flux du fichier xlsx, xls, ods ou CSV, non nul ; il n'est pas fermé
   * @param parametres gestionnaire, antennes, mesures existantes, progression, limites
   * @param suivi écoute de la progression, non nulle
   * @return les mesures à écrire (créations et mises à jour) ou toutes les erreurs
   * @throws IOException si le flux ne peut pas être lu ou le fichier temporaire écrit (erreur du
   *     système, pas du contenu)
   */
  public Resultat<ImportMesures> importer(InputStream flux, ParametresImport parametres, SuiviImport suivi)
      throws IOException {
    return importer(flux, parametres, suivi, null);
  }

  /** Comme {@link #importer(InputStream, ParametresImport)}, le fichier temporaire dans {@code dossier} (tests). */
  Resultat<ImportMesures> importer(InputStream flux, ParametresImport parametres, @Nullable Path dossier)
      throws IOException {
    return depuisFlux(flux, parametres.limites(), dossier, f -> importer(f, parametres));
  }

  /** Comme {@link #importer(InputStream, ParametresImport, SuiviImport)}, le fichier temporaire dans {@code dossier} (tests). */
  Resultat<ImportMesures> importer(
      InputStream flux, ParametresImport parametres, SuiviImport suivi, @Nullable Path dossier) throws IOException {
    Objects.requireNonNull(suivi, "suivi");
    boolean[] lu = {false};
    Resultat<ImportMesures> r = null;
    try {
      r = depuisFlux(flux, parametres.limites(), dossier, f -> {
        lu[0] = true;
        return importer(f, parametres, suivi);
      });
      return r;
    } finally {
      if (!lu[0]) {
        terminer(suivi, r, 0);
      }
    }
  }

  /** Import d'un fichier temporaire. */
  private interface ImportFichier {
    Resultat<ImportMesures> importer(Path fichier) throws IOException;
  }

  private static Resultat<ImportMesures> depuisFlux(
      InputStream flux, LimitesImport limites, @Nullable Path dossier, ImportFichier importFichier)
      throws IOException {
    Objects.requireNonNull(flux, "flux");
    Path temporaire = dossier == null
        ? Files.createTempFile("emjpm-import-", ".tmp")
        : Files.createTempFile(dossier, "emjpm-import-", ".tmp");
    try {
      if (!copierBorne(flux, temporaire, limites.tailleMax())) {
        LOG.debug("Import de mesures refusé : flux au-delà de {} octets", limites.tailleMax());
        return Resultat.echec(
            Violation.de(CodeFichier.FICHIER_TROP_VOLUMINEUX, "", Map.of("max", limites.tailleMax())));
      }
      return importFichier.importer(temporaire);
    } finally {
      try {
        Files.deleteIfExists(temporaire);
      } catch (IOException e) {
        temporaire.toFile().deleteOnExit();
      }
    }
  }

  /** Copie au plus {@code max} octets ; faux (copie arrêtée) si le flux en a davantage. */
  private static boolean copierBorne(InputStream in, Path cible, long max) throws IOException {
    try (OutputStream out = Files.newOutputStream(cible)) {
      byte[] tampon = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(tampon, 0, (int) Math.min(tampon.length, max + 1 - total))) > 0) {
        total += n;
        if (total > max) {
          return false;
        }
        out.write(tampon, 0, n);
      }
      return true;
    }
  }

  /** Lignes refusées puis fin, pour un import terminé ({@code r}) ou interrompu ({@code r} nul). */
  private static void terminer(SuiviImport suivi, @Nullable Resultat<ImportMesures> r, long lues) {
    if (r == null) {
      suivi.termine(lues, 0, false);
      return;
    }
    Optional<ImportMesures> valeur = r.valeur();
    if (valeur.isPresent()) {
      suivi.termine(Math.max(lues, valeur.get().lignesLues()), 0, true);
      return;
    }
    Set<Integer> refusees = new TreeSet<>();
    long total = lues;
    for (Violation v : r.violations()) {
      if (v.code().equals(CodeImport.IMPORT_BILAN_ERREURS.code())) {
        try {
          total = Math.max(total, Long.parseLong(v.arguments().getOrDefault("mesures", "0")));
        } catch (NumberFormatException e) {
          // argument non numérique : le dernier compte reçu reste
        }
      }
      int ligne = ligneDe(v);
      if (ligne > 0 && v.estBloquante()) {
        refusees.add(ligne);
      }
    }
    refusees.forEach(suivi::ligneRefusee);
    suivi.termine(total, refusees.size(), false);
  }

  /**
   * {@return numéro de ligne tableur d'une violation d'import (0 si elle ne vise pas une ligne)}
   *
   * @param v violation rendue par un import (son argument {@code ligne}, s'il est numérique, donne la
   *     ligne)
   */
  public static int ligneDe(Violation v) {
    String l = v.arguments().get("ligne");
    if (l != null) {
      try {
        return Integer.parseInt(l);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  private static Map<String, Object> argumentsLigne(int ligne, Map<String, ?> autres) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("ligne", ligne);
    args.putAll(autres);
    return args;
  }

  /**
   * Reçoit les lignes lues : en-tête puis données, chacune traitée dès sa lecture (format, tribunal,
   * antenne, doublons, règles du moteur) sans garder les saisies : seules les mesures produites restent
   * en mémoire. Non thread-safe (une par import).
   */
  private static final class Lecture implements ColonnesMesures.Valeurs, ColonnesMesures.Communes {
    private final ContexteRegles ctx;
    private final int anneeMax;
    private final boolean strict;
    private final Map<String, Long> antennesParNom = new HashMap<>();
    private final boolean service;
    private final EcritureLot lot;
    private @Nullable List<String> colonnes;
    /** En-tête tel que l'utilisateur l'a écrit, par nom de colonne (en minuscules, sans espaces autour). */
    private final Map<String, String> entetes = new HashMap<>();
    private final List<Violation> erreursEnTete = new ArrayList<>();
    private final Set<String> antennesInconnues = new LinkedHashSet<>();
    /** Lignes dont l'antenne inconnue n'est plus gardée (plus de 1 000 noms distincts). */
    private long antennesInconnuesOmises;
    /** Positions (base 0) des colonnes de titre hors liste ; leurs cellules ne sont jamais lues. */
    private final List<Integer> inconnues = new ArrayList<>();
    /** Positions des colonnes hors liste dont une cellule de données est remplie. */
    private final Set<Integer> inconnuesRemplies = new java.util.TreeSet<>();
    /** Position (base 0) de chaque colonne lue, par nom (première occurrence ; colonnes hors liste exclues). */
    private final Map<String, Integer> positions = new HashMap<>();
    /** Cellules de la ligne en cours, nettoyées (caractères de contrôle, garde anti-formule), par position. */
    private String[] cellules = new String[0];
    /** Par position : colonne lue (titre non vide, dans la liste), fixé à la lecture de l'en-tête. */
    private boolean[] lues = new boolean[0];
    /** Par position : colonne à peu de valeurs ({@link ColonnesMesures#PARTAGEES}), chaînes partagées. */
    private boolean[] partagees = new boolean[0];
    /** Numéro de la ligne d'en-tête. */
    private int ligneEnTete = 1;
    /** Chaînes partagées des colonnes à peu de valeurs (bornées : un fichier hostile n'en fait pas une fuite). */
    private final Map<String, String> chaines = new HashMap<>();
    private static final int CHAINES_PARTAGEES_MAX = 50_000;
    /** Communes des lieux de vie déjà cherchées, par code postal et ville (bornées comme les chaînes partagées). */
    private final Map<String, Map<String, Optional<Commune>>> communes = new HashMap<>();
    /** Communes cherchées par {@link #francaise}, par code postal puis ville (même borne, comptées ensemble). */
    private final Map<String, Map<String, Optional<Commune>>> francaises = new HashMap<>();
    /** Nombre de communes gardées dans les deux mémoires ci-dessus. */
    private int communesGardees;
    /** Résultats de {@link #memoise}, par table puis texte (chacune bornée comme les chaînes partagées). */
    @SuppressWarnings("unchecked")
    private final Map<String, Object>[] memoires = new Map[ColonnesMesures.Communes.TABLES];
    /** Résultat nul gardé par {@link #memoise}. */
    private static final Object AUCUN = new Object();
    /** Erreurs de format, avertissements et saisie illisible de la ligne en cours (vidés à chaque ligne). */
    private final List<Violation> format = new ArrayList<>();
    private final List<Violation> avertissementsLigne = new ArrayList<>();
    private final List<SaisieMesure> illisibles = new ArrayList<>();
    private boolean enTeteValide;
    /** Disposition de l'export ({@link MesuresExporter#COLONNES}) plutôt que celle de l'import (docs/formats/import-mesures.md). */
    private boolean dispositionExport;
    /** Fichier CSV : la garde anti-formule de l'export est à ôter. */
    private final boolean texte;
    private int lignesLues;

    Lecture(ContexteRegles ctx, ParametresImport parametres, boolean texte) {
      this.ctx = ctx;
      this.texte = texte;
      for (int i = 0; i < memoires.length; i++) {
        memoires[i] = new HashMap<>();
      }
      this.anneeMax = ctx.anneeEnCours();
      this.strict = parametres.strict();
      for (Antenne a : parametres.antennes()) {
        antennesParNom.put(a.nom(), a.id());
      }
      antennesParNom.putAll(parametres.correspondancesAntennes());
      // colonne antenne lue pour tout service, même sans antenne déclarée : chaque nom est alors inconnu
      this.service = parametres.gestionnaire().type() == fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.SERVICE;
      Set<Long> ids = parametres.antennes().stream().map(Antenne::id).collect(Collectors.toSet());
      this.lot = new EcritureLot(parametres.gestionnaire(), ids, parametres.existantes(),
          fr.gouv.emjpm.rules.cyclevie.Provenance.FICHIER, false, ctx,
          (v, numero, chemin) -> nommerColonne(EcritureLot.avecLigne(v.prefixee(chemin), numero), chemin));
    }

    void ligne(int numero, List<String> valeurs) {
      if (colonnes == null) {
        // en-têtes insensibles à la casse et aux espaces (déjà ôtés à la lecture)
        colonnes = valeurs.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < valeurs.size(); i++) {
          entetes.putIfAbsent(colonnes.get(i), valeurs.get(i));
        }
        ligneEnTete = numero;
        enTeteValide = verifierEnTete(numero, colonnes);
        for (int i = 0; i < colonnes.size(); i++) {
          if (!colonnes.get(i).isEmpty() && !inconnues.contains(i)) {
            positions.putIfAbsent(colonnes.get(i), i);
          }
        }
        cellules = new String[colonnes.size()];
        lues = new boolean[colonnes.size()];
        partagees = new boolean[colonnes.size()];
        for (int i = 0; i < colonnes.size(); i++) {
          lues[i] = !colonnes.get(i).isEmpty() && !inconnues.contains(i);
          partagees[i] = ColonnesMesures.PARTAGEES.contains(colonnes.get(i));
        }
        return;
      }
      if (!enTeteValide) {
        return;
      }
      lignesLues++;
      for (int i : inconnues) {
        if (i < valeurs.size() && !valeurs.get(i).isBlank()) {
          inconnuesRemplies.add(i);
        }
      }
      java.util.Arrays.fill(cellules, null);
      for (int i = 0; i < colonnes.size() && i < valeurs.size(); i++) {
        if (lues[i]) {
          String c = colonnes.get(i);
          String brute = valeurs.get(i);
          String propre = CaracteresControle.retirer(brute);
          if (!propre.equals(brute)) {
            // caractère nul, contrôle (_x0000_ du xlsx…) : retiré, pour qu'un export se relise toujours
            lot.avertissement(Violation.de(CodeImport.IMPORT_CARACTERES_RETIRES, "/lignes/" + numero + "/" + c,
                argumentsLigne(numero, Map.of("colonne", entetes.getOrDefault(c, c)))));
            propre = propre.strip();
          }
          String v = dispositionExport && texte ? GardeFormule.oter(propre) : propre;
          cellules[i] = partagees[i] && chaines.size() < CHAINES_PARTAGEES_MAX
              ? chaines.computeIfAbsent(v, k -> k) : v;
        }
      }
      // listes de la ligne, vidées à chaque ligne (rien ne les garde au-delà de cet appel)
      List<Violation> format = this.format;
      List<Violation> avertissements = this.avertissementsLigne;
      List<SaisieMesure> illisible = this.illisibles;
      format.clear();
      avertissements.clear();
      illisible.clear();
      Optional<ColonnesMesures.Ligne> lue = dispositionExport
          ? ColonnesMesures.lireExport(numero, this, this, anneeMax, strict, format, illisible::add)
          : ColonnesMesures.lire(numero, this, entetes, this, anneeMax, strict, format, avertissements, illisible::add);
      format.forEach(lot::erreur);
      avertissements.forEach(lot::avertissement);
      if (lue.isEmpty() && !dispositionExport) {
        tribunalInconnu(numero, format);
      }
      illisible.forEach(s -> reglesDuMoteur(numero, s, format));
      lue.ifPresent(this::ecrire);
    }

    /**
     * Tribunal (« Aucun tribunal ne correspond au SIRET … » ; un ancien SIRET est redirigé vers le
     * tribunal actuel, avec un avertissement), puis antenne d'un service : par nom
     * exact, sinon par la correspondance explicite fournie ; puis doublons et règles du moteur.
     */
    private void ecrire(ColonnesMesures.Ligne l) {
      // peu de tribunaux par fichier : chacun cherché une fois par import
      Optional<Tribunal> t = java.util.Objects.requireNonNull(memoise(ColonnesMesures.Communes.TABLE_TRIBUNAL,
          l.siret().valeur(), siret -> ctx.referentiel().tribunalCourant(l.siret())));
      if (t.isEmpty()) {
        lot.erreur(Violation.de(CodeImport.IMPORT_TRIBUNAL_INCONNU, "/lignes/" + l.numero() + "/tribunal_siret",
            argumentsLigne(l.numero(), Map.of("siret", l.siret().valeur()))));
        return;
      }
      if (t.get().siret().filter(l.siret()::equals).isEmpty()) {
        // ancien SIRET redirigé vers le tribunal actuel (l'original refusait : docs/ecarts.md)
        lot.avertissement(Violation.de(CodeImport.IMPORT_TRIBUNAL_REDIRIGE, "/lignes/" + l.numero() + "/tribunal_siret",
            argumentsLigne(l.numero(), Map.of("siret", l.siret().valeur(), "tribunal", t.get().nom()))));
      }
      Optional<Long> antenne = Optional.empty();
      if (service && l.nomAntenne().isPresent()) {
        Long id = antennesParNom.get(l.nomAntenne().get());
        if (id == null) {
          if (antennesInconnues.size() < fr.gouv.emjpm.io.internal.ViolationsGardees.MAX
              || antennesInconnues.contains(l.nomAntenne().get())) {
            antennesInconnues.add(l.nomAntenne().get());
          } else {
            antennesInconnuesOmises++; // plafond de mémoire : les suivantes sont comptées
          }
          return;
        }
        antenne = Optional.of(id);
      }
      // la saisie est construite une fois, avec le tribunal résolu ci-dessus (ni règles ni enregistrement ne le cherchent)
      lot.ajouter(new EcritureLot.Element(l.numero(), "/lignes/" + l.numero(), l.construire(t.get(), antenne)));
    }

    /**
     * Ligne refusée pour son format : le tribunal est tout de même cherché, pour signaler toutes les
     * règles en échec de la ligne en une fois (SIRET bien formé, colonne sans erreur de format).
     */
    private void tribunalInconnu(int numero, List<Violation> format) {
      String chemin = "/lignes/" + numero + "/" + ColonnesMesures.TRIBUNAL_SIRET;
      if (format.stream().anyMatch(v -> v.chemin().equals(chemin))) {
        return;
      }
      String cellule = valeur(ColonnesMesures.TRIBUNAL_SIRET);
      String brut = (cellule == null ? "" : cellule).replace(" ", "");
      Siret.parse(brut).valeur()
          .filter(siret -> ctx.referentiel().tribunalCourant(siret).isEmpty())
          .ifPresent(siret -> lot.erreur(Violation.de(CodeImport.IMPORT_TRIBUNAL_INCONNU, chemin,
              argumentsLigne(numero, Map.of("siret", siret.valeur())))));
    }

    /**
     * Ligne refusée pour son format : les règles du moteur s'appliquent à ses colonnes lisibles (même
     * mécanisme que la vérification du JSON en une passe : {@link ValidationSaisie#verifierHorsSignales}),
     * sans répéter une colonne déjà signalée ; le tribunal et l'antenne restent vérifiés par l'import.
     */
    private void reglesDuMoteur(int numero, SaisieMesure saisie, List<Violation> format) {
      String prefixe = "/lignes/" + numero;
      List<String> signales = new ArrayList<>(List.of(prefixe + "/tribunalSiret", prefixe + "/antenneId"));
      for (Violation v : format) {
        if (v.chemin().startsWith(prefixe + "/")) {
          ColonnesMesures.champsDe(v.chemin().substring(prefixe.length() + 1)).forEach(c -> signales.add(prefixe + c));
        }
      }
      for (Violation v : ValidationSaisie.verifierHorsSignales(saisie, Set.of(), ctx,
          v -> EcritureLot.avecLigne(v.prefixee(prefixe), numero), signales)) {
        if (v.estBloquante()) {
          lot.erreur(nommerColonne(v, prefixe)); // un import refusé ne rend que ses erreurs : les avertissements de la ligne sont omis
        }
      }
    }

    /**
     * Violation du moteur rattachée à une ligne ({@code prefixe} : {@code /lignes/N}) : la ou les colonnes
     * qui remplissent le champ visé (correspondance {@link ColonnesMesures#champsDe}) sont nommées comme
     * l'en-tête de l'utilisateur les écrit, dans l'argument {@code colonne} et en tête du message ; le
     * chemin devient {@code /lignes/N/colonne}, comme pour les erreurs de format. Code, gravité et autres
     * arguments sont gardés ; aucune valeur de cellule n'est ajoutée. Une violation qui ne vise aucun
     * champ rempli par une colonne (la mesure entière) est rendue telle quelle.
     */
    private Violation nommerColonne(Violation v, String prefixe) {
      if (!v.chemin().startsWith(prefixe + "/")) {
        return v;
      }
      String champ = v.chemin().substring(prefixe.length());
      List<String> visees = colonnesDuChamp(champ);
      if (visees.isEmpty()) {
        return v;
      }
      List<String> noms = visees.stream().map(c -> entetes.getOrDefault(c, c)).toList();
      Map<String, String> args = new LinkedHashMap<>();
      args.put("ligne", v.arguments().getOrDefault("ligne", ""));
      args.put("colonne", String.join(", ", noms));
      v.arguments().forEach(args::putIfAbsent);
      String message = (noms.size() > 1 ? "colonnes " : "colonne ")
          + noms.stream().map(n -> "« " + n + " »").collect(Collectors.joining(", ")) + " : " + v.message();
      return new Violation(v.code(), v.gravite(), prefixe + "/" + visees.get(0), message, args);
    }

    /**
     * Colonnes de l'en-tête de l'utilisateur qui remplissent {@code champ} (chemin du moteur) ; à défaut,
     * la première colonne admise qui le remplirait (colonne facultative absente : {@code type_etablissement}).
     */
    private List<String> colonnesDuChamp(String champ) {
      java.util.function.Predicate<String> remplit = c -> ColonnesMesures.champsDe(c).stream()
          .anyMatch(f -> champ.equals(f) || champ.startsWith(f + "/"));
      List<String> presentes = new ArrayList<>();
      List<String> titres = colonnes == null ? List.of() : colonnes;
      for (int i = 0; i < titres.size(); i++) {
        String c = titres.get(i);
        if (!inconnues.contains(i) && !presentes.contains(c) && remplit.test(c)) {
          presentes.add(c); // colonne lue (hors liste : jamais lue, jamais nommée)
        }
      }
      if (!presentes.isEmpty()) {
        return presentes;
      }
      List<String> admises = dispositionExport ? MesuresExporter.COLONNES : ColonnesMesures.EN_TETES;
      return admises.stream().filter(remplit).limit(1).toList();
    }

    @Override
    public @Nullable String valeur(String colonne) {
      Integer i = positions.get(colonne);
      return i == null || i >= cellules.length ? null : cellules[i];
    }

    /** Vrai si {@code ville} est une commune du code postal français {@code codePostal} (5 chiffres). */
    @Override
    public boolean francaise(String codePostal, String ville) {
      if (!CodePostal.estBienForme(codePostal)) {
        return false;
      }
      // par code postal puis ville : aucune clé construite à chaque ligne
      Map<String, Optional<Commune>> duCodePostal = francaises.get(codePostal);
      Optional<Commune> connue = duCodePostal == null ? null : duCodePostal.get(ville);
      if (connue == null) {
        connue = ctx.referentiel().commune(CodePostal.of(codePostal), ville);
        if (communesGardees < CHAINES_PARTAGEES_MAX) {
          francaises.computeIfAbsent(codePostal, k -> new HashMap<>()).put(ville, connue);
          communesGardees++;
        }
      }
      return connue.isPresent();
    }

    @Override
    public String partagee(String texte) {
      return chaines.size() < CHAINES_PARTAGEES_MAX ? chaines.computeIfAbsent(texte, k -> k) : texte;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T memoise(int table, String texte, java.util.function.Function<String, @Nullable T> calcul) {
      Map<String, Object> m = memoires[table];
      Object connu = m.get(texte);
      if (connu != null) {
        return connu == AUCUN ? null : (T) connu;
      }
      T r = calcul.apply(texte);
      if (m.size() < CHAINES_PARTAGEES_MAX) {
        m.put(texte, r == null ? AUCUN : r); // même texte, même résultat : calculé une fois par import
      }
      return r;
    }

    @Override
    public Optional<Commune> duLieu(Pays pays, Optional<String> codePostal, Optional<String> ville) {
      if (pays != Pays.FR || codePostal.isEmpty()) {
        return Optional.empty(); // Localisation.commune ne place qu'en France, sur un code postal
      }
      // un fichier réel répète peu de lieux : chaque (code postal, ville) est cherché une fois par import
      // par code postal puis ville (vide si absente) : aucune clé construite à chaque ligne
      Map<String, Optional<Commune>> duCodePostal = communes.get(codePostal.get());
      Optional<Commune> connue = duCodePostal == null ? null : duCodePostal.get(ville.orElse(""));
      if (connue != null) {
        return connue;
      }
      Optional<Commune> c = Localisation.commune(pays, codePostal, ville, ctx);
      if (communesGardees < CHAINES_PARTAGEES_MAX) {
        communes.computeIfAbsent(codePostal.get(), k -> new HashMap<>()).put(ville.orElse(""), c);
        communesGardees++;
      }
      return c;
    }

    private boolean verifierEnTete(int numero, List<String> titres) {
      // Deux colonnes du même titre : l'original gardait la dernière sans rien dire ; laquelle lire serait
      // arbitraire, l'en-tête est refusé (positions seulement, jamais le titre).
      Map<String, Integer> premieres = new HashMap<>();
      for (int i = 0; i < titres.size(); i++) {
        String t = titres.get(i);
        if (t.isEmpty()) {
          continue;
        }
        Integer premiere = premieres.putIfAbsent(t, i);
        if (premiere != null) {
          erreursEnTete.add(Violation.de(CodeImport.IMPORT_EN_TETE_EN_DOUBLE, "/lignes/" + numero,
              argumentsLigne(numero, Map.of("position", i + 1, "premiere", premiere + 1))));
        }
      }
      if (!erreursEnTete.isEmpty()) {
        return false;
      }
      if (titres.stream().filter(t -> !t.isEmpty()).collect(Collectors.toSet()).equals(ColonnesMesures.EN_TETES_EXPORT)) {
        dispositionExport = true; // fichier produit par MesuresExporter
        return true;
      }
      List<Violation> erreurs = erreursEnTete;
      int avant = erreurs.size();
      for (int i = 0; i < titres.size(); i++) {
        String t = titres.get(i);
        if (!t.isEmpty() && !ColonnesMesures.EN_TETES.contains(t)) {
          erreurs.add(Violation.de(CodeImport.IMPORT_EN_TETE_INVALIDE, "/lignes/" + numero,
              argumentsLigne(numero, Map.of("position", i + 1))));
          inconnues.add(i);
        }
      }
      int horsListe = erreurs.size() - avant;
      List<String> manquantes = new ArrayList<>();
      if (!titres.contains(ColonnesMesures.DATE_NOMINATION) && !titres.contains(ColonnesMesures.DATE_OUVERTURE)) {
        manquantes.add(ColonnesMesures.DATE_NOMINATION);
      }
      ColonnesMesures.OBLIGATOIRES.stream().filter(c -> !titres.contains(c)).forEach(manquantes::add);
      for (String c : manquantes) {
        erreurs.add(Violation.de(CodeImport.IMPORT_COLONNE_MANQUANTE, "/lignes/" + numero + "/" + c,
            argumentsLigne(numero, Map.of("colonne", c))));
      }
      if (manquantes.isEmpty() && horsListe > 0) {
        // Colonnes hors liste avec toutes les colonnes obligatoires : lues jusqu'au bout sans garder leurs
        // cellules ; vides partout, elles sont ignorées avec un avertissement, sinon l'import est refusé
        // (l'original refusait une colonne hors liste remplie dans la première ligne de données).
        erreurs.subList(avant, erreurs.size()).clear();
        return true;
      }
      return erreurs.size() == avant;
    }
  }
}
