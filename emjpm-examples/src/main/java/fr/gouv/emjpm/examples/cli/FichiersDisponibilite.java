// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.statistiques.MesureStatistique;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lecture des fichiers JSON (clés snake_case) des commandes {@code proximite}, {@code
 * disponibilite} et {@code recherche} : gestionnaires et mesures. Toutes les erreurs d'un fichier
 * sont rassemblées en violations avec leur chemin ({@code /3/dispo_max}) ; aucune valeur lue n'est
 * recopiée dans un message.
 */
final class FichiersDisponibilite {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FichiersDisponibilite() {}

  /**
   * Lit un fichier de gestionnaires.
   *
   * @param fichier chemin
   * @param tribunal résolution d'un SIRET de tribunal préféré
   */
  static Resultat<List<FicheGestionnaire>> gestionnaires(
      Path fichier, Function<Siret, Optional<TribunalId>> tribunal) throws IOException {
    JsonNode racine;
    try {
      racine = MAPPER.readTree(Files.readString(fichier));
    } catch (JsonProcessingException e) {
      return Resultat.echec(Violation.de(CodeFichierDisponibilite.JSON_INVALIDE, ""));
    }
    if (racine == null || !racine.isArray()) {
      return Resultat.echec(Violation.de(CodeFichierDisponibilite.JSON_INVALIDE, ""));
    }
    List<Violation> r = new ArrayList<>();
    List<FicheGestionnaire> res = new ArrayList<>();
    Set<GestionnaireId> vus = new HashSet<>();
    for (int i = 0; i < racine.size(); i++) {
      Optional<FicheGestionnaire> f = lireGestionnaire(racine.get(i), "/" + i, tribunal, r);
      if (f.isPresent()) {
        if (vus.add(f.get().id())) {
          res.add(f.get());
        } else {
          r.add(Violation.de(CodeFichierDisponibilite.GESTIONNAIRE_EN_DOUBLE, "/" + i + "/id"));
        }
      }
    }
    return r.isEmpty() ? Resultat.succes(List.copyOf(res)) : Resultat.echec(r);
  }

