// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Réservation d'une mesure par un magistrat ou un greffier et demande de réouverture d'une
 * mesure clôturée.
 *
 * <p>Écart à l'original : seule une mesure en cours ou en attente du même RG bloque la réservation ; une
 * mesure clôturée mène à la demande de réouverture (inatteignable dans l'original).
 */
final class Reservation {
  private Reservation() {}

  /**
   * Réserve une mesure.
   *
   * @param formulaire le formulaire du juge
   * @param juge magistrat ou greffier (son tribunal devient celui de la mesure)
   * @param existantes port d'unicité
   * @param ctx contexte (année en cours, instant de la réservation)
   * @return la nouvelle mesure en attente (ou la mesure clôturée passée en demande de réouverture),
   *     avec les effets « notifier le gestionnaire » et « recompter »
   */
  public static Resultat<Transition> reserver(
      FormulaireReservation formulaire, Juge juge, MesuresExistantes existantes, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>();
    Optional<NumeroRg> rg = Champs.rg(formulaire.numeroRg(), v);
    Champs.exiger(formulaire.civilite(), "/civilite", "civilité", v);
    Champs.anneeNaissance(formulaire.anneeNaissance(), ctx, v);
    Champs.exiger(formulaire.nature(), "/nature", "nature de la mesure", v);
    if (formulaire.antenneId().isPresent() && formulaire.gestionnaire().type() != TypeGestionnaire.SERVICE) {
      v.add(Violation.de(CodeRegle.ANTENNE_HORS_SERVICE, "/antenneId"));
    } else if (formulaire.antenneId().filter(a -> a <= 0).isPresent()) {
      v.add(Violation.de(CodeRegle.ANTENNE_INCONNUE, "/antenneId"));
    }
    Optional<Mesure> existante =
        rg.flatMap(r -> existantes.trouver(new CleMesure(formulaire.gestionnaire(), juge.tribunal(), r)));
    existante.ifPresent(
        m -> {
          if (m.statut() == StatutMesure.EN_COURS) {
            v.add(Violation.de(CodeRegle.MESURE_DEJA_EN_COURS, "/numeroRg"));
          } else if (m.statut() == StatutMesure.EN_ATTENTE) {
            v.add(Violation.de(CodeRegle.MESURE_DEJA_EN_ATTENTE, "/numeroRg"));
          }
        });
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    if (existante.isPresent()) {
      return Resultat.succes(demanderReouverture(existante.get(), formulaire, juge, ctx));
    }
    Mesure m =
        Mesure.builder()
            .statut(StatutMesure.EN_ATTENTE)
            .gestionnaire(formulaire.gestionnaire())
            .tribunal(juge.tribunal())
            .numeroRg(rg.orElseThrow())
            .magistratId(juge.magistratId())
            .greffierId(juge.greffierId())
            .antenneId(formulaire.antenneId())
            .urgent(formulaire.urgent())
            .dateJugement(formulaire.dateJugement())
            .cabinet(nonVide(formulaire.cabinet()))
            .nature(formulaire.nature().orElseThrow())
            .champ(formulaire.champ())
            .civilite(formulaire.civilite().orElseThrow())
            .anneeNaissance(formulaire.anneeNaissance().orElseThrow())
            .creeLe(ctx.maintenant())
            .build();
    return Resultat.succes(
        Transition.vers(
            m,
            new Effet.NotifierNouvelleMesure(m.gestionnaire(), courriel(m.tribunal(), formulaire, false)),
            new Effet.RecompterGestionnaire(m.gestionnaire())));
  }

  /** Réouverture : la mesure clôturée passe en attente avec les données de la nouvelle réservation. */
  private static Transition demanderReouverture(
      Mesure close, FormulaireReservation f, Juge juge, ContexteRegles ctx) {
    DemandeReouverture demande =
        DemandeReouverture.builder()
            .demandeeLe(ctx.maintenant())
            .gestionnaire(close.gestionnaire())
            .tribunal(close.tribunal())
            .anneeNaissance(f.anneeNaissance().orElseThrow())
            .cabinet(nonVide(f.cabinet()))
            .nature(f.nature().orElseThrow())
            .champ(f.champ())
            .civilite(f.civilite().orElseThrow())
            .dateJugement(f.dateJugement())
            .magistratId(juge.magistratId())
            .greffierId(juge.greffierId())
            .urgent(f.urgent())
            .antenneId(f.antenneId())
            .build();
    Mesure m =
        close
            .withStatut(StatutMesure.EN_ATTENTE)
            .withEnAttenteReouverture(true)
            .withDemandeReouverture(demande);
    return Transition.vers(
        m,
        new Effet.NotifierNouvelleMesure(m.gestionnaire(), courriel(m.tribunal(), f, true)),
        new Effet.RecompterGestionnaire(m.gestionnaire()));
  }

  private static CourrielNouvelleMesure courriel(
      fr.gouv.emjpm.domain.tribunal.TribunalId tribunal, FormulaireReservation f, boolean reouverture) {
    return new CourrielNouvelleMesure(
        tribunal,
        nonVide(f.cabinet()),
        f.nature().orElseThrow(),
        f.champ(),
        f.civilite().orElseThrow(),
        f.anneeNaissance().orElseThrow(),
        f.dateJugement(),
        f.urgent(),
        reouverture);
  }

  static Optional<String> nonVide(Optional<String> s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String brut = s.get();
    String t = brut.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return t == brut ? s : Optional.of(t); // sans espaces de bord : la saisie elle-même, rien d'alloué
  }
}
