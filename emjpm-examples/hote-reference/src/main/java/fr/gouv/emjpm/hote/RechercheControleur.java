// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.GestionnaireProche;
import fr.gouv.emjpm.rules.proximite.Position;
import fr.gouv.emjpm.rules.proximite.RequeteProximite;
import fr.gouv.emjpm.rules.recherche.CritereRecherche;
import fr.gouv.emjpm.rules.recherche.LigneRecherche;
import fr.gouv.emjpm.rules.recherche.PageRecherche;
import fr.gouv.emjpm.rules.recherche.TriRecherche;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import fr.gouv.emjpm.spring.RefusException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * La liste du juge ({@code GET /tribunaux/{siret}/gestionnaires?texte=&tri=&page=}) et la recherche de
 * proximité ({@code GET /gestionnaires/proches?code_postal=&ville=&max=}). Les candidats sont lus par
 * des requêtes indexées (département, tribunal préféré, rectangle géographique) ; le tri, les
 * disponibilités et les distances sont ceux de la bibliothèque.
 */
@RestController
public class RechercheControleur {

  private final EmjpmEngine engine;
  private final DepotGestionnaires gestionnaires;
  private final DepotMesures mesures;

  RechercheControleur(EmjpmEngine engine, DepotGestionnaires gestionnaires, DepotMesures mesures) {
    this.engine = engine;
    this.gestionnaires = gestionnaires;
    this.mesures = mesures;
  }

  /**
   * Une ligne de la liste du juge.
   *
   * @param gestionnaire identifiant ({@code service-3})
   * @param nom nom affiché
   * @param disponibilite disponibilité retenue pour le tribunal
   * @param mesuresMax capacité souhaitée
   * @param enCours mesures en cours
   * @param enAttente mesures en attente
   * @param prefere vrai si le gestionnaire préfère ce tribunal
   * @param ville ville de l'adresse
   */
  public record LigneJuge(String gestionnaire, String nom, int disponibilite, int mesuresMax, int enCours,
      int enAttente, boolean prefere, @Nullable String ville) {}

  /**
   * Une page de la liste du juge.
   *
   * @param page numéro de page, à partir de 1
   * @param taillePage lignes par page
   * @param total lignes retenues
   * @param lignes lignes de la page
   */
  public record PageJuge(int page, int taillePage, int total, List<LigneJuge> lignes) {}

  /**
   * Un gestionnaire proche.
   *
   * @param gestionnaire identifiant
   * @param nom nom affiché
   * @param distanceKm distance orthodromique
   * @param disponibilite places restantes
   */
  public record Proche(String gestionnaire, String nom, double distanceKm, int disponibilite) {}

  /**
   * Liste du juge.
   *
   * @param siret SIRET du tribunal
   * @param texte recherche libre
   * @param tri ordre ({@code disponibilite}, {@code az}, {@code za}, {@code pertinence}), converti par le starter
   * @param page page, à partir de 1
   * @return la page
   */
  @GetMapping("/tribunaux/{siret}/gestionnaires")
  public PageJuge liste(@PathVariable String siret, @RequestParam(required = false) @Nullable String texte,
      @RequestParam(required = false) @Nullable TriRecherche tri, @RequestParam(defaultValue = "1") int page) {
    Siret s = Siret.parse(siret).fold(r -> r.donnee(), e -> {
      throw new RefusException(e.violations(), RefusException.STATUT_PARAMETRE);
    });
    Tribunal t = engine.referentiel().tribunalCourant(s).orElseThrow(() -> new RefusException(
        List.of(Violation.de(CodeRegle.TRIBUNAL_INCONNU, "/siret")), 404));
    CritereRecherche critere = CritereRecherche.builder().tribunal(t.id()).departementTribunal(t.departement())
        .texte(Optional.ofNullable(texte)).tri(Optional.ofNullable(tri)).page(Math.max(1, page)).build();
    List<FicheGestionnaire> fiches = gestionnaires.candidats(t.departement(), t.id());
    PageRecherche p = engine.recherche().rechercher(critere, fiches,
        mesures.comptage(fiches.stream().map(FicheGestionnaire::id).toList()));
    return new PageJuge(p.page(), p.taillePage(), p.total(), p.lignes().stream().map(RechercheControleur::ligne).toList());
  }

  /**
   * Gestionnaires les plus proches d'une commune.
   *
   * @param codePostal code postal (converti par le starter : 400 s'il est mal formé)
   * @param ville ville, facultative
   * @param max nombre maximal de résultats
   * @return les plus proches, par distance croissante
   */
  @GetMapping("/gestionnaires/proches")
  public List<Proche> proches(@RequestParam("code_postal") CodePostal codePostal,
      @RequestParam(required = false) @Nullable String ville, @RequestParam(defaultValue = "20") int max) {
    Position centre = RefusException.exiger(engine.proximite().localiser(codePostal, Optional.ofNullable(ville)));
    RequeteProximite requete = RequeteProximite.builder().nombreMax(Math.max(1, Math.min(max, 100))).build();
    List<FicheGestionnaire> fiches = gestionnaires.autourDe(centre, requete.rayonKm());
    List<GestionnaireProche> proches = engine.proximite().autourDe(centre, engine.proximite().indexer(fiches),
        requete, mesures.comptage(fiches.stream().map(FicheGestionnaire::id).toList()));
    return proches.stream().map(g -> new Proche(g.fiche().id().toString(), g.fiche().nom(),
        Math.round(g.distanceKm() * 10) / 10.0, g.disponibilite().disponibilite())).toList();
  }

  private static LigneJuge ligne(LigneRecherche l) {
    return new LigneJuge(l.fiche().id().toString(), l.fiche().nom(), l.disponibilite(), l.fiche().mesuresMax(),
        l.compteurs().enCours(), l.compteurs().enAttente(), l.prefere(), l.fiche().ville().orElse(null));
  }
}
