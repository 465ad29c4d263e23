// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.Objects;
import java.util.Optional;

/**
 * Accès au référentiel des règles : département connu, tribunal d'un SIRET, coordonnées d'un lieu de
 * vie (centroïde de la commune du code postal et de la ville, à défaut la première commune du
 * code postal).
 */
public final class Localisation {
  private Localisation() {}

  /**
   * {@return vrai si le département existe dans le référentiel}
   *
   * @param dep code du département cherché
   * @param ctx contexte d'évaluation, dont le référentiel
   */
  public static boolean departementConnu(CodeDepartement dep, ContexteRegles ctx) {
    return ctx.referentiel().departement(dep).isPresent();
  }

  /**
   * Identifiant du tribunal en vigueur désigné par ce SIRET : un ancien tribunal est redirigé vers le
   * tribunal actuel qui le remplace ({@link
   * fr.gouv.emjpm.domain.referentiel.Referentiel#tribunalCourant(Siret)}).
   *
   * @param siret SIRET saisi
   * @param ctx contexte du moteur (référentiel)
   * @return identifiant du tribunal en vigueur, vide si le SIRET est inconnu
   */
  public static Optional<TribunalId> tribunal(Siret siret, ContexteRegles ctx) {
    Objects.requireNonNull(siret, "siret");
    return ctx.referentiel().tribunalCourant(siret).map(Tribunal::id);
  }

  /**
   * Coordonnées du lieu de vie courant de la mesure (France seulement) ; effacées si le lieu est
   * inconnu du référentiel.
   *
   * @param m mesure à géolocaliser d'après son code postal, sa ville et son pays courants
   * @param ctx contexte d'évaluation, dont le référentiel des communes
   * @return la mesure avec la position du centroïde de sa commune, ou sans position si elle n'est pas en France ou si le lieu est inconnu
   */
  public static Mesure geolocaliser(Mesure m, ContexteRegles ctx) {
    Optional<Commune> commune = Optional.empty();
    if (m.pays() == Pays.FR && m.codePostal().filter(CodePostal::estBienForme).isPresent()) {
      CodePostal cp = CodePostal.of(m.codePostal().get());
      commune = m.ville().flatMap(v -> ctx.referentiel().commune(cp, v));
      if (commune.isEmpty()) {
        commune = ctx.referentiel().communesDuCodePostal(cp).stream().findFirst();
      }
    }
    return avecPosition(m, commune.map(Commune::latitude), commune.map(Commune::longitude));
  }

  /**
   * Copie de la mesure avec une autre position : latitude et longitude changent ensemble (le modèle
   * refuse une position à moitié renseignée, donc deux {@code with…} successifs).
   *
   * @param m mesure recopiée
   * @param latitude nouvelle latitude WGS84 en degrés, absente avec la longitude
   * @param longitude nouvelle longitude WGS84 en degrés, absente avec la latitude
   * @return la mesure elle-même si la position ne change pas, sinon une copie avec cette position
   */
  public static Mesure avecPosition(Mesure m, Optional<Double> latitude, Optional<Double> longitude) {
    if (m.latitude().equals(latitude) && m.longitude().equals(longitude)) {
      return m;
    }
    return Mesure.builder()
        .id(m.id())
        .statut(m.statut())
        .gestionnaire(m.gestionnaire())
        .antenneId(m.antenneId())
        .tribunal(m.tribunal())
        .numeroRg(m.numeroRg())
        .numeroDossier(m.numeroDossier())
        .cabinet(m.cabinet())
        .magistratId(m.magistratId())
        .greffierId(m.greffierId())
        .urgent(m.urgent())
        .dateJugement(m.dateJugement())
        .dateNomination(m.dateNomination())
        .datePremiereMesure(m.datePremiereMesure())
        .dateProtectionEnCours(m.dateProtectionEnCours())
        .dateFinMesure(m.dateFinMesure())
        .causeSortie(m.causeSortie())
        .resultatRevision(m.resultatRevision())
        .nature(m.nature())
        .champ(m.champ())
        .lieuVie(m.lieuVie())
        .typeEtablissement(m.typeEtablissement())
        .civilite(m.civilite())
        .anneeNaissance(m.anneeNaissance())
        .codePostal(m.codePostal())
        .ville(m.ville())
        .pays(m.pays())
        .departement(m.departement())
        .latitude(latitude)
        .longitude(longitude)
        .editorId(m.editorId())
        .enAttenteReouverture(m.enAttenteReouverture())
        .demandeReouverture(m.demandeReouverture())
        .creeLe(m.creeLe())
        .addAllEtats(m.etats())
        .addAllRessources(m.ressources())
        .build();
  }
}
