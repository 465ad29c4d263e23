// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.Localisation;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Algorithme d'enregistrement d'une saisie (§7.3). */
class EnregistrementTest {

  private static final Siret BOURG = Siret.of("17690111400080");
  private static final ContexteRegles CTX = Jeux.ctx("2024-03-15T10:00:00Z");

  private static SaisieEtat etat(String date, NatureMesure n, LieuVie l, String cp) {
    return SaisieEtat.builder()
        .dateChangementEtat(LocalDate.parse(date))
        .nature(n)
        .champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .lieuVie(l)
        .typeEtablissement(TypeEtablissement.ETABLISSEMENT_HOSPITALIER)
        .pays(Pays.FR)
        .codePostal(cp)
        .ville("bourg")
        .build();
  }

  private static SaisieMesure saisie() {
    return SaisieMesure.builder()
        .numeroRg("18/a32450")
        .anneeNaissance(1982)
        .civilite(Civilite.MONSIEUR)
        .tribunalSiret(BOURG)
        .dateNomination(LocalDate.of(2018, 2, 1))
        .addEtats(etat("2020-05-12", NatureMesure.CURATELLE_RENFORCEE, LieuVie.ETABLISSEMENT, "01000"))
        .addEtats(etat("2018-02-01", NatureMesure.CURATELLE_SIMPLE, LieuVie.DOMICILE, "75005"))
        .addEtats(etat("2018-02-01", NatureMesure.CURATELLE_SIMPLE, LieuVie.SDF, "75006"))
        .build();
  }

  @Test
  void creeUneMesureEnCoursDepuisLEtatLePlusRecentEtDedoublonneLesJours() {
    Resultat<Transition> r =
        Enregistrement.enregistrer(saisie(), Jeux.GESTIONNAIRE, Set.of(), Optional.of(12L), MesuresExistantes.aucune(), CTX);
    Transition t = r.valeurOuErreur();
    Mesure m = t.mesure().orElseThrow();
    assertThat(r.violations()).extracting(v -> v.code()).containsExactly("ETATS_MEME_JOUR");
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
    assertThat(m.numeroRg().valeur()).isEqualTo("18A32450");
    assertThat(Optional.of(m.tribunal())).isEqualTo(Localisation.tribunal(BOURG, CTX));
    assertThat(m.etats()).hasSize(2);
    assertThat(m.etats().get(0).lieuVie()).isEqualTo(LieuVie.SDF); // le dernier transmis pour ce jour
    assertThat(m.nature()).isEqualTo(NatureMesure.CURATELLE_RENFORCEE);
    assertThat(m.typeEtablissement()).contains(TypeEtablissement.ETABLISSEMENT_HOSPITALIER);
    assertThat(m.departement().map(d -> d.valeur())).contains("01");
    assertThat(m.dateProtectionEnCours()).contains(LocalDate.of(2020, 5, 12));
    assertThat(m.editorId()).contains(12L);
    assertThat(t.effets()).contains(new Effet.VerrouillerGestionnaire(Jeux.GESTIONNAIRE, 12L));
  }

  @Test
  void dateDeFinPasseeDonneUneMesureClotureeEtLaDateDeProtectionTransmiseEstGardee() {
    SaisieMesure s = saisie().withDateFinMesure(LocalDate.of(2024, 3, 15)).withDateProtectionEnCours(LocalDate.of(2019, 1, 1));
    Mesure m = Enregistrement.enregistrer(s, Jeux.GESTIONNAIRE, Set.of(), Optional.empty(), MesuresExistantes.aucune(), CTX)
        .valeurOuErreur().mesure().orElseThrow();
    assertThat(m.statut()).isEqualTo(StatutMesure.ETEINTE);
    assertThat(m.dateProtectionEnCours()).contains(LocalDate.of(2019, 1, 1));
    Mesure demain = Enregistrement.enregistrer(s.withDateFinMesure(LocalDate.of(2024, 3, 16)), Jeux.GESTIONNAIRE, Set.of(), Optional.empty(), MesuresExistantes.aucune(), CTX)
        .valeurOuErreur().mesure().orElseThrow();
    assertThat(demain.statut()).isEqualTo(StatutMesure.EN_COURS);
  }

  @Test
  void upsertEcraseUneReservationExistanteDeMemeCle() {
    TribunalId tribunal = Localisation.tribunal(BOURG, CTX).orElseThrow();
    Mesure reservation =
        Reservation.reserver(Jeux.reservation(NatureMesure.TUTELLE).withNumeroRg("18A32450"), Juge.magistrat(tribunal, 1), MesuresExistantes.aucune(), Jeux.ctx("2024-01-01T10:00:00Z"))
            .valeurOuErreur().mesure().orElseThrow();
    Mesure m = Enregistrement.enregistrer(saisie(), Jeux.GESTIONNAIRE, Set.of(), Optional.empty(), MesuresExistantes.de(List.of(reservation)), CTX)
        .valeurOuErreur().mesure().orElseThrow();
    assertThat(CleMesure.de(m)).isEqualTo(CleMesure.de(reservation));
    assertThat(m.creeLe()).isEqualTo(reservation.creeLe());
    assertThat(m.statut()).isEqualTo(StatutMesure.EN_COURS);
  }

  @Test
  void saisieInvalideRefuseeSansException() {
    Resultat<Transition> r =
        Enregistrement.enregistrer(SaisieMesure.builder().numeroRg("x").strictNumeroRg(true).build(), Jeux.GESTIONNAIRE, Set.of(), Optional.empty(), MesuresExistantes.aucune(), CTX);
    assertThat(r.estSucces()).isFalse();
    assertThat(r.rapport().codes()).contains("RG_NON_NORMALISE_STRICT", "CHAMP_OBLIGATOIRE", "ETATS_OBLIGATOIRES");
  }
}
