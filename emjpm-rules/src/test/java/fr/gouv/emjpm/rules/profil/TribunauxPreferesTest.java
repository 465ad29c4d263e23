// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheIndividuel;
import fr.gouv.emjpm.domain.listeblanche.ListeBlanchePrepose;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TribunauxPreferesTest {

  private static final EmjpmEngine ENGINE = EmjpmEngine.parDefaut();
  private static final Referentiel REF = ENGINE.referentiel();
  private static final CodeDepartement NORD = CodeDepartement.of("59");
  private static final CodeDepartement PAS_DE_CALAIS = CodeDepartement.of("62");
  private static final CodeDepartement PARIS = CodeDepartement.of("75");

  private static TribunalId premier(CodeDepartement d) {
    return REF.tribunauxDuDepartement(d).get(0).id();
  }

  private static List<String> codes(RapportValidation r) {
    return r.violations().stream().map(v -> v.code() + "@" + v.chemin()).toList();
  }

  @Test
  void habilitation_par_type() {
    TribunauxPreferes t = ENGINE.profils().tribunauxPreferes();
    ListeBlancheIndividuel ind = ListeBlancheIndividuel.builder().id(1)
        .addDepartementsAgrement(DepartementAgrement.financeur(NORD), DepartementAgrement.of(PAS_DE_CALAIS)).build();
    assertThat(t.habilitation(ind)).containsExactly(NORD, PAS_DE_CALAIS);
    ListeBlanchePrepose pre = ListeBlanchePrepose.builder().id(2)
        .addEtablissements(EtablissementPrepose.builder().etablissementId(5).departement(PARIS).rattachement(true).build())
        .addEtablissements(EtablissementPrepose.builder().etablissementId(6).build())
        .build();
    assertThat(t.habilitation(pre)).containsExactly(PARIS);
    ServiceMandataire s = ServiceMandataire.builder().id(3).nom("S").addDepartements(PAS_DE_CALAIS, NORD).build();
    assertThat(t.habilitation(s)).containsExactly(PAS_DE_CALAIS, NORD);
  }

  @Test
  void proposables_seulement_les_tribunaux_actuels_des_departements() {
    List<Tribunal> p = ENGINE.profils().tribunauxProposables(Set.of(NORD));
    assertThat(p).isNotEmpty().allSatisfy(tr -> {
      assertThat(tr.departement()).isEqualTo(NORD);
      assertThat(tr.estAncien()).isFalse();
    });
    assertThat(p).hasSameSizeAs(REF.tribunauxDuDepartement(NORD));
    assertThat(ENGINE.profils().tribunauxProposables(Set.of())).isEmpty();
    // un ancien tribunal déclaré par l'hôte n'est pas proposé
    Tribunal ancien = REF.tribunauxDuDepartement(NORD).get(0);
    Tribunal declare = ancien.withId(TribunalId.of("ancien-1")).withSiret(Optional.empty()).withTribunalActuel(ancien.id());
    Referentiel avec = REF.avecAnciensTribunaux(List.of(declare));
    assertThat(TribunauxPreferes.standard().proposables(Set.of(NORD), avec)).extracting(Tribunal::id)
        .doesNotContain(TribunalId.of("ancien-1"));
    assertThat(codes(TribunauxPreferes.standard().verifier(List.of(TribunalId.of("ancien-1")), Set.of(NORD), List.of(), avec)))
        .containsExactly("PROFIL_TRIBUNAL_PREFERE_ANCIEN@/tis/0");
    // déjà dans la liste enregistrée (l'original ne contrôlait rien à l'enregistrement) : conservé, avertissement
    RapportValidation garde = TribunauxPreferes.standard().verifier(
        List.of(TribunalId.of("ancien-1"), premier(NORD)), Set.of(NORD), List.of(TribunalId.of("ancien-1")), avec);
    assertThat(codes(garde)).containsExactly("PROFIL_TRIBUNAL_PREFERE_ANCIEN_CONSERVE@/tis/0");
    assertThat(garde.estValide()).isTrue();
  }

  @Test
  void au_moins_un_et_dans_l_habilitation() {
    Profils p = ENGINE.profils();
    assertThat(codes(p.verifierTribunauxPreferes(List.of(), Set.of(NORD), List.of())))
        .containsExactly("PROFIL_TRIBUNAL_PREFERE_OBLIGATOIRE@/tis");
    assertThat(p.verifierTribunauxPreferes(List.of(premier(NORD)), Set.of(NORD), List.of()).violations()).isEmpty();
    assertThat(codes(p.verifierTribunauxPreferes(List.of(premier(NORD), premier(PARIS)), Set.of(NORD), List.of())))
        .containsExactly("PROFIL_TRIBUNAL_PREFERE_HORS_HABILITATION@/tis/1");
    assertThat(codes(p.verifierTribunauxPreferes(List.of(TribunalId.of("inconnu")), Set.of(NORD), List.of())))
        .containsExactly("PROFIL_TRIBUNAL_PREFERE_INCONNU@/tis/0");
  }

  @Test
  void hors_habilitation_deja_enregistre_conserve_avec_avertissement() {
    RapportValidation r = ENGINE.profils().verifierTribunauxPreferes(
        List.of(premier(NORD), premier(PARIS)), Set.of(NORD), List.of(premier(PARIS)));
    assertThat(codes(r)).containsExactly("PROFIL_TRIBUNAL_PREFERE_CONSERVE_HORS_HABILITATION@/tis/1");
    assertThat(r.estValide()).isTrue();
    assertThat(r.violations().get(0).gravite()).isEqualTo(Gravite.AVERTISSEMENT);
  }

  @Test
  void doublon_signale() {
    RapportValidation r = ENGINE.profils().verifierTribunauxPreferes(
        List.of(premier(NORD), premier(NORD)), Set.of(NORD), Optional.<TribunalId>empty().stream().toList());
    assertThat(codes(r)).containsExactly("PROFIL_TRIBUNAL_PREFERE_EN_DOUBLE@/tis/1");
    assertThat(r.estValide()).isTrue();
  }
}
