// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.internal;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Position;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Forme arborescente, indépendante de toute bibliothèque JSON, d'une {@link Mesure} et de ses parties
 * ({@link MesureEtat}, {@link Ressource}, {@link DemandeReouverture}) : sert aux modules Jackson 2 et
 * Jackson 3, qui n'ont qu'à traduire cet arbre vers leur générateur et depuis leur analyseur.
 *
 * <p>L'arbre est fait de {@code Map<String, Object>} (ordre d'insertion), de {@code List}, de
 * {@code String}, de nombres ({@code Long}, {@code Integer}, {@code Double}, {@code BigDecimal}), de
 * {@code Boolean} et de {@code null}. Les champs du format de sortie des logiciels métier viennent
 * d'abord, dans leur ordre ; les autres champs de la mesure suivent, pour que la relecture rende une
 * mesure égale. Le champ {@code tribunal_siret} est informatif : il est ignoré à la lecture.
 *
 * <p>La lecture lève {@link IllegalArgumentException} avec un message français qui nomme le champ, jamais
 * sa valeur. Interne : aucune promesse de compatibilité.
 */
public final class MesureArbre {

  /** Champs d'une mesure reconnus à la lecture. */
  private static final Set<String> CHAMPS_MESURE = Set.of(
      "id", "annee_naissance", "antenne_id", "cause_sortie", "civilite", "created_at", "date_fin_mesure",
      "date_nomination", "date_premier_mesure", "date_protection_en_cours", "editor_id", "etats", "latitude",
      "longitude", "numero_dossier", "numero_rg", "ressources", "resultat_revision", "tribunal_siret", "status",
      "gestionnaire", "tribunal", "cabinet", "magistrat_id", "greffier_id", "urgent", "date_jugement",
      "nature_mesure", "champ_mesure", "lieu_vie", "type_etablissement", "code_postal", "ville", "pays",
      "departement", "en_attente_reouverture", "demande_reouverture");

  private static final Set<String> CHAMPS_ETAT = Set.of(
      "champ_mesure", "code_postal", "date_changement_etat", "lieu_vie", "nature_mesure", "pays",
      "type_etablissement", "ville");

  private static final Set<String> CHAMPS_RESSOURCE = Set.of("annee", "niveau_ressource", "prestations_sociales");

  private static final Set<String> CHAMPS_DEMANDE = Set.of(
      "gestionnaire", "antenne_id", "tribunal", "magistrat_id", "greffier_id", "cabinet", "date_jugement",
      "urgent", "nature_mesure", "champ_mesure", "civilite", "annee_naissance", "demandee_le");

  private MesureArbre() {}

  // ---------------------------------------------------------------- écriture

  /**
   * Arbre d'une mesure.
   *
   * @param m mesure à écrire
   * @param siretTribunal SIRET du tribunal s'il est connu (champ informatif {@code tribunal_siret})
   * @return nouvel arbre ordonné
   */
  public static Map<String, @Nullable Object> ecrire(Mesure m, Optional<String> siretTribunal) {
    Map<String, @Nullable Object> o = new LinkedHashMap<>();
    o.put("id", m.id().map(MesureId::valeur).orElse(null));
    o.put("annee_naissance", m.anneeNaissance().orElse(null));
    o.put("antenne_id", m.antenneId().orElse(null));
    o.put("cause_sortie", code(m.causeSortie()));
    o.put("civilite", code(m.civilite()));
    o.put("created_at", instant(m.creeLe()));
    o.put("date_fin_mesure", date(m.dateFinMesure()));
    o.put("date_nomination", date(m.dateNomination()));
    o.put("date_premier_mesure", date(m.datePremiereMesure()));
    o.put("date_protection_en_cours", date(m.dateProtectionEnCours()));
    o.put("editor_id", m.editorId().orElse(null));
    List<Object> etats = new ArrayList<>();
    m.etats().forEach(e -> etats.add(ecrire(e)));
    o.put("etats", etats);
    o.put("latitude", m.latitude().orElse(null));
    o.put("longitude", m.longitude().orElse(null));
    o.put("numero_dossier", m.numeroDossier().orElse(null));
    o.put("numero_rg", m.numeroRg().valeur());
    List<Object> ressources = new ArrayList<>();
    m.ressources().forEach(r -> ressources.add(ecrire(r)));
    o.put("ressources", ressources);
    o.put("resultat_revision", code(m.resultatRevision()));
    o.put("tribunal_siret", siretTribunal.orElse(null));
    o.put("status", m.statut().code());
    // champs propres à la bibliothèque : la mesure complète
    o.put("gestionnaire", m.gestionnaire().toString());
    o.put("tribunal", m.tribunal().valeur());
    o.put("cabinet", m.cabinet().orElse(null));
    o.put("magistrat_id", m.magistratId().orElse(null));
    o.put("greffier_id", m.greffierId().orElse(null));
    o.put("urgent", m.urgent());
    o.put("date_jugement", date(m.dateJugement()));
    o.put("nature_mesure", m.nature().code());
    o.put("champ_mesure", code(m.champ()));
    o.put("lieu_vie", code(m.lieuVie()));
    o.put("type_etablissement", code(m.typeEtablissement()));
    o.put("code_postal", m.codePostal().orElse(null));
    o.put("ville", m.ville().orElse(null));
    o.put("pays", m.pays().code());
    o.put("departement", m.departement().map(CodeDepartement::valeur).orElse(null));
    o.put("en_attente_reouverture", m.enAttenteReouverture());
    o.put("demande_reouverture", m.demandeReouverture().map(MesureArbre::ecrire).orElse(null));
    return o;
  }

