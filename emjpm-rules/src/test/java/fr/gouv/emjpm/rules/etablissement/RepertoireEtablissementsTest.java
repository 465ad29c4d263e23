// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.etablissement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.etablissement.NumeroFiness;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlanchePrepose;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.profil.TribunauxPreferes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepertoireEtablissementsTest {

  private static Etablissement etab(String numero, String rs, String dep, String acheminement) {
    return Etablissement.builder().numeroFiness(NumeroFiness.of(numero)).raisonSociale(rs)
        .departement(CodeDepartement.of(dep)).ligneAcheminement(acheminement).build();
  }

  private static final Etablissement CH_BOURG = etab("010000024", "CH DE BOURG", "01", "01440 VIRIAT");
  private static final Etablissement EHPAD_BOURG = etab("010000099", "EHPAD LES TILLEULS", "01", "01000 BOURG EN BRESSE");
  private static final Etablissement CLINIQUE = etab("970100012", "POLYCLINIQUE DES ABYMES", "971", "97139 LES ABYMES");
  private static final Etablissement CH_BOURG_MAJ = CH_BOURG.withRaisonSociale("CH DE BOURG-EN-BRESSE");

  private static final RepertoireEtablissements REP = EmjpmEngine.parDefaut().profils()
      .etablissements(List.of(CH_BOURG, EHPAD_BOURG, CLINIQUE, CH_BOURG_MAJ));

  @Test
  void par_numero_le_dernier_l_emporte() {
    assertThat(REP.taille()).isEqualTo(3);
    assertThat(REP.parNumero(NumeroFiness.of("010000024"))).contains(CH_BOURG_MAJ);
    assertThat(REP.parNumero(" 970100012 ")).contains(CLINIQUE);
    assertThat(REP.parNumero("abc")).isEmpty();
    assertThat(REP.parNumero((String) null)).isEmpty();
    assertThat(REP.parNumero("750100125")).isEmpty();
  }

  @Test
  void par_departement_outre_mer_remappe() {
    assertThat(REP.parDepartement(CodeDepartement.of("01"))).containsExactly(CH_BOURG_MAJ, EHPAD_BOURG);
    assertThat(REP.parDepartement(CodeDepartement.of("971"))).containsExactly(CLINIQUE);
    assertThat(REP.parDepartement(CodeDepartement.of("75"))).isEmpty();
  }

  @Test
  void recherche_libre_sans_casse_ni_accents() {
    assertThat(REP.rechercher("tilleul", Optional.empty(), 10)).containsExactly(EHPAD_BOURG);
    assertThat(REP.rechercher("bourg", Optional.empty(), 10)).containsExactly(CH_BOURG_MAJ, EHPAD_BOURG);
    assertThat(REP.rechercher("ABYMES", Optional.of(CodeDepartement.of("01")), 10)).isEmpty();
    assertThat(REP.rechercher("97013", Optional.empty(), 10)).isEmpty();
    assertThat(REP.rechercher("970100012", Optional.empty(), 10)).containsExactly(CLINIQUE);
    assertThat(REP.rechercher("", Optional.empty(), 10)).isEmpty();
    assertThat(REP.rechercher("bourg", Optional.empty(), 1)).hasSize(1);
  }

  @Test
  void preposes_rattaches_a_leurs_etablissements() {
    ListeBlanchePrepose p = ListeBlanchePrepose.builder().id(1)
        .addEtablissements(EtablissementPrepose.builder().etablissementId(1).finess("010000024").rattachement(true).build())
        .addEtablissements(EtablissementPrepose.builder().etablissementId(2).finess("970100012").build())
        .addEtablissements(EtablissementPrepose.builder().etablissementId(3).finess("750100125").build())
        .build();
    ListeBlanchePrepose q = ListeBlanchePrepose.builder().id(2)
        .addEtablissements(EtablissementPrepose.builder().etablissementId(2).finess("970100012").rattachement(true).build())
        .build();
    assertThat(REP.etablissementsDe(p)).containsExactly(CH_BOURG_MAJ, CLINIQUE);
    assertThat(REP.rattachementDe(p)).contains(CH_BOURG_MAJ);
    assertThat(RepertoireEtablissements.preposesDe(NumeroFiness.of("970100012"), List.of(p, q), false))
        .containsExactly(p, q);
    assertThat(RepertoireEtablissements.preposesDe(NumeroFiness.of("970100012"), List.of(p, q), true))
        .containsExactly(q);
    // Départements d'habilitation du préposé complétés par le FINESS, pour ses tribunaux préférentiels.
    assertThat(TribunauxPreferes.standard().habilitation(p)).isEmpty();
    ListeBlanchePrepose complet = REP.completer(p);
    assertThat(TribunauxPreferes.standard().habilitation(complet))
        .containsExactly(CodeDepartement.of("01"), CodeDepartement.of("971"));
  }
}
