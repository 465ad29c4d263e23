// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Création directe d'une mesure en cours par le gestionnaire et modification. */
final class Creation {
  private Creation() {}

  /**
   * Crée une mesure en cours avec un état daté de la date de nomination ; la date de la protection en
   * cours est la date de nomination.
   *
   * @param f formulaire de création saisi
   * @param acteur gestionnaire qui crée la mesure ; le tribunal doit être l'un de ses tribunaux préférentiels
   * @param existantes port d'unicité, pour refuser un numéro RG déjà utilisé dans ce tribunal
   * @param ctx contexte d'évaluation (date du jour, instant de création, référentiel)
   * @return la transition vers la nouvelle mesure en cours, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> creer(
      FormulaireCreation f, ActeurGestionnaire acteur, MesuresExistantes existantes, ContexteRegles ctx) {
    List<Violation> v = new ArrayList<>();
    Optional<NumeroRg> rg = Champs.rg(f.numeroRg(), v);
    tribunal(f.tribunal(), acteur, v);
    Champs.exiger(f.civilite(), "/civilite", "civilité", v);
    Champs.anneeNaissance(f.anneeNaissance(), ctx, v);
    dates(f.datePremiereMesure(), f.dateNomination(), v);
    Champs.antenne(f.antenneId(), acteur.estService(), acteur.antennes(), v);
    Resultat<MesureEtat> etat =
        FormulaireEtat.builder()
            .dateChangementEtat(f.dateNomination())
            .nature(f.nature())
            .champ(f.champ())
            .lieuVie(f.lieuVie())
            .typeEtablissement(f.typeEtablissement())
            .pays(f.pays())
            .codePostal(f.codePostal())
            .ville(f.ville())
            .build()
            .valider(ctx);
    etat.violations().stream().filter(x -> !x.chemin().equals("/dateChangementEtat")).forEach(v::add);
    if (rg.isPresent() && f.tribunal().isPresent()
        && existantes.trouver(new CleMesure(acteur.id(), f.tribunal().get(), rg.get())).isPresent()) {
      v.add(Violation.de(CodeRegle.RG_DEJA_UTILISE, "/numeroRg"));
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    MesureEtat e = etat.valeurOuErreur();
    Mesure m =
        Mesure.builder()
            .statut(StatutMesure.EN_COURS)
            .gestionnaire(acteur.id())
            .tribunal(f.tribunal().orElseThrow())
            .numeroRg(rg.orElseThrow())
            .numeroDossier(Reservation.nonVide(f.numeroDossier()))
            .cabinet(Reservation.nonVide(f.cabinet()))
            .civilite(f.civilite().orElseThrow())
            .anneeNaissance(f.anneeNaissance().orElseThrow())
            .datePremiereMesure(f.datePremiereMesure())
            .dateNomination(e.dateChangementEtat())
            .nature(e.nature())
            .antenneId(f.antenneId())
            .creeLe(ctx.maintenant())
            .addEtats(e)
            .build();
    m = Etats.deriver(m, ctx).withDateProtectionEnCours(e.dateChangementEtat());
    return Resultat.succes(Transition.vers(m, new Effet.RecompterGestionnaire(m.gestionnaire())));
  }

  /**
   * Modifie une mesure en cours : RG (inchangé permis, sinon unique), tribunal préférentiel,
   * dates ; la date de la protection en cours est obligatoire. Refusé sous verrou.
   *
   * @param mesure mesure en cours à modifier
   * @param f formulaire de modification saisi
   * @param acteur gestionnaire qui agit, propriétaire de la mesure
   * @param existantes port d'unicité, pour refuser un numéro RG déjà utilisé par une autre mesure
   * @param ctx contexte d'évaluation (année en cours pour l'année de naissance)
   * @return la transition vers la mesure modifiée, ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> modifier(
      Mesure mesure,
      FormulaireModification f,
      ActeurGestionnaire acteur,
      MesuresExistantes existantes,
      ContexteRegles ctx) {
    List<Violation> v =
        new ArrayList<>(Gardes.ecriture(mesure, acteur, Operation.MODIFIER, StatutMesure.EN_COURS));
    Optional<NumeroRg> rg = Champs.rg(f.numeroRg(), v);
    if (f.tribunal().isPresent() && !f.tribunal().get().equals(mesure.tribunal())) {
      tribunal(f.tribunal(), acteur, v);
    } else {
      Champs.exiger(f.tribunal(), "/tribunal", "tribunal", v);
    }
    Champs.exiger(f.civilite(), "/civilite", "civilité", v);
    Champs.anneeNaissance(f.anneeNaissance(), ctx, v);
    dates(f.datePremiereMesure(), f.dateNomination(), v);
    Champs.exiger(f.dateProtectionEnCours(), "/dateProtectionEnCours", "date de la protection en cours", v);
    Champs.antenne(f.antenneId(), acteur.estService(), acteur.antennes(), v);
    if (rg.isPresent() && f.tribunal().isPresent()) {
      CleMesure nouvelle = new CleMesure(mesure.gestionnaire(), f.tribunal().get(), rg.get());
      if (!nouvelle.equals(CleMesure.de(mesure)) && existantes.trouver(nouvelle).isPresent()) {
        v.add(Violation.de(CodeRegle.RG_DEJA_UTILISE, "/numeroRg"));
      }
    }
    if (!v.isEmpty()) {
      return Resultat.echec(v);
    }
    Mesure m =
        mesure
            .withNumeroRg(rg.orElseThrow())
            .withNumeroDossier(Reservation.nonVide(f.numeroDossier()))
            .withTribunal(f.tribunal().orElseThrow())
            .withCabinet(Reservation.nonVide(f.cabinet()))
            .withCivilite(f.civilite().orElseThrow())
            .withAnneeNaissance(f.anneeNaissance().orElseThrow())
            .withDatePremiereMesure(f.datePremiereMesure())
            .withDateNomination(f.dateNomination())
            .withDateProtectionEnCours(f.dateProtectionEnCours())
            .withAntenneId(f.antenneId());
    return Resultat.succes(Transition.vers(m, new Effet.RecompterGestionnaire(m.gestionnaire())));
  }

  private static void tribunal(Optional<TribunalId> t, ActeurGestionnaire acteur, List<Violation> v) {
    if (t.isEmpty()) {
      v.add(Champs.obligatoire("/tribunal", "tribunal"));
    } else if (!acteur.tribunauxPreferes().contains(t.get())) {
      v.add(Violation.de(CodeRegle.TRIBUNAL_NON_PREFERE, "/tribunal"));
    }
  }

  private static void dates(Optional<LocalDate> premiere, Optional<LocalDate> nomination, List<Violation> v) {
    if (nomination.isEmpty()) {
      v.add(Champs.obligatoire("/dateNomination", "date de nomination"));
    } else if (premiere.isPresent() && nomination.get().isBefore(premiere.get())) {
      v.add(Violation.de(CodeRegle.DATE_NOMINATION_AVANT_PREMIERE_MESURE, "/dateNomination"));
    }
  }
}