  private static Optional<FicheGestionnaire> lireGestionnaire(
      JsonNode n,
      String chemin,
      Function<Siret, Optional<TribunalId>> tribunal,
      List<Violation> r) {
    if (n == null || !n.isObject()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin, Map.of("champ", "gestionnaire")));
      return Optional.empty();
    }
    int avant = r.size();
    Optional<GestionnaireId> id =
        texte(n, "id", chemin, true, r)
            .flatMap(t -> GestionnaireId.parse(t).fold(s -> Optional.of(s.donnee()), e -> {
                  r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/id", Map.of("champ", "id")));
                  return Optional.empty();
                }));
    Optional<String> nom = texte(n, "nom", chemin, true, r);
    int max = entier(n, "dispo_max", chemin, r).orElse(0);
    boolean suspendu = booleen(n, "suspendu", chemin, r).orElse(false);
    Optional<Position> position = position(n, chemin, r);
    FicheGestionnaire.Builder b = FicheGestionnaire.builder();
    booleen(n, "habilite", chemin, r).ifPresent(b::habilite);
    texte(n, "code_postal", chemin, false, r).ifPresent(b::codePostal);
    texte(n, "ville", chemin, false, r).ifPresent(b::ville);
    texte(n, "adresse", chemin, false, r).ifPresent(b::adresse);
    texte(n, "email", chemin, false, r).ifPresent(b::email);
    texte(n, "siret", chemin, false, r).ifPresent(b::siret);
    Set<CodeDepartement> deps = new java.util.LinkedHashSet<>();
    tableau(n, "departements", chemin, r).forEach((j, d) -> departement(d, chemin + "/departements/" + j, "departements", r).ifPresent(deps::add));
    Set<TribunalId> tis = new java.util.LinkedHashSet<>();
    tableau(n, "tribunaux_preferes", chemin, r)
        .forEach(
            (j, t) -> {
              String c = chemin + "/tribunaux_preferes/" + j;
              Optional<Siret> s =
                  t.isTextual() ? Siret.parse(t.asText()).valeur() : Optional.empty();
              if (s.isEmpty()) {
                r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, c, Map.of("champ", "tribunaux_preferes")));
                return;
              }
              Optional<TribunalId> ti = tribunal.apply(s.get());
              if (ti.isEmpty()) {
                r.add(Violation.de(CodeFichierDisponibilite.TRIBUNAL_INCONNU, c, Map.of("siret", s.get().valeur())));
              }
              ti.ifPresent(tis::add);
            });
    List<FicheAntenne> antennes = new ArrayList<>();
    tableau(n, "antennes", chemin, r).forEach((j, a) -> antenne(a, chemin + "/antennes/" + j, r).ifPresent(antennes::add));
    if (r.size() > avant || id.isEmpty() || nom.isEmpty()) {
      return Optional.empty();
    }
    if (!antennes.isEmpty() && !id.get().type().equals(fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.SERVICE)) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/antennes", Map.of("champ", "antennes")));
      return Optional.empty();
    }
    if (antennes.stream().map(FicheAntenne::id).distinct().count() < antennes.size()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/antennes", Map.of("champ", "antennes")));
      return Optional.empty();
    }
    return Optional.of(
        b.id(id.get())
            .nom(nom.get())
            .mesuresMax(max)
            .suspendu(suspendu)
            .position(position)
            .addAllDepartements(deps)
            .addAllTribunauxPreferes(tis)
            .addAllAntennes(antennes)
            .build());
  }

  private static Optional<FicheAntenne> antenne(JsonNode a, String chemin, List<Violation> r) {
    if (a == null || !a.isObject()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin, Map.of("champ", "antennes")));
      return Optional.empty();
    }
    Optional<Integer> id = entier(a, "id", chemin, r);
    if (id.isEmpty() && !a.has("id")) {
      r.add(Violation.de(CodeFichierDisponibilite.CHAMP_OBLIGATOIRE, chemin + "/id", Map.of("champ", "id")));
    }
    Optional<String> nom = texte(a, "nom", chemin, false, r);
    Optional<CodeDepartement> dep =
        a.hasNonNull("departement") ? departement(a.get("departement"), chemin + "/departement", "departement", r) : Optional.empty();
    int max = entier(a, "dispo_max", chemin, r).orElse(0);
    if (id.isEmpty() || id.get() <= 0) {
      if (id.isPresent()) {
        r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/id", Map.of("champ", "id")));
      }
      return Optional.empty();
    }
    return Optional.of(
        FicheAntenne.builder().id(id.get()).nom(nom.orElse("Antenne " + id.get())).departement(dep).mesuresMax(max).build());
  }

  /**
   * Lit un fichier de mesures (Mesure JSON de l'API éditeurs, docs/formats/json-editeurs.md, plus {@code status}, {@code
   * gestionnaire}, {@code antenne_id} ; facultatifs {@code magistrat_id}/{@code greffier_id} pour
   * les réservations). Le département est celui du code postal du dernier état.
   *
   * @param zone fuseau métier pour dater {@code created_at}
   */
  static Resultat<List<MesureStatistique>> mesures(Path fichier, Set<GestionnaireId> connus, ZoneId zone)
      throws IOException {
    JsonNode racine;
    try {
      racine = MAPPER.readTree(Files.readString(fichier));
    } catch (JsonProcessingException e) {
      return Resultat.echec(Violation.de(CodeFichierDisponibilite.JSON_INVALIDE, ""));
    }
    if (racine == null || !racine.isArray()) {
      return Resultat.echec(Violation.de(CodeFichierDisponibilite.JSON_INVALIDE, ""));
    }
    List<Violation> r = new ArrayList<>();
    List<MesureStatistique> res = new ArrayList<>(racine.size());
    for (int i = 0; i < racine.size(); i++) {
      lireMesure(racine.get(i), "/" + i, connus, zone, r).ifPresent(res::add);
    }
    return r.isEmpty() ? Resultat.succes(List.copyOf(res)) : Resultat.echec(r);
  }

  private static Optional<MesureStatistique> lireMesure(
      JsonNode n, String chemin, Set<GestionnaireId> connus, ZoneId zone, List<Violation> r) {
    if (n == null || !n.isObject()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin, Map.of("champ", "mesure")));
      return Optional.empty();
    }
    int avant = r.size();
    Optional<GestionnaireId> g =
        texte(n, "gestionnaire", chemin, true, r).flatMap(t -> {
          Optional<GestionnaireId> v = GestionnaireId.parse(t).valeur();
          if (v.isEmpty()) {
            r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/gestionnaire", Map.of("champ", "gestionnaire")));
          } else if (!connus.contains(v.get())) {
            r.add(Violation.de(CodeFichierDisponibilite.GESTIONNAIRE_INCONNU, chemin + "/gestionnaire"));
          }
          return v;
        });
    Optional<StatutMesure> statut =
        texte(n, "status", chemin, true, r).flatMap(t -> {
          Optional<StatutMesure> e = switch (t) {
            case "en_attente" -> Optional.of(StatutMesure.EN_ATTENTE);
            case "en_cours" -> Optional.of(StatutMesure.EN_COURS);
            case "eteinte" -> Optional.of(StatutMesure.ETEINTE);
            default -> Optional.empty();
          };
          if (e.isEmpty()) {
            r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/status", Map.of("champ", "status")));
          }
          return e;
        });
    Optional<Integer> antenne = entier(n, "antenne_id", chemin, r);
    Optional<LocalDate> nomination = date(n, "date_nomination", chemin, r);
    Optional<LocalDate> fin = date(n, "date_fin_mesure", chemin, r);
    Optional<LocalDate> creation = Optional.empty();
    if (n.hasNonNull("created_at")) {
      try {
        creation = Optional.of(OffsetDateTime.parse(n.get("created_at").asText()).atZoneSameInstant(zone).toLocalDate());
      } catch (DateTimeParseException e) {
        creation = date(n, "created_at", chemin, r);
      }
    }
    boolean reservee = n.hasNonNull("magistrat_id") || n.hasNonNull("greffier_id");
    Optional<CodeDepartement> dep = departementDuDernierEtat(n);
    if (r.size() > avant || g.isEmpty() || statut.isEmpty()) {
      return Optional.empty();
    }
    MesureStatistique.Builder b =
        MesureStatistique.builder()
            .gestionnaire(g.get())
            .statut(statut.get())
            .departement(dep)
            .dateNomination(nomination)
            .dateFin(fin);
    antenne.filter(a -> a > 0).ifPresent(a -> b.antenne(a));
    if (reservee) {
      b.dateReservation(creation);
    }
    return Optional.of(b.build());
  }

  private static Optional<CodeDepartement> departementDuDernierEtat(JsonNode n) {
    JsonNode etats = n.get("etats");
    if (etats == null || !etats.isArray()) {
      return Optional.empty();
    }
    String meilleureDate = "";
    Optional<CodeDepartement> res = Optional.empty();
    for (JsonNode e : etats) {
      String d = e.path("date_changement_etat").asText("");
      if (d.compareTo(meilleureDate) >= 0 && e.hasNonNull("code_postal")) {
        Optional<CodeDepartement> dep = CodePostal.departementDe(e.get("code_postal").asText()).valeur();
        if (dep.isPresent()) {
          meilleureDate = d;
          res = dep;
        }
      }
    }
    return res;
  }

  // --- lecture typée des champs -------------------------------------------------------------

  private static Optional<String> texte(
      JsonNode n, String champ, String chemin, boolean obligatoire, List<Violation> r) {
    JsonNode v = n.get(champ);
    if (v == null || v.isNull()) {
      if (obligatoire) {
        r.add(Violation.de(CodeFichierDisponibilite.CHAMP_OBLIGATOIRE, chemin + "/" + champ, Map.of("champ", champ)));
      }
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/" + champ, Map.of("champ", champ)));
      return Optional.empty();
    }
    return Optional.of(v.asText().strip());
  }

  private static Optional<Integer> entier(JsonNode n, String champ, String chemin, List<Violation> r) {
    JsonNode v = n.get(champ);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/" + champ, Map.of("champ", champ)));
      return Optional.empty();
    }
    return Optional.of(v.asInt());
  }

  private static Optional<Boolean> booleen(JsonNode n, String champ, String chemin, List<Violation> r) {
    JsonNode v = n.get(champ);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/" + champ, Map.of("champ", champ)));
      return Optional.empty();
    }
    return Optional.of(v.asBoolean());
  }

  private static Optional<LocalDate> date(JsonNode n, String champ, String chemin, List<Violation> r) {
    JsonNode v = n.get(champ);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    try {
      String t = v.asText();
      return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
    } catch (DateTimeParseException e) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/" + champ, Map.of("champ", champ)));
      return Optional.empty();
    }
  }

  private static Optional<Position> position(JsonNode n, String chemin, List<Violation> r) {
    JsonNode lat = n.get("latitude");
    JsonNode lon = n.get("longitude");
    boolean aLat = lat != null && !lat.isNull();
    boolean aLon = lon != null && !lon.isNull();
    if (!aLat && !aLon) {
      return Optional.empty();
    }
    if (aLat && aLon && lat.isNumber() && lon.isNumber() && Position.estValide(lat.asDouble(), lon.asDouble())) {
      return Optional.of(Position.of(lat.asDouble(), lon.asDouble()));
    }
    r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + (aLat ? "/longitude" : "/latitude"), Map.of("champ", "latitude/longitude")));
    return Optional.empty();
  }

  private static Optional<CodeDepartement> departement(JsonNode d, String chemin, String champ, List<Violation> r) {
    Optional<CodeDepartement> c = d != null && d.isTextual() ? CodeDepartement.parse(d.asText()).valeur() : Optional.empty();
    if (c.isEmpty()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin, Map.of("champ", champ)));
    }
    return c;
  }

  private static Map<Integer, JsonNode> tableau(JsonNode n, String champ, String chemin, List<Violation> r) {
    JsonNode v = n.get(champ);
    if (v == null || v.isNull()) {
      return Map.of();
    }
    if (!v.isArray()) {
      r.add(Violation.de(CodeFichierDisponibilite.VALEUR_INVALIDE, chemin + "/" + champ, Map.of("champ", champ)));
      return Map.of();
    }
    java.util.TreeMap<Integer, JsonNode> res = new java.util.TreeMap<>();
    for (int i = 0; i < v.size(); i++) {
      res.put(i, v.get(i));
    }
    return res;
  }
}
