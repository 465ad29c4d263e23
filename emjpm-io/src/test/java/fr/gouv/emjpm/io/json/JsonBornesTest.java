// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.mesures.SynchronisationOcmi;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bornes exactes du JSON durci et d'OCMI ; champs rares de la sortie JSON. */
class JsonBornesTest {

  private static List<String> codes(byte[] octets) {
    return MesuresJsonReader.lire(octets, false).violations().stream().map(Violation::code).toList();
  }

  @Test
  void documentDeTailleMaximaleAdmisUnOctetDePlusRefuse() {
    byte[] max = new byte[(int) JsonDurci.TAILLE_MAX];
    Arrays.fill(max, (byte) ' ');
    max[0] = '[';
    max[max.length - 1] = ']';
    assertThat(MesuresJsonReader.lire(max, false).valeur()).isPresent();
    byte[] plus = Arrays.copyOf(max, max.length + 1);
    plus[plus.length - 1] = ' ';
    assertThat(codes(plus)).containsExactly("JSON_LIMITE_DEPASSEE");
    assertThat(codes("   ".getBytes(StandardCharsets.UTF_8))).containsExactly("JSON_ILLISIBLE");
  }

  @Test
  void nomDeChampInconnuTronqueA64Caracteres() {
    String long65 = "z".repeat(65);
    String long64 = "y".repeat(64);
    Resultat<LotJson> r = MesuresJsonReader.lire(("[{\"" + long65 + "\":1,\"" + long64 + "\":2}]")
        .getBytes(StandardCharsets.UTF_8), false);
    assertThat(r.violations()).extracting(v -> v.arguments().get("champ"))
        .containsExactlyInAnyOrder("z".repeat(64) + "…", long64);
  }

  private static String ocmi(String siret, String rg) {
    return MesuresJsonTest.MESURE.replace("{\"numero_rg\":\"18A32450\"",
        "{\"mandataire\":{\"siret\":\"" + siret + "\"},\"numero_rg\":\"" + rg + "\"") + "}";
  }

