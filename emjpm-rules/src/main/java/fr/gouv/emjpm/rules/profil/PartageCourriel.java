// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import java.util.Optional;

/**
 * Partage du courriel des magistrats et greffiers ({@code share_email}) : quand il est activé, le
 * courriel du magistrat (ou du greffier) qui a réservé une mesure est montré au gestionnaire de cette
 * mesure (champs {@code email_magistrat} et {@code email_greffier} de l'original) ; le courriel du
 * gestionnaire, lui, est toujours visible du tribunal. Sans état, thread-safe.
 */
final class PartageCourriel {

  private PartageCourriel() {}

  /**
   * Courriel du juge à montrer au gestionnaire de la mesure : présent seulement si le juge partage son
   * courriel et s'il est bien le magistrat (ou le greffier) qui a réservé la mesure, dans son tribunal.
   *
   * @param mesure mesure vue par le gestionnaire
   * @param juge magistrat ou greffier
   * @param partageCourriel valeur de {@code share_email} du juge
   * @param courriel courriel du compte du juge
   * @return le courriel à montrer, vide sinon
   */
  public static Optional<String> courrielDuJugePourLeGestionnaire(
      Mesure mesure, Juge juge, boolean partageCourriel, String courriel) {
    if (!partageCourriel || !mesure.tribunal().equals(juge.tribunal())) {
      return Optional.empty();
    }
    boolean reservant = juge.magistratId().isPresent()
        ? juge.magistratId().equals(mesure.magistratId())
        : juge.greffierId().equals(mesure.greffierId());
    return reservant ? Optional.of(courriel) : Optional.empty();
  }

  /**
   * Le courriel du gestionnaire ({@code email_mandataire}, {@code email_service}) est toujours montré
   * au tribunal de la mesure.
   *
   * @param courrielGestionnaire courriel du gestionnaire
   * @return le courriel, toujours présent
   */
  public static Optional<String> courrielDuGestionnairePourLeTribunal(String courrielGestionnaire) {
    return Optional.of(courrielGestionnaire);
  }
}
