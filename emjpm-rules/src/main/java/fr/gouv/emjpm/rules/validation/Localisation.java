// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Position;
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
   * Tribunal en vigueur d'une saisie : celui qu'elle porte déjà résolu ({@link SaisieMesure#tribunal()},
   * posé par l'import qui l'a cherché), sinon celui de son SIRET ({@link #tribunal(Siret, ContexteRegles)}).
   *
   * @param saisie saisie de mesure
   * @param ctx contexte du moteur (référentiel)
   * @return le tribunal en vigueur, vide si la saisie n'a pas de SIRET ou si le SIRET est inconnu
   */
  public static Optional<Tribunal> tribunal(SaisieMesure saisie, ContexteRegles ctx) {
    Optional<Tribunal> porte = saisie.tribunal();
    return porte.isPresent() ? porte : saisie.tribunalSiret().flatMap(ctx.referentiel()::tribunalCourant);
  }

  /**
   * Commune d'un lieu de vie, celle dont la position est donnée à la mesure : en France seulement, la
   * commune du code postal (bien formé) dont le nom correspond à la ville, à défaut la première commune
   * du code postal.
   *
   * @param pays pays du lieu de vie
   * @param codePostal code postal du lieu de vie, tel que la mesure le garde
   * @param ville ville du lieu de vie, telle que la mesure la garde
   * @param ctx contexte d'évaluation, dont le référentiel des communes
   * @return la commune, vide hors de France, sans code postal bien formé ou pour un code postal inconnu
   */
  public static Optional<Commune> commune(
      Pays pays, Optional<String> codePostal, Optional<String> ville, ContexteRegles ctx) {
    if (pays != Pays.FR || codePostal.filter(CodePostal::estBienForme).isEmpty()) {
      return Optional.empty();
    }
    CodePostal cp = CodePostal.of(codePostal.get());
    Optional<Commune> commune = ville.flatMap(v -> ctx.referentiel().commune(cp, v));
    return commune.isPresent() ? commune : ctx.referentiel().communesDuCodePostal(cp).stream().findFirst();
  }

  /**
   * {@return position du lieu de vie courant de la mesure : celle de sa {@link #commune commune}, vide hors
   * de France ou pour un lieu inconnu du référentiel}
   *
   * @param m mesure dont le code postal, la ville et le pays courants sont lus
   * @param ctx contexte d'évaluation, dont le référentiel des communes
   */
  public static Optional<Position> position(Mesure m, ContexteRegles ctx) {
    return commune(m.pays(), m.codePostal(), m.ville(), ctx).map(Commune::position);
  }

  /**
   * Mesure placée sur son lieu de vie courant (France seulement) ; sans position si le lieu est
   * inconnu du référentiel.
   *
   * @param m mesure à géolocaliser d'après son code postal, sa ville et son pays courants
   * @param ctx contexte d'évaluation, dont le référentiel des communes
   * @return la mesure avec la {@link #position position} de sa commune, ou sans position ; la mesure
   *     elle-même si sa position ne change pas
   */
  public static Mesure geolocaliser(Mesure m, ContexteRegles ctx) {
    Optional<Position> p = position(m, ctx);
    return p.equals(m.position()) ? m : m.withPosition(p);
  }
}
