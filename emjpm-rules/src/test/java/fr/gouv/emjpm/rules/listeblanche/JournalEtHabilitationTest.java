// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.EntreeListeBlanche;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheIndividuel;
import fr.gouv.emjpm.domain.listeblanche.ListeBlanchePrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheSdpf;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheService;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JournalEtHabilitationTest {

  private static final ListeBlanche LB = EmjpmEngine.parDefaut().listeBlanche();
  private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
  private static final CodeDepartement NORD = CodeDepartement.of("59");
  private static final CodeDepartement PDC = CodeDepartement.of("62");
  private static final Siret SIRET = Siret.of("82254321300027");

  private static List<String> lignes(List<ChangementListeBlanche> j) {
    return j.stream().map(c -> c.operation() + " " + c.table() + c.cle().map(k -> " " + k).orElse("")
        + c.siret().map(s -> " siret=" + s).orElse("")).toList();
  }

  @Test
  void creation_d_un_service_depuis_son_entree_et_journal() {
    ListeBlancheService e = ListeBlancheService.builder().id(10).nom("ATMP").siret(SIRET).codePostal("59000")
        .ville("Lille").addDepartements(NORD, PDC).build();
    ServiceMandataire s = LB.creerService(e, 4);
    assertThat(s.id()).isEqualTo(4);
    assertThat(s.nom()).isEqualTo("ATMP");
    assertThat(s.siret()).contains(SIRET);
    assertThat(s.departements()).containsExactly(NORD, PDC);
    assertThat(s.codePostal()).contains("59000");
    assertThat(s.dispoMax()).isZero();
    List<ChangementListeBlanche> j = LB.journal().creation(e, Optional.of(s.id()), 77, T);
    assertThat(lignes(j)).containsExactly("INSERT liste_blanche", "INSERT services 4",
        "INSERT service_departements 59", "INSERT service_departements 62");
    assertThat(j).allSatisfy(c -> {
      assertThat(c.utilisateurId()).isEqualTo(77);
      assertThat(c.listeBlancheId()).isEqualTo(10);
      assertThat(c.date()).isEqualTo(T);
    });
  }

  @Test
  void modification_et_suppression_journalisees() {
    ListeBlancheIndividuel avant = ListeBlancheIndividuel.builder().id(5).siret(SIRET)
        .addDepartementsAgrement(DepartementAgrement.financeur(NORD), DepartementAgrement.of(PDC)).build();
    ListeBlancheIndividuel apres = ListeBlancheIndividuel.builder().id(5).siret(SIRET)
        .addDepartementsAgrement(DepartementAgrement.of(NORD), DepartementAgrement.financeur(CodeDepartement.of("80")))
        .build();
    assertThat(lignes(LB.journal().modification(avant, apres, 1, T))).containsExactly(
        "UPDATE liste_blanche", "DELETE mandataire_individuel_departements 62",
        "UPDATE mandataire_individuel_departements 59", "INSERT mandataire_individuel_departements 80");
    assertThat(lignes(LB.journal().suppression(avant, 1, T))).containsExactly(
        "DELETE mandataire_individuel_departements 59", "DELETE mandataire_individuel_departements 62",
        "DELETE liste_blanche siret=82254321300027");
    ListeBlancheSdpf sdpf = ListeBlancheSdpf.builder().id(6).nom("SDPF").siret(SIRET).departementService(NORD).build();
    assertThat(lignes(LB.journal().suppression(sdpf, 1, T))).containsExactly(
        "DELETE sdpf 59", "DELETE liste_blanche siret=sdpf_82254321300027");
    ListeBlanchePrepose p = ListeBlanchePrepose.builder().id(7)
        .addEtablissements(EtablissementPrepose.builder().etablissementId(12).rattachement(true).build()).build();
    assertThat(lignes(LB.journal().creation(p, Optional.empty(), 1, T))).containsExactly(
        "INSERT liste_blanche", "INSERT mandataire_prepose_etablissements 12");
  }

  @Test
  void purge_apres_soixante_jours() {
    ListeBlancheIndividuel e = ListeBlancheIndividuel.builder().id(5).build();
    List<ChangementListeBlanche> vieux = LB.journal().creation(e, Optional.empty(), 1, T.minus(Duration.ofDays(61)));
    List<ChangementListeBlanche> limite = LB.journal().creation(e, Optional.empty(), 1, T.minus(Duration.ofDays(60)));
    List<ChangementListeBlanche> tout = new java.util.ArrayList<>(vieux);
    tout.addAll(limite);
    assertThat(LB.journal().aPurger(tout, T)).containsExactlyElementsOf(vieux);
  }

  // ----- habilitation vérifiée -----

  private static Mandataire individuel(long id) {
    return Mandataire.builder().id(id).type(TypeGestionnaire.INDIVIDUEL).siret(SIRET).build();
  }

  @Test
  void lier_recopie_le_siret_et_rend_l_activation_possible() {
    HabilitationVerifiee h = LB.habilitation();
    Mandataire m = Mandataire.builder().id(1).type(TypeGestionnaire.INDIVIDUEL).build();
    assertThat(h.estVerifiee(m)).isFalse();
    assertThat(h.verifierActivation(m).codes()).containsExactly("LB_HABILITATION_NON_VERIFIEE");
    ListeBlancheIndividuel e = ListeBlancheIndividuel.builder().id(9).siret(SIRET).build();
    Mandataire lie = h.lier(m, e, false).valeur().orElseThrow();
    assertThat(lie.listeBlancheId()).contains(9L);
    assertThat(lie.siret()).contains(SIRET);
    assertThat(h.estVerifiee(lie)).isTrue();
    assertThat(h.verifierActivation(lie).estVide()).isTrue();
    assertThat(h.delier(lie).listeBlancheId()).isEmpty();
  }

  @Test
  void une_entree_pour_un_seul_compte_et_du_bon_type() {
    HabilitationVerifiee h = LB.habilitation();
    ListeBlancheIndividuel e = ListeBlancheIndividuel.builder().id(9).siret(SIRET).build();
    assertThat(h.lier(individuel(1), e, true).violations()).extracting(v -> v.code())
        .containsExactly("LB_HABILITATION_DEJA_LIEE");
    // déjà la sienne : relier est sans effet de refus
    assertThat(h.lier(individuel(1).withListeBlancheId(9L), e, true).estSucces()).isTrue();
    Mandataire prepose = Mandataire.builder().id(2).type(TypeGestionnaire.PREPOSE).build();
    assertThat(h.lier(prepose, e, false).violations()).extracting(v -> v.code())
        .containsExactly("LB_HABILITATION_TYPE_INCOMPATIBLE");
    ListeBlancheService s = ListeBlancheService.builder().id(3).nom("S").build();
    assertThat(h.lier(individuel(1), s, true).violations()).extracting(v -> v.code())
        .containsExactly("LB_HABILITATION_TYPE_INCOMPATIBLE", "LB_HABILITATION_DEJA_LIEE");
  }

  @Test
  void propositions_par_siret_ou_par_email() {
    HabilitationVerifiee h = LB.habilitation();
    ListeBlancheIndividuel bon = ListeBlancheIndividuel.builder().id(1).siret(SIRET).build();
    ListeBlancheIndividuel autre = ListeBlancheIndividuel.builder().id(2).siret(Siret.of("11111111111111")).build();
    ListeBlanchePrepose p1 = ListeBlanchePrepose.builder().id(3).build();
    ListeBlanchePrepose p2 = ListeBlanchePrepose.builder().id(4).build();
    List<EntreeListeBlanche> toutes = List.of(bon, autre, p1, p2);
    Map<Long, String> emails = Map.of(3L, " Prepose@Exemple.fr ", 4L, "x@y.fr");
    assertThat(h.proposer(individuel(9), Optional.empty(), toutes, e -> Optional.ofNullable(emails.get(e.id()))))
        .containsExactly(bon);
    Mandataire prepose = Mandataire.builder().id(2).type(TypeGestionnaire.PREPOSE).build();
    assertThat(h.proposer(prepose, Optional.of("prepose@exemple.fr"), toutes,
        e -> Optional.ofNullable(emails.get(e.id())))).containsExactly(p1);
    assertThat(h.proposer(prepose, Optional.empty(), toutes, e -> Optional.ofNullable(emails.get(e.id())))).isEmpty();
  }
}
