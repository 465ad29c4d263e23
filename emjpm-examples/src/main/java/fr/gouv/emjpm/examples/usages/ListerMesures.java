// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.listes.CritereMesuresGestionnaire;
import fr.gouv.emjpm.rules.listes.CritereMesuresJuge;
import fr.gouv.emjpm.rules.listes.LigneMesure;
import fr.gouv.emjpm.rules.listes.ListeGestionnaire;
import fr.gouv.emjpm.rules.listes.ListesMesures;
import fr.gouv.emjpm.rules.listes.PageMesures;
import fr.gouv.emjpm.rules.listes.TableauDeBordGestionnaire;
import fr.gouv.emjpm.rules.listes.TriMesuresGestionnaire;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Usage : les listes de mesures de l'interface ({@code engine.listesMesures()}) — la liste du juge
 * d'un tribunal, la liste et le tableau de bord d'un mandataire — et la route {@code GET
 * /api/editors/mesures/:id} d'un contrôleur hôte ({@code engine.apiEditeur()}), qui répond 404 pour la
 * mesure d'un autre gestionnaire.
 */
public final class ListerMesures {

  /** Mandataire dont on liste les mesures. */
  public static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(1);

  /**
   * Chiffres de l'exemple.
   *
   * @param juge RG de la liste du juge, dans l'ordre
   * @param jugeTexte RG trouvés par le juge avec le texte « roubaix »
   * @param enAttente RG des mesures en attente du mandataire
   * @param gestionnaire RG de la liste principale du mandataire, âge croissant
   * @param pastille pastille « en cours / souhaitées »
   * @param libelle libellé du majeur de la première mesure du mandataire
   * @param codeHttpAutre code HTTP de la route de lecture pour la mesure d'un autre gestionnaire
   */
  public record Resultats(List<String> juge, List<String> jugeTexte, List<String> enAttente,
      List<String> gestionnaire, String pastille, String libelle, int codeHttpAutre) {}

  private ListerMesures() {}

  /** Construit quelques mesures, affiche les listes et rend les chiffres. */
  public static Resultats executer(PrintWriter out) {
    EmjpmEngine engine = Recit.moteur();
    ListesMesures listes = engine.listesMesures();
    TribunalId lille = engine.referentiel().tribunal(Siret.of(EmbarquerMoteur.SIRET_LILLE)).orElseThrow().id();
    GestionnaireId autre = GestionnaireId.service(2);
    List<Mesure> mesures = List.of(
        mesure(1, StatutMesure.EN_COURS, MANDATAIRE, lille, "21A00001", 1951, "59100", "ROUBAIX", "2024-01-10"),
        mesure(2, StatutMesure.EN_ATTENTE, MANDATAIRE, lille, "21A00002", 1980, null, null, "2024-03-01"),
        mesure(3, StatutMesure.ETEINTE, MANDATAIRE, lille, "21A00003", 1940, "59000", "LILLE", "2023-05-02"),
        mesure(4, StatutMesure.EN_COURS, autre, lille, "21A00004", 1975, "59100", "ROUBAIX", "2024-02-20"));
    out.println("== Listes de mesures (" + engine.aujourdhui() + ")");

    PageMesures juge = listes.juge(CritereMesuresJuge.du(lille), mesures);
    out.println("  Le juge voit " + juge.total() + " mesures (statut puis réservation la plus récente) : " + rgs(juge));
    PageMesures roubaix = listes.juge(CritereMesuresJuge.du(lille).avecTexte("roubaix"), mesures);
    out.println("  Avec le texte « roubaix » : " + rgs(roubaix));

    ListeGestionnaire liste = listes.gestionnaire(
        CritereMesuresGestionnaire.du(MANDATAIRE).avecTri(TriMesuresGestionnaire.AGE_CROISSANT), mesures);
    List<String> attente = liste.enAttente().stream().map(m -> m.numeroRg().valeur()).toList();
    TableauDeBordGestionnaire bord = listes.tableauDeBord(MANDATAIRE, 20, mesures);
    String libelle = listes.libelleMajeur(liste.page().lignes().get(0).affichee()).orElse("");
    out.println("  " + MANDATAIRE + " : en attente " + attente + ", liste (âge croissant) " + rgs(liste.page())
        + ", « " + libelle + " », pastille " + bord.pastille());

    Resultat<Mesure> lue = engine.apiEditeur().lire(MesureId.of(4), Optional.of(mesures.get(3)), MANDATAIRE);
    int code = lue.estSucces() ? 200 : 404;
    out.println("  GET /api/editors/mesures/4 par " + MANDATAIRE + " : " + code + " " + lue.rapport().codes());
    return new Resultats(rgs(juge), rgs(roubaix), attente, rgs(liste.page()), bord.pastille(), libelle, code);
  }

  private static Mesure mesure(long id, StatutMesure statut, GestionnaireId g, TribunalId t, String rg, int annee,
      String cp, String ville, String cree) {
    return Mesure.builder().id(MesureId.of(id)).statut(statut).gestionnaire(g).tribunal(t)
        .numeroRg(NumeroRg.normalise(rg)).nature(NatureMesure.TUTELLE).civilite(Civilite.MONSIEUR)
        .anneeNaissance(annee).codePostal(Optional.ofNullable(cp)).ville(Optional.ofNullable(ville))
        .dateNomination(statut == StatutMesure.EN_ATTENTE ? Optional.empty() : Optional.of(LocalDate.parse(cree)))
        .creeLe(Instant.parse(cree + "T10:00:00Z")).build();
  }

  private static List<String> rgs(PageMesures p) {
    return p.lignes().stream().map(LigneMesure::mesure).map(m -> m.numeroRg().valeur()).toList();
  }

  /** Imprime le récit de l'exemple. */
  public static void main(String[] args) {
    Recit.imprimer(ListerMesures::executer);
  }
}
