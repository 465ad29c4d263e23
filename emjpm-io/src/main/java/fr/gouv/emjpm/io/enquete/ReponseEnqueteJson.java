// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.io.internal.MappeursJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Forme JSON d'une réponse à l'enquête : {@code {"<table>": {"<clé>": valeur}}} avec les noms
 * {@code storage} du catalogue (docs/cli-enquete.md). Entier et année → nombre entier, décimal → nombre,
 * texte et code d'énumération → chaîne, oui/non → booléen, bloc → objet, liste répétée → tableau d'objets.
 * La lecture est guidée par le catalogue : toute clé inconnue ou valeur mal typée est refusée (toutes les
 * violations sont rassemblées) ; {@code null} vaut « non renseigné ».
 */
public final class ReponseEnqueteJson {
  /** Mappeur durci (R-JSON-1) : 5 Mio, 2 000 000 jetons, limites communes de {@link MappeursJson}. */
  private static final ObjectMapper MAPPER = MappeursJson.durci(5L * 1024 * 1024, 2_000_000)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ReponseEnqueteJson() {}

  /**
   * Arbre JSON (cartes ordonnées, tables et clés triées) d'une réponse.
   *
   * @param reponse réponse à écrire, non nulle
   * @return carte triée table → clé → valeur (tables vides omises) ; bloc en carte ordonnée, liste
   *     en {@code List}
   */
  public static Map<String, Object> versArbre(ReponseEnquete reponse) {
    Map<String, Object> r = new TreeMap<>();
    reponse.tables().forEach((t, m) -> {
      Map<String, Object> table = new TreeMap<>();
      m.forEach((k, v) -> table.put(k, versObjet(v)));
      if (!table.isEmpty()) {
        r.put(t, table);
      }
    });
    return r;
  }

  private static Object versObjet(ValeurReponse v) {
    if (v instanceof ValeurReponse.Entier e) {
      return e.valeur();
    } else if (v instanceof ValeurReponse.Decimal d) {
      return d.valeur();
    } else if (v instanceof ValeurReponse.Texte t) {
      return t.valeur();
    } else if (v instanceof ValeurReponse.OuiNon o) {
      return o.valeur();
    } else if (v instanceof ValeurReponse.Bloc b) {
      Map<String, Object> m = new LinkedHashMap<>();
      b.membres().forEach((k, x) -> m.put(k, versObjet(x)));
      return m;
    }
    return ((ValeurReponse.Liste) v).elements().stream().map(ReponseEnqueteJson::versObjet).toList();
  }

  /**
   * Lit le texte JSON des seules réponses ({@code {"<table>": {...}}}).
   *
   * @param json texte JSON des réponses, non nul
   * @param type type d'enquête, dont le catalogue guide la lecture
   * @return la réponse lue, ou toutes les violations (JSON invalide, clé inconnue, type incorrect)
   */
  public static Resultat<ReponseEnquete> lire(String json, TypeEnquete type) {
    Objects.requireNonNull(json, "json");
    try {
      return depuisArbre(MAPPER.readTree(json), type);
    } catch (JsonProcessingException e) {
      return Resultat.echec(List.of(Violation.de(CodeImportEnquete.ENQUETE_JSON_INVALIDE, "/",
          Map.of("detail", e.getLocation() == null ? "syntaxe" : "ligne " + e.getLocation().getLineNr()))));
    }
  }