  /**
   * Arbre d'un état de mesure.
   *
   * @param e état à écrire
   * @return nouvel arbre ordonné
   */
  public static Map<String, @Nullable Object> ecrire(MesureEtat e) {
    Map<String, @Nullable Object> j = new LinkedHashMap<>();
    j.put("champ_mesure", code(e.champ()));
    j.put("code_postal", e.codePostal().orElse(null));
    j.put("date_changement_etat", e.dateChangementEtat().toString());
    j.put("lieu_vie", e.lieuVie().code());
    j.put("nature_mesure", e.nature().code());
    j.put("pays", e.pays().code());
    j.put("type_etablissement", code(e.typeEtablissement()));
    j.put("ville", e.ville().orElse(null));
    return j;
  }

  /**
   * Arbre d'une ressource ; les prestations sont triées par code.
   *
   * @param r ressource à écrire
   * @return nouvel arbre ordonné
   */
  public static Map<String, @Nullable Object> ecrire(Ressource r) {
    Map<String, @Nullable Object> j = new LinkedHashMap<>();
    j.put("annee", r.annee());
    j.put("niveau_ressource", r.niveauRessource());
    List<Object> p = new ArrayList<>();
    r.prestations().stream().map(PrestationSociale::code).sorted(Comparator.naturalOrder()).forEach(p::add);
    j.put("prestations_sociales", p);
    return j;
  }

  /**
   * Arbre d'une demande de réouverture.
   *
   * @param d demande à écrire
   * @return nouvel arbre ordonné
   */
  public static Map<String, @Nullable Object> ecrire(DemandeReouverture d) {
    Map<String, @Nullable Object> j = new LinkedHashMap<>();
    j.put("gestionnaire", d.gestionnaire().toString());
    j.put("antenne_id", d.antenneId().orElse(null));
    j.put("tribunal", d.tribunal().valeur());
    j.put("magistrat_id", d.magistratId().orElse(null));
    j.put("greffier_id", d.greffierId().orElse(null));
    j.put("cabinet", d.cabinet().orElse(null));
    j.put("date_jugement", date(d.dateJugement()));
    j.put("urgent", d.urgent());
    j.put("nature_mesure", code(d.nature()));
    j.put("champ_mesure", code(d.champ()));
    j.put("civilite", code(d.civilite()));
    j.put("annee_naissance", d.anneeNaissance().orElse(null));
    j.put("demandee_le", instant(d.demandeeLe()));
    return j;
  }

  // ---------------------------------------------------------------- lecture

