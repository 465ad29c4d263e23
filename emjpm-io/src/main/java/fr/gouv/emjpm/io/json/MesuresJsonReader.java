// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.internal.CaracteresControle;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.LectureSaisie;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.rules.validation.SaisieRessource;
import fr.gouv.emjpm.rules.validation.ValidationSaisie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lecture durcie des saisies de mesures au format de l'API des logiciels métier :
 * un objet MesureInput, ou un lot d'au plus {@value #LOT_MAX} objets, soit tableau nu, soit corps du lot
 * {@code {"mesures": [...], "strictNumeroRG": bool}} (dont le {@code strictNumeroRG} vaut pour
 * chaque élément). Les chemins des éléments d'un lot sont {@code /mesures/<rang>/...}. Les champs inconnus sont ignorés et signalés
 * par leur nom ; les champs d'identité (nom, prénom…) sont écartés et signalés, ou refusés en mode
 * strict. Aucune valeur reçue n'apparaît dans un message. La validation métier se fait ensuite avec le
 * moteur ({@link #verifier}, ou {@code Enregistrement} suivi de {@link CheminsJson#traduire(List)}), aux
 * chemins du JSON reçu. Immuable et thread-safe.
 */
public final class MesuresJsonReader {

  /** Taille maximale d'un lot. */
  public static final int LOT_MAX = 1000;

  /**
   * États au plus par mesure (plafond de mémoire : une mesure réelle en compte quelques dizaines) ; au-delà,
   * la mesure est refusée par {@code JSON_TROP_D_ETATS}, sans que ses états soient lus.
   */
  public static final int ETATS_MAX = 200;

  /** Violations gardées au plus par {@link #verifier} ; les suivantes sont comptées dans un résumé. */
  static final int VIOLATIONS_MAX = 1_000;

  /**
   * Ressources au plus par mesure (une par année) ; au-delà, la mesure est refusée par {@code
   * JSON_TROP_DE_RESSOURCES}, sans que ses ressources soient lues.
   */
  public static final int RESSOURCES_MAX = 100;

  static final Set<String> CHAMPS =
      Set.of("numero_rg", "numero_dossier", "annee_naissance", "civilite", "tribunal_siret", "tribunal_cabinet",
          "antenne_id", "date_nomination", "date_premier_mesure", "date_protection_en_cours", "date_fin_mesure",
          "cause_sortie", "resultat_revision", "code_postal", "ville", "etats", "ressources", "strictNumeroRG",
          // champs de la sortie de l'API (et de ses extensions), admis en entrée sans être lus
          "id", "status", "created_at", "latitude", "longitude", "editor_id", "gestionnaire", "magistrat_id",
          "greffier_id");
  static final Set<String> CHAMPS_ETAT =
      Set.of("date_changement_etat", "nature_mesure", "champ_mesure", "lieu_vie", "type_etablissement",
          "code_postal", "ville", "pays");
  static final Set<String> CHAMPS_RESSOURCE = Set.of("annee", "niveau_ressource", "prestations_sociales");

  /** Champ des éléments du corps d'un lot. */
  private static final String CHAMP_LOT = "mesures";
  private static final String STRICT_NUMERO_RG = "strictNumeroRG";
  private static final Set<String> CHAMPS_CORPS_LOT = Set.of(CHAMP_LOT, STRICT_NUMERO_RG);

  private MesuresJsonReader() {}

  /**
   * Lit un document.
   *
   * @param octets document JSON UTF-8
   * @param strict vrai pour refuser tout document portant un champ d'identité
   * @return le lot lu, ou l'échec du document entier (mal formé, limites, lot trop grand, strict)
   */
  public static Resultat<LotJson> lire(byte[] octets, boolean strict) {
    return JsonDurci.lire(octets).flatMap(racine -> lireRacine(racine, strict, false));
  }

  /**
   * Valide avec le moteur chaque saisie lue ({@code ValidationSaisie}) : toutes les violations du
   * document, dans l'ordre (avertissements du document, puis pour chaque élément ses violations de
   * lecture et celles des règles), aux chemins du JSON reçu ({@code /mesures/<rang>/date_nomination},
   * {@code /etats/0/type_etablissement} : {@link CheminsJson}). En une seule passe : les règles
   * s'appliquent aussi à un élément dont certains champs sont illisibles (ses autres champs sont
   * vérifiés ; une règle qui viserait un champ déjà signalé illisible n'est pas répétée).
   *
   * @param lot document lu par {@link #lire}
   * @param antennesDuService antennes du service qui écrit (vide pour un mandataire)
   * @param ctx contexte du moteur
   * @return toutes les violations ; aucune bloquante si chaque élément est valide
   */
  public static List<Violation> verifier(LotJson lot, Set<Long> antennesDuService, ContexteRegles ctx) {
    List<Violation> toutes = new ArrayList<>(lot.avertissements());
    // plafond de mémoire : au-delà de VIOLATIONS_MAX, les violations sont comptées (résumé en fin de liste)
    long[] omises = {0};
    java.util.function.Consumer<Violation> garder = v -> {
      if (toutes.size() < VIOLATIONS_MAX) {
        toutes.add(v);
      } else {
        omises[0]++;
      }
    };
    for (int i = 0; i < lot.elements().size(); i++) {
      String prefixe = lot.estUnLot() ? "/" + CHAMP_LOT + "/" + i : "";
      Resultat<SaisieMesure> e = lot.elements().get(i);
      e.violations().stream().filter(v -> !toutes.contains(v)).forEach(garder);
      List<String> illisibles = e.violations().stream().filter(Violation::estBloquante).map(Violation::chemin).toList();
      lot.lues().get(i).ifPresent(s -> ValidationSaisie.verifierHorsSignales(s, antennesDuService, ctx,
          v -> CheminsJson.traduire(v.prefixee(prefixe)), illisibles).forEach(garder));
    }
    if (omises[0] > 0) {
      toutes.add(Violation.de(CodeJson.JSON_VIOLATIONS_OMISES, "", Map.of("nombre", omises[0])));
    }
    return toutes;
  }

  /**
   * Lit puis vérifie un document en une passe ({@link #lire} puis {@link #verifier(LotJson, Set,
   * ContexteRegles)}) : un objet seul dont des champs sont illisibles reçoit aussi les violations des
   * règles sur ses autres champs. Un document illisible (mal formé, limites, lot trop grand, strict)
   * rend seulement les violations de la lecture.
   *
   * @param octets document JSON UTF-8
   * @param strict vrai pour refuser tout document portant un champ d'identité
   * @param antennesDuService antennes du service qui écrit (vide pour un mandataire)
   * @param ctx contexte du moteur
   * @return toutes les violations du document ; aucune bloquante s'il est valide
   */
  public static List<Violation> verifier(byte[] octets, boolean strict, Set<Long> antennesDuService,
      ContexteRegles ctx) {
    Resultat<LotJson> lot = JsonDurci.lire(octets).flatMap(racine -> lireRacine(racine, strict, true));
    return lot.valeur().map(l -> verifier(l, antennesDuService, ctx)).orElseGet(lot::violations);
  }

  /**
   * @param objetSeulEnEchec vrai pour rendre un objet seul illisible comme un lot d'un élément en échec
   *     (vérification en une passe) plutôt que comme l'échec du document
   */
  private static Resultat<LotJson> lireRacine(JsonNode racine, boolean strict, boolean objetSeulEnEchec) {
    List<Violation> document = new ArrayList<>();
    champsInterdits(racine, "", strict, document);
    if (document.stream().anyMatch(Violation::estBloquante)) {
      return Resultat.echec(document);
    }
    List<JsonNode> objets = new ArrayList<>();
    // Corps du lot : {"mesures": [MesureInput], "strictNumeroRG": bool}
    boolean corpsDeLot = racine.isObject() && racine.has(CHAMP_LOT);
    boolean lot = racine.isArray() || corpsDeLot;
    boolean strictDuLot = false;
    JsonNode elements = racine;
    if (corpsDeLot) {
      inconnus(racine, CHAMPS_CORPS_LOT, "", document);
      elements = racine.get(CHAMP_LOT);
      JsonNode s = racine.get(STRICT_NUMERO_RG);
      if (!elements.isArray() || (s != null && !s.isNull() && !s.isBoolean())) {
        String champ = elements.isArray() ? STRICT_NUMERO_RG : CHAMP_LOT;
        document.add(Violation.de(CodeJson.JSON_TYPE_INVALIDE, "/" + champ,
            Map.of("champ", champ, "type", elements.isArray() ? "booléen" : "tableau")));
        return Resultat.echec(document);
      }
      strictDuLot = s != null && s.booleanValue();
    }
    if (lot) {
      if (elements.size() > LOT_MAX) {
        return Resultat.echec(Violation.de(CodeJson.JSON_LOT_TROP_GRAND, "", Map.of("max", LOT_MAX)));
      }
      elements.forEach(objets::add);
    } else {
      objets.add(racine);
    }
    List<Resultat<SaisieMesure>> saisies = new ArrayList<>();
    List<Optional<String>> statuts = new ArrayList<>();
    List<Optional<SaisieMesure>> lues = new ArrayList<>();
    for (int i = 0; i < objets.size(); i++) {
      statuts.add(statut(objets.get(i)));
      String chemin = lot ? "/" + CHAMP_LOT + "/" + i : "";
      Lue l = lireMesurePartielle(objets.get(i), chemin, document);
      Resultat<SaisieMesure> r = l.resultat();
      Optional<SaisieMesure> lue = l.saisie();
      if (strictDuLot) {
        // strictNumeroRG du corps du lot : vaut pour chaque élément
        r = r.map(m -> m.withStrictNumeroRg(true));
        lue = lue.map(m -> m.withStrictNumeroRg(true));
      }
      saisies.add(r);
      lues.add(lue);
    }
    if (!lot && !objetSeulEnEchec && saisies.get(0) instanceof Resultat.Echec<SaisieMesure> e) {
      List<Violation> toutes = new ArrayList<>(document);
      toutes.addAll(e.violations());
      return Resultat.echec(toutes);
    }
    return Resultat.succes(new LotJson(saisies, statuts, document, lot, lues), document);
  }

  /** {@code status} tel qu'écrit (texte, sinon forme JSON de la valeur), vide s'il est absent ou nul. */
  private static Optional<String> statut(JsonNode element) {
    JsonNode s = element.path("status");
    if (s.isMissingNode() || s.isNull()) {
      return Optional.empty();
    }
    return Optional.of(s.isTextual() ? s.asText() : s.toString());
  }

  /** Cherche à toute profondeur les champs d'identité ; ils ne seront jamais lus. */
  static void champsInterdits(JsonNode n, String chemin, boolean strict, List<Violation> sortie) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String c = chemin + "/" + e.getKey();
        if (e.getKey().equals("@class") || e.getKey().equals("@c")) {
          sortie.add(Violation.de(CodeJson.JSON_TYPAGE_REFUSE, c));
        } else if (ChampsInterdits.estInterdit(e.getKey())) {
          sortie.add(Violation.de(CodeJson.JSON_CHAMP_INTERDIT, strict ? Gravite.BLOQUANTE : Gravite.AVERTISSEMENT,
              c, Map.of("champ", e.getKey())));
        } else {
          champsInterdits(e.getValue(), c, strict, sortie);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        champsInterdits(n.get(i), chemin + "/" + i, strict, sortie);
      }
    }
  }

  static Resultat<SaisieMesure> lireMesure(JsonNode n, String chemin, List<Violation> document) {
    return lireMesurePartielle(n, chemin, document).resultat();
  }

  /** Un élément lu : son résultat, et la saisie telle que lue même en échec (vide si ce n'est pas un objet). */
  private record Lue(Resultat<SaisieMesure> resultat, Optional<SaisieMesure> saisie) {}

  private static Lue lireMesurePartielle(JsonNode n, String chemin, List<Violation> document) {
    if (!n.isObject()) {
      return new Lue(Resultat.echec(Violation.de(CodeJson.JSON_RACINE_INVALIDE, chemin)), Optional.empty());
    }
    JsonNode etatsBruts = n.path("etats");
    if (etatsBruts.isArray() && etatsBruts.size() > ETATS_MAX) {
      return new Lue(Resultat.echec(Violation.de(CodeJson.JSON_TROP_D_ETATS, chemin + "/etats",
          Map.of("max", ETATS_MAX))), Optional.empty());
    }
    JsonNode ressourcesBrutes = n.path("ressources");
    if (ressourcesBrutes.isArray() && ressourcesBrutes.size() > RESSOURCES_MAX) {
      return new Lue(Resultat.echec(Violation.de(CodeJson.JSON_TROP_DE_RESSOURCES, chemin + "/ressources",
          Map.of("max", RESSOURCES_MAX))), Optional.empty());
    }
    List<Violation> v = new ArrayList<>();
    inconnus(n, CHAMPS, chemin, document);
    Champs c = new Champs(n, chemin, v);
    SaisieMesure.Builder b =
        SaisieMesure.builder()
            .numeroRg(c.texte("numero_rg"))
            .numeroDossier(c.texte("numero_dossier"))
            .anneeNaissance(c.entier("annee_naissance"))
            .civilite(c.code("civilite", Civilite::parCode))
            .tribunalSiret(c.texte("tribunal_siret").flatMap(s -> Siret.parse(s).valeur()))
            .tribunalCabinet(c.texte("tribunal_cabinet"))
            .antenneId(c.entier("antenne_id").map(Integer::longValue))
            .dateNomination(c.date("date_nomination"))
            .datePremiereMesure(c.date("date_premier_mesure"))
            .dateProtectionEnCours(c.date("date_protection_en_cours"))
            .dateFinMesure(c.date("date_fin_mesure"))
            .causeSortie(c.code("cause_sortie", CauseSortie::parCode))
            .resultatRevision(c.code("resultat_revision", ResultatRevision::parCode))
            .codePostal(c.texte("code_postal"))
            .ville(c.texte("ville"))
            .strictNumeroRg(c.booleen("strictNumeroRG").orElse(false));
    // Un SIRET mal formé reste visible des règles : il est signalé comme type invalide.
    c.texte("tribunal_siret").filter(s -> Siret.parse(s).valeur().isEmpty())
        .ifPresent(s -> v.add(Violation.de(CodeJson.JSON_TYPE_INVALIDE, chemin + "/tribunal_siret",
            Map.of("champ", "tribunal_siret", "type", "SIRET de 14 chiffres"))));
    List<JsonNode> etats = c.tableau("etats");
    for (int i = 0; i < etats.size(); i++) {
      String ce = chemin + "/etats/" + i;
      JsonNode e = etats.get(i);
      if (!e.isObject()) {
        v.add(Violation.de(CodeJson.JSON_TYPE_INVALIDE, ce, Map.of("champ", "etats", "type", "objet")));
        b.addEtats(SaisieEtat.builder().build()); // garde les rangs des états suivants (lecture partielle)
        continue;
      }
      inconnus(e, CHAMPS_ETAT, ce, document);
      Champs ch = new Champs(e, ce, v);
      b.addEtats(SaisieEtat.builder()
          .dateChangementEtat(ch.date("date_changement_etat"))
          .nature(ch.code("nature_mesure", NatureMesure::parCode))
          .champ(ch.code("champ_mesure", ChampMesure::parCode))
          .lieuVie(ch.code("lieu_vie", LieuVie::parCode))
          .typeEtablissement(ch.code("type_etablissement", TypeEtablissement::parCode))
          .codePostal(ch.texte("code_postal"))
          .ville(ch.texte("ville"))
          .pays(ch.code("pays", Pays::parCode))
          .build());
    }
    List<JsonNode> ressources = c.tableau("ressources");
    for (int i = 0; i < ressources.size(); i++) {
      String cr = chemin + "/ressources/" + i;
      JsonNode r = ressources.get(i);
      inconnus(r, CHAMPS_RESSOURCE, cr, document);
      Champs ch = new Champs(r, cr, v);
      Optional<Integer> annee = ch.entier("annee");
      Optional<BigDecimal> niveau = ch.decimal("niveau_ressource");
      SaisieRessource.Builder sr = SaisieRessource.builder().annee(annee.orElse(0)).niveauRessource(niveau.orElse(BigDecimal.ZERO));
      for (JsonNode p : ch.tableau("prestations_sociales")) {
        Optional<PrestationSociale> ps = p.isTextual() ? PrestationSociale.parCode(p.asText()) : Optional.empty();
        if (ps.isEmpty()) {
          v.add(Violation.de(CodeJson.JSON_TYPE_INVALIDE, cr + "/prestations_sociales",
              Map.of("champ", "prestations_sociales", "type", "code de prestation")));
        }
        ps.ifPresent(sr::addPrestations);
      }
      if (annee.isEmpty()) {
        v.add(Violation.de(CodeJson.JSON_TYPE_INVALIDE, cr + "/annee", Map.of("champ", "annee", "type", "entier")));
      }
      b.addRessources(sr.build());
    }
    SaisieMesure lue = b.build();
    return new Lue(v.stream().anyMatch(Violation::estBloquante) ? Resultat.echec(v) : Resultat.succes(lue, v),
        Optional.of(lue));
  }

  /** {@code aaaa/mm/jj}, {@code aaaa-m-j} (mois et jour sur 1 ou 2 chiffres, tiret ou barre oblique). */
  private static final java.util.regex.Pattern ANNEE_MOIS_JOUR =
      java.util.regex.Pattern.compile("([0-9]{4})([-/])([0-9]{1,2})\\2([0-9]{1,2})");
  /** Horodatage ISO dont seule la date compte ({@code 2018-02-01T00:00:00Z}, {@code 2018-02-01 10:00}). */
  private static final java.util.regex.Pattern HORODATAGE =
      java.util.regex.Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})[T ][0-9]{2}:[0-9]{2}[0-9:.+\\-Z]{0,24}");

  /**
   * Dates que l'API de l'original acceptait (validateur de dates non strict, colonne {@code date} de la
   * base) sous une autre forme que {@code aaaa-mm-jj}, quand elles n'ont qu'une lecture possible : année
   * en tête avec barres obliques ou mois et jour sur un chiffre, horodatage dont la date est gardée
   * telle qu'écrite. {@code jj/mm/aaaa} reste refusé : l'original le lisait mois/jour (une date de
   * français enregistrée fausse).
   */
  static Optional<LocalDate> dateToleree(String texte) {
    java.util.regex.Matcher m = ANNEE_MOIS_JOUR.matcher(texte);
    java.util.regex.Matcher h = HORODATAGE.matcher(texte);
    try {
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4))));
      }
      if (h.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2)),
            Integer.parseInt(h.group(3))));
      }
    } catch (java.time.DateTimeException e) {
      // date impossible (31/02…) : refusée comme toute date invalide
    }
    return Optional.empty();
  }

  private static void inconnus(JsonNode n, Set<String> connus, String chemin, List<Violation> sortie) {
    if (!n.isObject()) {
      return;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String nom = it.next();
      if (!connus.contains(nom) && !ChampsInterdits.estInterdit(nom) && !nom.startsWith("@")) {
        sortie.add(Violation.de(CodeJson.JSON_CHAMP_INCONNU, chemin + "/" + nom, Map.of("champ", tronquer(nom))));
      }
    }
  }

  private static String tronquer(String nom) {
    return nom.length() <= 64 ? nom : nom.substring(0, 64) + "…";
  }

  /** Première année admise dans une date. */
  static final int ANNEE_MIN = 1900;
  /** Dernière année admise dans une date. */
  static final int ANNEE_MAX = 2100;
  /** Valeur absolue (exclue) d'un nombre décimal lu : celle qu'admet la forme texte (15 chiffres). */
  private static final BigDecimal DECIMAL_MAX = new BigDecimal("1E15");
  /** Chiffres après la virgule au plus dans un nombre décimal lu. */
  private static final int ECHELLE_MAX = 15;

  /** Lecture typée des champs d'un objet ; accumule les violations. */
  private static final class Champs {
    private final JsonNode n;
    private final String chemin;
    private final List<Violation> v;

    Champs(JsonNode n, String chemin, List<Violation> v) {
      this.n = n;
      this.chemin = chemin;
      this.v = v;
    }

    private Optional<JsonNode> noeud(String champ) {
      JsonNode x = n.get(champ);
      return x == null || x.isNull() ? Optional.empty() : Optional.of(x);
    }

    private void type(String champ, String type) {
      v.add(Violation.de(CodeJson.JSON_TYPE_INVALIDE, chemin + "/" + champ, Map.of("champ", champ, "type", type)));
    }

    Optional<String> texte(String champ) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isPresent() && !(x.get().isTextual() || x.get().isIntegralNumber())) {
        type(champ, "texte");
        return Optional.empty();
      }
      Optional<String> brut = x.map(JsonNode::asText);
      Optional<String> propre = brut.map(CaracteresControle::retirer);
      if (brut.isPresent() && !brut.get().equals(propre.orElseThrow())) {
        v.add(Violation.de(CodeJson.JSON_CARACTERES_RETIRES, chemin + "/" + champ, Map.of("champ", champ)));
      }
      return propre.filter(s -> !s.isBlank());
    }

    Optional<Integer> entier(String champ) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isEmpty()) {
        return Optional.empty();
      }
      JsonNode j = x.get();
      if (j.isIntegralNumber() && j.canConvertToInt()) {
        return Optional.of(j.intValue());
      }
      if (j.isTextual() && j.asText().strip().matches("-?[0-9]{1,9}")) {
        return Optional.of(Integer.parseInt(j.asText().strip()));
      }
      type(champ, "entier");
      return Optional.empty();
    }

    Optional<BigDecimal> decimal(String champ) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isEmpty()) {
        return Optional.empty();
      }
      JsonNode j = x.get();
      if (j.isNumber()) {
        // 1e999999 est lu comme un double infini, 1e-999999 comme un décimal d'échelle démesurée : refusés
        // comme type invalide plutôt que de lever une exception ou de garder une valeur absurde
        if ((j.isDouble() || j.isFloat()) && !Double.isFinite(j.doubleValue())) {
          type(champ, "nombre");
          return Optional.empty();
        }
        BigDecimal d;
        try {
          d = j.decimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
          type(champ, "nombre");
          return Optional.empty();
        }
        if (d.abs().compareTo(DECIMAL_MAX) >= 0 || d.scale() > ECHELLE_MAX) {
          type(champ, "nombre");
          return Optional.empty();
        }
        return Optional.of(d);
      }
      if (j.isTextual() && j.asText().strip().matches("-?[0-9]{1,15}([.,][0-9]{1,15})?")) {
        return Optional.of(new BigDecimal(j.asText().strip().replace(',', '.')));
      }
      type(champ, "nombre");
      return Optional.empty();
    }

    Optional<Boolean> booleen(String champ) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isPresent() && !x.get().isBoolean()) {
        type(champ, "booléen");
        return Optional.empty();
      }
      return x.map(JsonNode::booleanValue);
    }

    Optional<LocalDate> date(String champ) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isPresent() && !x.get().isTextual()) {
        type(champ, "date aaaa-mm-jj");
        return Optional.empty();
      }
      Resultat<Optional<LocalDate>> r = LectureSaisie.date(x.map(JsonNode::asText), chemin + "/" + champ, champ);
      if (r.estSucces()) {
        return bornee(champ, r.valeur().flatMap(Function.identity()));
      }
      Optional<LocalDate> toleree = dateToleree(x.orElseThrow().asText().strip());
      if (toleree.isPresent()) {
        v.add(Violation.de(CodeJson.JSON_DATE_TOLEREE, chemin + "/" + champ, Map.of("champ", champ)));
        return bornee(champ, toleree);
      }
      v.addAll(r.violations());
      return Optional.empty();
    }

    /** Date gardée si son année est de 1900 à 2100, sinon refusée ({@code JSON_DATE_HORS_BORNES}). */
    private Optional<LocalDate> bornee(String champ, Optional<LocalDate> date) {
      if (date.isPresent() && (date.get().getYear() < ANNEE_MIN || date.get().getYear() > ANNEE_MAX)) {
        v.add(Violation.de(CodeJson.JSON_DATE_HORS_BORNES, chemin + "/" + champ,
            Map.of("champ", champ, "min", ANNEE_MIN, "max", ANNEE_MAX)));
        return Optional.empty();
      }
      return date;
    }

    <E> Optional<E> code(String champ, Function<String, Optional<E>> parCode) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isPresent() && !x.get().isTextual()) {
        type(champ, "code");
        return Optional.empty();
      }
      Resultat<Optional<E>> r = LectureSaisie.code(x.map(JsonNode::asText), parCode, chemin + "/" + champ, champ);
      v.addAll(r.violations());
      return r.valeur().flatMap(Function.identity());
    }

    List<JsonNode> tableau(String champ) {
      Optional<JsonNode> x = noeud(champ);
      if (x.isEmpty()) {
        return List.of();
      }
      if (!x.get().isArray()) {
        type(champ, "tableau");
        return List.of();
      }
      List<JsonNode> l = new ArrayList<>();
      x.get().forEach(l::add);
      return l;
    }
  }
}
