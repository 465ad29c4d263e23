// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Écriture d'une mesure au format de sortie de l'API des logiciels métier, plus
 * {@code status} (défaut de l'original corrigé) : dates ISO, énumérations par leur code, champs absents à
 * {@code null}. Immuable et thread-safe.
 */
public final class MesureJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private MesureJson() {}

  /**
   * Arbre JSON d'une mesure ; le SIRET du tribunal est lu dans le référentiel.
   *
   * @param m mesure à écrire, non nulle
   * @param referentiel référentiel des tribunaux, qui donne le SIRET du tribunal
   * @return nouvel objet JSON de la mesure ; {@code tribunal_siret} nul si le tribunal ou son SIRET
   *     est inconnu
   */
  public static ObjectNode ecrire(Mesure m, Referentiel referentiel) {
    ObjectNode o = F.objectNode();
    o.putPOJO("id", m.id().map(i -> i.valeur()).orElse(null));
    o.putPOJO("annee_naissance", m.anneeNaissance().orElse(null));
    o.putPOJO("antenne_id", m.antenneId().orElse(null));
    o.put("cause_sortie", m.causeSortie().map(c -> c.code()).orElse(null));
    o.put("civilite", m.civilite().map(c -> c.code()).orElse(null));
    o.put("created_at", m.creeLe().map(i -> i.atOffset(ZoneOffset.UTC).toString()).orElse(null));
    o.put("date_fin_mesure", date(m.dateFinMesure()));
    o.put("date_nomination", date(m.dateNomination()));
    o.put("date_premier_mesure", date(m.datePremiereMesure()));
    o.put("date_protection_en_cours", date(m.dateProtectionEnCours()));
    o.putPOJO("editor_id", m.editorId().orElse(null));
    ArrayNode etats = o.putArray("etats");
    for (MesureEtat e : m.etats()) {
      ObjectNode j = etats.addObject();
      j.put("champ_mesure", e.champ().map(c -> c.code()).orElse(null));
      j.put("code_postal", e.codePostal().orElse(null));
      j.put("date_changement_etat", e.dateChangementEtat().toString());
      j.put("lieu_vie", e.lieuVie().code());
      j.put("nature_mesure", e.nature().code());
      j.put("pays", e.pays().code());
      j.put("type_etablissement", e.typeEtablissement().map(t -> t.code()).orElse(null));
      j.put("ville", e.ville().orElse(null));
    }
    o.putPOJO("latitude", m.latitude().orElse(null));
    o.putPOJO("longitude", m.longitude().orElse(null));
    o.put("numero_dossier", m.numeroDossier().orElse(null));
    o.put("numero_rg", m.numeroRg().valeur());
    ArrayNode ressources = o.putArray("ressources");
    for (Ressource r : m.ressources()) {
      ObjectNode j = ressources.addObject();
      j.put("annee", r.annee());
      j.put("niveau_ressource", r.niveauRessource());
      ArrayNode p = j.putArray("prestations_sociales");
      r.prestations().stream().map(x -> x.code()).sorted(Comparator.naturalOrder()).forEach(p::add);
    }
    o.put("resultat_revision", m.resultatRevision().map(c -> c.code()).orElse(null));
    o.put("tribunal_siret",
        referentiel.tribunal(m.tribunal()).flatMap(Tribunal::siret).map(Siret::valeur).orElse(null));
    o.put("status", m.statut().code());
    return o;
  }

  /**
   * Tableau JSON de mesures.
   *
   * @param mesures mesures à écrire, dans l'ordre voulu
   * @param referentiel référentiel des tribunaux, non nul
   * @return nouveau tableau JSON, un objet par mesure dans le même ordre
   */
  public static ArrayNode ecrire(List<Mesure> mesures, Referentiel referentiel) {
    Objects.requireNonNull(referentiel, "referentiel");
    ArrayNode a = F.arrayNode();
    mesures.forEach(m -> a.add(ecrire(m, referentiel)));
    return a;
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
