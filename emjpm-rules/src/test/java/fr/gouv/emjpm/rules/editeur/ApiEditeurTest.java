// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.editeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.Effet;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routes de l'API des logiciels métier : filtre ?status=, lecture et mise à jour par identifiant. */
class ApiEditeurTest {

  static final Siret BOURG = Siret.of("17690111400080");
  static final GestionnaireId G = GestionnaireId.individuel(42);
  static final GestionnaireId AUTRE = GestionnaireId.individuel(43);
  static final EmjpmEngine MOTEUR =
      EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2024-03-15T10:00:00Z"), EmjpmEngine.FUSEAU_PARIS)).build();
  static final ApiEditeur API = MOTEUR.apiEditeur();
  static final Instant CREATION = Instant.parse("2020-01-01T08:00:00Z");

  static SaisieEtat etat(String date, NatureMesure n, String cp) {
    return SaisieEtat.builder()
        .dateChangementEtat(LocalDate.parse(date))
        .nature(n)
        .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .lieuVie(LieuVie.DOMICILE)
        .pays(Pays.FR)
        .codePostal(cp)
        .ville("bourg")
        .build();
  }

  static SaisieMesure.Builder saisie(String rg) {
    return saisie(rg, List.of(etat("2018-02-01", NatureMesure.CURATELLE_SIMPLE, "01000")));
  }

  static SaisieMesure.Builder saisie(String rg, List<SaisieEtat> etats) {
    return SaisieMesure.builder()
        .numeroRg(rg)
        .anneeNaissance(1982)
        .civilite(Civilite.MONSIEUR)
        .tribunalSiret(BOURG)
        .dateNomination(LocalDate.of(2018, 2, 1))
        .addAllEtats(etats);
  }

  /** Mesure existante enregistrée par le moteur, avec un identifiant et une date de création. */
  static Mesure existante(long id, GestionnaireId g, String rg) {
    Mesure m = MOTEUR.cycleDeVie()
        .enregistrer(saisie(rg).build(), g, Set.of(), Optional.empty(), MesuresExistantes.aucune())
        .valeurOuErreur().mesure().orElseThrow();
    return m.withId(MesureId.of(id)).withCreeLe(CREATION);
  }

  @ParameterizedTest(name = "status={0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "ABSENT",
      value = {
        "ABSENT | 1,2,3 | ''",
        "'' | 1,2,3 | ''",
        "en_attente | 1 | ''",
        "en_cours | 2 | ''",
        "eteinte | 3 | ''",
        "EN_COURS | '' | EDITEUR_STATUT_INCONNU",
        "clos | '' | EDITEUR_STATUT_INCONNU",
      })
  void listerFiltreParStatut(String status, String ids, String avertissement) {
    List<Mesure> ms = List.of(
        existante(1, G, "11111111").withStatut(StatutMesure.EN_ATTENTE),
        existante(2, G, "22222222"),
        existante(3, G, "33333333").withStatut(StatutMesure.ETEINTE),
        existante(4, AUTRE, "44444444"));
    Resultat<List<Mesure>> r = API.lister(ms, G, Optional.ofNullable(status));
    assertThat(r.estSucces()).isTrue();
    assertThat(r.valeurOuErreur()).extracting(m -> String.valueOf(m.id().orElseThrow().valeur()))
        .containsExactlyElementsOf(ids.isEmpty() ? List.of() : List.of(ids.split(",")));
    assertThat(r.violations()).extracting(Violation::code)
        .containsExactlyElementsOf(avertissement.isEmpty() ? List.of() : List.of(avertissement));
  }

  @Test
  void lireRendIntrouvablePourUnAutreGestionnaireOuUnAutreId() {
    Mesure m = existante(5, G, "55555555");
    assertThat(API.lire(MesureId.of(5), Optional.of(m), G).valeurOuErreur()).isEqualTo(m);
    for (Resultat<Mesure> r : List.of(
        API.lire(MesureId.of(5), Optional.of(m), AUTRE),
        API.lire(MesureId.of(6), Optional.of(m), G),
        API.lire(MesureId.of(5), Optional.<Mesure>empty(), G))) {
      assertThat(r.estSucces()).isFalse();
      assertThat(r.violations()).extracting(Violation::code).containsExactly("EDITEUR_MESURE_INTROUVABLE");
      assertThat(r.violations().get(0).message()).doesNotContain("55555555");
    }
  }

  @Test
  void mettreAJourGardeIdEtCreationEtSynchroniseLesEtatsParJour() {
    Mesure avant = existante(7, G, "77777777");
    SaisieMesure s = saisie("77777777", List.of(etat("2019-05-01", NatureMesure.CURATELLE_RENFORCEE, "75005"),
            etat("2018-02-01", NatureMesure.TUTELLE, "01000")))
        .dateFinMesure(LocalDate.of(2024, 3, 1))
        .build();
    Resultat<Transition> r = MOTEUR.apiEditeur()
        .mettreAJour(MesureId.of(7), Optional.of(avant), s, G, Set.of(), Optional.of(9L), MesuresExistantes.de(List.of(avant)));
    Mesure apres = r.valeurOuErreur().mesure().orElseThrow();
    assertThat(apres.id()).contains(MesureId.of(7));
    assertThat(apres.creeLe()).contains(CREATION);
    assertThat(apres.etats()).extracting(e -> e.dateChangementEtat().toString())
        .containsExactly("2018-02-01", "2019-05-01");
    assertThat(apres.etats().get(0).nature()).isEqualTo(NatureMesure.TUTELLE); // même jour : remplacé
    assertThat(apres.nature()).isEqualTo(NatureMesure.CURATELLE_RENFORCEE);
    assertThat(apres.statut()).isEqualTo(StatutMesure.ETEINTE); // date de fin passée
    assertThat(r.valeurOuErreur().effets()).contains(new Effet.VerrouillerGestionnaire(G, 9L));
  }

  @Test
  void mettreAJourUneMesureDUnAutreGestionnaireEstIntrouvable() {
    Mesure autre = existante(8, AUTRE, "88888888");
    Resultat<Transition> r = MOTEUR.apiEditeur().mettreAJour(MesureId.of(8), Optional.of(autre),
        saisie("88888888").build(), G, Set.of(), Optional.of(9L), MesuresExistantes.aucune());
    assertThat(r.violations()).extracting(Violation::code).containsExactly("EDITEUR_MESURE_INTROUVABLE");
  }

  @Test
  void mettreAJourVersLeRgDUneAutreMesureEstRefuseEtUneSaisieInvalideAussi() {
    Mesure a = existante(10, G, "AAAAAAAA");
    Mesure b = existante(11, G, "BBBBBBBB");
    List<Mesure> toutes = new ArrayList<>(List.of(a, b));
    Resultat<Transition> r = MOTEUR.apiEditeur().mettreAJour(MesureId.of(10), Optional.of(a),
        saisie("bbbbbbbb").build(), G, Set.of(), Optional.empty(), MesuresExistantes.de(toutes));
    assertThat(r.violations()).extracting(Violation::code).containsExactly("RG_DEJA_UTILISE");
    Resultat<Transition> invalide = MOTEUR.apiEditeur().mettreAJour(MesureId.of(10), Optional.of(a),
        saisie("AAAAAAAA", List.of()).build(), G, Set.of(), Optional.empty(), MesuresExistantes.de(toutes));
    assertThat(invalide.estSucces()).isFalse();
    assertThat(invalide.violations()).extracting(Violation::code).contains("ETATS_OBLIGATOIRES");
  }
}
