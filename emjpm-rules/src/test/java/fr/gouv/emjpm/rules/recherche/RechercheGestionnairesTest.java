// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RechercheGestionnairesTest {

  static final CodeDepartement NORD = CodeDepartement.of("59");
  static final CodeDepartement PDC = CodeDepartement.of("62");
  static final TribunalId LILLE = TribunalId.of("TJ-LILLE");
  final RechercheGestionnaires recherche = RechercheGestionnaires.standard();

  static FicheGestionnaire.Builder fiche(GestionnaireId id, String nom, int max) {
    return FicheGestionnaire.builder().id(id).nom(nom).mesuresMax(max);
  }

  final FicheGestionnaire dupont =
      fiche(GestionnaireId.individuel(1), "DUPONT Élise", 30).addDepartements(NORD).habilite(true).ville("Roubaix").build();
  final FicheGestionnaire martin =
      fiche(GestionnaireId.individuel(2), "MARTIN Paul", 10).addDepartements(NORD).build();
  final FicheGestionnaire arras =
      fiche(GestionnaireId.prepose(1), "ARRAS Hôpital", 5).addDepartements(PDC).addTribunauxPreferes(LILLE).build();
  final FicheGestionnaire horsPerimetre =
      fiche(GestionnaireId.individuel(3), "DUPONT Hors", 50).addDepartements(PDC).ville("Roubaix").build();
  final FicheGestionnaire suspendu =
      fiche(GestionnaireId.individuel(4), "ZOLA Émile", 40).addDepartements(NORD).suspendu(true).build();
  final FicheGestionnaire service =
      fiche(GestionnaireId.service(1), "Association Tutélaire du Nord", 100)
          .addDepartements(NORD, PDC)
          .addAntennes(
              FicheAntenne.builder().id(7).nom("Roubaix").departement(NORD).mesuresMax(3).build(),
              FicheAntenne.builder().id(8).nom("Lens").departement(PDC).mesuresMax(40).build())
          .build();
  final List<FicheGestionnaire> fiches = List.of(dupont, martin, arras, horsPerimetre, suspendu, service);
  final ComptageMesures comptage =
      ComptageMesures.builder().enCours(martin.id()).enCours(service.id(), 7).build();

  CritereRecherche.Builder critere() {
    return CritereRecherche.builder().tribunal(LILLE).departementTribunal(NORD);
  }

  List<String> noms(PageRecherche p) {
    return p.lignes().stream().map(l -> l.fiche().nom()).toList();
  }

  @Test
  void candidatsParDepartementOuPreference() {
    assertThat(recherche.candidats(LILLE, NORD, fiches))
        .containsExactly(dupont, martin, arras, suspendu, service);
  }

  @Test
  void triParDisponibiliteParDefautAvecSurchargeDesAntennes() {
    PageRecherche p = recherche.rechercher(critere().build(), fiches, comptage);
    // service : antenne du Nord 3 - 1 = 2 (et non 100 - 1) ; suspendu : 0.
    assertThat(noms(p))
        .containsExactly("DUPONT Élise", "MARTIN Paul", "ARRAS Hôpital", "Association Tutélaire du Nord", "ZOLA Émile");
    LigneRecherche s = p.lignes().get(3);
    assertThat(s.disponibilite()).isEqualTo(2);
    assertThat(s.compteurs().restante()).isEqualTo(99);
    assertThat(s.disponibiliteDepartementale()).isEqualTo(OptionalInt.of(2));
    assertThat(p.lignes().get(0).disponibiliteDepartementale()).isEmpty();
    assertThat(p.lignes().get(2).prefere()).isTrue();
    assertThat(p.lignes().get(4).disponible()).isFalse();
  }

  @Test
  void trisAlphabetiquesInsensiblesAuxAccents() {
    assertThat(noms(recherche.rechercher(critere().tri(TriRecherche.AZ).build(), fiches, comptage)))
        .containsExactly("ARRAS Hôpital", "Association Tutélaire du Nord", "DUPONT Élise", "MARTIN Paul", "ZOLA Émile");
    assertThat(noms(recherche.rechercher(critere().tri(TriRecherche.ZA).build(), fiches, comptage)))
        .containsExactly("ZOLA Émile", "MARTIN Paul", "DUPONT Élise", "Association Tutélaire du Nord", "ARRAS Hôpital");
  }

  @Test
  void texteLibreResteDansLePerimetreDuTribunal() {
    PageRecherche p = recherche.rechercher(critere().texte("dupont").build(), fiches, comptage);
    assertThat(noms(p)).containsExactly("DUPONT Élise");
    assertThat(noms(recherche.rechercher(critere().texte("roubaix").build(), fiches, comptage)))
        .containsExactly("DUPONT Élise");
    assertThat(noms(recherche.rechercher(critere().texte("zola emile").build(), fiches, comptage)))
        .containsExactly("ZOLA Émile");
  }

  @Test
  void filtres() {
    assertThat(noms(recherche.rechercher(
            critere().filtres(FiltresGestionnaire.builder().type(TypeGestionnaire.SERVICE).build()).build(), fiches, comptage)))
        .containsExactly("Association Tutélaire du Nord");
    assertThat(noms(recherche.rechercher(
            critere().filtres(FiltresGestionnaire.builder().preferesSeulement(true).build()).build(), fiches, comptage)))
        .containsExactly("ARRAS Hôpital");
    assertThat(noms(recherche.rechercher(
            critere().filtres(FiltresGestionnaire.builder().disponiblesSeulement(true).habilitesSeulement(true).build()).build(), fiches, comptage)))
        .containsExactly("DUPONT Élise", "Association Tutélaire du Nord");
    PageRecherche pdc = recherche.rechercher(
        critere().filtres(FiltresGestionnaire.builder().departementHabilitation(PDC).build()).build(), fiches, comptage);
    assertThat(noms(pdc)).containsExactly("ARRAS Hôpital", "Association Tutélaire du Nord");
    assertThat(pdc.lignes().get(1).disponibiliteDepartementale()).isEqualTo(OptionalInt.of(40));
  }

  @Test
  void pagination() {
    List<FicheGestionnaire> beaucoup = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      beaucoup.add(fiche(GestionnaireId.individuel(i), String.format("G%02d", i), i).addDepartements(NORD).build());
    }
    PageRecherche p1 = recherche.rechercher(critere().build(), beaucoup, ComptageMesures.vide());
    assertThat(p1.total()).isEqualTo(45);
    assertThat(p1.nombrePages()).isEqualTo(3);
    assertThat(p1.lignes()).hasSize(20);
    assertThat(p1.lignes().get(0).fiche().nom()).isEqualTo("G45");
    PageRecherche p3 = recherche.rechercher(critere().page(3).build(), beaucoup, ComptageMesures.vide());
    assertThat(noms(p3)).containsExactly("G05", "G04", "G03", "G02", "G01");
    assertThat(recherche.rechercher(critere().page(4).build(), beaucoup, ComptageMesures.vide()).lignes()).isEmpty();
  }

  @Test
  void unGestionnaireEnDoubleNeDonneQuUneLigne() {
    assertThat(recherche.rechercher(critere().build(), List.of(dupont, dupont), comptage).total()).isEqualTo(1);
  }
}