  /**
   * Mesure lue depuis son arbre.
   *
   * @param arbre objet lu (voir la classe pour les types admis)
   * @param refuserInconnus {@code true} pour refuser un champ inconnu, {@code false} pour l'ignorer
   * @return la mesure
   * @throws IllegalArgumentException si un champ manque, a un mauvais type ou une valeur invalide
   */
  public static Mesure lireMesure(@Nullable Object arbre, boolean refuserInconnus) {
    Map<?, ?> o = objet(arbre, "mesure");
    verifierChamps(o, CHAMPS_MESURE, refuserInconnus, "");
    try {
      Mesure.Builder b = Mesure.builder()
          .statut(enumObligatoire(o, "status", StatutMesure.class))
          .gestionnaire(gestionnaire(o, "gestionnaire"))
          .tribunal(tribunal(o, "tribunal"))
          .numeroRg(numeroRg(o))
          .nature(enumObligatoire(o, "nature_mesure", NatureMesure.class))
          .urgent(booleen(o, "urgent"))
          .pays(enumFacultatif(o, "pays", Pays.class).orElse(Pays.FR))
          .enAttenteReouverture(booleen(o, "en_attente_reouverture"));
      entier(o, "id").map(i -> MesureId.of(positif(i, "id"))).ifPresent(b::id);
      entier(o, "annee_naissance").map(i -> enInt(i, "annee_naissance")).ifPresent(b::anneeNaissance);
      entier(o, "antenne_id").ifPresent(b::antenneId);
      enumFacultatif(o, "cause_sortie", CauseSortie.class).ifPresent(b::causeSortie);
      enumFacultatif(o, "civilite", Civilite.class).ifPresent(b::civilite);
      instant(o, "created_at").ifPresent(b::creeLe);
      date(o, "date_fin_mesure").ifPresent(b::dateFinMesure);
      date(o, "date_nomination").ifPresent(b::dateNomination);
      date(o, "date_premier_mesure").ifPresent(b::datePremiereMesure);
      date(o, "date_protection_en_cours").ifPresent(b::dateProtectionEnCours);
      entier(o, "editor_id").ifPresent(b::editorId);
      for (Object e : liste(o, "etats")) {
        b.addEtats(lireEtat(e, refuserInconnus));
      }
      Optional<Double> latitude = decimal(o, "latitude");
      Optional<Double> longitude = decimal(o, "longitude");
      Invariants.verifierPosition(latitude, longitude); // position à moitié renseignée ou hors bornes : incohérente
      b.position(Position.de(latitude, longitude));
      texte(o, "numero_dossier").ifPresent(b::numeroDossier);
      for (Object r : liste(o, "ressources")) {
        b.addRessources(lireRessource(r, refuserInconnus));
      }
      enumFacultatif(o, "resultat_revision", ResultatRevision.class).ifPresent(b::resultatRevision);
      texte(o, "cabinet").ifPresent(b::cabinet);
      entier(o, "magistrat_id").ifPresent(b::magistratId);
      entier(o, "greffier_id").ifPresent(b::greffierId);
      date(o, "date_jugement").ifPresent(b::dateJugement);
      enumFacultatif(o, "champ_mesure", ChampMesure.class).ifPresent(b::champ);
      enumFacultatif(o, "lieu_vie", LieuVie.class).ifPresent(b::lieuVie);
      enumFacultatif(o, "type_etablissement", TypeEtablissement.class).ifPresent(b::typeEtablissement);
      texte(o, "code_postal").ifPresent(b::codePostal);
      texte(o, "ville").ifPresent(b::ville);
      texte(o, "departement").map(MesureArbre::departement).ifPresent(b::departement);
      Object d = o.get("demande_reouverture");
      if (d != null) {
        b.demandeReouverture(lireDemande(d, refuserInconnus));
      }
      return b.build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("Mesure incohérente : " + e.getMessage(), e);
    }
  }

  /**
   * État de mesure lu depuis son arbre.
   *
   * @param arbre objet lu
   * @param refuserInconnus {@code true} pour refuser un champ inconnu
   * @return l'état
   * @throws IllegalArgumentException si l'arbre est invalide
   */
  public static MesureEtat lireEtat(@Nullable Object arbre, boolean refuserInconnus) {
    Map<?, ?> o = objet(arbre, "etats");
    verifierChamps(o, CHAMPS_ETAT, refuserInconnus, "etats/");
    MesureEtat.Builder b = MesureEtat.builder()
        .dateChangementEtat(date(o, "date_changement_etat")
            .orElseThrow(() -> manquant("date_changement_etat")))
        .nature(enumObligatoire(o, "nature_mesure", NatureMesure.class))
        .lieuVie(enumObligatoire(o, "lieu_vie", LieuVie.class))
        .pays(enumFacultatif(o, "pays", Pays.class).orElse(Pays.FR));
    enumFacultatif(o, "champ_mesure", ChampMesure.class).ifPresent(b::champ);
    enumFacultatif(o, "type_etablissement", TypeEtablissement.class).ifPresent(b::typeEtablissement);
    texte(o, "code_postal").ifPresent(b::codePostal);
    texte(o, "ville").ifPresent(b::ville);
    return b.build();
  }

