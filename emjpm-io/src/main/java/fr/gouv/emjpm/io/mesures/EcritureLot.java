// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.validation.Doublons;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Écriture d'un lot de saisies dont le tribunal est résolu, partagée par l'import de fichiers et la
 * synchronisation OCMI : doublons (§3.11, première occurrence gardée, un avertissement), puis
 * l'algorithme d'enregistrement du moteur pour chaque saisie (créations et mises à jour calculées
 * contre les mesures existantes). Ne décide pas du « tout ou rien » : l'appelant le fait.
 */
final class EcritureLot {
  private EcritureLot() {}

  /**
   * Saisie à écrire : numéro (ligne du tableur ou rang dans le lot), chemin de ses violations, tribunal
   * résolu (vide si la saisie n'en désigne pas : l'enregistrement le signalera).
   */
  record Element(int numero, String chemin, SaisieMesure saisie, Optional<Tribunal> tribunal) {}

  /** Ce que le lot a produit. */
  record Bilan(int creations, int misesAJour, List<Mesure> mesures, List<Violation> erreurs,
      List<Violation> avertissements) {}

  static Bilan ecrire(List<Element> elements, GestionnaireId gestionnaire, Set<Long> antennes,
      MesuresExistantes existantes, ContexteRegles ctx) {
    Doublons.Detection<Element> doublons = Doublons.detecter(elements, e -> Doublons.cle(
        NumeroRg.normalise(e.saisie().numeroRg().orElse("")), e.saisie().tribunalSiret(),
        e.tribunal().map(t -> t.id().valeur()).orElse("")));
    List<Violation> erreurs = new ArrayList<>();
    List<Violation> avertissements = new ArrayList<>();
    if (!doublons.indicesEcartes().isEmpty()) {
      avertissements.add(Violation.de(CodeImport.IMPORT_DOUBLONS, "", Map.of("nombre", doublons.indicesEcartes().size())));
    }
    int creations = 0;
    int misesAJour = 0;
    List<Mesure> mesures = new ArrayList<>();
    for (Element e : doublons.gardees()) {
      Resultat<Transition> r = Enregistrement.enregistrer(e.saisie(), gestionnaire, antennes, Optional.empty(),
          existantes, ctx);
      if (r.valeur().isEmpty()) {
        r.violations().forEach(v -> erreurs.add(avecLigne(v.prefixee(e.chemin()), e.numero())));
        continue;
      }
      r.violations().forEach(v -> avertissements.add(avecLigne(v.prefixee(e.chemin()), e.numero())));
      Mesure m = r.valeurOuErreur().mesure().orElseThrow();
      if (existantes.trouver(new CleMesure(gestionnaire, m.tribunal(), m.numeroRg())).isPresent()) {
        misesAJour++;
      } else {
        creations++;
      }
      mesures.add(m);
    }
    return new Bilan(creations, misesAJour, mesures, erreurs, avertissements);
  }

  /** La violation, avec l'argument {@code ligne} en tête. */
  static Violation avecLigne(Violation v, int ligne) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("ligne", String.valueOf(ligne));
    args.putAll(v.arguments());
    return new Violation(v.code(), v.gravite(), v.chemin(), v.message(), args);
  }
}
