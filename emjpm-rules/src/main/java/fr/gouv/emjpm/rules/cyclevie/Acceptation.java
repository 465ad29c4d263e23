// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Acceptation d'une mesure en attente par son gestionnaire, y compris d'une demande de
 * réouverture.
 *
 * <p>Écarts : le type d'établissement saisi est conservé ; pour une réouverture, la nature,
 * le champ, l'année de naissance, la civilité et le juge de la demande sont recopiés sur la mesure
 *.
 */
final class Acceptation {
  private Acceptation() {}

  /**
   * Accepte la mesure : un état daté de la date de nomination (nature et champ de la réservation ou
   * de la demande de réouverture), statut en cours, date de fin effacée, demande supprimée.
   *
   * @param mesure mesure en attente, éventuellement sous demande de réouverture
   * @param f formulaire d'acceptation saisi (date de nomination, lieu de vie, antenne)
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param ctx contexte d'évaluation (date du jour, référentiel)
   * @return la transition vers la mesure en cours, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> accepter(
      Mesure mesure, FormulaireAcceptation f, ActeurGestionnaire acteur, ContexteRegles ctx) {
    List<Violation> v =
        new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.ACCEPTER, StatutMesure.EN_ATTENTE));
    Optional<DemandeReouverture> demande = mesure.demandeReouverture();
    FormulaireEtat etatSaisi =
        FormulaireEtat.builder()
            .dateChangementEtat(f.dateNomination())
            .nature(demande.flatMap(DemandeReouverture::nature).orElse(mesure.nature()))
            .champ(demande.isPresent() ? demande.get().champ() : mesure.champ())
            .lieuVie(f.lieuVie())
            .typeEtablissement(f.typeEtablissement())
            .pays(f.pays())
            .codePostal(f.codePostal())
            .ville(f.ville())
            .build();
    Resultat<MesureEtat> etat = etatSaisi.valider(ctx);
    etat.violations().forEach(x -> v.add(x.chemin().equals("/dateChangementEtat") ? x.avecChemin("/dateNomination") : x));
    Champs.antenne(f.antenneId(), acteur.estService(), acteur.antennes(), v);
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    MesureEtat e = etat.valeurOuErreur();
    List<MesureEtat> etats = new ArrayList<>();
    mesure.etats().stream().filter(x -> !x.dateChangementEtat().equals(e.dateChangementEtat())).forEach(etats::add);
    etats.add(e);
    Mesure m = mesure;
    if (demande.isPresent()) {
      DemandeReouverture d = demande.get();
      m =
          m.withCabinet(d.cabinet())
              .withDateJugement(d.dateJugement())
              .withUrgent(d.urgent())
              .withCivilite(d.civilite())
              .withAnneeNaissance(d.anneeNaissance())
              .withMagistratId(d.magistratId())
              .withGreffierId(d.greffierId());
    }
    m =
        Etats.deriver(
                m.withStatut(StatutMesure.EN_COURS)
                    .withEnAttenteReouverture(false)
                    .withDemandeReouverture(Optional.empty())
                    .withDateNomination(e.dateChangementEtat())
                    .withDateFinMesure(Optional.empty())
                    .withAntenneId(f.antenneId().isPresent() ? f.antenneId() : m.antenneId())
                    .withEtats(etats), ctx)
            .withDateProtectionEnCours(e.dateChangementEtat());
    return Resultat.succes(Transition.vers(m, new Effet.RecompterGestionnaire(m.gestionnaire())));
  }
}
