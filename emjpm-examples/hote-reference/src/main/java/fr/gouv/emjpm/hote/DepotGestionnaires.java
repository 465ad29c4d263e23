// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Fiches des gestionnaires lues dans PostgreSQL, avec leurs départements d'habilitation, leurs
 * tribunaux préférés et leurs antennes : par département (index {@code gestionnaire_departement_dep}),
 * par tribunal préféré, dans un rectangle autour d'un point (index {@code gestionnaire_position}), ou
 * toutes (disponibilité nationale).
 */
@Repository
public class DepotGestionnaires {

  // départements et tribunaux préférés agrégés une fois par requête (jointures par hachage), pas une
  // sous-requête par gestionnaire
  private static final String SELECT = "select g.type, g.numero, g.nom, g.siret, g.code_postal, g.ville, g.adresse,"
      + " g.email, g.mesures_max, g.suspendu, g.habilite, g.latitude, g.longitude,"
      + " coalesce(d.deps, '{}'), coalesce(t.tris, '{}')"
      + " from gestionnaire g"
      + " left join (select type, numero, array_agg(departement) deps from gestionnaire_departement group by 1, 2) d"
      + " on d.type = g.type and d.numero = g.numero"
      + " left join (select type, numero, array_agg(tribunal_id) tris from gestionnaire_tribunal group by 1, 2) t"
      + " on t.type = g.type and t.numero = g.numero";

  private final JdbcTemplate jdbc;

  DepotGestionnaires(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Tous les gestionnaires, avec leurs départements, préférences et antennes.
   *
   * @return leurs fiches
   */
  public List<FicheGestionnaire> tous() {
    return avecAntennes(jdbc.query(SELECT, DepotGestionnaires::fiche));
  }

  /**
   * Tous les gestionnaires, fiches réduites à ce que lit la disponibilité nationale (capacité,
   * suspension) : une lecture séquentielle de la seule table {@code gestionnaire}.
   *
   * @return leurs fiches réduites
   */
  public List<FicheGestionnaire> tousPourLaFrance() {
    return jdbc.query("select type, numero, nom, mesures_max, suspendu, habilite from gestionnaire",
        (rs, i) -> FicheGestionnaire.builder()
            .id(GestionnaireId.of(TypeGestionnaire.parCode(rs.getString(1)).orElseThrow(), rs.getLong(2)))
            .nom(rs.getString(3)).mesuresMax(rs.getInt(4)).suspendu(rs.getBoolean(5)).habilite(rs.getBoolean(6))
            .build());
  }

  /**
   * Gestionnaires habilités dans un département.
   *
   * @param dep département
   * @return leurs fiches
   */
  public List<FicheGestionnaire> habilitesDans(CodeDepartement dep) {
    return avecAntennes(jdbc.query(SELECT + " where exists (select 1 from gestionnaire_departement d"
        + " where d.type = g.type and d.numero = g.numero and d.departement = ?)", DepotGestionnaires::fiche,
        dep.valeur()));
  }

  /**
   * Candidats d'un tribunal : habilités dans son département ou le préférant.
   *
   * @param dep département du tribunal
   * @param tribunal tribunal
   * @return leurs fiches (la bibliothèque refait le filtre)
   */
  public List<FicheGestionnaire> candidats(CodeDepartement dep, TribunalId tribunal) {
    return avecAntennes(jdbc.query(SELECT + " where exists (select 1 from gestionnaire_departement d"
        + " where d.type = g.type and d.numero = g.numero and d.departement = ?)"
        + " or exists (select 1 from gestionnaire_tribunal t where t.type = g.type and t.numero = g.numero"
        + " and t.tribunal_id = ?)", DepotGestionnaires::fiche, dep.valeur(), tribunal.valeur()));
  }

  /**
   * Gestionnaires géolocalisés dans le rectangle qui contient le cercle de ce rayon.
   *
   * @param centre centre du cercle
   * @param rayonKm rayon en kilomètres
   * @return leurs fiches (la bibliothèque calcule les distances exactes)
   */
  public List<FicheGestionnaire> autourDe(Position centre, double rayonKm) {
    double dLat = rayonKm / 111.0;
    double cos = Math.max(0.01, Math.cos(Math.toRadians(centre.latitude())));
    double dLon = Math.min(180, rayonKm / (111.0 * cos));
    return avecAntennes(jdbc.query(SELECT + " where g.latitude between ? and ? and g.longitude between ? and ?",
        DepotGestionnaires::fiche, centre.latitude() - dLat, centre.latitude() + dLat,
        centre.longitude() - dLon, centre.longitude() + dLon));
  }

  /**
   * Antennes d'un service (identifiants), pour l'import et l'API éditeur.
   *
   * @param service numéro du service
   * @return nom → identifiant
   */
  public Map<String, Long> antennesDuService(long service) {
    Map<String, Long> m = new HashMap<>();
    jdbc.query("select nom, id from antenne where service = ?", rs -> {
      m.put(rs.getString(1), rs.getLong(2));
    }, service);
    return m;
  }

  private List<FicheGestionnaire> avecAntennes(List<FicheGestionnaire> fiches) {
    Long[] services = fiches.stream().filter(f -> f.id().type() == TypeGestionnaire.SERVICE)
        .map(f -> f.id().numero()).toArray(Long[]::new);
    if (services.length == 0) {
      return fiches;
    }
    Map<Long, List<FicheAntenne>> parService = new HashMap<>();
    jdbc.query(c -> {
      var ps = c.prepareStatement("select service, id, nom, departement, mesures_max from antenne where service = any (?)");
      ps.setArray(1, c.createArrayOf("bigint", services));
      return ps;
    }, rs -> {
      parService.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(FicheAntenne.builder()
          .id(rs.getLong(2)).nom(rs.getString(3))
          .departement(Optional.ofNullable(rs.getString(4)).map(CodeDepartement::of))
          .mesuresMax(rs.getInt(5)).build());
    });
    if (parService.isEmpty()) {
      return fiches;
    }
    List<FicheGestionnaire> res = new ArrayList<>(fiches.size());
    for (FicheGestionnaire f : fiches) {
      List<FicheAntenne> a = f.id().type() == TypeGestionnaire.SERVICE ? parService.get(f.id().numero()) : null;
      res.add(a == null ? f : f.withAntennes(a));
    }
    return res;
  }

  private static FicheGestionnaire fiche(ResultSet rs, int ligne) throws SQLException {
    FicheGestionnaire.Builder b = FicheGestionnaire.builder()
        .id(GestionnaireId.of(TypeGestionnaire.parCode(rs.getString(1)).orElseThrow(), rs.getLong(2)))
        .nom(rs.getString(3))
        .siret(Optional.ofNullable(rs.getString(4)))
        .codePostal(Optional.ofNullable(rs.getString(5)))
        .ville(Optional.ofNullable(rs.getString(6)))
        .adresse(Optional.ofNullable(rs.getString(7)))
        .email(Optional.ofNullable(rs.getString(8)))
        .mesuresMax(rs.getInt(9))
        .suspendu(rs.getBoolean(10))
        .habilite(rs.getBoolean(11));
    double lat = rs.getDouble(12);
    if (!rs.wasNull()) {
      b.position(Position.of(lat, rs.getDouble(13)));
    }
    for (String d : textes(rs.getArray(14))) {
      b.addDepartements(CodeDepartement.of(d));
    }
    for (String t : textes(rs.getArray(15))) {
      b.addTribunauxPreferes(TribunalId.of(t));
    }
    return b.build();
  }

  private static String[] textes(Array a) throws SQLException {
    return (String[]) a.getArray();
  }
}
