// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.Position;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MesureTest {

  private static MesureEtat etat(String date, NatureMesure nature) {
    return MesureEtat.builder()
        .dateChangementEtat(LocalDate.parse(date))
        .nature(nature)
        .lieuVie(LieuVie.DOMICILE)
        .codePostal("75002")
        .ville("PARIS")
        .build();
  }

  private static Mesure.Builder base(GestionnaireId g) {
    return Mesure.builder()
        .statut(StatutMesure.EN_COURS)
        .gestionnaire(g)
        .tribunal(TribunalId.of("T1"))
        .numeroRg(NumeroRg.normalise("21/00167"))
        .nature(NatureMesure.CURATELLE_RENFORCEE);
  }

  @Test
  void valeursParDefautEtAccesseurs() {
    Mesure m = base(GestionnaireId.individuel(3)).champ(ChampMesure.PROTECTION_BIEN).build();
    assertThat(m.id()).isEmpty();
    assertThat(m.urgent()).isFalse();
    assertThat(m.enAttenteReouverture()).isFalse();
    assertThat(m.pays()).isEqualTo(Pays.FR);
    assertThat(m.etats()).isEmpty();
    assertThat(m.etatCourant()).isEmpty();
    assertThat(m.gestionnaireId()).isEqualTo(GestionnaireId.individuel(3));
    assertThat(m.titre()).isEqualTo("curatelle renforcée aux biens");
    assertThat(m.estEnCours()).isTrue();
    assertThat(m.estEnAttente()).isFalse();
    assertThat(m.estEteinte()).isFalse();
    assertThat(m.withStatut(StatutMesure.ETEINTE).estEteinte()).isTrue();
  }

  @Test
  void lesEtatsSontRangesParDateCroissante() {
    Mesure m =
        base(GestionnaireId.service(1))
            .addEtats(etat("2020-05-12", NatureMesure.CURATELLE_RENFORCEE))
            .addEtats(etat("2018-02-01", NatureMesure.CURATELLE_SIMPLE))
            .addEtats(etat("2019-09-19", NatureMesure.CURATELLE_SIMPLE))
            .build();
    assertThat(m.etats())
        .extracting(MesureEtat::dateChangementEtat)
        .containsExactly(LocalDate.parse("2018-02-01"), LocalDate.parse("2019-09-19"), LocalDate.parse("2020-05-12"));
    assertThat(m.etatCourant().orElseThrow().nature()).isEqualTo(NatureMesure.CURATELLE_RENFORCEE);
    Mesure copie = m.withEtats(etat("2021-01-01", NatureMesure.TUTELLE), etat("2010-01-01", NatureMesure.TUTELLE));
    assertThat(copie.etats().get(0).dateChangementEtat()).isEqualTo(LocalDate.parse("2010-01-01"));
  }

  @Test
  void deuxEtatsLeMemeJourSontRefuses() {
    assertThatThrownBy(
            () ->
                base(GestionnaireId.service(1))
                    .addEtats(etat("2020-05-12", NatureMesure.TUTELLE), etat("2020-05-12", NatureMesure.CURATELLE_SIMPLE))
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void uneAntenneNeSAppliqueQuAUnService() {
    assertThat(base(GestionnaireId.service(2)).antenneId(7L).build().antenneId()).contains(7L);
    assertThatThrownBy(() -> base(GestionnaireId.prepose(2)).antenneId(7L).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void positionCoherente() {
    Mesure placee = base(GestionnaireId.individuel(1)).position(Position.of(48.85, 2.35)).build();
    assertThat(placee.latitude()).contains(48.85);
    assertThat(placee.longitude()).contains(2.35);
    assertThat(base(GestionnaireId.individuel(1)).build().latitude()).isEmpty();
    assertThatThrownBy(() -> Position.de(Optional.of(48.85), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Position.of(95.0, 2.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Position.of(48.0, 180.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Position.of(Double.NaN, 2.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Position.of(48.0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Position.of(-90, 180)).isEqualTo(new Position(-90, 180));
  }

  @Test
  void lesChampsObligatoiresSontExiges() {
    assertThatThrownBy(() -> Mesure.builder().statut(StatutMesure.EN_COURS).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void etatRessourceEtDemandeDeReouverture() {
    MesureEtat e = etat("2020-01-01", NatureMesure.TUTELLE).withChamp(ChampMesure.PROTECTION_PERSONNE);
    assertThat(e.titre()).isEqualTo("tutelle à la personne");
    assertThat(e.pays()).isEqualTo(Pays.FR);
    Ressource r = Ressource.builder().annee(2022).addPrestations(PrestationSociale.AAH, PrestationSociale.APL).build();
    assertThat(r.niveauRessource()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(r.prestations()).containsExactly(PrestationSociale.AAH, PrestationSociale.APL);
    DemandeReouverture d =
        DemandeReouverture.builder()
            .gestionnaire(GestionnaireId.service(4))
            .tribunal(TribunalId.of("T1"))
            .antenneId(2L)
            .nature(NatureMesure.TUTELLE)
            .build();
    assertThat(d.gestionnaireId()).isEqualTo(GestionnaireId.service(4));
    Mesure m = base(GestionnaireId.service(4)).enAttenteReouverture(true).demandeReouverture(d).build().withStatut(StatutMesure.EN_ATTENTE);
    assertThat(m.demandeReouverture()).contains(d);
    assertThatThrownBy(
            () -> DemandeReouverture.builder().gestionnaire(GestionnaireId.individuel(4)).tribunal(TribunalId.of("T1")).antenneId(2L).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aucunChampIdentifiantLeMajeurProtege() {
    for (Class<?> type : new Class<?>[] {Mesure.class, MesureEtat.class, DemandeReouverture.class, Ressource.class}) {
      assertThat(Arrays.stream(type.getMethods()).map(Method::getName).map(n -> n.toLowerCase(Locale.ROOT)))
          .noneMatch(n -> n.equals("nom") || n.contains("prenom") || n.contains("datenaissance")
              || n.contains("adresse") || n.contains("securitesociale") || n.contains("nir"));
    }
  }

  @Test
  void toStringNExposePasLeRg() {
    assertThat(base(GestionnaireId.individuel(1)).build().toString()).doesNotContain("02100167");
  }
}
