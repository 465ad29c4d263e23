// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pré-remplissage d'une réponse à sa création (enquete.md §9) à partir des mesures du répondant et de
 * sa réponse à la campagne précédente, avec les comptes corrigés (§12.15, docs/ecarts.md) :
 * stocks au 1er janvier et au 31 décembre de {@link PeriodeActivite}, lignes « aux biens » / « à la
 * personne » par le champ de la mesure (chaque mesure comptée une fois), tranches d'âge de
 * {@link PeriodeActivite#trancheAge}, catégories d'établissement sans double compte, populations et
 * revenus comptés sur les personnes au 31 décembre (une tranche par personne), barème AAH/SMIC de
 * l'année d'activité Y fourni en paramètre.
 *
 * <p>Mesures prises en compte : hors « en attente » et avec une date de nomination. Les champs
 * d'identité (nom, département, établissements de la liste blanche) sont remplis quand l'hôte
 * fournit une {@link IdentiteRepondant}.
 */
public final class PreRemplissageEnquete {
  static final String ACTIVITE = "enquete_reponses_activite";
  static final String POPULATIONS = "enquete_reponses_populations";
  static final String PRESTATIONS_INDIVIDUEL = "enquete_reponses_prestations_sociales";
  static final String PRESTATIONS_PREPOSE = "enquete_reponses_prepose_prestations_sociales";
  static final String MODALITES_PREPOSE = "enquete_reponses_modalites_exercice";

  private static final Set<NatureMesure> TUTELLE_CURATELLE =
      EnumSet.of(NatureMesure.TUTELLE, NatureMesure.CURATELLE_SIMPLE, NatureMesure.CURATELLE_RENFORCEE);
  private static final Set<NatureMesure> AUTRES = EnumSet.of(NatureMesure.SUBROGE_CURATEUR,
      NatureMesure.SUBROGE_TUTEUR, NatureMesure.MANDAT_PROTECTION_FUTURE, NatureMesure.MESURE_AD_HOC);
  private static final String[] AGES = {"inf_25_ans", "25_39_ans", "40_59_ans", "60_74_ans", "sup_75_ans"};
  private static final String[] ANCIENNETES = {"inf_1_an", "1_3_ans", "3_5_ans", "5_10_ans", "sup_10_ans"};

  /** Lignes d'activité §6.6 : préfixe, filtre, ventilation établissement/domicile. */
  private record LigneActivite(String prefixe, Predicate<Mesure> filtre, boolean parLieu) {}

  private static final List<LigneActivite> ACTIVITE_LIGNES = List.of(
      new LigneActivite("curatelle_renforcee", m -> nature(m, NatureMesure.CURATELLE_RENFORCEE) && !biensOuPersonne(m), true),
      new LigneActivite("curatelle_simple", m -> nature(m, NatureMesure.CURATELLE_SIMPLE) && !biensOuPersonne(m), true),
      new LigneActivite("tutelle", m -> nature(m, NatureMesure.TUTELLE) && !biensOuPersonne(m), true),
      new LigneActivite("accompagnement_judiciaire", m -> nature(m, NatureMesure.MESURE_ACCOMPAGNEMENT_JUDICIAIRE), true),
      new LigneActivite("curatelle_biens", m -> TUTELLE_CURATELLE.contains(m.nature())
          && m.champ().equals(Optional.of(ChampMesure.PROTECTION_BIEN)), true),
      new LigneActivite("curatelle_personne", m -> TUTELLE_CURATELLE.contains(m.nature())
          && m.champ().equals(Optional.of(ChampMesure.PROTECTION_PERSONNE)), true),
      new LigneActivite("subroge_tuteur_createur", m -> nature(m, NatureMesure.SUBROGE_TUTEUR)
          || nature(m, NatureMesure.SUBROGE_CURATEUR), false),
      new LigneActivite("sauvegarde_justice", m -> nature(m, NatureMesure.SAUVEGARDE_JUSTICE), false),
      new LigneActivite("mandat_adhoc_majeur", m -> nature(m, NatureMesure.MESURE_AD_HOC), false));

  /** Groupes des populations §6.7 (préfixe → filtre). */
  private static final Map<String, Predicate<Mesure>> POPULATIONS_GROUPES = groupes(
      "tutelle", m -> nature(m, NatureMesure.TUTELLE),
      "curatelle", m -> nature(m, NatureMesure.CURATELLE_SIMPLE) || nature(m, NatureMesure.CURATELLE_RENFORCEE),
      "maj", m -> nature(m, NatureMesure.MESURE_ACCOMPAGNEMENT_JUDICIAIRE),
      "sauvegarde_justice", m -> nature(m, NatureMesure.SAUVEGARDE_JUSTICE),
      "autre_mesures", m -> AUTRES.contains(m.nature()));

  /** Groupes des revenus du préposé §6.9 (bloc → filtre). */
  private static final Map<String, Predicate<Mesure>> REVENUS_GROUPES = groupes(
      "tutelle", m -> nature(m, NatureMesure.TUTELLE),
      "curatelle_simple", m -> nature(m, NatureMesure.CURATELLE_SIMPLE),
      "curatelle_renforcee", m -> nature(m, NatureMesure.CURATELLE_RENFORCEE),
      "maj", m -> nature(m, NatureMesure.MESURE_ACCOMPAGNEMENT_JUDICIAIRE),
      "sauvegarde_autres_mesures", m -> nature(m, NatureMesure.SAUVEGARDE_JUSTICE) || AUTRES.contains(m.nature()));

  /** Clés reprises de la réponse de l'année précédente (§9), table → clés ({@code *} = toute la table). */
  private static final Map<TypeEnquete, Map<String, Set<String>>> REPRISES = Map.of(
      TypeEnquete.INDIVIDUEL, Map.of(
          "enquete_reponses_informations_mandataire", Set.of("benevole", "anciennete", "estimation_etp",
              "secretaire_specialise_etp", "local_professionnel", "exerce_seul_activite",
              "exerce_secretaires_specialises", "tranche_age"),
          "enquete_reponses_agrements_formations", Set.of("debut_activite_avant_2009", "annee_agrement",
              "cnc_annee_obtention", "cnc_heures_formation", "niveau_qualification",
              "secretaire_specialise_etp_n1", "secretaire_specialise_etp_n2", "secretaire_specialise_etp_n3",
              "secretaire_specialise_etp_n4", "secretaire_specialise_etp_n5", "secretaire_specialise_etp_n6")),
      TypeEnquete.SERVICE, Map.of(
          "enquete_reponses_service_informations", Set.of("*"),
          "enquete_reponses_service_personnel_formation", Set.of("*")),
      TypeEnquete.PREPOSE, Map.of(
          MODALITES_PREPOSE, Set.of("personnalite_juridique_etablissement", "activite_exercee_par",
              "etablissements_type", "actions_information_tuteurs_familiaux"),
          "enquete_reponses_prepose_personel_formation", Set.of("*")));

  /** Clés d'identité jamais reprises d'une année sur l'autre. */
  private static final Set<String> IDENTITE = Set.of("nom", "departement", "region", "forme_juridique");

  private PreRemplissageEnquete() {}

  /**
   * Réponse pré-remplie.
   *
   * @param type type d'enquête du répondant
   * @param annee année de la campagne (Y = annee − 1)
   * @param mesures mesures du répondant (toutes, le filtrage par période est fait ici)
   * @param precedente réponse du même répondant à la campagne annee − 1, quel que soit son statut
   * @param baremes montants AAH/SMIC ; ceux de Y sont exigés pour un préposé
   * @return la réponse, ou {@code ENQUETE_BAREME_MANQUANT}
   */
  public static Resultat<ReponseEnquete> preRemplir(TypeEnquete type, int annee, List<Mesure> mesures,
      Optional<ReponseEnquete> precedente, BaremesRevenus baremes) {
    return preRemplir(type, annee, mesures, precedente, baremes, Optional.empty(), Optional.empty());
  }

  /**
   * Réponse pré-remplie, champs d'identité compris (§9) : nom, département et région (noms du
   * référentiel), sexe, nb_departements, nb_mesures_dep_finance / _autres (stock au 31 décembre dans
   * / hors du département de la réponse), raison sociale et liste des établissements du préposé.
   * Le département de la réponse ({@code departement_code}) est {@link
   * IdentiteRepondant#departementReponse()}.
   *
   * @return la réponse, ou {@code ENQUETE_BAREME_MANQUANT} / {@code ENQUETE_DEPARTEMENT_INCONNU}
   * @param type type d'enquête du répondant
   * @param annee année de la campagne (Y = annee − 1)
   * @param mesures mesures du répondant (toutes, le filtrage par période est fait ici)
   * @param precedente réponse du même répondant à la campagne annee − 1, quel que soit son statut
   * @param baremes montants AAH/SMIC ; ceux de Y sont exigés pour un préposé
   * @param identite identité du répondant ; un département de réponse doit en être déduit
   * @param referentiel référentiel qui donne les noms du département et de la région
   */
  public static Resultat<ReponseEnquete> preRemplir(TypeEnquete type, int annee, List<Mesure> mesures,
      Optional<ReponseEnquete> precedente, BaremesRevenus baremes, IdentiteRepondant identite,
      Referentiel referentiel) {
    return preRemplir(type, annee, mesures, precedente, baremes, Optional.of(identite), Optional.of(referentiel));
  }

  private static Resultat<ReponseEnquete> preRemplir(TypeEnquete type, int annee, List<Mesure> mesures,
      Optional<ReponseEnquete> precedente, BaremesRevenus baremes, Optional<IdentiteRepondant> identite,
      Optional<Referentiel> referentiel) {
    Optional<CodeDepartement> dep = identite.flatMap(IdentiteRepondant::departementReponse);
    if (identite.isPresent() && dep.isEmpty()) {
      return Resultat.echec(List.of(Violation.de(CodeEnquete.ENQUETE_DEPARTEMENT_INCONNU, "/identite")));
    }
    PeriodeActivite p = new PeriodeActivite(annee - 1);
    Optional<TranchesRevenus> tranches = baremes.tranches(p.annee());
    if (type == TypeEnquete.PREPOSE && tranches.isEmpty()) {
      return Resultat.echec(List.of(Violation.de(CodeEnquete.ENQUETE_BAREME_MANQUANT, "/baremes",
          Map.of("annee", p.annee(), "manquants", String.join(" et ", baremes.manquants(p.annee()))))));
    }
    List<Mesure> retenues = mesures.stream()
        .filter(m -> m.statut() != StatutMesure.EN_ATTENTE && m.dateNomination().isPresent()).toList();
    List<Violation> avertissements = incoherences(mesures);
    List<Mesure> fin = retenues.stream().filter(m -> auTrenteEtUn(p, m)).toList();
    Valeurs v = new Valeurs(type);
    activite(v, p, retenues);
    populations(v, p, fin);
    prestations(v, type, p, fin);
    if (type == TypeEnquete.PREPOSE) {
      v.poser(MODALITES_PREPOSE, "total_mesures_etablissements", fin.size());
      REVENUS_GROUPES.forEach((bloc, filtre) -> {
        long[] n = new long[11];
        fin.stream().filter(filtre).forEach(m -> ressourceDe(m, p).ifPresent(
            r -> n[tranches.orElseThrow().tranche(r.niveauRessource()) - 1]++));
        for (int i = 0; i < n.length; i++) {
          v.poser(PRESTATIONS_PREPOSE, bloc + ".tranche" + (i + 1), n[i]);
        }
      });
    }
    ReponseEnquete r = v.versReponse();
    if (precedente.isPresent() && precedente.get().type() == type) {
      r = reprendre(r, precedente.get());
    }
    if (identite.isPresent()) {
      r = PreRemplissageIdentite.completer(r, identite.get(), dep.orElseThrow(), fin, referentiel.orElseThrow());
    }
    return Resultat.succes(r, avertissements);
  }

  private static void activite(Valeurs v, PeriodeActivite p, List<Mesure> mesures) {
    for (LigneActivite l : ACTIVITE_LIGNES) {
      List<Mesure> ligne = mesures.stream().filter(l.filtre()).toList();
      if (l.parLieu()) {
        flux(v, p, l.prefixe() + "_etablissement", ligne.stream().filter(PreRemplissageEnquete::enEtablissement).toList());
        flux(v, p, l.prefixe() + "_domicile", ligne.stream().filter(PreRemplissageEnquete::aDomicile).toList());
      } else {
        flux(v, p, l.prefixe(), ligne);
      }
    }
    Map<String, Long> revisions = new LinkedHashMap<>();
    for (String k : List.of("revisions_main_levee", "revisions_reconduction", "revisions_changement", "revisions_autre")) {
      revisions.put(k, 0L);
    }
    for (Mesure m : mesures) {
      if (m.dateProtectionEnCours().filter(p::estNouvelle).isPresent() && m.resultatRevision().isPresent()) {
        String cle = switch (m.resultatRevision().get()) {
          case MAINLEVEE -> "revisions_main_levee";
          case RECONDUCTION -> "revisions_reconduction";
          case AGGRAVATION, ALLEGEMENT -> "revisions_changement";
          default -> "revisions_autre";
        };
        revisions.merge(cle, 1L, Long::sum);
      }
    }
    revisions.forEach((k, n) -> v.poser(ACTIVITE, k, n));
    v.poser(ACTIVITE, "revisions_masp", 0);
    v.poser(ACTIVITE, "sorties_main_levee", mesures.stream().filter(m -> p.estSortie(m.dateFinMesure())
        && m.causeSortie().equals(Optional.of(CauseSortie.MAINLEVEE))).count());
    v.poser(ACTIVITE, "sorties_deces", mesures.stream().filter(m -> p.estSortie(m.dateFinMesure())
        && m.causeSortie().equals(Optional.of(CauseSortie.DECES))).count());
    v.poser(ACTIVITE, "sorties_masp", 0);
  }

  private static void flux(Valeurs v, PeriodeActivite p, String prefixe, List<Mesure> ms) {
    v.poser(ACTIVITE, prefixe + "_debut_annee",
        ms.stream().filter(m -> p.auPremierJanvier(nomination(m), m.dateFinMesure())).count());
    v.poser(ACTIVITE, prefixe + "_mesures_nouvelles", ms.stream().filter(m -> p.estNouvelle(nomination(m))).count());
    v.poser(ACTIVITE, prefixe + "_sortie_mesures", ms.stream().filter(m -> p.estSortie(m.dateFinMesure())).count());
    v.poser(ACTIVITE, prefixe + "_fin_annee", ms.stream().filter(m -> auTrenteEtUn(p, m)).count());
  }

  private static void populations(Valeurs v, PeriodeActivite p, List<Mesure> fin) {
    POPULATIONS_GROUPES.forEach((g, filtre) -> {
      List<Mesure> ms = fin.stream().filter(filtre).toList();
      long[][] ages = new long[AGES.length][2];
      long[] anciennete = new long[ANCIENNETES.length];
      Map<String, Long> categories = new LinkedHashMap<>();
      for (String c : List.of("etablissement_personne_handicapee", "autre_etablissement_personne_agee", "chrs",
          "service_hospitalier_soins_longue_duree", "service_psychiatrique", "autre_service")) {
        categories.put(c, 0L);
      }
      for (Mesure m : ms) {
        if (m.anneeNaissance().isPresent() && m.civilite().isPresent()) {
          ages[p.trancheAge(m.anneeNaissance().get())][m.civilite().get() == Civilite.MADAME ? 0 : 1]++;
        }
        anciennete[p.trancheAnciennete(m.datePremiereMesure().orElse(nomination(m)))]++;
        if (!aDomicile(m)) { // lieu de vie à domicile prioritaire sur un type d'établissement resté saisi
          m.typeEtablissement().ifPresent(t -> categories.merge(categorie(t), 1L, Long::sum));
        }
      }
      for (int i = 0; i < AGES.length; i++) {
        v.poser(POPULATIONS, g + "_age_" + AGES[i] + "_femme", ages[i][0]);
        v.poser(POPULATIONS, g + "_age_" + AGES[i] + "_homme", ages[i][1]);
      }
      for (int i = 0; i < ANCIENNETES.length; i++) {
        v.poser(POPULATIONS, g + "_anciennete_" + ANCIENNETES[i], anciennete[i]);
      }
      categories.forEach((c, n) -> v.poser(POPULATIONS, g + "_" + c, n));
    });
  }

  /** Catégorie d'établissement (§6.7) ; EHPAD et « services pour personnes handicapées » restent à saisir. */
  static String categorie(TypeEtablissement t) {
    return switch (t) {
      case ETABLISSEMENT_HANDICAPES -> "etablissement_personne_handicapee";
      case ETABLISSEMENT_PERSONNE_AGEE -> "autre_etablissement_personne_agee";
      case AUTRE_ETABLISSEMENT_S_MS -> "chrs";
      case ETABLISSEMENT_HOSPITALIER -> "service_hospitalier_soins_longue_duree";
      case ETABLISSEMENT_PSYCHIATRIQUE -> "service_psychiatrique";
      case AUTRE_ETABLISSEMENT -> "autre_service";
    };
  }

  private static void prestations(Valeurs v, TypeEnquete type, PeriodeActivite p, List<Mesure> fin) {
    String table = switch (type) {
      case INDIVIDUEL -> PRESTATIONS_INDIVIDUEL;
      case PREPOSE -> PRESTATIONS_PREPOSE;
      case SERVICE -> "";
    };
    if (table.isEmpty()) {
      return;
    }
    Map<String, Long> n = new LinkedHashMap<>();
    for (String cle : List.of("aah", "pch", "asi", "rsa", "als_apl", "aspa", "apa")) {
      n.put(cle, 0L);
    }
    for (Mesure m : fin) {
      ressourceDe(m, p).flatMap(r -> prestationPrincipale(r.prestations()))
          .ifPresent(ps -> n.merge(cle(ps), 1L, Long::sum));
    }
    n.forEach((cle, nb) -> v.poser(table, cle, nb));
  }

  /**
   * Ordre des prestations, de la plus élevée à la moins élevée, pour compter chaque personne une seule
   * fois « selon la prestation sociale la plus élevée perçue » (guide de la DGCS) : les montants perçus ne
   * sont pas connus des mesures, l'ordre suit le montant maximal de chaque prestation pour une personne
   * seule — minima sociaux (AAH, ASPA, ASI, RSA), puis allocations de compensation (APA, PCH), puis aides
   * au logement (ALS, APL). Voir docs/ecarts.md.
   */
  static final List<PrestationSociale> ORDRE_PRESTATIONS = List.of(PrestationSociale.AAH, PrestationSociale.ASPA,
      PrestationSociale.ASI, PrestationSociale.RSA, PrestationSociale.APA, PrestationSociale.PCH, PrestationSociale.ALS,
      PrestationSociale.APL);

  /** Prestation la plus élevée de la liste selon {@link #ORDRE_PRESTATIONS}, vide si aucune. */
  static Optional<PrestationSociale> prestationPrincipale(java.util.Collection<PrestationSociale> prestations) {
    return ORDRE_PRESTATIONS.stream().filter(prestations::contains).findFirst();
  }

  private static String cle(PrestationSociale ps) {
    return switch (ps) {
      case AAH -> "aah";
      case PCH -> "pch";
      case ASI -> "asi";
      case RSA -> "rsa";
      case ALS, APL -> "als_apl";
      case ASPA -> "aspa";
      case APA -> "apa";
    };
  }

  /**
   * Mesures incohérentes, signalées sans empêcher le pré-remplissage (position dans la liste, jamais
   * d'identifiant ni de numéro RG) : fin avant nomination (comptée d'après ses dates telles quelles),
   * clôturée sans date de fin (comptée en cours), à domicile avec un type d'établissement (comptée à
   * domicile, type ignoré dans la répartition des personnes en établissement).
   */
  static List<Violation> incoherences(List<Mesure> mesures) {
    List<Violation> v = new java.util.ArrayList<>();
    for (int i = 0; i < mesures.size(); i++) {
      Mesure m = mesures.get(i);
      String position = Integer.toString(i + 1);
      if (m.dateNomination().isPresent() && m.dateFinMesure().filter(f -> f.isBefore(m.dateNomination().get())).isPresent()) {
        v.add(incoherente(position, "date de fin antérieure à la nomination",
            "d'après ses dates telles quelles, donc sortie l'année de sa date de fin et absente des stocks suivants"));
      }
      if (m.statut() == StatutMesure.ETEINTE && m.dateFinMesure().isEmpty()) {
        v.add(incoherente(position, "mesure clôturée sans date de fin", "en cours (aucune sortie datée)"));
      }
      if (aDomicile(m) && m.typeEtablissement().isPresent()) {
        v.add(incoherente(position, "mesure à domicile portant un type d'établissement",
            "à domicile, son type d'établissement ignoré"));
      }
    }
    return v;
  }

  private static Violation incoherente(String position, String motif, String regle) {
    return Violation.de(CodeEnquete.ENQUETE_MESURE_INCOHERENTE, "/mesures/" + position,
        Map.of("position", position, "motif", motif, "regle", regle));
  }

  /** Ressource de référence de Y : celle de l'année Y, sinon la plus récente antérieure. */
  static Optional<Ressource> ressourceDe(Mesure m, PeriodeActivite p) {
    return m.ressources().stream().filter(r -> r.annee() <= p.annee()).max(Comparator.comparingInt(Ressource::annee));
  }

  private static ReponseEnquete reprendre(ReponseEnquete r, ReponseEnquete precedente) {
    for (Map.Entry<String, Set<String>> e : REPRISES.get(r.type()).entrySet()) {
      for (Map.Entry<String, ValeurReponse> kv : precedente.table(e.getKey()).entrySet()) {
        boolean tout = e.getValue().contains("*") && !IDENTITE.contains(kv.getKey());
        if (tout || e.getValue().contains(kv.getKey())) {
          r = r.avec(e.getKey(), kv.getKey(), kv.getValue());
        }
      }
    }
    return r;
  }

  private static boolean nature(Mesure m, NatureMesure n) {
    return m.nature() == n;
  }

  private static boolean biensOuPersonne(Mesure m) {
    return m.champ().filter(c -> c == ChampMesure.PROTECTION_BIEN || c == ChampMesure.PROTECTION_PERSONNE).isPresent();
  }

  private static boolean enEtablissement(Mesure m) {
    return m.lieuVie().filter(l -> l == LieuVie.ETABLISSEMENT || l == LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE).isPresent();
  }

  private static boolean aDomicile(Mesure m) {
    return m.lieuVie().filter(l -> l == LieuVie.DOMICILE || l == LieuVie.SDF).isPresent();
  }

  private static LocalDate nomination(Mesure m) {
    return m.dateNomination().orElseThrow();
  }

  private static boolean auTrenteEtUn(PeriodeActivite p, Mesure m) {
    return p.auTrenteEtUnDecembre(nomination(m), m.dateFinMesure());
  }

  private static Map<String, Predicate<Mesure>> groupes(String a, Predicate<Mesure> fa, String b,
      Predicate<Mesure> fb, String c, Predicate<Mesure> fc, String d, Predicate<Mesure> fd, String e,
      Predicate<Mesure> fe) {
    Map<String, Predicate<Mesure>> m = new LinkedHashMap<>();
    m.put(a, fa);
    m.put(b, fb);
    m.put(c, fc);
    m.put(d, fd);
    m.put(e, fe);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Valeurs à poser, par table puis clé pointée ; seules les clés du catalogue du type sont gardées. */
  private static final class Valeurs {
    private final TypeEnquete type;
    private final Map<String, Map<String, ValeurReponse>> tables = new LinkedHashMap<>();

    Valeurs(TypeEnquete type) {
      this.type = type;
    }

    void poser(String table, String cle, long n) {
      if (CatalogueEnquete.standard().champ(type, table, cle).isPresent()) {
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(cle, ValeurReponse.entier(n));
      }
    }

    ReponseEnquete versReponse() {
      ReponseEnquete r = ReponseEnquete.vide(type);
      for (Map.Entry<String, Map<String, ValeurReponse>> t : tables.entrySet()) {
        Map<String, Map<String, ValeurReponse>> blocs = new LinkedHashMap<>();
        for (Map.Entry<String, ValeurReponse> kv : t.getValue().entrySet()) {
          int i = kv.getKey().indexOf('.');
          if (i < 0) {
            r = r.avec(t.getKey(), kv.getKey(), kv.getValue());
          } else {
            blocs.computeIfAbsent(kv.getKey().substring(0, i), b -> new LinkedHashMap<>())
                .put(kv.getKey().substring(i + 1), kv.getValue());
          }
        }
        for (Map.Entry<String, Map<String, ValeurReponse>> b : blocs.entrySet()) {
          r = r.avec(t.getKey(), b.getKey(), new ValeurReponse.Bloc(b.getValue()));
        }
      }
      return r;
    }
  }
}
