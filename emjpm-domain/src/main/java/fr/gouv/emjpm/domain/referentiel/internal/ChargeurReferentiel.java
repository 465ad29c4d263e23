// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import fr.gouv.emjpm.domain.referentiel.CategorieFiness;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Departement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Region;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.PrecisionGeo;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.domain.tribunal.TypeTribunal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Charge un référentiel complet depuis les cinq fichiers CSV (communes, départements, régions,
 * tribunaux, catégories FINESS), en flux, et construit ses index une fois. Les colonnes sont
 * retrouvées par leur nom d'en-tête. Une donnée incohérente lève {@link IllegalStateException}
 * (fichier et ligne, jamais le contenu) : c'est un défaut du jar, pas une entrée utilisateur. Sans
 * état, thread-safe.
 */
public final class ChargeurReferentiel {

  /** Millésime des données embarquées. */
  public static final String MILLESIME_EMBARQUE = "COG 2026";

  static final String COMMUNES = "communes.csv";
  static final String DEPARTEMENTS = "departements.csv";
  static final String REGIONS = "regions.csv";
  static final String TRIBUNAUX = "tribunaux.csv";
  static final String CATEGORIES_FINESS = "finess-categories.csv";

  private ChargeurReferentiel() {}

  /**
   * Charge une instance NEUVE du référentiel embarqué (ressources du paquet {@code
   * fr/gouv/emjpm/domain/referentiel/}). Pour l'usage courant, préférer {@link Referentiel#embarque()}
   * qui partage une instance ; cette méthode sert aux bancs d'essai et aux tests.
   *
   * @return nouvelle instance du référentiel embarqué, non partagée
   */
  public static Referentiel chargerEmbarque() {
    return charger(
        MILLESIME_EMBARQUE,
        nom -> {
          InputStream flux = Referentiel.class.getResourceAsStream(nom);
          if (flux == null) {
            throw new IllegalStateException("Ressource du référentiel absente : " + nom);
          }
          return new InputStreamReader(flux, StandardCharsets.UTF_8);
        });
  }

  /**
   * Charge un référentiel depuis des fichiers de même format que ceux embarqués ; {@code ouvrir}
   * reçoit le nom de fichier ({@code communes.csv}, {@code departements.csv}, {@code regions.csv},
   * {@code tribunaux.csv}, {@code finess-categories.csv}) et rend un flux de caractères que le
   * chargeur ferme.
   *
   * @param millesime millésime annoncé par le référentiel (par exemple {@code COG 2026})
   * @param ouvrir ouvre le fichier CSV nommé en flux de caractères UTF-8 déjà décodé, que le chargeur ferme
   * @return le référentiel chargé, avec ses index
   */
  public static Referentiel charger(String millesime, Function<String, Reader> ouvrir) {
    Contexte ctx = new Contexte();
    List<Region> regions = lire(ouvrir, REGIONS, ctx::region);
    List<Departement> departements = lire(ouvrir, DEPARTEMENTS, ctx::departement);
    List<Commune> communes = lireCommunes(ouvrir, ctx);
    List<Tribunal> tribunaux = lire(ouvrir, TRIBUNAUX, ctx::tribunal);
    List<CategorieFiness> categories = lire(ouvrir, CATEGORIES_FINESS, ChargeurReferentiel::categorie);
    return new ReferentielEnMemoire(millesime, communes, departements, regions, tribunaux, categories);
  }

  /** Transformation d'un enregistrement en objet. */
  @FunctionalInterface
  private interface Lecture<T> {
    T lire(Ligne ligne);
  }

  private static <T> List<T> lire(Function<String, Reader> ouvrir, String fichier, Lecture<T> lecture) {
    List<T> resultat = new ArrayList<>();
    parcourir(ouvrir, fichier, ligne -> resultat.add(lecture.lire(ligne)));
    return resultat;
  }

