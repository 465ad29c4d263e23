// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.testkit.MesureFixtures;
import fr.gouv.emjpm.testkit.Mesures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreRemplissagePrestationsTest {
  private static final String PS = "enquete_reponses_prestations_sociales";
  private static final List<String> CLES = List.of("aah", "pch", "asi", "rsa", "als_apl", "aspa", "apa");

  private static long entier(ReponseEnquete r, String table, String cle) {
    return ((ValeurReponse.Entier) r.valeur(table, cle).orElseThrow()).valeur();
  }

  private static Mesure avec(PrestationSociale... ps) {
    Ressource.Builder r = Ressource.builder().annee(2020).niveauRessource(BigDecimal.TEN);
    for (PrestationSociale p : ps) {
      r.addPrestations(p);
    }
    return MesureFixtures.tutelleEnCours().withLieuVie(LieuVie.ETABLISSEMENT)
        .withDateNomination(LocalDate.of(2019, 5, 1)).withRessources(r.build());
  }

  @Test
  void chaquePersonneCompteeUneFoisSousLaPrestationLaPlusElevee() {
    List<Mesure> ms = List.of(avec(PrestationSociale.AAH, PrestationSociale.APL, PrestationSociale.PCH),
        avec(PrestationSociale.APA, PrestationSociale.ASPA), avec(PrestationSociale.ALS, PrestationSociale.APL),
        avec(PrestationSociale.RSA, PrestationSociale.PCH), avec());
    ReponseEnquete r = PreRemplissageEnquete.preRemplir(TypeEnquete.INDIVIDUEL, 2021, ms, Optional.empty(),
        BaremesRevenus.originaux()).valeur().orElseThrow();
    assertThat(entier(r, PS, "aah")).isEqualTo(1);
    assertThat(entier(r, PS, "aspa")).isEqualTo(1);
    assertThat(entier(r, PS, "rsa")).isEqualTo(1);
    assertThat(entier(r, PS, "als_apl")).isEqualTo(1); // ALS et APL : une seule personne
    assertThat(entier(r, PS, "pch")).isZero();
    assertThat(entier(r, PS, "apa")).isZero();
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 11, 2026})
  void totalDesPrestationsEgalAuNombreDePersonnesQuiEnPercoivent(long graine) {
    List<Mesure> ms = Mesures.generateur().typeGestionnaire(TypeGestionnaire.INDIVIDUEL)
        .datesEntre(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 12, 31)).ressourcesAuPlus(3).liste(graine, 300);
    Resultat<ReponseEnquete> res = PreRemplissageEnquete.preRemplir(TypeEnquete.INDIVIDUEL, 2021, ms, Optional.empty(),
        BaremesRevenus.originaux());
    ReponseEnquete r = res.valeur().orElseThrow();
    PeriodeActivite p = new PeriodeActivite(2020);
    long personnes = ms.stream()
        .filter(m -> m.statut() != StatutMesure.EN_ATTENTE && m.dateNomination().isPresent())
        .filter(m -> p.auTrenteEtUnDecembre(m.dateNomination().get(), m.dateFinMesure()))
        .filter(m -> PreRemplissageEnquete.ressourceDe(m, p).filter(x -> !x.prestations().isEmpty()).isPresent())
        .count();
    assertThat(personnes).isPositive();
    assertThat(CLES.stream().mapToLong(c -> entier(r, PS, c)).sum()).isEqualTo(personnes);
    // Les avertissements d'incohérence ne portent jamais d'identifiant : seulement la position.
    assertThat(res.violations()).allSatisfy(v -> assertThat(v.chemin()).matches("/mesures/[0-9]+"));
  }

  @Test
  void mesuresIncoherentesCompteesEtSignaleesSansPlantage() {
    Mesure base = MesureFixtures.tutelleEnCours().withDateNomination(LocalDate.of(2018, 5, 1));
    Mesure finAvant = base.withStatut(StatutMesure.ETEINTE).withDateFinMesure(LocalDate.of(2017, 1, 1));
    Mesure clotureeSansFin = base.withStatut(StatutMesure.ETEINTE).withLieuVie(LieuVie.ETABLISSEMENT);
    Mesure domicileEtab = base.withLieuVie(LieuVie.DOMICILE).withTypeEtablissement(TypeEtablissement.ETABLISSEMENT_HANDICAPES);
    Resultat<ReponseEnquete> res = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2021,
        List.of(finAvant, clotureeSansFin, domicileEtab), Optional.empty(), BaremesRevenus.originaux());
    assertThat(res.estSucces()).isTrue();
    assertThat(res.violations()).extracting(Violation::code).containsOnly("ENQUETE_MESURE_INCOHERENTE");
    assertThat(res.violations()).extracting(Violation::chemin).containsExactly("/mesures/1", "/mesures/2", "/mesures/3");
    ReponseEnquete r = res.valeur().orElseThrow();
    // clôturée sans date de fin : comptée en cours au 31 décembre ; à domicile : type d'établissement ignoré
    assertThat(entier(r, "enquete_reponses_activite", "tutelle_etablissement_fin_annee")).isEqualTo(1);
    assertThat(entier(r, "enquete_reponses_activite", "tutelle_domicile_fin_annee")).isEqualTo(1);
    assertThat(entier(r, "enquete_reponses_populations", "tutelle_etablissement_personne_handicapee")).isZero();
    assertThat(res.violations().get(2).message()).contains("à domicile").contains("ignoré");
  }

  @Test
  void baremeManquantNommeLesMontantsEtLAnnee() {
    Resultat<ReponseEnquete> r = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2024, List.of(), Optional.empty(),
        BaremesRevenus.originaux());
    assertThat(r.estSucces()).isFalse();
    assertThat(r.violations().get(0).message()).contains("2023").contains("AAH annuelle").contains("SMIC brut mensuel");
  }
}
