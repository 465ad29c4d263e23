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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synchronisation OCMI d'un mandataire individuel (domain.md §7.6) : son groupe du fichier (SIRET,
 * sinon SIREN), tous les tribunaux résolus (sinon tout échoue), doublons signalés, pays des états
 * absent → FR, chaque mesure enregistrée par l'algorithme des logiciels métier (sans éditeur), tout ou
 * rien. Rien n'est supprimé. Le verrou « un import à la fois » et la date {@code
 * mesures_last_update} restent à l'hôte. Immuable et thread-safe.
 */
public final class SynchronisationOcmi {
  private static final Logger LOG = LoggerFactory.getLogger(SynchronisationOcmi.class);

  private final EmjpmEngine engine;

  private SynchronisationOcmi(EmjpmEngine engine) {
    this.engine = engine;
  }

  /**
   * Synchronisation avec l'horloge et le référentiel de {@code engine}.
   *
   * @param engine moteur de règles, non nul : son contexte (horloge, référentiel des tribunaux, règles
   *     d'enregistrement) est pris au début de chaque synchronisation
   * @return synchronisation avec l'horloge et le référentiel de {@code engine}
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
   * @param existantes ses mesures existantes (port d'unicité §3.11)
   * @return créations et mises à jour, ou toutes les erreurs
   */
  public Resultat<ImportMesures> synchroniser(FichierOcmi fichier, GestionnaireId mandataire, Siret siretMandataire,
      MesuresExistantes existantes) {
    Optional<FichierOcmi.GroupeOcmi> groupe = fichier.groupe(siretMandataire.valeur());
    if (groupe.isEmpty()) {
      return Resultat.echec(Violation.de(CodeJson.OCMI_MANDATAIRE_INCONNU, ""));
    }
    ContexteRegles ctx = engine.contexte();
    List<Violation> erreurs = new ArrayList<>();
    List<Violation> avertissements = new ArrayList<>();
    if (!groupe.get().siret().equals(siretMandataire.valeur())) {
      avertissements.add(Violation.de(CodeJson.OCMI_TROUVE_PAR_SIREN, ""));
    }
    Set<String> tribunauxInconnus = new LinkedHashSet<>();
    List<EcritureLot.Element> elements = new ArrayList<>();
    List<Resultat<SaisieMesure>> mesures = groupe.get().mesures();
    for (int i = 0; i < mesures.size(); i++) {
      String chemin = "/mesures/" + i;
      Resultat<SaisieMesure> r = mesures.get(i);
      if (r.valeur().isEmpty()) {
        int numero = i + 1;
        r.violations().forEach(v -> erreurs.add(EcritureLot.avecLigne(v.prefixee(chemin), numero)));
        continue;
      }
      SaisieMesure s = paysParDefaut(r.valeurOuErreur());
      Optional<Tribunal> t = s.tribunalSiret().flatMap(ctx.referentiel()::tribunalCourant);
      if (s.tribunalSiret().isPresent() && t.isEmpty()) {
        tribunauxInconnus.add(s.tribunalSiret().get().valeur());
        continue;
      }
      elements.add(new EcritureLot.Element(i + 1, chemin, s, t));
    }
    if (!tribunauxInconnus.isEmpty()) {
      List<Violation> v = new ArrayList<>();
      tribunauxInconnus.forEach(s -> v.add(Violation.de(CodeJson.OCMI_TRIBUNAL_INCONNU, "/tribunal_siret",
          Map.of("siret", s))));
      return Resultat.echec(v);
    }
    EcritureLot.Bilan bilan = EcritureLot.ecrire(elements, mandataire, Set.of(), existantes,
        Provenance.LOGICIEL_METIER, ctx);
    // règles du moteur : chemins aux noms du JSON OCMI (/mesures/3/date_nomination)
    erreurs.addAll(CheminsJson.traduire(bilan.erreurs()));
    if (!erreurs.isEmpty()) {
      LOG.debug("Synchronisation OCMI refusée : {} erreur(s) sur {} mesure(s)", erreurs.size(), mesures.size());
      return Resultat.echec(erreurs);
    }
    avertissements.addAll(CheminsJson.traduire(bilan.avertissements()));
    LOG.debug("Synchronisation OCMI : {} création(s), {} mise(s) à jour", bilan.creations(), bilan.misesAJour());
    return Resultat.succes(new ImportMesures(bilan.creations(), bilan.misesAJour(), bilan.mesures(), mesures.size(),
        avertissements), avertissements);
  }

  /** États sans pays : France (§7.6). */
  private static SaisieMesure paysParDefaut(SaisieMesure s) {
    List<SaisieEtat> etats = new ArrayList<>();
    for (SaisieEtat e : s.etats()) {
      etats.add(e.pays().isPresent() ? e : e.withPays(Pays.FR));
    }
    return s.withEtats(etats);
  }
}