  /**
   * Ressource lue depuis son arbre.
   *
   * @param arbre objet lu
   * @param refuserInconnus {@code true} pour refuser un champ inconnu
   * @return la ressource
   * @throws IllegalArgumentException si l'arbre est invalide
   */
  public static Ressource lireRessource(@Nullable Object arbre, boolean refuserInconnus) {
    Map<?, ?> o = objet(arbre, "ressources");
    verifierChamps(o, CHAMPS_RESSOURCE, refuserInconnus, "ressources/");
    Ressource.Builder b = Ressource.builder()
        .annee(enInt(entier(o, "annee").orElseThrow(() -> manquant("annee")), "annee"));
    Object n = o.get("niveau_ressource");
    if (n != null) {
      b.niveauRessource(enDecimal(n, "niveau_ressource"));
    }
    for (Object p : liste(o, "prestations_sociales")) {
      if (!(p instanceof String s)) {
        throw type("prestations_sociales", "une liste de codes");
      }
      b.addPrestations(parCode(PrestationSociale.class, s, "prestations_sociales"));
    }
    return b.build();
  }

  /**
   * Demande de réouverture lue depuis son arbre.
   *
   * @param arbre objet lu
   * @param refuserInconnus {@code true} pour refuser un champ inconnu
   * @return la demande
   * @throws IllegalArgumentException si l'arbre est invalide
   */
  public static DemandeReouverture lireDemande(@Nullable Object arbre, boolean refuserInconnus) {
    Map<?, ?> o = objet(arbre, "demande_reouverture");
    verifierChamps(o, CHAMPS_DEMANDE, refuserInconnus, "demande_reouverture/");
    try {
      DemandeReouverture.Builder b = DemandeReouverture.builder()
          .gestionnaire(gestionnaire(o, "gestionnaire"))
          .tribunal(tribunal(o, "tribunal"))
          .urgent(booleen(o, "urgent"));
      entier(o, "antenne_id").ifPresent(b::antenneId);
      entier(o, "magistrat_id").ifPresent(b::magistratId);
      entier(o, "greffier_id").ifPresent(b::greffierId);
      texte(o, "cabinet").ifPresent(b::cabinet);
      date(o, "date_jugement").ifPresent(b::dateJugement);
      enumFacultatif(o, "nature_mesure", NatureMesure.class).ifPresent(b::nature);
      enumFacultatif(o, "champ_mesure", ChampMesure.class).ifPresent(b::champ);
      enumFacultatif(o, "civilite", Civilite.class).ifPresent(b::civilite);
      entier(o, "annee_naissance").map(i -> enInt(i, "annee_naissance")).ifPresent(b::anneeNaissance);
      instant(o, "demandee_le").ifPresent(b::demandeeLe);
      return b.build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("Demande de réouverture incohérente : " + e.getMessage(), e);
    }
  }

