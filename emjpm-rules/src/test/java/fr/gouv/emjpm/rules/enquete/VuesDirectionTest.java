// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Comptes;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Echeance;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Indicateurs;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Perimetre;
import fr.gouv.emjpm.rules.enquete.VuesDirection.RepondantAttendu;
import fr.gouv.emjpm.rules.enquete.VuesDirection.SuiviReponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VuesDirectionTest {
  private static final Referentiel REF = Referentiel.embarque();
  private static final CodeDepartement NORD = CodeDepartement.of("59");
  private static final CodeDepartement PAS_DE_CALAIS = CodeDepartement.of("62");
  private static final CodeDepartement PARIS = CodeDepartement.of("75");

  @Test
  void comptesParPerimetreTypeEtStatut() {
    List<SuiviReponse> rs = new ArrayList<>();
    CodeDepartement[] deps = {NORD, PAS_DE_CALAIS, PARIS};
    SplittableRandom alea = new SplittableRandom(5);
    int[][][] attendu = new int[3][3][3]; // département × type × statut
    for (int i = 0; i < 500; i++) {
      int d = alea.nextInt(3);
      int t = alea.nextInt(3);
      int s = alea.nextInt(3);
      rs.add(new SuiviReponse(TypeEnquete.values()[t], StatutReponse.values()[s], deps[d]));
      attendu[d][t][s]++;
    }
    Comptes nord = VuesDirection.comptes(rs, Perimetre.departement(NORD), REF);
    String hdf = REF.regionDuDepartement(NORD).orElseThrow().code();
    assertThat(REF.regionDuDepartement(PAS_DE_CALAIS).orElseThrow().code()).isEqualTo(hdf);
    assertThat(REF.regionDuDepartement(PARIS).orElseThrow().code()).isNotEqualTo(hdf);
    Comptes region = VuesDirection.comptes(rs, Perimetre.region(hdf), REF);
    Comptes nation = VuesDirection.comptes(rs, Perimetre.nation(), REF);
    for (TypeEnquete t : TypeEnquete.values()) {
      for (StatutReponse s : StatutReponse.values()) {
        int a0 = attendu[0][t.ordinal()][s.ordinal()];
        int a1 = attendu[1][t.ordinal()][s.ordinal()];
        int a2 = attendu[2][t.ordinal()][s.ordinal()];
        assertThat(nord.nombre(t, s)).isEqualTo(a0);
        assertThat(region.nombre(t, s)).isEqualTo(a0 + a1);
        assertThat(nation.nombre(t, s)).isEqualTo(a0 + a1 + a2);
      }
    }
    assertThat(nation.total()).isEqualTo(500);
    assertThat(nation.parStatut(StatutReponse.BROUILLON) + nation.parStatut(StatutReponse.SOUMIS)
        + nation.parStatut(StatutReponse.VALIDE)).isEqualTo(500);
    assertThat(nord.parType(TypeEnquete.SERVICE)).isEqualTo(attendu[0][1][0] + attendu[0][1][1] + attendu[0][1][2]);
  }

  @Test
  void departementInconnuNEntreDansAucuneRegionEtTableauPublieMasque() {
    List<SuiviReponse> rs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rs.add(new SuiviReponse(TypeEnquete.PREPOSE, StatutReponse.SOUMIS, CodeDepartement.of("59")));
    }
    CodeDepartement inconnu = CodeDepartement.of("99");
    assertThat(REF.regionDuDepartement(inconnu)).isEmpty();
    rs.add(new SuiviReponse(TypeEnquete.SERVICE, StatutReponse.SOUMIS, inconnu));
    for (int i = 0; i < 40; i++) {
      rs.add(new SuiviReponse(TypeEnquete.INDIVIDUEL, StatutReponse.VALIDE, NORD));
    }
    Comptes c = VuesDirection.comptes(rs, Perimetre.departement(NORD), REF);
    assertThat(c.nombre(TypeEnquete.PREPOSE, StatutReponse.SOUMIS)).isEqualTo(3);
    assertThat(c.nombre(TypeEnquete.SERVICE, StatutReponse.BROUILLON)).isZero();
    MasquageStatistique.TableauPublie p = c.publier(MasquageStatistique.standard());
    assertThat(p.estMasquee(TypeEnquete.PREPOSE.ordinal(), StatutReponse.SOUMIS.ordinal())).isTrue();
    assertThat(p.valeur(TypeEnquete.PREPOSE.ordinal(), StatutReponse.SOUMIS.ordinal())).isEmpty();
    assertThat(VuesDirection.comptes(rs, Perimetre.region("00"), REF).total()).isZero();
    String hdf = REF.regionDuDepartement(NORD).orElseThrow().code();
    assertThat(VuesDirection.comptes(rs, Perimetre.region(hdf), REF).total()).isEqualTo(43);
    assertThat(VuesDirection.comptes(rs, Perimetre.nation(), REF).total()).isEqualTo(44);
    assertThat(VuesDirection.comptes(rs, Perimetre.departement(inconnu), REF).nombre(TypeEnquete.SERVICE, StatutReponse.SOUMIS)).isEqualTo(1);
  }

  @Test
  void indicateursDeLEcranDeCampagne() {
    CampagneEnquete campagne = new CampagneEnquete(2021, LocalDate.of(2021, 6, 30));
    List<RepondantAttendu> attendus = List.of(
        new RepondantAttendu(TypeEnquete.INDIVIDUEL, NORD), new RepondantAttendu(TypeEnquete.INDIVIDUEL, NORD),
        new RepondantAttendu(TypeEnquete.PREPOSE, NORD), new RepondantAttendu(TypeEnquete.SERVICE, PAS_DE_CALAIS),
        new RepondantAttendu(TypeEnquete.INDIVIDUEL, PARIS));
    List<SuiviReponse> reponses = List.of(
        new SuiviReponse(TypeEnquete.INDIVIDUEL, StatutReponse.BROUILLON, NORD),
        new SuiviReponse(TypeEnquete.PREPOSE, StatutReponse.SOUMIS, NORD),
        new SuiviReponse(TypeEnquete.SERVICE, StatutReponse.VALIDE, PAS_DE_CALAIS),
        new SuiviReponse(TypeEnquete.INDIVIDUEL, StatutReponse.SOUMIS, PARIS));
    Indicateurs nord = VuesDirection.indicateurs(campagne, LocalDate.of(2021, 6, 20), attendus, reponses,
        Perimetre.departement(NORD), REF);
    assertThat(nord).isEqualTo(new Indicateurs(2, 1, 0, 1, 1, 0, new Echeance(false, 10)));
    assertThat(nord.reponsesAttendues()).isEqualTo(3);
    assertThat(nord.echeance().libelle()).isEqualTo("Jours avant cloture");
    String hdf = REF.regionDuDepartement(NORD).orElseThrow().code();
    Indicateurs region = VuesDirection.indicateurs(campagne, LocalDate.of(2021, 6, 30), attendus, reponses,
        Perimetre.region(hdf), REF);
    assertThat(region).isEqualTo(new Indicateurs(2, 1, 1, 1, 1, 1, new Echeance(false, 0)));
    Indicateurs nation = VuesDirection.indicateurs(campagne, LocalDate.of(2021, 7, 3), attendus, reponses,
        Perimetre.nation(), REF);
    assertThat(nation.reponsesAttendues()).isEqualTo(5);
    assertThat(nation.reponsesEnvoyees()).isEqualTo(2);
    assertThat(nation.echeance()).isEqualTo(new Echeance(true, 3));
    assertThat(nation.echeance().libelle()).isEqualTo("Jours depuis la cloture");
  }
}
