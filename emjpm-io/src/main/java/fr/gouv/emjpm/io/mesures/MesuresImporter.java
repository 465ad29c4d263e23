// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.rules.validation.Doublons;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import d'une liste de mesures (domain.md §6) depuis un fichier xlsx, xls ou CSV, format reconnu par
 * le contenu. Deux dispositions de colonnes : celle de §6.2, et celle d'un fichier produit par
 * {@link MesuresExporter} (reconnue à son ensemble d'en-têtes exact, {@link MesuresExporter#COLONNES}),
 * qui permet de déplacer les mesures d'un compte à un autre sans perte. Tout ou rien : le résultat porte toutes les mesures à écrire, ou toutes les erreurs (ligne
 * tableur dans le chemin {@code /lignes/N/colonne} et l'argument {@code ligne}) et rien d'autre.
 *
 * <p>Les règles de format des colonnes sont ici ; les règles métier sont celles du moteur
 * ({@link fr.gouv.emjpm.rules.cyclevie.Enregistrement}, une seule copie). Les messages ne recopient aucun contenu de cellule (sauf le
 * SIRET bien formé d'un tribunal inconnu). Immuable et thread-safe ; chaque import est indépendant.
 */
public final class MesuresImporter {

  private static final Logger LOG = LoggerFactory.getLogger(MesuresImporter.class);

  private final EmjpmEngine engine;

  private MesuresImporter(EmjpmEngine engine) {
    this.engine = engine;
  }

  /**
   * Importateur qui utilise l'horloge et le référentiel de {@code engine}.
   *
   * @param engine moteur de règles, non nul : son contexte (horloge, référentiel des tribunaux, règles
   *     métier) est pris au début de chaque import
   * @return importateur qui utilise l'horloge et le référentiel de {@code engine}
   */
  public static MesuresImporter avec(EmjpmEngine engine) {
    return new MesuresImporter(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Importe un fichier.
   *
   * @param fichier fichier xlsx, xls ou CSV (UTF-8 avec ou sans BOM, sinon Windows-1252 ; {@code ;}, {@code ,} ou tabulation)
   * @param parametres gestionnaire, antennes, mesures existantes, progression, limites
   * @return les mesures à écrire (créations et mises à jour) ou toutes les erreurs
   * @throws IOException si le fichier ne peut pas être ouvert (erreur du système, pas du contenu)
   */
  public Resultat<ImportMesures> importer(Path fichier, ParametresImport parametres) throws IOException {
    ContexteRegles ctx = engine.contexte();
    Lecture lecture = new Lecture(ctx, parametres, estTexte(fichier));
    Optional<Violation> arret = LecteurTableau.lire(fichier, parametres.limites(), lecture::ligne, parametres.progression());
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
   * Numéro de ligne tableur d'une violation d'import (0 si elle ne vise pas une ligne).
   *
   * @param v violation rendue par un import (son argument {@code ligne}, s'il est numérique, donne la
   *     ligne)
   * @return numéro de ligne tableur d'une violation d'import (0 si elle ne vise pas une ligne)
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

  /**
   * Vrai si le fichier n'a pas la signature d'un classeur (zip ou OLE2) : il sera lu comme un CSV, dont
   * l'apostrophe de la garde anti-formule doit être ôtée dans la disposition de l'export.
   */
  private static boolean estTexte(Path fichier) throws IOException {
    byte[] debut;
    try (InputStream in = Files.newInputStream(fichier)) {
      debut = in.readNBytes(4);
    }
    boolean zip = debut.length == 4 && debut[0] == 0x50 && debut[1] == 0x4B && debut[2] == 0x03 && debut[3] == 0x04;
    boolean ole2 = debut.length == 4 && debut[0] == (byte) 0xD0 && debut[1] == (byte) 0xCF && debut[2] == 0x11
        && debut[3] == (byte) 0xE0;
    return !zip && !ole2;
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
  private static final class Lecture {
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
    /** Numéro de la ligne d'en-tête. */
    private int ligneEnTete = 1;
    /** Chaînes partagées des colonnes à peu de valeurs (bornées : un fichier hostile n'en fait pas une fuite). */
    private final Map<String, String> chaines = new HashMap<>();
    private static final int CHAINES_PARTAGEES_MAX = 50_000;
    private boolean enTeteValide;
    /** Disposition de l'export ({@link MesuresExporter#COLONNES}) plutôt que celle de §6.2. */
    private boolean dispositionExport;
    /** Fichier CSV : la garde anti-formule de l'export est à ôter. */
    private final boolean texte;
    private int lignesLues;

    Lecture(ContexteRegles ctx, ParametresImport parametres, boolean texte) {
      this.ctx = ctx;
      this.texte = texte;
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
          fr.gouv.emjpm.rules.cyclevie.Provenance.FICHIER, false, ctx);
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
      Map<String, String> parNom = new HashMap<>();
      for (int i = 0; i < colonnes.size() && i < valeurs.size(); i++) {
        String c = colonnes.get(i);
        if (!c.isEmpty() && !inconnues.contains(i)) {
          String v = dispositionExport && texte ? GardeFormule.oter(valeurs.get(i)) : valeurs.get(i);
          parNom.put(c, ColonnesMesures.PARTAGEES.contains(c) && chaines.size() < CHAINES_PARTAGEES_MAX
              ? chaines.computeIfAbsent(v, k -> k) : v);
        }
      }
      List<Violation> format = new ArrayList<>(0);
      List<Violation> avertissements = new ArrayList<>(0);
      Optional<ColonnesMesures.Ligne> lue = dispositionExport
          ? ColonnesMesures.lireExport(numero, parNom, anneeMax, strict, format)
          : ColonnesMesures.lire(numero, parNom, entetes, this::communeFrancaise, anneeMax, strict, format,
              avertissements);
      format.forEach(lot::erreur);
      avertissements.forEach(lot::avertissement);
      if (lue.isEmpty() && !dispositionExport) {
        tribunalInconnu(numero, parNom, format);
      }
      lue.ifPresent(this::ecrire);
    }

    /**
     * Tribunal (§6.5 : « Aucun tribunal ne correspond au SIRET … » ; un ancien SIRET est redirigé vers le
     * tribunal actuel, avec un avertissement), puis antenne d'un service : par nom
     * exact, sinon par la correspondance explicite fournie ; puis doublons et règles du moteur.
     */
    private void ecrire(ColonnesMesures.Ligne l) {
      Optional<Tribunal> t = ctx.referentiel().tribunalCourant(l.siret());
      if (t.isEmpty()) {
        lot.erreur(Violation.de(CodeImport.IMPORT_TRIBUNAL_INCONNU, "/lignes/" + l.numero() + "/tribunal_siret",
            argumentsLigne(l.numero(), Map.of("siret", l.siret().valeur()))));
        return;
      }
      if (t.get().siret().filter(l.siret()::equals).isEmpty()) {
        // ancien SIRET redirigé vers le tribunal actuel (§1.8 ; l'original refusait : docs/ecarts.md)
        lot.avertissement(Violation.de(CodeImport.IMPORT_TRIBUNAL_REDIRIGE, "/lignes/" + l.numero() + "/tribunal_siret",
            argumentsLigne(l.numero(), Map.of("siret", l.siret().valeur(), "tribunal", t.get().nom()))));
      }
      SaisieMesure saisie = l.saisie();
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
        saisie = saisie.withAntenneId(id);
      }
      lot.ajouter(new EcritureLot.Element(l.numero(), "/lignes/" + l.numero(), saisie, t));
    }

    /**
     * Ligne refusée pour son format : le tribunal est tout de même cherché, pour signaler toutes les
     * règles en échec de la ligne en une fois (SIRET bien formé, colonne sans erreur de format).
     */
    private void tribunalInconnu(int numero, Map<String, String> parNom, List<Violation> format) {
      String chemin = "/lignes/" + numero + "/" + ColonnesMesures.TRIBUNAL_SIRET;
      if (format.stream().anyMatch(v -> v.chemin().equals(chemin))) {
        return;
      }
      String brut = parNom.getOrDefault(ColonnesMesures.TRIBUNAL_SIRET, "").replace(" ", "");
      Siret.parse(brut).valeur()
          .filter(siret -> ctx.referentiel().tribunalCourant(siret).isEmpty())
          .ifPresent(siret -> lot.erreur(Violation.de(CodeImport.IMPORT_TRIBUNAL_INCONNU, chemin,
              argumentsLigne(numero, Map.of("siret", siret.valeur())))));
    }

    /** Vrai si {@code ville} est une commune du code postal français {@code codePostal} (5 chiffres). */
    private boolean communeFrancaise(String codePostal, String ville) {
      return CodePostal.estBienForme(codePostal)
          && ctx.referentiel().commune(CodePostal.of(codePostal), ville).isPresent();
    }

    private boolean verifierEnTete(int numero, List<String> titres) {
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
