// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.etablissement.SystemeCoordonnees;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinessReaderTest {

  @TempDir Path dossier;

  private static Path ressource(String nom) throws URISyntaxException {
    return Path.of(FinessReaderTest.class.getResource(nom).toURI());
  }

  private static Resultat<ExtraitFiness> lire(String texte) throws IOException {
    return FinessReader.parDefaut().lire(new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Etablissement> parNumero(ExtraitFiness e) {
    return e.etablissements().stream().collect(Collectors.toMap(x -> x.numeroFiness().valeur(), Function.identity(), (a, b) -> b, java.util.LinkedHashMap::new));
  }

  private static List<String> avertissements(ExtraitFiness e) {
    return e.avertissements().stream().map(v -> v.code() + "@" + v.chemin()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"extrait-finess-cp1252.csv", "extrait-finess-utf8.csv"})
  void extrait_public_lu_et_joint(String fichier) throws Exception {
    ExtraitFiness e = FinessReader.parDefaut().lire(ressource(fichier)).valeur().orElseThrow();
    assertThat(e.dateExtraction()).contains(LocalDate.of(2026, 5, 12));
    assertThat(e.lignes()).isEqualTo(17);
    Map<String, Etablissement> m = parNumero(e);
    assertThat(m.keySet()).containsExactly("010000024", "970100012", "2A0000015", "970400016", "750100125", "010000025");

    Etablissement ch = m.get("010000024");
    assertThat(ch.raisonSociale()).isEqualTo("CH DE BOURG");
    assertThat(ch.raisonSocialeLongue()).isEqualTo("CENTRE HOSPITALIER DE BOURG-EN-BRESSE");
    assertThat(ch.numeroFinessEntiteJuridique().orElseThrow().valeur()).isEqualTo("010780054");
    assertThat(ch.departement().valeur()).isEqualTo("01");
    assertThat(ch.categorie()).contains("355");
    assertThat(ch.categorieAgregat()).contains("1102");
    assertThat(ch.libelleMft()).contains("ARS établissements Publics de santé dotation globale");
    assertThat(ch.libelleSph()).contains("Etablissement public de santé");
    assertThat(ch.siret().orElseThrow().valeur()).isEqualTo("26010004500012");
    assertThat(ch.dateOuverture()).contains(LocalDate.of(1979, 2, 13));
    assertThat(ch.dateMiseAJour()).contains(LocalDate.of(2020, 2, 4));
    assertThat(ch.numeroVoie()).contains("900");
    assertThat(ch.codePostal()).contains("01440");
    assertThat(ch.codeInsee()).contains("01451");
    assertThat(ch.coordonnees().orElseThrow().systeme()).contains(SystemeCoordonnees.LAMBERT_93);
    assertThat(ch.position().orElseThrow().latitude()).isCloseTo(46.22229, within(0.0000051));
    assertThat(ch.position().orElseThrow().longitude()).isCloseTo(5.20918, within(0.0000051));

    Etablissement gp = m.get("970100012");
    assertThat(gp.departement().valeur()).isEqualTo("971");
    assertThat(gp.raisonSocialeLongue()).isEqualTo("POLYCLINIQUE DES ABYMES");
    assertThat(gp.libelleCategorieAgregat()).contains("Etablissements de Soins de Courte Durée");
    assertThat(gp.position().orElseThrow().longitude()).isCloseTo(-61.52874, within(0.0000051));

    Etablissement corse = m.get("2A0000015");
    assertThat(corse.departement().valeur()).isEqualTo("2A");
    assertThat(corse.voie()).contains("DU PRÉSIDENT");
    assertThat(corse.dateOuverture()).isEmpty();
    assertThat(corse.position()).isEmpty();

    Etablissement reunion = m.get("970400016");
    assertThat(reunion.departement().valeur()).isEqualTo("974");
    assertThat(reunion.libelleCategorie()).contains("Foyer Hébergement Adultes Handicapés");
    assertThat(reunion.siret()).isEmpty();
    // Sans système déclaré : la zone UTM du département (40S) s'applique.
    assertThat(reunion.position().orElseThrow().latitude()).isCloseTo(-20.97571, within(0.0000051));

    assertThat(m.get("750100125").raisonSociale()).isEqualTo("CLINIQUE DU PARC (MAJ)");
    assertThat(m.get("750100125").position()).isEmpty();

    assertThat(avertissements(e)).containsExactly(
        "FINESS_CHAMP_INVALIDE@ligne 4",
        "FINESS_CHAMP_INVALIDE@ligne 5",
        "FINESS_DEPARTEMENT_ABSENT@ligne 6",
        "FINESS_NUMERO_INVALIDE@ligne 7",
        "FINESS_DOUBLON@ligne 9",
        "FINESS_CLE_INVALIDE@ligne 10",
        "FINESS_LIGNE_IGNOREE@ligne 11",
        "FINESS_COORDONNEES_INVALIDES@ligne 17",
        "FINESS_GEOLOCALISATION_ORPHELINE@ligne 16");
    assertThat(e.avertissements()).extracting(Violation::arguments)
        .anySatisfy(a -> assertThat(a).containsEntry("champ", "dateouv"))
        .anySatisfy(a -> assertThat(a).containsEntry("champ", "siret"));
    // Aucun message ne recopie le contenu d'une ligne.
    assertThat(e.avertissements()).allSatisfy(v -> assertThat(v.message()).doesNotContain("CLINIQUE", "ABC", "123"));
  }

  @Test
  void les_deux_encodages_donnent_le_meme_extrait() throws Exception {
    ExtraitFiness a = FinessReader.parDefaut().lire(ressource("extrait-finess-cp1252.csv")).valeur().orElseThrow();
    ExtraitFiness b = FinessReader.parDefaut().lire(ressource("extrait-finess-utf8.csv")).valeur().orElseThrow();
    assertThat(a.etablissements()).isEqualTo(b.etablissements());
  }

  @Test
  void encodage_impose() throws Exception {
    byte[] cp1252 = Files.readAllBytes(ressource("extrait-finess-cp1252.csv"));
    ExtraitFiness force = FinessReader.avec(LimitesFiness.parDefaut(), FinessReader.Encodage.WINDOWS_1252)
        .lire(new ByteArrayInputStream(cp1252)).valeur().orElseThrow();
    assertThat(parNumero(force).get("2A0000015").voie()).contains("DU PRÉSIDENT");
    ExtraitFiness utf8 = FinessReader.avec(LimitesFiness.parDefaut(), FinessReader.Encodage.UTF_8)
        .lire(new ByteArrayInputStream(cp1252)).valeur().orElseThrow();
    assertThat(parNumero(utf8).get("2A0000015").voie().orElseThrow()).contains("\uFFFD");
  }

  @Test
  void geolocalisation_avant_sa_structure_et_fin_de_ligne_cr() throws IOException {
    String t = "geolocalisation;010000024;870262.2;6571540.8;LAMBERT_93;2026-05-04\r"
        + "structureet;010000024;;CH;;;;;;;;;451;01;AIN;01440 VIRIAT";
    Etablissement e = lire(t).valeur().orElseThrow().etablissements().get(0);
    assertThat(e.position()).isPresent();
    assertThat(e.ligneAcheminement()).contains("01440 VIRIAT");
  }

  @Test
  void parcours_en_flux_remet_chaque_ligne_sans_jointure() throws Exception {
    List<LigneFiness> vues = new ArrayList<>();
    try (InputStream in = Files.newInputStream(ressource("extrait-finess-cp1252.csv"))) {
      FinessReader.Bilan b = FinessReader.parDefaut().parcourir(in, vues::add).valeur().orElseThrow();
      assertThat(b.lignes()).isEqualTo(17);
    }
    assertThat(vues).filteredOn(l -> l instanceof LigneFiness.Structure).hasSize(7);
    assertThat(vues).filteredOn(l -> l instanceof LigneFiness.Geolocalisation).extracting(LigneFiness::ligne)
        .containsExactly(12, 13, 14, 16);
  }

  @Test
  void champs_entre_guillemets() throws IOException {
    String t = "\"structureet\";\"010000024\";;\"CH \"\"A\"\"\";;;;;;;;;\"451\";\"01\"";
    Etablissement e = lire(t).valeur().orElseThrow().etablissements().get(0);
    assertThat(e.raisonSociale()).isEqualTo("CH \"A\"");
  }

  // ----- entrées hostiles -----

  private static String code(Resultat<?> r) {
    assertThat(r.estSucces()).isFalse();
    return r.violations().get(0).code();
  }

  @Test
  void fichier_trop_gros_refuse_avant_lecture_et_en_flux() throws Exception {
    LimitesFiness petites = new LimitesFiness(100, 1000, 4096, Duration.ofMinutes(1), 10);
    FinessReader r = FinessReader.avec(petites, FinessReader.Encodage.AUTO);
    assertThat(code(r.lire(ressource("extrait-finess-utf8.csv")))).isEqualTo("FINESS_TROP_VOLUMINEUX");
    byte[] octets = Files.readAllBytes(ressource("extrait-finess-utf8.csv"));
    assertThat(code(r.lire(new ByteArrayInputStream(octets)))).isEqualTo("FINESS_TROP_VOLUMINEUX");
  }

  @Test
  void trop_de_lignes() throws IOException {
    LimitesFiness l = new LimitesFiness(1 << 20, 5, 4096, Duration.ofMinutes(1), 10);
    String t = "structureet;010000024;;CH;;;;;;;;;451;01\n".repeat(6);
    Resultat<ExtraitFiness> r = FinessReader.avec(l, FinessReader.Encodage.AUTO)
        .lire(new ByteArrayInputStream(t.getBytes(StandardCharsets.US_ASCII)));
    assertThat(code(r)).isEqualTo("FINESS_TROP_DE_LIGNES");
    assertThat(r.violations().get(0).arguments()).containsEntry("max", "5");
  }

  @Test
  void ligne_trop_longue_sans_fin_de_ligne() throws IOException {
    byte[] sansFin = new byte[10_000];
    Arrays.fill(sansFin, (byte) 'a');
    assertThat(code(FinessReader.parDefaut().lire(new ByteArrayInputStream(sansFin)))).isEqualTo("FINESS_LIGNE_TROP_LONGUE");
  }

  @Test
  void echeance_depassee() throws IOException {
    LimitesFiness l = new LimitesFiness(1 << 20, 1000, 4096, Duration.ofNanos(1), 10);
    String t = "structureet;010000024;;CH;;;;;;;;;451;01\n".repeat(50);
    assertThat(code(FinessReader.avec(l, FinessReader.Encodage.AUTO)
        .lire(new ByteArrayInputStream(t.getBytes(StandardCharsets.US_ASCII))))).isEqualTo("FINESS_DELAI_DEPASSE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n\n", "finess;etalab;98;2026-05-12\n", "a;b;c\nd;e", "structureet\n", "structureet;;;;\n",
      "PK\u0003\u0004", "<?xml version=\"1.0\"?><a/>"})
  void sans_etablissement(String t) throws IOException {
    assertThat(code(lire(t))).isEqualTo("FINESS_AUCUN_ETABLISSEMENT");
  }

  @Test
  void octets_quelconques_nul_et_controle() throws IOException {
    byte[] b = "structureet;010000024;;C\u0000H;;;;;;;;;451;01\n\u0000\u0001\u00ff\u00fe;;;\n".getBytes(Charset.forName("ISO-8859-1"));
    ExtraitFiness e = FinessReader.parDefaut().lire(new ByteArrayInputStream(b)).valeur().orElseThrow();
    assertThat(e.etablissements().get(0).raisonSociale()).isEqualTo("C H");
    assertThat(avertissements(e)).containsExactly("FINESS_LIGNE_IGNOREE@ligne 2");
  }

  @Test
  void avertissements_plafonnes_puis_comptes() throws IOException {
    LimitesFiness l = new LimitesFiness(1 << 20, 10_000, 4096, Duration.ofMinutes(1), 3);
    String t = "structureet;010000024;;CH;;;;;;;;;451;01\n" + "x;y\n".repeat(10);
    ExtraitFiness e = FinessReader.avec(l, FinessReader.Encodage.AUTO)
        .lire(new ByteArrayInputStream(t.getBytes(StandardCharsets.US_ASCII))).valeur().orElseThrow();
    assertThat(e.avertissements()).hasSize(4);
    Violation dernier = e.avertissements().get(3);
    assertThat(dernier.code()).isEqualTo("FINESS_AVERTISSEMENTS_TRONQUES");
    assertThat(dernier.arguments()).containsEntry("nombre", "7");
  }

  @Test
  void limites_invalides_refusees() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LimitesFiness(0, 1, 1, Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LimitesFiness(1, 1, 1, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
