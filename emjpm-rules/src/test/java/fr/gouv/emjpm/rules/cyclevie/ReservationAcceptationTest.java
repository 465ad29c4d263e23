// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationAcceptationTest {

  @Test
  void reservationCreeUneMesureEnAttenteEtDemandeLeCourrielEtLeRecomptage() {
    Transition t =
        Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE), Jeux.JUGE, MesuresExistantes.aucune(), Jeux.ctx())
            .valeurOuErreur();
    Mesure m = t.mesure().orElseThrow();
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_ATTENTE);
    assertThat(m.tribunal()).isEqualTo(Jeux.TRIBUNAL);
    assertThat(m.magistratId()).contains(7L);
    assertThat(m.etats()).isEmpty();
    assertThat(m.codePostal()).isEmpty();
    assertThat(m.creeLe()).contains(Jeux.ctx().maintenant());
    CourrielNouvelleMesure c = t.effets(Effet.NotifierNouvelleMesure.class).get(0).courriel();
    assertThat(c.objet()).isEqualTo("e-MJPM : une nouvelle mesure vous a été attribuée");
    assertThat(c.nature()).isEqualTo(NatureMesure.TUTELLE);
    assertThat(c.champ()).contains(ChampMesure.PROTECTION_BIEN_PERSONNE);
    assertThat(c.civilite()).isEqualTo(Civilite.MADAME);
    assertThat(c.anneeNaissance()).isEqualTo(1950);
    assertThat(c.cabinet()).contains("cabinet 3");
    assertThat(c.dateJugement()).contains(LocalDate.of(2024, 4, 1));
    assertThat(c.urgent()).isTrue();
    assertThat(c.reouverture()).isFalse();
    assertThat(t.effets(Effet.RecompterGestionnaire.class)).containsExactly(new Effet.RecompterGestionnaire(Jeux.GESTIONNAIRE));
  }

  @Test
  void leRgSaisiEnMinusculesEstMisEnMajusculesCommeALaFrappe() {
    Resultat<Transition> r =
        Reservation.reserver(
            Jeux.reservation(NatureMesure.TUTELLE).withNumeroRg("21a00167"), Jeux.JUGE, MesuresExistantes.aucune(), Jeux.ctx());
    assertThat(r.valeurOuErreur().mesure().orElseThrow().numeroRg().valeur()).isEqualTo("21A00167");
  }

  @Test
  void formulaireIncompletRassembleToutesLesViolations() {
    FormulaireReservation f =
        FormulaireReservation.builder().gestionnaire(Jeux.GESTIONNAIRE).numeroRg("21/0016").anneeNaissance(1899).build();
    Resultat<Transition> r = Reservation.reserver(f, Jeux.JUGE, MesuresExistantes.aucune(), Jeux.ctx());
    assertThat(r.violations())
        .extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(CodeDomaine.RG_CARACTERES_INVALIDES.code(), "/numeroRg"),
            org.assertj.core.groups.Tuple.tuple(CodeDomaine.RG_TROP_COURT.code(), "/numeroRg"),
            org.assertj.core.groups.Tuple.tuple(CodeRegle.CHAMP_OBLIGATOIRE.code(), "/civilite"),
            org.assertj.core.groups.Tuple.tuple(CodeRegle.ANNEE_NAISSANCE_HORS_BORNES.code(), "/anneeNaissance"),
            org.assertj.core.groups.Tuple.tuple(CodeRegle.CHAMP_OBLIGATOIRE.code(), "/nature"));
    assertThat(r.violations()).allSatisfy(v -> assertThat(v.message()).doesNotContain("0016"));
  }

  @Test
  void anneeDeNaissanceEgaleALAnneeEnCoursAcceptee_etLAnneeSuivanteRefusee_auNouvelAn() {
    // 31/12/2024 23:30 à Paris : l'année en cours est encore 2024 (le fuseau par défaut des tests est en 2025).
    var ctx = Jeux.ctx("2024-12-31T22:30:00Z");
    assertThat(Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE).withAnneeNaissance(2024), Jeux.JUGE, MesuresExistantes.aucune(), ctx).estSucces()).isTrue();
    assertThat(Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE).withAnneeNaissance(2025), Jeux.JUGE, MesuresExistantes.aucune(), ctx).rapport().codes())
        .containsExactly(CodeRegle.ANNEE_NAISSANCE_HORS_BORNES.code());
    // 31/12/2024 23:00 UTC = 1er janvier 2025 à Paris.
    var ctx2025 = Jeux.ctx("2024-12-31T23:00:00Z");
    assertThat(Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE).withAnneeNaissance(2025), Jeux.JUGE, MesuresExistantes.aucune(), ctx2025).estSucces()).isTrue();
  }

  @Test
  void ecart10_1_laDemandeDeReouvertureEstAtteignable() {
    Mesure close = Jeux.eteinte(NatureMesure.CURATELLE_SIMPLE);
    FormulaireReservation f =
        Jeux.reservation(NatureMesure.TUTELLE).withChamp(ChampMesure.PROTECTION_PERSONNE).withAnneeNaissance(1951).withCivilite(Civilite.MONSIEUR);
    Transition t = Reservation.reserver(f, Juge.greffier(Jeux.TRIBUNAL, 3), MesuresExistantes.de(List.of(close)), Jeux.ctx("2024-05-01T08:00:00Z")).valeurOuErreur();
    Mesure m = t.mesure().orElseThrow();
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_ATTENTE);
    assertThat(m.enAttenteReouverture()).isTrue();
    assertThat(m.demandeReouverture()).isPresent();
    assertThat(m.etats()).isEqualTo(close.etats());
    assertThat(m.creeLe()).isEqualTo(close.creeLe());
    assertThat(t.effets(Effet.NotifierNouvelleMesure.class).get(0).courriel().reouverture()).isTrue();
  }

  @Test
  void ecarts10_3_et_10_16_acceptationDUneReouvertureReprendLesDonneesDeLaDemandeEtGardeLeTypeDEtablissement() {
    Mesure close = Jeux.eteinte(NatureMesure.CURATELLE_SIMPLE);
    FormulaireReservation f =
        Jeux.reservation(NatureMesure.TUTELLE).withChamp(ChampMesure.PROTECTION_PERSONNE).withAnneeNaissance(1951).withCivilite(Civilite.MONSIEUR);
    Mesure demande = Reservation.reserver(f, Juge.greffier(Jeux.TRIBUNAL, 3), MesuresExistantes.de(List.of(close)), Jeux.ctx()).valeurOuErreur().mesure().orElseThrow();
    FormulaireAcceptation a =
        FormulaireAcceptation.builder()
            .dateNomination(LocalDate.of(2024, 6, 1))
            .lieuVie(LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE)
            .typeEtablissement(TypeEtablissement.ETABLISSEMENT_PSYCHIATRIQUE)
            .pays(Pays.FR)
            .codePostal("13001")
            .ville("marseille")
            .build();
    Mesure m = Acceptation.accepter(demande, a, Jeux.ACTEUR, Jeux.ctx()).valeurOuErreur().mesure().orElseThrow();
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
    assertThat(m.enAttenteReouverture()).isFalse();
    assertThat(m.demandeReouverture()).isEmpty();
    assertThat(m.dateFinMesure()).isEmpty();
    assertThat(m.nature()).isEqualTo(NatureMesure.TUTELLE);
    assertThat(m.champ()).contains(ChampMesure.PROTECTION_PERSONNE);
    assertThat(m.anneeNaissance()).contains(1951);
    assertThat(m.civilite()).contains(Civilite.MONSIEUR);
    assertThat(m.greffierId()).contains(3L);
    assertThat(m.magistratId()).isEmpty();
    assertThat(m.typeEtablissement()).contains(TypeEtablissement.ETABLISSEMENT_PSYCHIATRIQUE);
    assertThat(m.ville()).contains("MARSEILLE");
    assertThat(m.departement().map(d -> d.valeur())).contains("13");
    assertThat(m.etats()).hasSize(2);
    assertThat(m.dateNomination()).contains(LocalDate.of(2024, 6, 1));
    assertThat(m.dateProtectionEnCours()).contains(LocalDate.of(2024, 6, 1));
  }

  @Test
  void acceptationRefuseUnLieuDeVieIncompletAvecToutesSesViolations() {
    FormulaireAcceptation a =
        FormulaireAcceptation.builder().lieuVie(LieuVie.ETABLISSEMENT).pays(Pays.FR).codePostal("7500").build();
    Resultat<Transition> r = Acceptation.accepter(Jeux.enAttente(NatureMesure.TUTELLE), a, Jeux.ACTEUR, Jeux.ctx());
    assertThat(r.violations())
        .extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(CodeRegle.CHAMP_OBLIGATOIRE.code(), "/dateNomination"),
            org.assertj.core.groups.Tuple.tuple(CodeRegle.TYPE_ETABLISSEMENT_OBLIGATOIRE.code(), "/typeEtablissement"),
            org.assertj.core.groups.Tuple.tuple(CodeRegle.CHAMP_OBLIGATOIRE.code(), "/ville"),
            org.assertj.core.groups.Tuple.tuple(CodeRegle.CODE_POSTAL_MAL_FORME.code(), "/codePostal"));
  }

  @Test
  void creationSurUnTribunalNonPrefereEtAvecDoublonDeRg() {
    Mesure existante = Jeux.enCours(NatureMesure.TUTELLE);
    FormulaireCreation f = MatriceTransitionsTest.creation(NatureMesure.TUTELLE).withTribunal(Jeux.AUTRE_TRIBUNAL);
    assertThat(Creation.creer(f, Jeux.ACTEUR, MesuresExistantes.de(List.of(existante)), Jeux.ctx()).rapport().codes())
        .containsExactly(CodeRegle.TRIBUNAL_NON_PREFERE.code());
    Transition t = Creation.creer(MatriceTransitionsTest.creation(NatureMesure.TUTELLE), Jeux.ACTEUR, MesuresExistantes.aucune(), Jeux.ctx()).valeurOuErreur();
    Mesure m = t.mesure().orElseThrow();
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
    assertThat(m.etats()).hasSize(1);
    assertThat(m.dateProtectionEnCours()).isEqualTo(m.dateNomination());
  }

  @Test
  void annulationParLeJugeEnvoieLeCourrielDAnnulationEtExigeUnMotif() {
    Mesure m = Jeux.enAttente(NatureMesure.TUTELLE);
    assertThat(Suppression.annuler(m, Jeux.JUGE, "  ", Jeux.ctx()).rapport().codes())
        .containsExactly(CodeRegle.MOTIF_ANNULATION_OBLIGATOIRE.code());
    assertThat(Suppression.annuler(m, Juge.magistrat(Jeux.AUTRE_TRIBUNAL, 1), "motif", Jeux.ctx()).rapport().codes())
        .containsExactly(CodeRegle.MESURE_AUTRE_TRIBUNAL.code());
    Transition t = Suppression.annuler(m, Jeux.JUGE, "motif", Jeux.ctx()).valeurOuErreur();
    CourrielAnnulation c = t.effets(Effet.NotifierAnnulation.class).get(0).courriel();
    assertThat(c.objet()).isEqualTo("e-MJPM : Annulation d'une reservation de mesure");
    assertThat(c.dateReservation()).isEqualTo(m.creeLe());
    assertThat(t.supprimee()).isTrue();
  }

  @Test
  void toutSupprimerGardeLesMesuresEnAttenteSaufSiForce() {
    Mesure attente = Jeux.enAttente(NatureMesure.TUTELLE);
    Mesure cours = Jeux.enCours(NatureMesure.TUTELLE).withNumeroRg(fr.gouv.emjpm.domain.mesure.NumeroRg.normalise("1"));
    Mesure autre = cours.withGestionnaire(fr.gouv.emjpm.domain.gestionnaire.GestionnaireId.service(1));
    TransitionLot lot = Suppression.toutSupprimer(List.of(attente, cours, autre), Jeux.GESTIONNAIRE, false);
    assertThat(lot.supprimees()).containsExactly(CleMesure.de(cours));
    assertThat(Suppression.toutSupprimer(List.of(attente, cours, autre), Jeux.GESTIONNAIRE, true).supprimees())
        .containsExactly(CleMesure.de(attente), CleMesure.de(cours));
  }
}
