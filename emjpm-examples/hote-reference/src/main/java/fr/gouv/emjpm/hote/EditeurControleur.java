// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.io.json.CheminsJson;
import fr.gouv.emjpm.io.json.LotJson;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.spring.RefusException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API des logiciels métier : {@code POST /editeur/mesures} (un objet ou un lot, lu par le lecteur durci
 * d'emjpm, enregistré tout ou rien) et {@code GET /editeur/mesures[?status=]}.
 */
@RestController
public class EditeurControleur {

  private final EmjpmEngine engine;
  private final DepotMesures mesures;
  private final DepotGestionnaires gestionnaires;

  EditeurControleur(EmjpmEngine engine, DepotMesures mesures, DepotGestionnaires gestionnaires) {
    this.engine = engine;
    this.mesures = mesures;
    this.gestionnaires = gestionnaires;
  }

  /**
   * Mesures écrites par un envoi.
   *
   * @param mesures les mesures, telles qu'enregistrées
   */
  public record Envoi(List<Mesure> mesures) {}

  /**
   * Enregistre un objet ou un lot de mesures.
   *
   * @param gestionnaire gestionnaire de l'appel
   * @param editeur logiciel métier de l'appel
   * @param corps document JSON
   * @return les mesures enregistrées
   */
  @PostMapping(path = "/editeur/mesures", consumes = "application/json")
  public Envoi envoyer(@RequestHeader(ImportControleur.GESTIONNAIRE) GestionnaireId gestionnaire,
      @RequestHeader(name = "X-Emjpm-Editeur", defaultValue = "1") long editeur, @RequestBody byte[] corps) {
    LotJson lot = RefusException.exiger(MesuresJsonReader.lire(corps, false));
    Set<Long> antennes = gestionnaire.type() == TypeGestionnaire.SERVICE
        ? new HashSet<>(gestionnaires.antennesDuService(gestionnaire.numero()).values()) : Set.of();
    ContexteRegles ctx = engine.contexte();
    // l'unicité voit les mesures déjà écrites par ce lot, puis la table
    Map<CleMesure, Mesure> duLot = new LinkedHashMap<>();
    MesuresExistantes base = mesures.existantes(gestionnaire);
    MesuresExistantes existantes = cle -> Optional.ofNullable(duLot.get(cle)).or(() -> base.trouver(cle));
    List<Violation> erreurs = new ArrayList<>();
    for (int i = 0; i < lot.elements().size(); i++) {
      String prefixe = lot.estUnLot() ? "/mesures/" + i : "";
      Resultat<Transition> t = lot.elements().get(i).flatMap(s -> Enregistrement.enregistrer(s, gestionnaire,
          antennes, Optional.of(editeur), existantes, ctx));
      if (t.estSucces()) {
        t.valeurOuErreur().mesure().ifPresent(m -> duLot.put(CleMesure.de(m), m));
      } else {
        t.violations().forEach(v -> erreurs.add(CheminsJson.traduire(v.prefixee(prefixe))));
      }
    }
    if (!erreurs.isEmpty()) {
      throw new RefusException(erreurs, RefusException.STATUT_REFUS);
    }
    mesures.enregistrer(duLot.values());
    List<Mesure> ecrites = new ArrayList<>();
    for (CleMesure c : duLot.keySet()) {
      mesures.existantes().trouver(c).ifPresent(ecrites::add);
    }
    return new Envoi(ecrites);
  }

  /**
   * Mesures du gestionnaire de l'appel.
   *
   * @param gestionnaire gestionnaire de l'appel
   * @param status statut ({@code en_attente}, {@code en_cours}, {@code eteinte}) ; inconnu : liste vide
   * @return ses mesures
   */
  @GetMapping("/editeur/mesures")
  public Envoi lister(@RequestHeader(ImportControleur.GESTIONNAIRE) GestionnaireId gestionnaire,
      @RequestParam(name = "status", defaultValue = "") String status) {
    Optional<StatutMesure> statut = status.isEmpty() ? Optional.empty() : StatutMesure.parCode(status);
    if (!status.isEmpty() && statut.isEmpty()) {
      return new Envoi(engine.apiEditeur().lister(List.of(), gestionnaire, Optional.of(status)).valeurOuErreur());
    }
    return new Envoi(RefusException.exiger(
        engine.apiEditeur().lister(mesures.duGestionnaire(gestionnaire, statut), gestionnaire, Optional.of(status))));
  }
}
