// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.io.json.CheminsJson;
import fr.gouv.emjpm.io.json.CodeJson;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Provenance;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synchronisation OCMI d'un mandataire individuel : son groupe du fichier (SIRET, sinon SIREN),
 * doublons signalés, pays des états absent → FR, chaque mesure enregistrée par l'algorithme des
 * logiciels métier (sans éditeur). Mesure par mesure : les mesures valides sont rendues, chaque mesure
 * refusée (tribunal inconnu, champ illisible, règle du moteur) est signalée par un avertissement
 * {@code OCMI_MESURE_NON_ENREGISTREE} suivi de ses violations (code et chemin gardés, rendues non
 * bloquantes) ; la synchronisation n'échoue que si aucune mesure n'est enregistrable (ou si le
 * mandataire est absent du fichier). Rien n'est supprimé. Le verrou « un import à la fois » et la date {@code
 * mesures_last_update} restent à l'hôte. Immuable et thread-safe.
 */
public final class SynchronisationOcmi {
  private static final Logger LOG = LoggerFactory.getLogger(SynchronisationOcmi.class);

  private final EmjpmEngine engine;

  private SynchronisationOcmi(EmjpmEngine engine) {
    this.engine = engine;
  }

  /**
   * {@return synchronisation avec l'horloge et le référentiel de {@code engine}}
   *
   * @param engine moteur de règles, non nul : son contexte (horloge, référentiel des tribunaux, règles
   *     d'enregistrement) est pris au début de chaque synchronisation
   */
  public static SynchronisationOcmi avec(EmjpmEngine engine) {
    return new SynchronisationOcmi(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Synchronise les mesures d'un mandataire.
   *
   * @param fichier fichier OCMI lu
   * @param mandataire mandataire individuel qui reçoit les mesures
   * @param siretMandataire son SIRET
   * @param existantes ses mesures existantes (port d'unicité : même RG, même tribunal)
   * @return créations et mises à jour avec les mesures refusées en avertissements, ou l'échec quand
   *     aucune mesure n'est enregistrable
   */
  public Resultat<ImportMesures> synchroniser(FichierOcmi fichier, GestionnaireId mandataire, Siret siretMandataire,
      MesuresExistantes existantes) {
    Optional<FichierOcmi.GroupeOcmi> groupe = fichier.groupe(siretMandataire.valeur());
    if (groupe.isEmpty()) {
      return Resultat.echec(Violation.de(CodeJson.OCMI_MANDATAIRE_INCONNU, ""));
    }
    ContexteRegles ctx = engine.contexte();
    List<Violation> avertissements = new ArrayList<>();
    if (!groupe.get().siret().equals(siretMandataire.valeur())) {
      avertissements.add(Violation.de(CodeJson.OCMI_TROUVE_PAR_SIREN, ""));
    }
    EcritureLot lot = new EcritureLot(mandataire, Set.of(), existantes, Provenance.OCMI, true, ctx);
    List<Resultat<SaisieMesure>> mesures = groupe.get().mesures();
    for (int i = 0; i < mesures.size(); i++) {
      String chemin = "/mesures/" + i;
      int numero = i + 1;
      Resultat<SaisieMesure> r = mesures.get(i);
      if (r.valeur().isEmpty()) {
        lot.refuser(numero, chemin, r.violations().stream()
            .map(v -> EcritureLot.avecLigne(v.prefixee(chemin), numero)).toList());
        continue;
      }
      SaisieMesure lue = r.valeurOuErreur();
      Optional<Tribunal> t = lue.tribunalSiret().flatMap(ctx.referentiel()::tribunalCourant);
      if (lue.tribunalSiret().isPresent() && t.isEmpty()) {
        lot.refuser(numero, chemin, List.of(Violation.de(CodeJson.OCMI_TRIBUNAL_INCONNU, chemin + "/tribunal_siret",
            Map.of("ligne", numero, "siret", lue.tribunalSiret().get().valeur()))));
        continue;
      }
      // une seule copie de la saisie : pays par défaut des états et tribunal résolu (ni règles ni enregistrement ne le cherchent)
      lot.ajouter(new EcritureLot.Element(numero, chemin, paysParDefaut(lue).withTribunal(t)));
    }
    EcritureLot.Bilan bilan = lot.bilan();
    // règles du moteur : chemins aux noms du JSON OCMI (/mesures/3/date_nomination)
    List<Violation> erreurs = new ArrayList<>();
    List<Violation> refus = new ArrayList<>();
    for (EcritureLot.Refus r : bilan.refus()) {
      List<Violation> v = CheminsJson.traduire(r.violations());
      erreurs.addAll(v);
      refus.add(Violation.de(CodeJson.OCMI_MESURE_NON_ENREGISTREE, r.chemin(),
          Map.of("ligne", r.numero(), "nombre", v.size())));
      v.forEach(x -> refus.add(enAvertissement(x)));
    }
    if (lot.violationsRefusOmises() > 0) {
      // au-delà de 1 000 violations gardées, les mesures refusées restent comptées, leurs violations non
      Violation resume = Violation.de(CodeJson.OCMI_VIOLATIONS_OMISES, "",
          Map.of("nombre", lot.violationsRefusOmises(), "mesures", lot.refusOmis()));
      erreurs.add(resume);
      refus.add(enAvertissement(resume));
    }
    if (bilan.mesures().isEmpty() && !erreurs.isEmpty()) {
      // aucune mesure à enregistrer : l'échec porte les erreurs de chaque mesure
      LOG.debug("Synchronisation OCMI refusée : {} mesure(s) refusée(s) sur {}", bilan.refus().size(), mesures.size());
      return Resultat.echec(erreurs);
    }
    avertissements.addAll(CheminsJson.traduire(bilan.avertissements()));
    avertissements.addAll(refus);
    LOG.debug("Synchronisation OCMI : {} création(s), {} mise(s) à jour, {} mesure(s) refusée(s)", bilan.creations(),
        bilan.misesAJour(), bilan.refus().size());
    return Resultat.succes(new ImportMesures(bilan.creations(), bilan.misesAJour(), bilan.mesures(), mesures.size(),
        avertissements), avertissements);
  }

  /** La violation, rendue non bloquante : la mesure qu'elle vise n'est pas enregistrée, les autres le sont. */
  private static Violation enAvertissement(Violation v) {
    return new Violation(v.code(), fr.gouv.emjpm.domain.commun.Gravite.AVERTISSEMENT, v.chemin(), v.message(),
        v.arguments());
  }

  /** États sans pays : France. */
  private static SaisieMesure paysParDefaut(SaisieMesure s) {
    if (s.etats().stream().allMatch(e -> e.pays().isPresent())) {
      return s;
    }
    List<SaisieEtat> etats = new ArrayList<>();
    for (SaisieEtat e : s.etats()) {
      etats.add(e.pays().isPresent() ? e : e.withPays(Pays.FR));
    }
    return s.withEtats(etats);
  }
}
