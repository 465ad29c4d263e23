// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import fr.gouv.emjpm.domain.commun.Violation;
import java.util.List;
import java.util.Map;

/**
 * Chemins des violations d'une saisie reçue en JSON, dans les noms de champs du JSON :
 * le moteur nomme les champs d'après les propriétés Java de {@code SaisieMesure}, {@code SaisieEtat} et
 * {@code SaisieRessource} ({@code /dateNomination}, {@code /etats/0/typeEtablissement}) ; un éditeur
 * attend les noms qu'il a envoyés ({@code /date_nomination}, {@code /etats/0/type_etablissement}).
 * Seul endroit de cette traduction, segment par segment : un rang, un segment déjà au format JSON ou
 * un segment inconnu est gardé tel quel. Immuable et thread-safe.
 */
public final class CheminsJson {

  /** Segment de chemin du moteur → nom du champ JSON. */
  static final Map<String, String> SEGMENTS = Map.ofEntries(
      // MesureInput
      Map.entry("numeroRg", "numero_rg"),
      Map.entry("numeroDossier", "numero_dossier"),
      Map.entry("anneeNaissance", "annee_naissance"),
      Map.entry("civilite", "civilite"),
      Map.entry("tribunalSiret", "tribunal_siret"),
      Map.entry("tribunalCabinet", "tribunal_cabinet"),
      Map.entry("antenneId", "antenne_id"),
      Map.entry("dateNomination", "date_nomination"),
      Map.entry("datePremiereMesure", "date_premier_mesure"),
      Map.entry("dateProtectionEnCours", "date_protection_en_cours"),
      Map.entry("dateFinMesure", "date_fin_mesure"),
      Map.entry("causeSortie", "cause_sortie"),
      Map.entry("resultatRevision", "resultat_revision"),
      Map.entry("codePostal", "code_postal"),
      Map.entry("ville", "ville"),
      Map.entry("etats", "etats"),
      Map.entry("ressources", "ressources"),
      Map.entry("strictNumeroRg", "strictNumeroRG"),
      // états
      Map.entry("dateChangementEtat", "date_changement_etat"),
      Map.entry("nature", "nature_mesure"),
      Map.entry("champ", "champ_mesure"),
      Map.entry("lieuVie", "lieu_vie"),
      Map.entry("typeEtablissement", "type_etablissement"),
      Map.entry("pays", "pays"),
      // ressources
      Map.entry("annee", "annee"),
      Map.entry("niveauRessource", "niveau_ressource"),
      Map.entry("prestations", "prestations_sociales"));

  private CheminsJson() {}

  /**
   * Chemin aux noms des champs JSON.
   *
   * @param chemin chemin d'une violation ({@code /mesures/3/etats/0/typeEtablissement})
   * @return le même chemin aux noms du JSON ({@code /mesures/3/etats/0/type_etablissement})
   */
  public static String traduire(String chemin) {
    if (chemin.isEmpty()) {
      return chemin;
    }
    String[] segments = chemin.split("/", -1);
    StringBuilder sb = new StringBuilder(chemin.length() + 8);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(SEGMENTS.getOrDefault(segments[i], segments[i]));
    }
    return sb.toString();
  }

  /**
   * Violation dont le chemin est aux noms des champs JSON (code, gravité, message et arguments inchangés).
   *
   * @param v violation du moteur, non nulle
   * @return la violation, chemin traduit
   */
  public static Violation traduire(Violation v) {
    String chemin = traduire(v.chemin());
    return chemin.equals(v.chemin()) ? v : v.avecChemin(chemin);
  }

  /**
   * Violations dont les chemins sont aux noms des champs JSON.
   *
   * @param violations violations du moteur, non nulle
   * @return les violations, chemins traduits, dans le même ordre
   */
  public static List<Violation> traduire(List<Violation> violations) {
    return violations.stream().map(CheminsJson::traduire).toList();
  }
}