  private static List<Commune> lireCommunes(Function<String, Reader> ouvrir, Contexte ctx) {
    List<Commune> communes = new ArrayList<>(36_000);
    AccumulateurCommune acc = new AccumulateurCommune(ctx, communes);
    parcourir(ouvrir, COMMUNES, acc::ajouter);
    try {
      acc.terminer();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Référentiel : donnée invalide en fin de " + COMMUNES, e);
    }
    return communes;
  }

  private static void parcourir(
      Function<String, Reader> ouvrir, String fichier, java.util.function.Consumer<Ligne> action) {
    try (CsvReader csv = new CsvReader(ouvrir.apply(fichier))) {
      List<String> champs = new ArrayList<>(20);
      if (!csv.lire(champs)) {
        throw new IllegalStateException("Référentiel : fichier vide : " + fichier);
      }
      Map<String, Integer> entete = new HashMap<>();
      for (int i = 0; i < champs.size(); i++) {
        entete.put(champs.get(i), i);
      }
      Ligne ligne = new Ligne(fichier, entete, champs);
      while (true) {
        long numero = csv.ligne();
        if (!csv.lire(champs)) {
          break;
        }
        ligne.numero = numero;
        try {
          action.accept(ligne);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new IllegalStateException(
              "Référentiel : donnée invalide dans " + fichier + " ligne " + numero, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Référentiel : lecture impossible de " + fichier, e);
    }
  }

  private static CategorieFiness categorie(Ligne l) {
    return CategorieFiness.builder()
        .code(l.texte("code"))
        .libelle(l.texte("libelle"))
        .actif(l.ouiNon("actif"))
        .dateFin(l.optionnel("date_fin").map(LocalDate::parse))
        .agregatCode(l.texte("agregat_code"))
        .agregatLibelle(l.optionnel("agregat_libelle"))
        .agregatNiveau2Code(l.texte("agregat_niv2_code"))
        .agregatNiveau1Code(l.texte("agregat_niv1_code"))
        .domaine(l.texte("domaine"))
        .filtreEmjpm(l.ouiNon("filtre_emjpm"))
        .build();
  }

  /** Caches des types valeur partagés (codes postaux, départements, régions) pendant un chargement. */
  private static final class Contexte {
    final Map<String, CodePostal> codesPostaux = new HashMap<>(8192);
    final Map<String, CodeDepartement> departements = new HashMap<>(256);
    final Map<String, String> regions = new HashMap<>(64);

    CodePostal codePostal(String valeur) {
      return codesPostaux.computeIfAbsent(valeur, CodePostal::of);
    }

    CodeDepartement codeDepartement(String valeur) {
      return departements.computeIfAbsent(valeur, CodeDepartement::of);
    }

    String codeRegion(String valeur) {
      return regions.computeIfAbsent(valeur, v -> v);
    }

    Region region(Ligne l) {
      return Region.builder().code(codeRegion(l.texte("code"))).nom(l.texte("nom")).build();
    }

    Departement departement(Ligne l) {
      return Departement.builder()
          .code(codeDepartement(l.texte("code")))
          .nom(l.texte("nom"))
          .codeRegion(codeRegion(l.texte("region")))
          .build();
    }

    Tribunal tribunal(Ligne l) {
      String type = l.texte("kind");
      String precision = l.texte("geo_precision");
      return Tribunal.builder()
          .id(TribunalId.of(l.texte("id")))
          .type(TypeTribunal.parCode(type).orElseThrow(() -> new IllegalArgumentException("type")))
          .nom(l.texte("nom"))
          .parent(l.optionnel("tribunal_parent_id").map(TribunalId::of))
          .courAppel(l.texte("cour_appel"))
          .adresse(l.optionnel("adresse"))
          .adresseComplement(l.optionnel("adresse_complement"))
          .codePostal(codePostal(l.texte("code_postal")))
          .ville(l.texte("ville"))
          .codeInsee(CodeInsee.of(l.texte("code_insee")))
          .departement(codeDepartement(l.texte("departement")))
          .siret(l.optionnel("siret").map(Siret::of))
          .telephone(l.texte("telephone"))
          .email(l.optionnel("email"))
          .latitude(Double.parseDouble(l.texte("latitude")))
          .longitude(Double.parseDouble(l.texte("longitude")))
          .precisionGeo(
              PrecisionGeo.parCode(precision)
                  .orElseThrow(() -> new IllegalArgumentException("geo_precision")))
          .build();
    }
  }

  /**
   * Regroupe les lignes consécutives d'une même commune (une ligne par code postal) en une {@link
   * Commune}.
   */
  private static final class AccumulateurCommune {
    private final Contexte ctx;
    private final List<Commune> sortie;
    private int colInsee = -1;
    private int colNom;
    private int colCp;
    private int colDep;
    private int colRegion;
    private int colLat;
    private int colLon;
    private int colPop;
    private String insee = "";
    private String nom = "";
    private String departement = "";
    private String region = "";
    private String latitude = "";
    private String longitude = "";
    private String population = "";
    private final List<CodePostal> codes = new ArrayList<>(8);

    AccumulateurCommune(Contexte ctx, List<Commune> sortie) {
      this.ctx = ctx;
      this.sortie = sortie;
    }

    void ajouter(Ligne l) {
      if (colInsee < 0) {
        colInsee = l.colonne("code_insee");
        colNom = l.colonne("nom");
        colCp = l.colonne("code_postal");
        colDep = l.colonne("departement");
        colRegion = l.colonne("region");
        colLat = l.colonne("latitude");
        colLon = l.colonne("longitude");
        colPop = l.colonne("population");
      }
      String code = l.champ(colInsee);
      if (!code.equals(insee)) {
        terminer();
        insee = code;
        nom = l.champ(colNom);
        departement = l.champ(colDep);
        region = l.champ(colRegion);
        latitude = l.champ(colLat);
        longitude = l.champ(colLon);
        population = l.champ(colPop);
      }
      String cp = l.champ(colCp);
      if (!cp.isEmpty()) {
        CodePostal codePostal = ctx.codePostal(cp);
        if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(codePostal)) {
          codes.add(codePostal);
        }
      }
    }

    void terminer() {
      if (insee.isEmpty()) {
        return;
      }
      Commune.Builder b =
          Commune.builder()
              .codeInsee(CodeInsee.of(insee))
              .nom(nom)
              .addAllCodesPostaux(codes)
              .departement(ctx.codeDepartement(departement))
              .region(ctx.codeRegion(region))
              .latitude(Double.parseDouble(latitude))
              .longitude(Double.parseDouble(longitude));
      if (!population.isEmpty()) {
        b.population(Integer.parseInt(population));
      }
      sortie.add(b.build());
      codes.clear();
      insee = "";
    }
  }

  /** Vue d'un enregistrement CSV par nom de colonne (réutilisée d'une ligne à l'autre). */
  private static final class Ligne {
    final String fichier;
    final Map<String, Integer> entete;
    final List<String> champs;
    long numero;

    Ligne(String fichier, Map<String, Integer> entete, List<String> champs) {
      this.fichier = fichier;
      this.entete = entete;
      this.champs = champs;
    }

    int colonne(String nom) {
      Integer i = entete.get(nom);
      if (i == null) {
        throw new IllegalStateException("Référentiel : colonne " + nom + " absente de " + fichier);
      }
      return i;
    }

    String champ(int colonne) {
      if (colonne >= champs.size()) {
        throw new IllegalArgumentException("champ manquant");
      }
      return champs.get(colonne);
    }

    String texte(String nom) {
      return champ(colonne(nom));
    }

    Optional<String> optionnel(String nom) {
      String v = texte(nom);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    boolean ouiNon(String nom) {
      String v = texte(nom);
      if (v.equals("oui")) {
        return true;
      }
      if (v.equals("non")) {
        return false;
      }
      throw new IllegalArgumentException("oui/non attendu");
    }
  }
}