  /**
   * Constante d'une énumération métier désignée par son code stocké.
   *
   * @param <E> type de l'énumération
   * @param type classe de l'énumération
   * @param code code lu
   * @param champ nom du champ, pour le message
   * @return la constante
   * @throws IllegalArgumentException si aucun code ne correspond (le message ne cite pas la valeur)
   */
  public static <E extends Enum<E>> E parCode(Class<E> type, String code, String champ) {
    for (E e : type.getEnumConstants()) {
      if (e instanceof CodeMetier c && c.code().equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException("Code inconnu pour le champ " + champ + " (" + type.getSimpleName() + ").");
  }

  // ---------------------------------------------------------------- aides

  private static @Nullable String code(Optional<? extends CodeMetier> c) {
    return c.map(CodeMetier::code).orElse(null);
  }

  private static @Nullable String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }

  private static @Nullable String instant(Optional<Instant> i) {
    return i.map(x -> x.atOffset(ZoneOffset.UTC).toString()).orElse(null);
  }

  private static Map<?, ?> objet(@Nullable Object arbre, String champ) {
    if (arbre instanceof Map<?, ?> m) {
      return m;
    }
    throw type(champ, "un objet");
  }

  private static void verifierChamps(Map<?, ?> o, Set<String> connus, boolean refuser, String prefixe) {
    if (!refuser) {
      return;
    }
    for (Object k : o.keySet()) {
      if (!connus.contains(k)) {
        throw new IllegalArgumentException("Champ inconnu : " + prefixe + nomSur(k) + ".");
      }
    }
  }

  /** Nom de champ cité seulement s'il est court et fait de lettres, chiffres et soulignés. */
  private static String nomSur(Object k) {
    String s = String.valueOf(k);
    return s.length() <= 40 && s.chars().allMatch(c -> c == '_' || (c < 128 && Character.isLetterOrDigit(c)))
        ? s : "(nom illisible)";
  }

  private static IllegalArgumentException manquant(String champ) {
    return new IllegalArgumentException("Champ obligatoire absent : " + champ + ".");
  }

  private static IllegalArgumentException type(String champ, String attendu) {
    return new IllegalArgumentException("Champ " + champ + " : " + attendu + " est attendu.");
  }

  private static IllegalArgumentException invalide(String champ) {
    return new IllegalArgumentException("Champ " + champ + " : valeur invalide.");
  }

  private static Optional<String> texte(Map<?, ?> o, String champ) {
    Object v = o.get(champ);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      return Optional.of(s);
    }
    throw type(champ, "un texte");
  }

  private static String texteObligatoire(Map<?, ?> o, String champ) {
    return texte(o, champ).orElseThrow(() -> manquant(champ));
  }

  private static <E extends Enum<E>> E enumObligatoire(Map<?, ?> o, String champ, Class<E> type) {
    return parCode(type, texteObligatoire(o, champ), champ);
  }

  private static <E extends Enum<E>> Optional<E> enumFacultatif(Map<?, ?> o, String champ, Class<E> type) {
    return texte(o, champ).map(s -> parCode(type, s, champ));
  }

  private static boolean booleen(Map<?, ?> o, String champ) {
    Object v = o.get(champ);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw type(champ, "un booléen");
  }

  private static Optional<Long> entier(Map<?, ?> o, String champ) {
    Object v = o.get(champ);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return Optional.of(((Number) v).longValue());
    }
    if (v instanceof BigInteger) {
      throw invalide(champ);
    }
    throw type(champ, "un nombre entier");
  }

  private static long positif(long v, String champ) {
    if (v <= 0) {
      throw invalide(champ);
    }
    return v;
  }

  private static int enInt(long v, String champ) {
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw invalide(champ);
    }
    return (int) v;
  }

  private static BigDecimal enDecimal(Object v, String champ) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
      return new BigDecimal(v.toString());
    }
    if (v instanceof Double d && Double.isFinite(d)) {
      return BigDecimal.valueOf(d);
    }
    throw type(champ, "un nombre");
  }

  private static Optional<Double> decimal(Map<?, ?> o, String champ) {
    Object v = o.get(champ);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    throw type(champ, "un nombre");
  }

  private static Optional<LocalDate> date(Map<?, ?> o, String champ) {
    return texte(o, champ).map(s -> {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw type(champ, "une date AAAA-MM-JJ");
      }
    });
  }

  private static Optional<Instant> instant(Map<?, ?> o, String champ) {
    return texte(o, champ).map(s -> {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw type(champ, "un horodatage ISO 8601 avec décalage");
      }
    });
  }

  private static List<?> liste(Map<?, ?> o, String champ) {
    Object v = o.get(champ);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l;
    }
    throw type(champ, "une liste");
  }

  private static GestionnaireId gestionnaire(Map<?, ?> o, String champ) {
    return GestionnaireId.parse(texteObligatoire(o, champ)).valeur().orElseThrow(() -> invalide(champ));
  }

  private static TribunalId tribunal(Map<?, ?> o, String champ) {
    String t = texteObligatoire(o, champ);
    if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
      throw invalide(champ);
    }
    return TribunalId.of(t);
  }

  private static NumeroRg numeroRg(Map<?, ?> o) {
    String t = texteObligatoire(o, "numero_rg");
    if (!NumeroRg.estValide(t)) {
      throw invalide("numero_rg");
    }
    return new NumeroRg(t);
  }

  private static CodeDepartement departement(String t) {
    return CodeDepartement.parse(t).valeur()
        .filter(c -> c.valeur().equals(t))
        .orElseThrow(() -> invalide("departement"));
  }
}