  @Test
  void ocmiSiretNonNumeriqueOuTropCourtDonneesEnTropEtFluxSansMarque() throws IOException {
    String json = "[" + ocmi("ABC12345678901", "R1") + "," + ocmi("12345678", "R2") + "," + ocmi("12345678900011", "R3") + "]";
    FichierOcmi f = FichierOcmi.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).valeurOuErreur();
    assertThat(f.sirets()).containsExactly("12345678", "12345678900011");
    assertThat(f.avertissements()).extracting(Violation::code).containsExactly("OCMI_MANDATAIRE_ABSENT");
    assertThat(f.groupe("1234567")).isEmpty();
    assertThat(f.groupe("12345678")).isPresent();
    assertThat(f.groupe("999999999")).isEmpty();
    assertThat(f.groupe("12345678900099").orElseThrow().siret()).isEqualTo("12345678900011");
    assertThat(FichierOcmi.lire(new ByteArrayInputStream((json + " []").getBytes(StandardCharsets.UTF_8))).violations())
        .extracting(Violation::code).containsExactly("JSON_ILLISIBLE");
    // flux sans marque (mark/reset) : enveloppé par la bibliothèque
    var sansMarque = new FilterInputStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public boolean markSupported() {
        return false;
      }
    };
    assertThat(FichierOcmi.lire(sansMarque).valeurOuErreur().nombreMesures()).isEqualTo(2);
  }

  @Test
  void ocmiElementMalTypeRefuseAvecSonRang() throws IOException {
    String json = "[" + ocmi("12345678900011", "R1") + "," + ocmi("12345678900011", "R2").replace("1982", "\"vieux\"") + "]";
    FichierOcmi f = FichierOcmi.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).valeurOuErreur();
    Resultat<?> r = SynchronisationOcmi.avec(MesuresJsonTest.ENGINE).synchroniser(f, GestionnaireId.individuel(1),
        Siret.of("12345678900011"), MesuresExistantes.aucune());
    assertThat(r.violations()).extracting(Violation::code).contains("JSON_TYPE_INVALIDE");
    assertThat(r.violations()).filteredOn(v -> v.code().equals("JSON_TYPE_INVALIDE"))
        .allSatisfy(v -> assertThat(v.arguments()).containsEntry("ligne", "2").containsKey("champ"));
  }

  @Test
  void sortieJsonDesChampsRaresEtModuleJackson() throws Exception {
    Mesure base = MesureFixtures.tutelleEnCours();
    MesureEtat etat = base.etats().get(0).withLieuVie(LieuVie.ETABLISSEMENT)
        .withTypeEtablissement(TypeEtablissement.ETABLISSEMENT_HOSPITALIER);
    Mesure m = base.withId(MesureId.of(41)).withEtats(etat).withLieuVie(LieuVie.ETABLISSEMENT)
        .withTypeEtablissement(TypeEtablissement.ETABLISSEMENT_HOSPITALIER)
        .withStatut(StatutMesure.ETEINTE).withDateFinMesure(LocalDate.of(2024, 2, 1)).withCauseSortie(CauseSortie.DECES)
        .withRessources(Ressource.builder().annee(2023).niveauRessource(new BigDecimal("1200"))
            .addPrestations(PrestationSociale.AAH).build());
    JsonNode j = MesureJson.ecrire(m, MesuresJsonTest.ENGINE.referentiel());
    assertThat(j.get("id").asLong()).isEqualTo(41);
    assertThat(j.get("cause_sortie").asText()).isEqualTo("deces");
    assertThat(j.get("etats").get(0).get("type_etablissement").asText()).isEqualTo("etablissement_hospitalier");
    assertThat(j.get("ressources").get(0).get("prestations_sociales").get(0).asText()).isEqualTo("AAH");
    ObjectMapper om = new ObjectMapper().registerModule(new EmjpmJacksonModule(MesuresJsonTest.ENGINE.referentiel()));
    assertThat(om.writeValueAsString(MesureId.of(41))).isEqualTo("41");
  }

  /** Trouvé par Jazzer (cible ocmi) : un en-tête local de zip tronqué levait EOFException. */
  @Test
  void archiveOcmiTronqueeRefuseeParUnCode() throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
      z.putNextEntry(new java.util.zip.ZipEntry("ocmi.json"));
      z.write(("[" + ocmi("12345678900011", "R1") + "]").getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    byte[] zip = b.toByteArray();
    // lecture en flux : seul le répertoire central final manque, l'entrée est complète et lue
    assertThat(FichierOcmi.lire(new ByteArrayInputStream(java.util.Arrays.copyOf(zip, zip.length - 1)))
        .valeurOuErreur().nombreMesures()).isEqualTo(1);
    for (int coupe : new int[] {6, 20, 29, 40, zip.length / 2}) {
      byte[] tronque = java.util.Arrays.copyOf(zip, coupe);
      assertThat(FichierOcmi.lire(new ByteArrayInputStream(tronque)).violations()).as("coupé à %d", coupe)
          .extracting(v -> v.code()).containsExactly("OCMI_ARCHIVE_ILLISIBLE");
    }
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/fr/gouv/emjpm/io/fuzz/ImportsFuzzTestInputs/ocmi/zip-en-tete-local-tronque")) {
      assertThat(FichierOcmi.lire(in).violations()).extracting(v -> v.code()).containsExactly("OCMI_ARCHIVE_ILLISIBLE");
    }
  }

  /** Trouvé par Jazzer (cible ocmi) : un « @class » imbriqué donnait un succès portant une violation bloquante. */
  @Test
  void typageParClasseImbriqueRefuseLaMesureDansSonGroupe() throws IOException {
    String json = "[" + ocmi("12345678900011", "R1").replace("\"prestations_sociales\"", "\"@class\"") + ","
        + ocmi("98765432100017", "R2") + "]";
    FichierOcmi f = FichierOcmi.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).valeurOuErreur();
    assertThat(f.avertissements()).noneMatch(v -> v.estBloquante());
    Resultat<?> refusee = f.groupe("12345678900011").orElseThrow().mesures().get(0);
    assertThat(refusee.estSucces()).isFalse();
    assertThat(refusee.violations()).extracting(v -> v.code()).contains("JSON_TYPAGE_REFUSE");
    assertThat(f.groupe("98765432100017").orElseThrow().mesures().get(0).estSucces()).isTrue();
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/fr/gouv/emjpm/io/fuzz/ImportsFuzzTestInputs/ocmi/class-imbrique-dans-une-ressource")) {
      FichierOcmi trouve = FichierOcmi.lire(in).valeurOuErreur();
      assertThat(trouve.groupe("12345678900011").orElseThrow().mesures().get(0).violations())
          .extracting(v -> v.code()).contains("JSON_TYPAGE_REFUSE");
    }
  }
}
