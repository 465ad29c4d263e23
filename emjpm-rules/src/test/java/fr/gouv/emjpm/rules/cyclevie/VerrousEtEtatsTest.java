// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerrousEtEtatsTest {

  @Test
  void mesureDUnLogicielMetierVerrouilleeSaufEnAttente() {
    Mesure enCours = Jeux.enCours(NatureMesure.TUTELLE).withEditorId(3L);
    assertThat(Cloture.reactiver(enCours.withStatut(fr.gouv.emjpm.domain.mesure.StatutMesure.ETEINTE).withDateFinMesure(LocalDate.of(2024, 1, 1)), Jeux.ACTEUR, Jeux.ctx()).rapport().codes())
        .containsExactly(CodeRegle.MESURE_VERROUILLEE_EDITEUR.code());
    assertThat(Etats.ajouter(enCours, MatriceTransitionsTest.etat(NatureMesure.TUTELLE), Jeux.ACTEUR, Jeux.ctx()).rapport().codes())
        .containsExactly(CodeRegle.MESURE_VERROUILLEE_EDITEUR.code());
    Mesure enAttente = Jeux.enAttente(NatureMesure.TUTELLE).withEditorId(3L);
    assertThat(Verrous.modifiable(enAttente, Jeux.ACTEUR)).isTrue();
  }

  @Test
  void synchronisationOcmiVerrouilleToutesLesMesures() {
    ActeurGestionnaire ocmi = new ActeurGestionnaire(Jeux.GESTIONNAIRE, Set.of(Jeux.TRIBUNAL), Set.of(), true);
    Mesure m = Jeux.enCours(NatureMesure.TUTELLE);
    assertThat(Cloture.cloturer(m, Optional.of(LocalDate.of(2024, 3, 20)), Optional.empty(), ocmi, Jeux.ctx()).violations())
        .extracting(v -> v.code())
        .containsExactlyInAnyOrder(CodeRegle.MESURE_VERROUILLEE_OCMI.code(), CodeRegle.CHAMP_OBLIGATOIRE.code());
    assertThat(Verrous.verifier(m, ocmi)).singleElement().satisfies(v -> assertThat(v.message()).contains("OCMI"));
  }

  @Test
  void unEtatParJourEtDernierEtatInsupprimable() {
    Mesure m = Jeux.enCours(NatureMesure.TUTELLE);
    LocalDate nomination = m.dateNomination().orElseThrow();
    FormulaireEtat memeJour = MatriceTransitionsTest.etat(NatureMesure.TUTELLE).withDateChangementEtat(nomination);
    assertThat(Etats.ajouter(m, memeJour, Jeux.ACTEUR, Jeux.ctx()).rapport().codes()).containsExactly(CodeRegle.ETAT_DATE_DEJA_PRISE.code());
    assertThat(Etats.supprimer(m, nomination, Jeux.ACTEUR, Jeux.ctx()).rapport().codes()).containsExactly(CodeRegle.ETAT_DERNIER.code());
    assertThat(Etats.supprimer(m, nomination.plusDays(1), Jeux.ACTEUR, Jeux.ctx()).rapport().codes()).containsExactly(CodeRegle.ETAT_INTROUVABLE.code());
  }

  @Test
  void revisionDeplaceLaDateDeProtectionEnCours_etLaSuppressionLaRetablit() {
    Mesure m = Jeux.enCours(NatureMesure.CURATELLE_SIMPLE);
    LocalDate nomination = m.dateNomination().orElseThrow();
    FormulaireEtat aggravation =
        FormulaireEtat.builder()
            .dateChangementEtat(nomination.plusMonths(6))
            .nature(NatureMesure.TUTELLE)
            .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
            .lieuVie(LieuVie.DOMICILE)
            .pays(Pays.FR)
            .codePostal("59000")
            .ville("Lille")
            .build();
    Mesure apres = Etats.ajouter(m, aggravation, Jeux.ACTEUR, Jeux.ctx()).valeurOuErreur().mesure().orElseThrow();
    assertThat(apres.dateProtectionEnCours()).contains(nomination.plusMonths(6));
    assertThat(apres.nature()).isEqualTo(NatureMesure.TUTELLE);
    assertThat(apres.departement().map(d -> d.valeur())).contains("59");
    Mesure retour = Etats.supprimer(apres, nomination.plusMonths(6), Jeux.ACTEUR, Jeux.ctx()).valeurOuErreur().mesure().orElseThrow();
    assertThat(retour.nature()).isEqualTo(NatureMesure.CURATELLE_SIMPLE);
    assertThat(retour.dateProtectionEnCours()).contains(nomination);
  }
}