  /**
   * Analyse un texte JSON avec le mappeur durci de la bibliothèque (5 Mio, profondeur 32, chaîne de
   * 10 000 caractères, clé en double refusée), sans l'interpréter : pour un document qui enveloppe les
   * réponses (par exemple {@code {"type": …, "reponses": {…}}}), à passer ensuite à {@link #depuisArbre}.
   *
   * @param json texte JSON, non nul
   * @return l'arbre analysé, ou {@code ENQUETE_JSON_INVALIDE} (jamais le texte fautif dans le message)
   */
  public static Resultat<JsonNode> analyser(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode arbre = MAPPER.readTree(json);
      return Resultat.succes(arbre == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : arbre);
    } catch (JsonProcessingException e) {
      return Resultat.echec(List.of(Violation.de(CodeImportEnquete.ENQUETE_JSON_INVALIDE, "/",
          Map.of("detail", e.getLocation() == null ? "syntaxe" : "ligne " + e.getLocation().getLineNr()))));
    }
  }

  /**
   * Lit un arbre JSON déjà analysé ({@code {"<table>": {...}}}).
   *
   * @param racine arbre déjà analysé ; {@code null} ou un non-objet est refusé
   * @param type type d'enquête, dont le catalogue guide la lecture
   * @return la réponse lue, ou toutes les violations (JSON invalide, clé inconnue, type incorrect)
   */
  public static Resultat<ReponseEnquete> depuisArbre(JsonNode racine, TypeEnquete type) {
    List<Violation> v = new ArrayList<>();
    if (racine == null || !racine.isObject()) {
      return Resultat.echec(List.of(Violation.de(CodeImportEnquete.ENQUETE_JSON_INVALIDE, "/",
          Map.of("detail", "objet attendu"))));
    }
    List<ChampEnquete> champs = CatalogueEnquete.standard().champs(type);
    ReponseEnquete r = ReponseEnquete.vide(type);
    for (Iterator<Map.Entry<String, JsonNode>> it = racine.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> t = it.next();
      String table = t.getKey();
      if (!t.getValue().isObject()) {
        v.add(type(table, "objet"));
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it2 = t.getValue().fields(); it2.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it2.next();
        if (e.getValue().isNull()) {
          continue;
        }
        Optional<ValeurReponse> lu = lireValeur(champs, table, e.getKey(), e.getValue(), v);
        if (lu.isPresent()) {
          r = r.avec(table, e.getKey(), lu.get());
        }
      }
    }
    return v.isEmpty() ? Resultat.succes(r) : Resultat.echec(v);
  }

  private static Optional<ValeurReponse> lireValeur(
      List<ChampEnquete> champs, String table, String chemin, JsonNode n, List<Violation> v) {
    String adresse = table + "." + chemin;
    for (ChampEnquete c : champs) {
      if (c.table().equals(table) && c.cle().equals(chemin)) {
        return lireTypee(c, adresse, n, v);
      }
    }
    boolean bloc = champs.stream().anyMatch(c -> c.table().equals(table) && c.cle().startsWith(chemin + "."));
    if (!bloc) {
      v.add(Violation.de(CodeImportEnquete.ENQUETE_JSON_CLE_INCONNUE, adresse, Map.of("cle", adresse)));
      return Optional.empty();
    }
    if (!n.isObject()) {
      v.add(type(adresse, "objet"));
      return Optional.empty();
    }
    Map<String, ValeurReponse> m = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNull()) {
        lireValeur(champs, table, chemin + "." + e.getKey(), e.getValue(), v).ifPresent(x -> m.put(e.getKey(), x));
      }
    }
    return Optional.of(new ValeurReponse.Bloc(m));
  }

  /**
   * Nombre décimal fini, de moins de 15 chiffres entiers et d'au plus 15 décimales : {@code 1e999999}
   * (infini en double, ou décimal démesuré) n'est jamais lu, ni ne lève d'exception.
   */
  private static boolean decimalBorne(JsonNode n) {
    if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
      return false;
    }
    try {
      java.math.BigDecimal d = n.decimalValue();
      return d.abs().compareTo(new java.math.BigDecimal("1E15")) < 0 && d.scale() <= 15;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  private static Optional<ValeurReponse> lireTypee(ChampEnquete c, String adresse, JsonNode n, List<Violation> v) {
    switch (c.type()) {
      case ENTIER, ANNEE -> {
        if (n.isIntegralNumber() && n.canConvertToLong()) {
          return Optional.of(ValeurReponse.entier(n.longValue()));
        }
        v.add(type(adresse, "nombre entier"));
      }
      case DECIMAL -> {
        if (n.isNumber() && decimalBorne(n)) {
          return Optional.of(ValeurReponse.decimal(EnqueteExcelReader.normaliser(n.decimalValue())));
        }
        v.add(type(adresse, "nombre"));
      }
      case TEXTE, ENUMERATION -> {
        if (n.isTextual()) {
          return Optional.of(ValeurReponse.texte(n.textValue()));
        }
        v.add(type(adresse, "chaîne"));
      }
      case OUI_NON -> {
        if (n.isBoolean()) {
          return Optional.of(ValeurReponse.ouiNon(n.booleanValue()));
        }
        v.add(type(adresse, "booléen"));
      }
      case GROUPE_REPETE -> {
        if (!n.isArray()) {
          v.add(type(adresse, "tableau d'objets"));
          return Optional.empty();
        }
        List<ValeurReponse.Bloc> elements = new ArrayList<>();
        int i = 0;
        for (JsonNode el : n) {
          String adr = adresse + "[" + i++ + "]";
          if (!el.isObject()) {
            v.add(type(adr, "objet"));
            continue;
          }
          Map<String, ValeurReponse> m = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> it = el.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
              continue;
            }
            Optional<ChampEnquete> sous = c.champsElement().stream().filter(s -> s.cle().equals(e.getKey())).findFirst();
            if (sous.isEmpty()) {
              v.add(Violation.de(CodeImportEnquete.ENQUETE_JSON_CLE_INCONNUE, adr + "." + e.getKey(),
                  Map.of("cle", adr + "." + e.getKey())));
            } else {
              lireTypee(sous.get(), adr + "." + e.getKey(), e.getValue(), v).ifPresent(x -> m.put(e.getKey(), x));
            }
          }
          elements.add(new ValeurReponse.Bloc(m));
        }
        return Optional.of(new ValeurReponse.Liste(elements));
      }
    }
    return Optional.empty();
  }

  private static Violation type(String adresse, String attendu) {
    return Violation.de(CodeImportEnquete.ENQUETE_JSON_TYPE_INCORRECT, adresse,
        Map.of("cle", adresse, "attendu", attendu));
  }
}
