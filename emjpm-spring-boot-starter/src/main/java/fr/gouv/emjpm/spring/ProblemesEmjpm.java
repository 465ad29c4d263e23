// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.mesures.CodeImport;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Correspondance des refus de la bibliothèque vers un {@link ProblemDetail} (RFC 9457).
 *
 * <pre>
 * {
 *   "type": "urn:emjpm:refus",
 *   "title": "Demande refusée",
 *   "status": 422,
 *   "detail": "2 erreur(s) sur 12 mesure(s) : aucune mesure n'est importée.",
 *   "violations": [
 *     {"code": "IMPORT_CELLULE_INVALIDE", "gravite": "BLOQUANTE", "chemin": "/lignes/3/numero_rg",
 *      "message": "...", "ligne": 3}
 *   ]
 * }
 * </pre>
 *
 * <p>Les messages sont ceux de la bibliothèque (français, sans donnée personnelle) ; {@code ligne}
 * n'apparaît que pour une violation qui vise une ligne de fichier (import). Les codes sont ceux du
 * catalogue {@code docs/erreurs.md}.
 */
public final class ProblemesEmjpm {

  /** Type du problème d'un refus métier. */
  public static final URI TYPE_REFUS = URI.create("urn:emjpm:refus");

  /** Type du problème d'un paramètre de requête mal formé. */
  public static final URI TYPE_PARAMETRE = URI.create("urn:emjpm:parametre-invalide");

  private ProblemesEmjpm() {}

  /**
   * Problem detail d'un refus.
   *
   * @param refus refus levé par l'hôte ou par un convertisseur
   * @return le problem detail, propriété {@code violations} comprise
   */
  public static ProblemDetail depuis(RefusException refus) {
    return depuis(refus.violations(), refus.statut());
  }

  /**
   * Problem detail de violations.
   *
   * @param violations violations du refus, au moins une
   * @param statut statut HTTP
   * @return le problem detail, propriété {@code violations} comprise
   */
  public static ProblemDetail depuis(List<Violation> violations, int statut) {
    ProblemDetail p = ProblemDetail.forStatus(HttpStatusCode.valueOf(statut));
    boolean parametre = statut == RefusException.STATUT_PARAMETRE;
    p.setType(parametre ? TYPE_PARAMETRE : TYPE_REFUS);
    p.setTitle(parametre ? "Paramètre de requête invalide" : "Demande refusée");
    p.setDetail(detail(violations));
    p.setProperty("violations", violations.stream().map(ProblemesEmjpm::enMap).toList());
    return p;
  }

  /**
   * Résumé du refus : le bilan de l'import s'il est en tête (« n erreur(s) sur m mesure(s) … »),
   * sinon le nombre d'erreurs bloquantes et le premier message.
   */
  private static String detail(List<Violation> violations) {
    Violation premiere = violations.get(0);
    if (premiere.code().equals(CodeImport.IMPORT_BILAN_ERREURS.code())) {
      return premiere.message();
    }
    long bloquantes = violations.stream().filter(Violation::estBloquante).count();
    return bloquantes <= 1 ? premiere.message() : bloquantes + " erreurs : " + premiere.message();
  }

  private static Map<String, Object> enMap(Violation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", v.code());
    m.put("gravite", v.gravite().name());
    m.put("chemin", v.chemin());
    m.put("message", v.message());
    int ligne = MesuresImporter.ligneDe(v);
    if (ligne > 0) {
      m.put("ligne", ligne);
    }
    return m;
  }
}
