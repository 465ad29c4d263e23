// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.validation.Doublons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * le contenu. Tout ou rien : le résultat porte toutes les mesures à écrire, ou toutes les erreurs (ligne
 * tableur dans le chemin {@code /lignes/N/colonne} et l'argument {@code ligne}) et rien d'autre.
 *
 * <p>Les règles de format des colonnes sont ici ; les règles métier sont celles du moteur
 * ({@link Enregistrement}, une seule copie). Les messages ne recopient aucun contenu de cellule (sauf le
 * SIRET bien formé d'un tribunal inconnu). Immuable et thread-safe ; chaque import est indépendant.
 */
public final class MesuresImporter {

  private static final Logger LOG = LoggerFactory.getLogger(MesuresImporter.class);

  private final EmjpmEngine engine;

  private MesuresImporter(EmjpmEngine engine) {
    this.engine = engine;
  }

  /** Importateur qui utilise l'horloge et le référentiel de {@code engine}. */
  public static MesuresImporter avec(EmjpmEngine engine) {
    return new MesuresImporter(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Importe un fichier.
   *
   * @param fichier fichier xlsx, xls ou CSV (UTF-8, {@code ;} ou tabulation)
   * @param parametres gestionnaire, antennes, mesures existantes, progression, limites
   * @return les mesures à écrire (créations et mises à jour) ou toutes les erreurs
   * @throws IOException si le fichier ne peut pas être ouvert (erreur du système, pas du contenu)
   */
  public Resultat<ImportMesures> importer(Path fichier, ParametresImport parametres) throws IOException {
    ContexteRegles ctx = engine.contexte();
    Lecture lecture = new Lecture(ctx.anneeEnCours(), parametres.strict());
    Optional<Violation> arret = LecteurTableau.lire(fichier, parametres.limites(), lecture::ligne, parametres.progression());
    if (arret.isPresent()) {
      LOG.debug("Import de mesures refusé à la lecture : {}", arret.get().code());
      return Resultat.echec(arret.get());
    }
    if (lecture.colonnes == null) {
      return Resultat.echec(Violation.de(CodeImport.IMPORT_VIDE, ""));
    }
    List<Violation> erreurs = new ArrayList<>(lecture.erreurs);
    if (!erreurs.isEmpty() && lecture.lignes.isEmpty() && lecture.lignesLues == 0) {
      return Resultat.echec(erreurs); // en-tête invalide : rien d'autre n'est examiné
    }
    // Tribunal de chaque ligne bien formée (§6.5 : « Aucun tribunal ne correspond au SIRET … »), puis
    // antenne d'un service : par nom exact, sinon par la correspondance explicite fournie.
    Map<String, Long> antennesParNom = new HashMap<>();
    for (Antenne a : parametres.antennes()) {
      antennesParNom.put(a.nom(), a.id());
    }
    antennesParNom.putAll(parametres.correspondancesAntennes());
    Set<Long> idsAntennes = parametres.antennes().stream().map(Antenne::id).collect(Collectors.toSet());
    Set<String> antennesInconnues = new LinkedHashSet<>();
    List<Resolue> valides = new ArrayList<>();
    for (ColonnesMesures.Ligne l : lecture.lignes) {
      Optional<Tribunal> t = ctx.referentiel().tribunal(l.siret());
      if (t.isEmpty()) {
        erreurs.add(Violation.de(CodeImport.IMPORT_TRIBUNAL_INCONNU, "/lignes/" + l.numero() + "/tribunal_siret",
            argumentsLigne(l.numero(), Map.of("siret", l.siret().valeur()))));
        continue;
      }
      ColonnesMesures.Ligne resolue = l;
      if (!parametres.antennes().isEmpty() && l.nomAntenne().isPresent()) {
        Long id = antennesParNom.get(l.nomAntenne().get());
        if (id == null) {
          antennesInconnues.add(l.nomAntenne().get());
          continue;
        }
        resolue = new ColonnesMesures.Ligne(l.numero(), l.saisie().withAntenneId(id), l.siret(), l.nomAntenne());
      }
      valides.add(new Resolue(resolue, t.get()));
    }
    // Doublons (§3.11), règles métier du moteur et upsert (§6.6, §7.3).
    List<EcritureLot.Element> elements = new ArrayList<>();
    for (Resolue r : valides) {
      elements.add(new EcritureLot.Element(r.ligne().numero(), "/lignes/" + r.ligne().numero(), r.ligne().saisie(),
          Optional.of(r.tribunal())));
    }
    EcritureLot.Bilan bilan = EcritureLot.ecrire(elements, parametres.gestionnaire(), idsAntennes,
        parametres.existantes(), ctx);
    erreurs.addAll(bilan.erreurs());
    List<Violation> avertissements = bilan.avertissements();
    int creations = bilan.creations();
    int misesAJour = bilan.misesAJour();
    List<Mesure> mesures = bilan.mesures();
    if (!erreurs.isEmpty()) {
      erreurs.sort(Comparator.comparingInt(MesuresImporter::ligneDe));
      LOG.debug("Import de mesures refusé : {} erreur(s) sur {} ligne(s)", erreurs.size(), lecture.lignesLues);
      return Resultat.echec(erreurs);
    }
    if (!antennesInconnues.isEmpty()) {
      List<Violation> v = new ArrayList<>();
      for (String nom : antennesInconnues) {
        v.add(Violation.de(CodeImport.IMPORT_ANTENNE_INCONNUE, "/antennes", Map.of("antenne", nom)));
      }
      return Resultat.echec(v);
    }
    LOG.debug("Import de mesures : {} création(s), {} mise(s) à jour", creations, misesAJour);
    return Resultat.succes(new ImportMesures(creations, misesAJour, mesures, lecture.lignesLues, avertissements),
        avertissements);
  }

  /** Ligne bien formée et son tribunal. */
  private record Resolue(ColonnesMesures.Ligne ligne, Tribunal tribunal) {}

  /** Numéro de ligne tableur d'une violation d'import (0 si elle ne vise pas une ligne). */
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

  /** Reçoit les lignes lues : en-tête puis données. Non thread-safe (une par import). */
  private static final class Lecture {
    private final int anneeMax;
    private final boolean strict;
    private @Nullable List<String> colonnes;
    private final List<ColonnesMesures.Ligne> lignes = new ArrayList<>();
    private final List<Violation> erreurs = new ArrayList<>();
    private boolean enTeteValide;
    private int lignesLues;

    Lecture(int anneeMax, boolean strict) {
      this.anneeMax = anneeMax;
      this.strict = strict;
    }

    void ligne(int numero, List<String> valeurs) {
      if (colonnes == null) {
        colonnes = valeurs;
        enTeteValide = verifierEnTete(numero, valeurs);
        return;
      }
      if (!enTeteValide) {
        return;
      }
      lignesLues++;
      Map<String, String> parNom = new HashMap<>();
      for (int i = 0; i < colonnes.size() && i < valeurs.size(); i++) {
        if (!colonnes.get(i).isEmpty()) {
          parNom.put(colonnes.get(i), valeurs.get(i));
        }
      }
      ColonnesMesures.lire(numero, parNom, anneeMax, strict, erreurs).ifPresent(lignes::add);
    }

    private boolean verifierEnTete(int numero, List<String> titres) {
      int avant = erreurs.size();
      for (int i = 0; i < titres.size(); i++) {
        String t = titres.get(i);
        if (!t.isEmpty() && !ColonnesMesures.EN_TETES.contains(t)) {
          erreurs.add(Violation.de(CodeImport.IMPORT_EN_TETE_INVALIDE, "/lignes/" + numero,
              argumentsLigne(numero, Map.of("position", i + 1))));
        }
      }
      List<String> manquantes = new ArrayList<>();
      if (!titres.contains(ColonnesMesures.DATE_NOMINATION) && !titres.contains(ColonnesMesures.DATE_OUVERTURE)) {
        manquantes.add(ColonnesMesures.DATE_NOMINATION);
      }
      ColonnesMesures.OBLIGATOIRES.stream().filter(c -> !titres.contains(c)).forEach(manquantes::add);
      for (String c : manquantes) {
        erreurs.add(Violation.de(CodeImport.IMPORT_COLONNE_MANQUANTE, "/lignes/" + numero + "/" + c,
            argumentsLigne(numero, Map.of("colonne", c))));
      }
      return erreurs.size() == avant;
    }
  }
}
