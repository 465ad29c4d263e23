// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Les colonnes du fichier d'import et leur lecture en {@link SaisieMesure} : règles de FORMAT
 * seulement ; les règles métier sont celles du moteur ({@code ValidationSaisie}). Deux dispositions :
 * celle de l'import (docs/formats/import-mesures.md) ({@link #lire}) et celle d'un fichier produit par {@link MesuresExporter}
 * ({@link #lireExport}, reconnue à son ensemble d'en-têtes exact).
 */
final class ColonnesMesures {

  static final String DATE_NOMINATION = "date_nomination";
  static final String DATE_OUVERTURE = "date_ouverture";
  static final String TYPE = "type";
  static final String CODE_POSTAL = "code_postal";
  static final String VILLE = "ville";
  static final String CIVILITE = "civilite";
  static final String ANNEE = "annee";
  static final String NUMERO_RG = "numero_rg";
  static final String NUMERO_DOSSIER = "numero_dossier";
  static final String RESIDENCE = "residence";
  static final String TYPE_ETABLISSEMENT = "type_etablissement";
  static final String TRIBUNAL_SIRET = "tribunal_siret";
  static final String TRIBUNAL_CABINET = "tribunal_cabinet";
  static final String ANTENNE = "antenne";

  // Disposition de l'export (liste du gestionnaire + tribunal_siret, type_etablissement) : colonnes qui diffèrent de l'import.
  static final String ANNEE_NAISSANCE = "annee_naissance";
  static final String CABINET = "cabinet";
  static final String CHAMP_MESURE = "champ_mesure";
  static final String LIEU_VIE = "lieu_vie";
  static final String NATURE_MESURE = "nature_mesure";
  static final String PAYS = "pays";

  /** En-têtes exacts d'un fichier produit par {@link MesuresExporter} (seconde disposition admise). */
  static final Set<String> EN_TETES_EXPORT = Set.copyOf(MesuresExporter.COLONNES);

  /**
   * Colonnes à peu de valeurs distinctes (villes, codes postaux, tribunaux…) : l'import partage leurs
   * chaînes d'une ligne à l'autre pour ne pas garder une copie par mesure.
   */
  static final Set<String> PARTAGEES = Set.of(TYPE, CODE_POSTAL, VILLE, CIVILITE, ANNEE, RESIDENCE,
      TYPE_ETABLISSEMENT, TRIBUNAL_SIRET, TRIBUNAL_CABINET, ANTENNE, ANNEE_NAISSANCE, CABINET, CHAMP_MESURE,
      LIEU_VIE, NATURE_MESURE, PAYS, "tribunal");

  /** En-têtes admis (plus {@code type_etablissement} : voir docs/ecarts.md). */
  static final List<String> EN_TETES =
      List.of(DATE_NOMINATION, DATE_OUVERTURE, TYPE, CODE_POSTAL, VILLE, CIVILITE, ANNEE, NUMERO_RG,
          NUMERO_DOSSIER, RESIDENCE, TYPE_ETABLISSEMENT, TRIBUNAL_SIRET, TRIBUNAL_CABINET, ANTENNE);

  /** Colonnes obligatoires ({@code date_nomination} peut être remplacée par {@code date_ouverture}). */
  static final List<String> OBLIGATOIRES = List.of(TYPE, CIVILITE, ANNEE, NUMERO_RG, RESIDENCE, TRIBUNAL_SIRET);

  /** Dates texte : {@code jj/mm/aaaa} de l'original, aussi {@code j/m/aaaa}. */
  private static final Pattern DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([12][0-9]{3})");
  /** Dates texte {@code aaaa-mm-jj} (ISO), même sens. */
  private static final Pattern DATE_ISO = Pattern.compile("([12][0-9]{3})-([0-9]{1,2})-([0-9]{1,2})");
  /** Chiffres séparés d'espaces (« 1 948 », « 17 590 111 500 709 ») : les espaces sont ôtés. */
  private static final Pattern CHIFFRES_ESPACES = Pattern.compile("[0-9]+( [0-9]+)+");
  /** Année : chiffres ASCII seulement (au plus 9, lue en {@code int}). */
  static final Pattern ENTIER_ASCII = Pattern.compile("[0-9]{1,9}");

  /** Les 20 libellés de nature (après passage en minuscules) → nature et champ. */
  private static final Map<String, Object[]> TYPES = new HashMap<>();

  static {
    type("curatelle", NatureMesure.CURATELLE_SIMPLE, null);
    type("curatelle simple", NatureMesure.CURATELLE_SIMPLE, null);
    type("curatelle simple à la personne", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_PERSONNE);
    type("curatelle simple aux biens", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_BIEN);
    type("curatelle simple aux biens et à la personne", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_BIEN_PERSONNE);
    type("curatelle renforcée", NatureMesure.CURATELLE_RENFORCEE, null);
    type("curatelle renforcée à la personne", NatureMesure.CURATELLE_RENFORCEE, ChampMesure.PROTECTION_PERSONNE);
    type("curatelle renforcée aux biens", NatureMesure.CURATELLE_RENFORCEE, ChampMesure.PROTECTION_BIEN);
    type("curatelle renforcée aux biens et à la personne", NatureMesure.CURATELLE_RENFORCEE, ChampMesure.PROTECTION_BIEN_PERSONNE);
    type("maj", NatureMesure.MESURE_ACCOMPAGNEMENT_JUDICIAIRE, null);
    type("mandat de protection future", NatureMesure.MANDAT_PROTECTION_FUTURE, null);
    type("mesure ad hoc", NatureMesure.MESURE_AD_HOC, null);
    type("sauvegarde de justice", NatureMesure.SAUVEGARDE_JUSTICE, null);
    type("sauvegarde de justice avec mandat spécial", NatureMesure.SAUVEGARDE_JUSTICE, null);
    type("subrogé curateur", NatureMesure.SUBROGE_CURATEUR, null);
    type("subrogé tuteur", NatureMesure.SUBROGE_TUTEUR, null);
    type("tutelle", NatureMesure.TUTELLE, null);
    type("tutelle à la personne", NatureMesure.TUTELLE, ChampMesure.PROTECTION_PERSONNE);
    type("tutelle aux biens", NatureMesure.TUTELLE, ChampMesure.PROTECTION_BIEN);
    type("tutelle aux biens et à la personne", NatureMesure.TUTELLE, ChampMesure.PROTECTION_BIEN_PERSONNE);
  }

  private static void type(String libelle, NatureMesure nature, ChampMesure champ) {
    TYPES.put(libelle, new Object[] {nature, champ});
  }

  private ColonnesMesures() {}

  /** Nombre de libellés de {@code type} acceptés (20). */
  static int nombreDeTypes() {
    return TYPES.size();
  }

  /**
   * Valeurs d'une ligne, par nom de colonne (en minuscules) : lues dans la liste des cellules de la
   * ligne, sans copie.
   */
  @FunctionalInterface
  interface Valeurs {
    /**
     * {@return valeur de la cellule de cette colonne, nulle si la colonne est absente ou la ligne plus courte}
     *
     * @param colonne nom de colonne (en minuscules)
     */
    @org.jspecify.annotations.Nullable String valeur(String colonne);
  }

  /** Recherche des communes dans le référentiel du moteur. */
  interface Communes {
    /**
     * {@return vrai si {@code ville} est une commune du code postal français {@code codePostal} (5 chiffres)}
     *
     * @param codePostal code postal à 5 chiffres
     * @param ville ville saisie
     */
    boolean francaise(String codePostal, String ville);

    /**
     * {@return commune du lieu de vie dont la mesure prendra la position ({@code Localisation.commune})}
     *
     * @param pays pays du lieu de vie
     * @param codePostal code postal tel que la mesure le gardera
     * @param ville ville telle que la mesure la gardera (en majuscules)
     */
    Optional<Commune> duLieu(Pays pays, Optional<String> codePostal, Optional<String> ville);

    /**
     * {@return la chaîne égale déjà gardée par cet import, sinon {@code texte} (gardé pour les lignes
     * suivantes)} Les valeurs répétées d'une ligne à l'autre (villes en majuscules, codes postaux) ne
     * sont ainsi gardées qu'une fois par les mesures construites.
     *
     * @param texte texte à partager
     */
    default String partagee(String texte) {
      return texte;
    }

    /**
     * {@return {@code calcul(texte)}, éventuellement gardé par l'implémentation pour les lignes suivantes}
     * Les valeurs des colonnes à liste (type, résidence, ville, SIRET du tribunal) et les dates se répètent
     * d'une ligne à l'autre : leur lecture n'est alors faite qu'une fois par import, et un même texte rend
     * la même instance.
     *
     * @param table table de mémoire (une par calcul : {@link #TABLE_TYPE}, {@link #TABLE_RESIDENCE}, {@link
     *     #TABLE_MAJUSCULES}, {@link #TABLE_SIRET}, {@link #TABLE_DATE}, {@link #TABLE_TRIBUNAL})
     * @param texte texte de la cellule
     * @param calcul calcul pur (même texte, même résultat), qui peut rendre {@code null}
     * @param <T> type du résultat
     */
    default <T> @org.jspecify.annotations.Nullable T memoise(int table, String texte,
        Function<String, @org.jspecify.annotations.Nullable T> calcul) {
      return calcul.apply(texte);
    }

    /** Table de {@link #memoise} : libellé de {@code type} → nature et champ. */
    int TABLE_TYPE = 0;
    /** Table de {@link #memoise} : {@code residence} → lieu de vie. */
    int TABLE_RESIDENCE = 1;
    /** Table de {@link #memoise} : ville → ville en majuscules. */
    int TABLE_MAJUSCULES = 2;
    /** Table de {@link #memoise} : texte du SIRET → SIRET (nul s'il est invalide). */
    int TABLE_SIRET = 3;
    /** Table de {@link #memoise} : texte d'une date → date (vide : date invalide). */
    int TABLE_DATE = 4;
    /** Table de {@link #memoise} : SIRET → tribunal en vigueur (vide : inconnu). */
    int TABLE_TRIBUNAL = 5;
    /** Nombre de tables de {@link #memoise}. */
    int TABLES = 6;
  }

  /**
   * Ligne lue : la saisie, à compléter du tribunal résolu et de l'antenne avant d'être construite (une
   * seule fois), le SIRET du tribunal et le nom d'antenne éventuel.
   *
   * @param numero numéro de ligne tableur
   * @param saisie saisie remplie de toutes les colonnes de la ligne (commune du lieu de vie comprise)
   * @param siret SIRET du tribunal
   * @param nomAntenne nom d'antenne, vide s'il n'y en a pas
   */
  record Ligne(int numero, SaisieMesure.Builder saisie, Siret siret, Optional<String> nomAntenne) {
    /**
     * {@return la saisie construite, avec le tribunal résolu et l'antenne} À n'appeler qu'une fois.
     *
     * @param tribunal tribunal en vigueur du SIRET de la ligne
     * @param antenneId antenne du service, vide s'il n'y en a pas
     */
    SaisieMesure construire(Tribunal tribunal, Optional<Long> antenneId) {
      return saisie.tribunal(tribunal).antenneId(antenneId).build();
    }
  }

  /**
   * Lit une ligne de données (disposition de l'import) ; rend la ligne, ou les violations de format (toutes
   * celles de la ligne).
   *
   * @param numero numéro de ligne tableur
   * @param valeurs valeurs par nom de colonne (absentes = vides)
   * @param entetes en-tête tel que l'utilisateur l'a écrit, par nom de colonne (nommé dans les messages)
   * @param communeFrancaise vrai si la ville est une commune de ce code postal français à 5 chiffres
   * @param anneeMax année de naissance maximale (année en cours)
   * @param strict numéros RG déjà normalisés exigés
   * @param violations reçoit les violations
   * @param avertissements reçoit les avertissements de la ligne
   * @param illisible reçoit, si la ligne a une erreur de format, sa saisie lue en partie (colonnes en
   *     erreur laissées vides) : les règles du moteur s'y appliquent pour signaler toutes les règles en
   *     échec de la ligne
   * @return la ligne si elle est bien formée
   */
  static Optional<Ligne> lire(int numero, Valeurs valeurs, Map<String, String> entetes, Communes communes,
      int anneeMax, boolean strict, List<Violation> violations, List<Violation> avertissements,
      java.util.function.Consumer<SaisieMesure> illisible) {
    int avant = violations.size();
    Lecture l = new Lecture(numero, valeurs, entetes, violations, communes);
    String texteDate = l.texte(DATE_NOMINATION).or(() -> l.texte(DATE_OUVERTURE)).orElse("");
    Optional<LocalDate> date = l.date(DATE_NOMINATION, texteDate);
    Optional<Object[]> type = l.obligatoire(TYPE).flatMap(t -> l.valeurDans(TYPE,
        communes.memoise(Communes.TABLE_TYPE, t, x -> TYPES.get(x.toLowerCase(Locale.ROOT)))));
    Optional<String> cpLu = l.codePostal();
    Optional<String> cpFrancais = cpLu.filter(cp -> cp.length() == 4 && formeCodePostal(cp))
        .map(cp -> communes.partagee("0" + cp))
        .filter(cp -> l.texte(VILLE).filter(v -> communes.francaise(cp, v)).isPresent());
    // code postal français dont le tableur a perdu le zéro initial (02100 saisi, 2100 stocké)
    boolean zeroRetabli = cpFrancais.isPresent();
    Optional<String> codePostal = zeroRetabli ? cpFrancais : cpLu;
    Optional<Civilite> civilite =
        l.obligatoire(CIVILITE).flatMap(c -> l.valeurDans(CIVILITE,
            c.equalsIgnoreCase("F") ? Civilite.MADAME : c.equalsIgnoreCase("H") ? Civilite.MONSIEUR : null));
    Optional<Integer> annee = l.obligatoire(ANNEE).flatMap(a -> l.annee(ANNEE, l.chiffres(ANNEE).orElse(a), anneeMax));
    Optional<String> rg = l.obligatoire(NUMERO_RG);
    Optional<LieuVie> lieuVie = l.obligatoire(RESIDENCE).flatMap(r -> l.valeurDans(RESIDENCE,
        communes.memoise(Communes.TABLE_RESIDENCE, r, ColonnesMesures::residence)));
    Optional<TypeEtablissement> typeEtablissement =
        l.texte(TYPE_ETABLISSEMENT).flatMap(t -> l.valeurDans(TYPE_ETABLISSEMENT, typeEtablissement(t)));
    Optional<Siret> siret = l.siret();
    if (violations.size() > avant) {
      SaisieEtat partiel = etat(date, type.map(t -> (NatureMesure) t[0]), type.map(t -> (ChampMesure) t[1]),
          lieuVie, typeEtablissement, codePostal, l.texte(VILLE), Optional.of(paysDuCodePostal(codePostal)));
      illisible.accept(saisie(l, partiel, rg, annee, civilite, siret, TRIBUNAL_CABINET, strict).build());
      return Optional.empty();
    }
    if (zeroRetabli) {
      avertissements.add(l.violation(CodeImport.IMPORT_CODE_POSTAL_ZERO_RETABLI, CODE_POSTAL, Map.of()));
    }
    Pays pays = zeroRetabli ? Pays.FR : paysDuCodePostal(codePostal);
    NatureMesure nature = (NatureMesure) type.orElseThrow()[0];
    Optional<ChampMesure> champ = Optional.ofNullable((ChampMesure) type.orElseThrow()[1]);
    // ville en majuscules, telle que la mesure la garde (l'enregistrement la met en majuscules, les règles
    // n'en examinent que la présence) : une seule chaîne par ville pour tout l'import
    Optional<String> ville = l.texte(VILLE)
        .map(v -> communes.memoise(Communes.TABLE_MAJUSCULES, v, x -> communes.partagee(x.toUpperCase(Locale.ROOT))));
    SaisieEtat etat = etat(date, Optional.of(nature), champ, lieuVie, typeEtablissement, codePostal, ville,
        Optional.of(pays));
    SaisieMesure.Builder saisie = saisie(l, etat, rg, annee, civilite, siret, TRIBUNAL_CABINET, strict)
        .commune(communes.duLieu(pays, codePostal, ville));
    return Optional.of(new Ligne(numero, saisie, siret.orElseThrow(), l.texte(ANTENNE)));
  }

  /**
   * Lit une ligne d'un fichier produit par {@link MesuresExporter} : mêmes règles de format et mêmes
   * codes que {@link #lire}, colonnes de l'export ({@code annee_naissance}, civilité {@code madame} ou
   * {@code monsieur}, codes de nature, de champ, de lieu de vie et de type d'établissement, pays
   * cohérent avec le code postal, {@code cabinet}) ; la colonne {@code tribunal} (nom) n'est pas lue,
   * le tribunal est celui de {@code tribunal_siret}.
   *
   * @param numero numéro de ligne tableur
   * @param valeurs valeurs par nom de colonne (absentes = vides), garde anti-formule déjà ôtée
   * @param anneeMax année de naissance maximale (année en cours)
   * @param strict numéros RG déjà normalisés exigés
   * @param violations reçoit les violations
   * @param illisible reçoit, si la ligne a une erreur de format, sa saisie lue en partie (comme {@link #lire})
   * @return la ligne si elle est bien formée
   */
  static Optional<Ligne> lireExport(int numero, Valeurs valeurs, Communes communes, int anneeMax, boolean strict,
      List<Violation> violations, java.util.function.Consumer<SaisieMesure> illisible) {
    int avant = violations.size();
    Lecture l = new Lecture(numero, valeurs, Map.of(), violations, communes);
    Optional<LocalDate> date = l.date(DATE_NOMINATION, l.texte(DATE_NOMINATION).orElse(""));
    Optional<NatureMesure> nature = l.obligatoire(NATURE_MESURE).flatMap(n -> l.code(NATURE_MESURE, n, NatureMesure::parCode));
    Optional<ChampMesure> champ = l.texte(CHAMP_MESURE).flatMap(c -> l.code(CHAMP_MESURE, c, ChampMesure::parCode));
    Optional<String> codePostal = l.codePostal();
    Optional<Civilite> civilite = l.obligatoire(CIVILITE).flatMap(c -> l.code(CIVILITE, c, Civilite::parCode));
    Optional<Integer> annee = l.obligatoire(ANNEE_NAISSANCE).flatMap(a -> l.annee(ANNEE_NAISSANCE, a, anneeMax));
    Optional<String> rg = l.obligatoire(NUMERO_RG);
    Optional<LieuVie> lieuVie = l.obligatoire(LIEU_VIE).flatMap(v -> l.code(LIEU_VIE, v, LieuVie::parCode));
    Optional<TypeEtablissement> typeEtablissement =
        l.texte(TYPE_ETABLISSEMENT).flatMap(t -> l.code(TYPE_ETABLISSEMENT, t, TypeEtablissement::parCode));
    Optional<Pays> pays = l.obligatoire(PAYS).flatMap(p -> l.code(PAYS, p, Pays::parCode));
    // Pays cohérent avec le code postal bien formé (4 chiffres ⇒ Belgique, 5 chiffres ⇒ France).
    if (pays.isPresent() && codePostal.filter(ColonnesMesures::formeCodePostal).isPresent()
        && pays.get() != paysDuCodePostal(codePostal)) {
      l.erreur(CodeImport.IMPORT_PAYS_INCOHERENT, PAYS, Map.of());
    }
    Optional<Siret> siret = l.siret();
    SaisieEtat etat = etat(date, nature, champ, lieuVie, typeEtablissement, codePostal, l.texte(VILLE), pays);
    SaisieMesure.Builder saisie = saisie(l, etat, rg, annee, civilite, siret, CABINET, strict);
    if (violations.size() > avant) {
      illisible.accept(saisie.build());
      return Optional.empty();
    }
    saisie.commune(communes.duLieu(pays.orElseThrow(), codePostal, majuscules(l.texte(VILLE))));
    return Optional.of(new Ligne(numero, saisie, siret.orElseThrow(), Optional.empty()));
  }

  /** Forme d'un code postal de l'import : 4 ou 5 chiffres ASCII (4 : belge, ou français dont le tableur a perdu le 0). */
  static boolean formeCodePostal(String cp) {
    if (cp.length() != 4 && cp.length() != 5) {
      return false;
    }
    for (int i = 0; i < cp.length(); i++) {
      if (cp.charAt(i) < '0' || cp.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Ville telle que la mesure la garde (en majuscules), pour chercher sa commune. */
  private static Optional<String> majuscules(Optional<String> ville) {
    return ville.map(v -> v.toUpperCase(Locale.ROOT));
  }

  /** Pays : 4 chiffres ⇒ Belgique, sinon France. */
  private static Pays paysDuCodePostal(Optional<String> codePostal) {
    return codePostal.filter(cp -> cp.length() == 4).isPresent() ? Pays.BE : Pays.FR;
  }

  private static SaisieEtat etat(Optional<LocalDate> date, Optional<NatureMesure> nature, Optional<ChampMesure> champ,
      Optional<LieuVie> lieuVie, Optional<TypeEtablissement> typeEtablissement, Optional<String> codePostal,
      Optional<String> ville, Optional<Pays> pays) {
    return SaisieEtat.builder()
        .dateChangementEtat(date)
        .nature(nature)
        .champ(champ)
        .lieuVie(lieuVie)
        .typeEtablissement(typeEtablissement)
        .codePostal(codePostal)
        .ville(ville)
        .pays(pays)
        .build();
  }

  /**
   * Saisie d'une ligne : un seul état, daté de la nomination ; les colonnes en erreur de format
   * sont vides.
   */
  private static SaisieMesure.Builder saisie(Lecture l, SaisieEtat etat, Optional<String> rg, Optional<Integer> annee,
      Optional<Civilite> civilite, Optional<Siret> siret, String colonneCabinet, boolean strict) {
    return SaisieMesure.builder()
            .numeroRg(rg)
            .numeroDossier(l.texte(NUMERO_DOSSIER))
            .anneeNaissance(annee)
            .civilite(civilite)
            .tribunalSiret(siret)
            .tribunalCabinet(l.texte(colonneCabinet))
            .dateNomination(etat.dateChangementEtat())
            .codePostal(etat.codePostal())
            .ville(etat.ville())
            .addEtats(etat)
            .strictNumeroRg(strict)
            .typeEtablissementFacultatif(true); // l'import de l'original ne l'exigeait pas : avertissement
  }

  /**
   * Champs de la saisie (chemins du moteur) remplis par une colonne : une règle du moteur qui vise l'un
   * d'eux n'est pas signalée quand la colonne a déjà une erreur de format.
   *
   * @param colonne nom de colonne (en minuscules)
   * @return chemins du moteur de ses champs, vide pour une colonne qui n'en remplit aucun
   */
  static List<String> champsDe(String colonne) {
    return switch (colonne) {
      case DATE_NOMINATION, DATE_OUVERTURE -> List.of("/dateNomination", "/etats/0/dateChangementEtat");
      case TYPE -> List.of("/etats/0/nature", "/etats/0/champ");
      case NATURE_MESURE -> List.of("/etats/0/nature");
      case CHAMP_MESURE -> List.of("/etats/0/champ");
      case CODE_POSTAL -> List.of("/codePostal", "/etats/0/codePostal");
      case VILLE -> List.of("/ville", "/etats/0/ville");
      case CIVILITE -> List.of("/civilite");
      case ANNEE, ANNEE_NAISSANCE -> List.of("/anneeNaissance");
      case NUMERO_RG -> List.of("/numeroRg");
      case NUMERO_DOSSIER -> List.of("/numeroDossier");
      case RESIDENCE, LIEU_VIE -> List.of("/etats/0/lieuVie");
      case TYPE_ETABLISSEMENT -> List.of("/etats/0/typeEtablissement");
      case PAYS -> List.of("/etats/0/pays");
      case TRIBUNAL_SIRET -> List.of("/tribunalSiret");
      case TRIBUNAL_CABINET, CABINET -> List.of("/tribunalCabinet");
      case ANTENNE -> List.of("/antenneId");
      default -> List.of();
    };
  }

  /** Libellés de {@code type} acceptés (en minuscules, triés), ceux des listes du modèle vierge. */
  static List<String> libellesTypes() {
    return TYPES.keySet().stream().sorted().toList();
  }

  /** Valeurs de {@code residence} proposées par le modèle vierge. */
  static List<String> libellesResidence() {
    return List.of("A domicile", LieuVie.ETABLISSEMENT.libelle(), LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE.libelle(),
        LieuVie.SDF.libelle());
  }

  /** Valeurs acceptées d'une colonne à liste, pour les messages (jamais la valeur refusée). */
  static String valeursAcceptees(String colonne) {
    return switch (colonne) {
      case TYPE -> String.join(", ", TYPES.keySet().stream().sorted().toList());
      case CIVILITE -> "F, H";
      case RESIDENCE -> "A domicile, " + String.join(", ",
          java.util.Arrays.stream(LieuVie.values()).map(LieuVie::libelle).toList());
      case TYPE_ETABLISSEMENT -> String.join(", ",
          java.util.Arrays.stream(TypeEtablissement.values()).map(TypeEtablissement::code).toList());
      case NATURE_MESURE -> String.join(", ",
          java.util.Arrays.stream(NatureMesure.values()).map(NatureMesure::code).toList());
      case CHAMP_MESURE -> String.join(", ",
          java.util.Arrays.stream(ChampMesure.values()).map(ChampMesure::code).toList());
      case LIEU_VIE -> String.join(", ", java.util.Arrays.stream(LieuVie.values()).map(LieuVie::code).toList());
      case PAYS -> String.join(", ", java.util.Arrays.stream(Pays.values()).map(Pays::code).toList());
      case "civilite_export" -> "madame, monsieur";
      default -> "";
    };
  }

  /** Lieu de vie : minuscules, « a domicile » → « domicile », puis libellé métier du lieu de vie. */
  private static @org.jspecify.annotations.Nullable LieuVie residence(String valeur) {
    String v = valeur.toLowerCase(Locale.ROOT).replace("a domicile", "domicile");
    for (int i = 0; i < LIEUX_VIE.length; i++) {
      if (LIBELLES_LIEUX_VIE[i].equals(v)) {
        return LIEUX_VIE[i];
      }
    }
    return null;
  }

  private static final LieuVie[] LIEUX_VIE = LieuVie.values();
  /** Libellés des lieux de vie en minuscules, dans l'ordre de {@link #LIEUX_VIE}. */
  private static final String[] LIBELLES_LIEUX_VIE =
      java.util.Arrays.stream(LIEUX_VIE).map(l -> l.libelle().toLowerCase(Locale.ROOT)).toArray(String[]::new);

  /** Type d'établissement par code ou par libellé métier (casse ignorée). */
  private static TypeEtablissement typeEtablissement(String valeur) {
    String v = valeur.toLowerCase(Locale.ROOT);
    for (TypeEtablissement t : TypeEtablissement.values()) {
      if (t.code().equals(v) || t.libelle().toLowerCase(Locale.ROOT).equals(v)) {
        return t;
      }
    }
    return null;
  }

  /** Vrai si {@code texte} a de 1 à 9 chiffres ASCII et rien d'autre (même réponse que {@link #ENTIER_ASCII}, sans expression régulière). */
  static boolean entierAscii(String texte) {
    if (texte.isEmpty() || texte.length() > 9) {
      return false;
    }
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Années de 1900 à 2155 en boîtes partagées : les mesures ne gardent pas chacune la leur. */
  private static final Integer[] ANNEES = new Integer[256];

  static {
    for (int i = 0; i < ANNEES.length; i++) {
      ANNEES[i] = 1900 + i; // NOPMD : boîtes créées une fois, hors du cache d'Integer (-128 à 127)
    }
  }

  /** {@return l'année {@code a} (au moins 1900) en boîte partagée si elle est dans la table} */
  private static Integer anneePartagee(int a) {
    return a - 1900 < ANNEES.length ? ANNEES[a - 1900] : Integer.valueOf(a);
  }

  /**
   * Date d'un texte {@code jj/mm/aaaa} (aussi {@code j/m/aaaa}) ou {@code aaaa-mm-jj} ; vide si le texte
   * n'a aucune de ces formes ou si la date est impossible (31/02, 00/12…).
   */
  static Optional<LocalDate> dateDe(String texte) {
    Matcher m = DATE.matcher(texte);
    try {
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
      Matcher iso = DATE_ISO.matcher(texte);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3))));
      }
    } catch (DateTimeException e) {
      // date impossible : même refus que le format
    }
    return Optional.empty();
  }

  /** Lecture d'une ligne : accumule les violations au chemin {@code /lignes/N/colonne}. */
  private static final class Lecture {
    private final int numero;
    private final Valeurs valeurs;
    private final Map<String, String> entetes;
    private final List<Violation> violations;
    private final Communes partage;

    Lecture(int numero, Valeurs valeurs, Map<String, String> entetes, List<Violation> violations, Communes partage) {
      this.numero = numero;
      this.valeurs = valeurs;
      this.entetes = entetes;
      this.violations = violations;
      this.partage = partage;
    }

    Optional<String> texte(String colonne) {
      String v = valeurs.valeur(colonne);
      if (v == null) {
        return Optional.empty();
      }
      String propre = v.strip();
      return propre.isEmpty() ? Optional.empty() : Optional.of(propre);
    }

    Optional<String> obligatoire(String colonne) {
      Optional<String> v = texte(colonne);
      if (v.isEmpty()) {
        erreur(CodeImport.IMPORT_VALEUR_MANQUANTE, colonne, Map.of());
      }
      return v;
    }

    /** Colonne à chiffres : espaces entre groupes de chiffres ôtés (« 1 948 » → « 1948 »). */
    Optional<String> chiffres(String colonne) {
      Optional<String> t = texte(colonne);
      if (t.isEmpty()) {
        return t;
      }
      String v = t.get();
      return v.indexOf(' ') >= 0 && CHIFFRES_ESPACES.matcher(v).matches() ? Optional.of(v.replace(" ", "")) : t;
    }

    Optional<String> codePostal() {
      Optional<String> cp = chiffres(CODE_POSTAL);
      cp.filter(v -> !formeCodePostal(v))
          .ifPresent(v -> erreur(CodeImport.IMPORT_CODE_POSTAL_INVALIDE, CODE_POSTAL, Map.of()));
      return cp;
    }

    Optional<Siret> siret() {
      Optional<String> s = chiffres(TRIBUNAL_SIRET);
      if (s.isEmpty()) {
        erreur(CodeImport.IMPORT_VALEUR_MANQUANTE, TRIBUNAL_SIRET, Map.of());
      }
      return s.flatMap(x -> valeurDans(TRIBUNAL_SIRET, CodeImport.IMPORT_SIRET_INVALIDE,
          partage.memoise(Communes.TABLE_SIRET, x, t -> Siret.parse(t).valeur().orElse(null))));
    }

    /** Code exact d'une énumération (celui qu'écrit l'export). */
    <T> Optional<T> code(String colonne, String texte, Function<String, Optional<T>> parCode) {
      Optional<T> v = parCode.apply(texte).or(() -> parCode.apply(texte.toLowerCase(Locale.ROOT)))
          .or(() -> parCode.apply(texte.toUpperCase(Locale.ROOT)));
      if (v.isEmpty()) {
        erreur(CodeImport.IMPORT_VALEUR_NON_ACCEPTEE, colonne,
            Map.of("valeurs", valeursAcceptees(CIVILITE.equals(colonne) ? "civilite_export" : colonne)));
      }
      return v;
    }

    <T> Optional<T> valeurDans(String colonne, @org.jspecify.annotations.Nullable T valeur) {
      if (valeur == null) {
        erreur(CodeImport.IMPORT_VALEUR_NON_ACCEPTEE, colonne, Map.of("valeurs", valeursAcceptees(colonne)));
      }
      return Optional.ofNullable(valeur);
    }

    <T> Optional<T> valeurDans(String colonne, CodeImport code, @org.jspecify.annotations.Nullable T valeur) {
      if (valeur == null) {
        erreur(code, colonne, Map.of());
      }
      return Optional.ofNullable(valeur);
    }

    Optional<LocalDate> date(String colonne, String texte) {
      if (texte.isEmpty()) {
        erreur(CodeImport.IMPORT_VALEUR_MANQUANTE, colonne, Map.of());
        return Optional.empty();
      }
      Optional<LocalDate> d = partage.memoise(Communes.TABLE_DATE, texte, ColonnesMesures::dateDe);
      if (d.isEmpty()) {
        erreur(CodeImport.IMPORT_DATE_INVALIDE, colonne, Map.of());
      }
      return d;
    }

    Optional<Integer> annee(String colonne, String texte, int max) {
      int a;
      String chiffres = texte.endsWith(".0") ? texte.substring(0, texte.length() - 2) : texte;
      try {
        // chiffres ASCII seulement : Integer.parseInt lirait aussi des chiffres arabes-indiens ou un signe
        if (!entierAscii(chiffres)) {
          throw new NumberFormatException();
        }
        a = Integer.parseInt(chiffres);
      } catch (NumberFormatException e) {
        erreur(CodeImport.IMPORT_ANNEE_INVALIDE, colonne, Map.of());
        return Optional.empty();
      }
      if (a < 1900) {
        erreur(CodeImport.IMPORT_ANNEE_TROP_PETITE, colonne, Map.of());
        return Optional.empty();
      }
      if (a > max) {
        erreur(CodeImport.IMPORT_ANNEE_TROP_GRANDE, colonne, Map.of("max", max));
        return Optional.empty();
      }
      return Optional.of(anneePartagee(a));
    }

    void erreur(CodeViolation code, String colonne, Map<String, ?> autres) {
      violations.add(violation(code, colonne, autres));
    }

    /** Violation au chemin {@code /lignes/N/colonne}, la colonne nommée comme l'en-tête de l'utilisateur. */
    Violation violation(CodeViolation code, String colonne, Map<String, ?> autres) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("ligne", numero);
      args.put("colonne", entetes.getOrDefault(colonne, colonne));
      args.putAll(autres);
      return Violation.de(code, "/lignes/" + numero + "/" + colonne, args);
    }
  }
}
