// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.tribunal.PrecisionGeo;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.domain.tribunal.TypeTribunal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferentielEmbarqueTest {

  private static final Referentiel REF = Referentiel.embarque();

  private static CodePostal cp(String v) {
    return CodePostal.of(v);
  }

  private static CodeDepartement dep(String v) {
    return CodeDepartement.of(v);
  }

  @Test
  void lesTestsTournentSousLocaleTurque() {
    // Garde-fou : surefire impose tr_TR, où "i".toUpperCase() donne "İ".
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
  }

  @Test
  void instanceUniqueEtMillesime() {
    assertThat(Referentiel.embarque()).isSameAs(REF);
    assertThat(REF.millesime()).isEqualTo("COG 2026");
  }

  @Test
  void comptesExacts() {
    assertThat(REF.communes()).hasSize(34_969);
    assertThat(REF.communes().stream().mapToInt(c -> Math.max(1, c.codesPostaux().size())).sum())
        .isEqualTo(35_498);
    assertThat(REF.departements()).hasSize(109);
    assertThat(REF.regions()).hasSize(26);
    assertThat(REF.tribunaux()).hasSize(294);
    Map<TypeTribunal, Long> parType =
        REF.tribunaux().stream().collect(Collectors.groupingBy(Tribunal::type, Collectors.counting()));
    assertThat(parType)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(TypeTribunal.TJ, 164L, TypeTribunal.TPI, 4L, TypeTribunal.TPROX, 126L));
    assertThat(REF.categoriesFiness()).hasSize(60);
  }

  @Test
  void listesNonModifiables() {
    assertThatThrownBy(() -> REF.communes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> REF.tribunaux().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> REF.communesDuCodePostal(cp("01400")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void communesTrieesParCodeInseeEtCodesPostauxCroissants() {
    var codes = REF.communes().stream().map(c -> c.codeInsee().valeur()).collect(Collectors.toList());
    assertThat(codes).isSorted().doesNotHaveDuplicates();
    assertThat(REF.communes())
        .allSatisfy(
            c ->
                assertThat(c.codesPostaux().stream().map(CodePostal::valeur).collect(Collectors.toList()))
                    .isSorted()
                    .doesNotHaveDuplicates());
  }

  @Test
  void communeParCodeInsee() {
    Commune c = REF.commune(CodeInsee.of("01001")).orElseThrow();
    assertThat(c.nom()).isEqualTo("L'Abergement-Clémenciat");
    assertThat(c.codesPostaux()).containsExactly(cp("01400"));
    assertThat(c.departement()).isEqualTo(dep("01"));
    assertThat(c.region()).isEqualTo("84");
    assertThat(c.latitude()).isEqualTo(46.1517);
    assertThat(c.longitude()).isEqualTo(4.9306);
    assertThat(c.population()).hasValue(860);
    assertThat(REF.commune(CodeInsee.of("99999"))).isEmpty();
  }

  @Test
  void communeSansCodePostalNiPopulation() {
    Commune taaf = REF.commune(CodeInsee.of("98411")).orElseThrow();
    assertThat(taaf.codesPostaux()).isEmpty();
    assertThat(taaf.population()).isEmpty();
  }

  @Test
  void communesDUnCodePostalPartage() {
    assertThat(REF.communesDuCodePostal(cp("01400")))
        .hasSize(10)
        .extracting(Commune::nom)
        .startsWith("L'Abergement-Clémenciat", "Chanoz-Châtenay")
        .contains("Sulignat");
    assertThat(REF.communesDuCodePostal(cp("99999"))).isEmpty();
  }

  @Test
  void communeParCodePostalEtVilleTolerante() {
    Function<String, String> inseeDe =
        ville -> REF.commune(cp("01400"), ville).map(c -> c.codeInsee().valeur()).orElse("absent");
    assertThat(inseeDe.apply("L'Abergement-Clémenciat")).isEqualTo("01001");
    assertThat(inseeDe.apply("L ABERGEMENT CLEMENCIAT")).isEqualTo("01001");
    assertThat(inseeDe.apply("  l’abergement--clemenciat ")).isEqualTo("01001");
    assertThat(inseeDe.apply("CHANOZ CHATENAY")).isEqualTo("01084");
    assertThat(inseeDe.apply("chatillon sur chalaronne")).isEqualTo("01093");
    assertThat(inseeDe.apply("Sulignat")).isEqualTo("01412");
    assertThat(inseeDe.apply("ST GEORGES SUR RENON")).isEqualTo("01356");
    assertThat(inseeDe.apply("Paris")).isEqualTo("absent");
    assertThat(inseeDe.apply("")).isEqualTo("absent");
  }

  @Test
  void communeParCodePostalEtVilleAvecILigaturesEtMentions() {
    // « i » sous locale turque : toUpperCase() par défaut donnerait « İ ».
    assertThat(REF.commune(cp("42000"), "saint-étienne")).map(Commune::nom).hasValue("Saint-Étienne");
    assertThat(REF.commune(cp("42100"), "ST ETIENNE")).map(Commune::nom).hasValue("Saint-Étienne");
    assertThat(REF.commune(cp("02160"), "OEUILLY")).map(Commune::nom).hasValue("Œuilly");
    assertThat(REF.commune(cp("75017"), "PARIS 17")).map(Commune::nom).hasValue("Paris");
    assertThat(REF.commune(cp("13006"), "Marseille 6e")).map(Commune::nom).hasValue("Marseille");
    assertThat(REF.commune(cp("42000"), "SAINT ETIENNE CEDEX 1")).map(Commune::nom).hasValue("Saint-Étienne");
    assertThat(REF.commune(cp("42000"), "LYON")).isEmpty();
  }

  @Test
  void arrondissementsMunicipauxResolusVersLaCommune() {
    assertThat(REF.commune(CodeInsee.of("75117"))).map(Commune::nom).hasValue("Paris");
    assertThat(REF.commune(CodeInsee.of("75101"))).map(c -> c.codeInsee().valeur()).hasValue("75056");
    assertThat(REF.commune(CodeInsee.of("69383"))).map(c -> c.codeInsee().valeur()).hasValue("69123");
    assertThat(REF.commune(CodeInsee.of("13206"))).map(c -> c.codeInsee().valeur()).hasValue("13055");
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("75056"))).isEqualTo(CodeInsee.of("75056"));
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("13001"))).isEqualTo(CodeInsee.of("13001"));
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("75121"))).isEqualTo(CodeInsee.of("75121"));
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("2A004"))).isEqualTo(CodeInsee.of("2A004"));
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("75120"))).isEqualTo(CodeInsee.of("75056"));
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("69389"))).isEqualTo(CodeInsee.of("69123"));
    assertThat(Referentiel.sansArrondissement(CodeInsee.of("13216"))).isEqualTo(CodeInsee.of("13055"));
    assertThat(REF.commune(CodeInsee.of("75121"))).isEmpty();
    Commune paris = REF.commune(CodeInsee.of("75056")).orElseThrow();
    assertThat(paris.codesPostaux()).hasSize(21).contains(cp("75116"), cp("75001"), cp("75020"));
  }

  @Test
  void corse() {
    assertThat(REF.departement(dep("2A"))).map(Departement::nom).hasValue("Corse-du-Sud");
    assertThat(REF.departement(dep("2B"))).map(Departement::nom).hasValue("Haute-Corse");
    assertThat(REF.regionDuDepartement(dep("2B"))).map(Region::nom).hasValue("Corse");
    Commune ajaccio = REF.commune(CodeInsee.of("2A004")).orElseThrow();
    assertThat(ajaccio.nom()).isEqualTo("Ajaccio");
    assertThat(ajaccio.departement()).isEqualTo(dep("2A"));
    assertThat(REF.communesDuCodePostal(cp("20200"))).extracting(Commune::nom).contains("Bastia");
    assertThat(REF.tribunauxDuDepartement(dep("2A")))
        .extracting(Tribunal::nom)
        .contains("Tribunal judiciaire d'Ajaccio");
    assertThat(REF.tribunauxDuDepartement(dep("2B")))
        .extracting(Tribunal::nom)
        .contains("Tribunal judiciaire de Bastia");
  }

  @Test
  void outreMer() {
    assertThat(REF.departement(dep("971"))).map(Departement::codeRegion).hasValue("01");
    assertThat(REF.regionDuDepartement(dep("971"))).map(Region::nom).hasValue("Guadeloupe");
    assertThat(REF.commune(cp("97110"), "POINTE A PITRE"))
        .map(c -> c.codeInsee().valeur())
        .hasValue("97120");
    assertThat(REF.regionDuDepartement(dep("988"))).map(Region::code).hasValue("988");
    Commune noumea = REF.commune(CodeInsee.of("98818")).orElseThrow();
    assertThat(noumea.nom()).isEqualTo("Nouméa");
    assertThat(noumea.departement()).isEqualTo(dep("988"));
    assertThat(noumea.latitude()).isNegative();
    assertThat(REF.tribunauxDuDepartement(dep("971")))
        .extracting(Tribunal::nom)
        .contains("Tribunal judiciaire de Basse-Terre", "Tribunal judiciaire de Pointe-à-Pitre");
    Tribunal tpiNoumea =
        REF.tribunauxDuDepartement(dep("988")).stream()
            .filter(t -> t.type() == TypeTribunal.TPI)
            .findFirst()
            .orElseThrow();
    assertThat(tpiNoumea.nom()).isEqualTo("Tribunal de Première Instance de Nouméa");
    assertThat(tpiNoumea.siret()).isEmpty();
    assertThat(REF.departement(dep("991"))).isEmpty();
  }

  @Test
  void tribunalParSiretEtParId() {
    Tribunal bourg = REF.tribunal(Siret.of("17690111400080")).orElseThrow();
    assertThat(bourg.id()).isEqualTo(TribunalId.of("39"));
    assertThat(bourg.type()).isEqualTo(TypeTribunal.TJ);
    assertThat(bourg.nom()).isEqualTo("Tribunal judiciaire de Bourg-en-Bresse");
    assertThat(bourg.parent()).isEmpty();
    assertThat(bourg.courAppel()).isEqualTo("Cour d'Appel de Lyon");
    assertThat(bourg.adresse()).hasValue("32 AVENUE ALSACE LORRAINE");
    assertThat(bourg.adresseComplement()).hasValue("CS 30306");
    assertThat(bourg.codePostal()).isEqualTo(cp("01000"));
    assertThat(bourg.ville()).isEqualTo("Bourg-en-Bresse");
    assertThat(bourg.codeInsee()).isEqualTo(CodeInsee.of("01053"));
    assertThat(bourg.departement()).isEqualTo(dep("01"));
    assertThat(bourg.telephone()).isEqualTo("0426377300");
    assertThat(bourg.email()).hasValue("tj-bourg-en-bresse@justice.fr");
    assertThat(bourg.latitude()).isEqualTo(46.2027);
    assertThat(bourg.longitude()).isEqualTo(5.2469);
    assertThat(bourg.precisionGeo()).isEqualTo(PrecisionGeo.COMMUNE);

    Tribunal belley = REF.tribunal(TribunalId.of("62970")).orElseThrow();
    assertThat(belley.type()).isEqualTo(TypeTribunal.TPROX);
    assertThat(belley.estDeProximite()).isTrue();
    assertThat(belley.parent()).hasValue(TribunalId.of("39"));
    assertThat(belley.siret()).hasValue(Siret.of("17690111400502"));
    assertThat(REF.tribunal(belley.parent().orElseThrow())).hasValue(bourg);

    assertThat(REF.tribunal(Siret.of("00000000000000"))).isEmpty();
    assertThat(REF.tribunal(TribunalId.of("inconnu"))).isEmpty();
  }

  @Test
  void tribunalDeParisSiegeDansUnArrondissement() {
    Tribunal paris = REF.tribunal(TribunalId.of("15273")).orElseThrow();
    assertThat(paris.codeInsee()).isEqualTo(CodeInsee.of("75117"));
    assertThat(paris.precisionGeo()).isEqualTo(PrecisionGeo.ARRONDISSEMENT);
    assertThat(REF.commune(paris.codeInsee())).map(Commune::nom).hasValue("Paris");
  }

  @Test
  void tribunauxDUnDepartement() {
    assertThat(REF.tribunauxDuDepartement(dep("01")))
        .extracting(t -> t.id().valeur())
        .contains("39", "62970")
        .allSatisfy(id -> assertThat(REF.tribunal(TribunalId.of(id))).isPresent());
    assertThat(REF.tribunauxDuDepartement(dep("01")))
        .allSatisfy(t -> assertThat(t.departement()).isEqualTo(dep("01")));
    int total =
        REF.departements().stream().mapToInt(d -> REF.tribunauxDuDepartement(d.code()).size()).sum();
    assertThat(total).isEqualTo(294);
  }

  @Test
  void toutTribunalAUnDepartementUneRegionUneCommuneEtUnParentConnus() {
    assertThat(REF.tribunaux())
        .allSatisfy(
            t -> {
              assertThat(REF.departement(t.departement())).isPresent();
              assertThat(REF.regionDuDepartement(t.departement())).isPresent();
              Commune siege = REF.commune(t.codeInsee()).orElseThrow();
              assertThat(siege.departement()).isEqualTo(t.departement());
              assertThat(siege.codesPostaux()).contains(t.codePostal());
              assertThat(t.parent().isPresent()).isEqualTo(t.type() == TypeTribunal.TPROX);
              t.parent()
                  .ifPresent(
                      p ->
                          assertThat(REF.tribunal(p))
                              .map(Tribunal::type)
                              .hasValue(TypeTribunal.TJ));
            });
    assertThat(REF.tribunaux().stream().filter(t -> t.siret().isPresent())).hasSize(290);
    assertThat(REF.tribunaux())
        .allSatisfy(t -> t.siret().ifPresent(s -> assertThat(REF.tribunal(s)).hasValue(t)));
  }

  @Test
  void touteCommuneEtToutDepartementOntDesRattachementsConnus() {
    Set<String> regions = REF.regions().stream().map(Region::code).collect(Collectors.toSet());
    assertThat(REF.departements()).allSatisfy(d -> assertThat(regions).contains(d.codeRegion()));
    assertThat(REF.communes())
        .allSatisfy(
            c -> {
              assertThat(REF.departement(c.departement()))
                  .map(Departement::codeRegion)
                  .hasValue(c.region());
              assertThat(c.latitude()).isBetween(-90.0, 90.0);
              assertThat(c.longitude()).isBetween(-180.0, 180.0);
            });
  }

  @Test
  void categoriesFiness() {
    CategorieFiness chr = REF.categorieFiness("101").orElseThrow();
    assertThat(chr.libelle()).isEqualTo("Centre Hospitalier Régional (C.H.R.)");
    assertThat(chr.actif()).isTrue();
    assertThat(chr.dateFin()).isEmpty();
    assertThat(chr.agregatCode()).isEqualTo("1101");
    assertThat(chr.agregatLibelle()).hasValue("Centres Hospitaliers Régionaux");
    assertThat(chr.agregatNiveau2Code()).isEqualTo("1100");
    assertThat(chr.agregatNiveau1Code()).isEqualTo("1000");
    assertThat(chr.domaine()).isEqualTo("SAN");
    assertThat(chr.filtreEmjpm()).isTrue();
    assertThat(REF.categorieFiness("106")).map(CategorieFiness::libelle)
        .hasValue("Centre hospitalier, ex Hôpital local");
    CategorieFiness fermee = REF.categorieFiness("252").orElseThrow();
    assertThat(fermee.actif()).isFalse();
    assertThat(fermee.dateFin()).hasValue(LocalDate.of(2018, 10, 26));
    assertThat(REF.categorieFiness("500")).isPresent();
    assertThat(REF.categorieFiness("999")).isEmpty();
    assertThat(REF.categoriesFiness().stream().filter(CategorieFiness::filtreEmjpm)).hasSize(31);
  }

  @Test
  void regions() {
    assertThat(REF.region("84")).map(Region::nom).hasValue("Auvergne-Rhône-Alpes");
    assertThat(REF.region("06")).map(Region::nom).hasValue("Mayotte");
    assertThat(REF.region("6")).isEmpty();
    assertThat(REF.regionDuDepartement(dep("75"))).map(Region::code).hasValue("11");
  }
}
