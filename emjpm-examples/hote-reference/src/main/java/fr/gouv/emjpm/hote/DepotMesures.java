// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.Effet;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.TransitionLot;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.spring.PortTachesQuotidiennes;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mesures dans PostgreSQL : chaque mesure est une ligne (colonnes indexées de la clé d'unicité, du
 * statut et des dates) plus son document JSON entier (module Jackson d'emjpm), et ses états et
 * ressources à plat. Les compteurs par gestionnaire sont recalculés depuis la table dans la
 * transaction de chaque écriture (effet « recompter »).
 */
@Repository
public class DepotMesures implements PortTachesQuotidiennes {

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  DepotMesures(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Port d'unicité pour les écritures d'un gestionnaire (import, lot d'un logiciel métier) : ses mesures
   * sont lues en une requête sur l'index de la clé (identifiant, tribunal, RG et document brut), un
   * document n'étant relu en {@link Mesure} que si sa clé est demandée ; les autres clés passent par
   * {@link #existantes()}.
   *
   * @param g gestionnaire qui écrit
   * @return le port
   */
  public MesuresExistantes existantes(GestionnaireId g) {
    Map<String, String[]> siennes = new HashMap<>();
    jdbc.query("select tribunal_id, numero_rg, id, document from mesure where gestionnaire_type = ?"
        + " and gestionnaire_numero = ?", rs -> {
          siennes.put(rs.getString(1) + "/" + rs.getString(2), new String[] {rs.getString(3), rs.getString(4)});
        }, g.type().code(), g.numero());
    MesuresExistantes autres = existantes();
    return cle -> {
      if (!cle.gestionnaire().equals(g)) {
        return autres.trouver(cle);
      }
      String[] l = siennes.get(cle.tribunal().valeur() + "/" + cle.numeroRg().valeur());
      return l == null ? Optional.empty()
          : Optional.of(json.readValue(l[1], Mesure.class).withId(MesureId.of(Long.parseLong(l[0]))));
    };
  }

  /**
   * Port d'unicité d'emjpm sur la table : une requête par clé, sur l'index unique.
   *
   * @return le port
   */
  public MesuresExistantes existantes() {
    return cle -> jdbc.query(
        "select id, document from mesure where gestionnaire_type = ? and gestionnaire_numero = ?"
            + " and tribunal_id = ? and numero_rg = ?",
        this::lire, cle.gestionnaire().type().code(), cle.gestionnaire().numero(), cle.tribunal().valeur(),
        cle.numeroRg().valeur()).stream().findFirst();
  }

  /**
   * Mesures d'un gestionnaire, d'un statut ou de tous.
   *
   * @param g gestionnaire
   * @param statut statut, vide pour tous
   * @return ses mesures, par identifiant croissant
   */
  public List<Mesure> duGestionnaire(GestionnaireId g, Optional<StatutMesure> statut) {
    return statut.isPresent()
        ? jdbc.query("select id, document from mesure where gestionnaire_type = ? and gestionnaire_numero = ?"
            + " and statut = ? order by id", this::lire, g.type().code(), g.numero(), statut.get().code())
        : jdbc.query("select id, document from mesure where gestionnaire_type = ? and gestionnaire_numero = ?"
            + " order by id", this::lire, g.type().code(), g.numero());
  }

  /**
   * Nombre de mesures stockées.
   *
   * @return le nombre de lignes de la table
   */
  public long nombre() {
    Long n = jdbc.queryForObject("select count(*) from mesure", Long.class);
    return n == null ? 0 : n;
  }

  /**
   * Enregistre des mesures (création ou mise à jour par clé) puis recompte leurs gestionnaires, dans
   * une transaction : tout ou rien.
   *
   * @param mesures mesures calculées par la bibliothèque
   */
  @Transactional
  public void enregistrer(Collection<Mesure> mesures) {
    if (mesures.isEmpty()) {
      return;
    }
    // 1. les lignes, par lots (création ou mise à jour par clé)
    List<Object[]> lignes = new ArrayList<>(mesures.size());
    for (Mesure m : mesures) {
      lignes.add(colonnes(m));
    }
    jdbc.batchUpdate(UPSERT, lignes);
    // 2. leurs identifiants, une requête par gestionnaire (index de la clé)
    Map<String, Long> ids = new HashMap<>();
    Set<GestionnaireId> touches = new LinkedHashSet<>();
    mesures.forEach(m -> touches.add(m.gestionnaire()));
    for (GestionnaireId g : touches) {
      jdbc.query("select gestionnaire_type, gestionnaire_numero, tribunal_id, numero_rg, id from mesure"
          + " where gestionnaire_type = ? and gestionnaire_numero = ?", rs -> {
            ids.put(rs.getString(1) + "-" + rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getString(4), rs.getLong(5));
          }, g.type().code(), g.numero());
    }
    // 3. états et ressources réécrits, par lots
    List<Long> ecrites = new ArrayList<>(mesures.size());
    List<Object[]> etats = new ArrayList<>();
    List<Object[]> ressources = new ArrayList<>();
    for (Mesure m : mesures) {
      long id = ids.get(m.gestionnaire() + "/" + m.tribunal().valeur() + "/" + m.numeroRg().valeur());
      ecrites.add(id);
      etatsEtRessources(id, m, etats, ressources);
    }
    Long[] tableau = ecrites.toArray(Long[]::new);
    for (String table : List.of("mesure_etat", "mesure_ressource")) {
      jdbc.update(c -> {
        var ps = c.prepareStatement("delete from " + table + " where mesure_id = any (?)");
        ps.setArray(1, c.createArrayOf("bigint", tableau));
        return ps;
      });
    }
    jdbc.batchUpdate("insert into mesure_etat values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", etats);
    jdbc.batchUpdate("insert into mesure_ressource values (?, ?, ?) on conflict do nothing", ressources);
    touches.forEach(this::recompter);
  }

  private static final String UPSERT =
      "insert into mesure (gestionnaire_type, gestionnaire_numero, tribunal_id, numero_rg, statut, antenne_id,"
          + " nature, departement, date_nomination, date_fin_mesure, cree_le, document)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))"
          + " on conflict (gestionnaire_type, gestionnaire_numero, tribunal_id, numero_rg) do update set"
          + " statut = excluded.statut, antenne_id = excluded.antenne_id, nature = excluded.nature,"
          + " departement = excluded.departement, date_nomination = excluded.date_nomination,"
          + " date_fin_mesure = excluded.date_fin_mesure, cree_le = excluded.cree_le, document = excluded.document";

  private Object[] colonnes(Mesure m) {
    return new Object[] {
        m.gestionnaire().type().code(), m.gestionnaire().numero(), m.tribunal().valeur(), m.numeroRg().valeur(),
        m.statut().code(), m.antenneId().orElse(null), m.nature().code(),
        m.departement().map(d -> d.valeur()).orElse(null),
        m.dateNomination().map(Date::valueOf).orElse(null), m.dateFinMesure().map(Date::valueOf).orElse(null),
        m.creeLe().map(Timestamp::from).orElse(null), json.writeValueAsString(m.withId(Optional.empty()))};
  }

  private static void etatsEtRessources(long id, Mesure m, List<Object[]> etats, List<Object[]> ressources) {
    for (MesureEtat e : m.etats()) {
      etats.add(new Object[] {id, Date.valueOf(e.dateChangementEtat()), e.nature().code(),
          e.champ().map(CodeMetier::code).orElse(null), e.lieuVie().code(), e.codePostal().orElse(null),
          e.ville().orElse(null)});
    }
    for (Ressource r : m.ressources()) {
      ressources.add(new Object[] {id, r.annee(),
          r.prestations().stream().map(PrestationSociale::code).sorted().collect(Collectors.joining(","))});
    }
  }

  private void ecrire(Mesure m) {
    jdbc.update(UPSERT, colonnes(m));
    Long id = jdbc.queryForObject("select id from mesure where gestionnaire_type = ? and gestionnaire_numero = ?"
        + " and tribunal_id = ? and numero_rg = ?", Long.class, m.gestionnaire().type().code(),
        m.gestionnaire().numero(), m.tribunal().valeur(), m.numeroRg().valeur());
    jdbc.update("delete from mesure_etat where mesure_id = ?", id);
    jdbc.update("delete from mesure_ressource where mesure_id = ?", id);
    List<Object[]> etats = new ArrayList<>();
    List<Object[]> ressources = new ArrayList<>();
    etatsEtRessources(id == null ? 0 : id, m, etats, ressources);
    jdbc.batchUpdate("insert into mesure_etat values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", etats);
    jdbc.batchUpdate("insert into mesure_ressource values (?, ?, ?) on conflict do nothing", ressources);
  }

  /**
   * Recalcule les compteurs d'un gestionnaire depuis la table des mesures (index {@code mesure_comptage}).
   *
   * @param g gestionnaire
   */
  public void recompter(GestionnaireId g) {
    jdbc.update("delete from compteur where gestionnaire_type = ? and gestionnaire_numero = ?", g.type().code(),
        g.numero());
    jdbc.update("insert into compteur (gestionnaire_type, gestionnaire_numero, antenne_id, en_cours, en_attente)"
        + " select gestionnaire_type, gestionnaire_numero, coalesce(antenne_id, 0),"
        + " count(*) filter (where statut = 'en_cours'), count(*) filter (where statut = 'en_attente')"
        + " from mesure where gestionnaire_type = ? and gestionnaire_numero = ? and statut <> 'eteinte'"
        + " group by gestionnaire_type, gestionnaire_numero, coalesce(antenne_id, 0)", g.type().code(), g.numero());
  }

  /**
   * Compteurs de tous les gestionnaires (disponibilité nationale) : une ligne par gestionnaire et
   * antenne, jamais les mesures elles-mêmes.
   *
   * @return le comptage
   */
  public ComptageMesures comptageNational() {
    ComptageMesures.Builder b = ComptageMesures.builder();
    jdbc.query("select gestionnaire_type, gestionnaire_numero, antenne_id, en_cours, en_attente from compteur",
        rs -> {
          ajouter(b, rs);
        });
    return b.build();
  }

  /**
   * Compteurs de quelques gestionnaires (liste du juge, proximité, département).
   *
   * @param ids gestionnaires
   * @return le comptage de ces gestionnaires
   */
  public ComptageMesures comptage(Collection<GestionnaireId> ids) {
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (TypeGestionnaire t : TypeGestionnaire.values()) {
      Long[] numeros = ids.stream().filter(g -> g.type() == t).map(GestionnaireId::numero).toArray(Long[]::new);
      if (numeros.length == 0) {
        continue;
      }
      jdbc.query(c -> {
        var ps = c.prepareStatement("select gestionnaire_type, gestionnaire_numero, antenne_id, en_cours, en_attente"
            + " from compteur where gestionnaire_type = ? and gestionnaire_numero = any (?)");
        ps.setString(1, t.code());
        ps.setArray(2, c.createArrayOf("bigint", numeros));
        return ps;
      }, rs -> {
        ajouter(b, rs);
      });
    }
    return b.build();
  }

  private static void ajouter(ComptageMesures.Builder b, ResultSet rs) throws SQLException {
    GestionnaireId g = GestionnaireId.of(TypeGestionnaire.parCode(rs.getString(1)).orElseThrow(), rs.getLong(2));
    long antenne = rs.getLong(3);
    if (antenne == 0) {
      b.ajouter(g, rs.getInt(4), rs.getInt(5));
    } else {
      b.ajouter(g, antenne, rs.getInt(4), rs.getInt(5));
    }
  }

  @Override
  public List<Mesure> reservationsAvant(Instant limite) {
    // toutes les mesures en attente (index partiel mesure_attente) : la bibliothèque filtre, y compris
    // les demandes de réouverture, datées dans le document
    return jdbc.query("select id, document from mesure where statut = 'en_attente'", this::lire);
  }

  @Override
  public List<Mesure> enCoursEchues(LocalDate jour) {
    return jdbc.query("select id, document from mesure where statut = 'en_cours' and date_fin_mesure <= ?",
        this::lire, Date.valueOf(jour));
  }

  @Override
  @Transactional
  public void appliquer(TransitionLot lot) {
    Set<GestionnaireId> touches = new LinkedHashSet<>();
    for (CleMesure c : lot.supprimees()) {
      jdbc.update("delete from mesure where gestionnaire_type = ? and gestionnaire_numero = ? and tribunal_id = ?"
          + " and numero_rg = ?", c.gestionnaire().type().code(), c.gestionnaire().numero(), c.tribunal().valeur(),
          c.numeroRg().valeur());
      touches.add(c.gestionnaire());
    }
    for (Mesure m : lot.modifiees()) {
      ecrire(m);
      touches.add(m.gestionnaire());
    }
    for (Effet e : lot.effets()) {
      if (e instanceof Effet.RecompterGestionnaire r) {
        touches.add(r.gestionnaire());
      }
    }
    touches.forEach(this::recompter);
  }

  private Mesure lire(ResultSet rs, int ligne) throws SQLException {
    return json.readValue(rs.getString(2), Mesure.class).withId(MesureId.of(rs.getLong(1)));
  }
}
