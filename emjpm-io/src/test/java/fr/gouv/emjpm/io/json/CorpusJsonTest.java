// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.mesures.SynchronisationOcmi;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus JSON hostile et R-DOC-2 pour {@link CodeJson} : chaque document du manifeste produit le code
 * attendu (sans exception, sans recopier la valeur piège), et chaque code de {@link CodeJson} est
 * produit par au moins un document. Un code ajouté sans document fait échouer le test.
 */
class CorpusJsonTest {
  private static final String PIEGE = "PIEGE-7731";
  private static final String MESURE = MesuresJsonTest.MESURE + "}";

  /** Un document, le lecteur qui le lit (API éditeurs ou OCMI) et le code attendu. */
  record Cas(String nom, byte[] octets, Function<byte[], List<Violation>> lecteur, CodeViolation code) {
    @Override
    public String toString() {
      return nom + " -> " + code;
    }
  }

  /** Violations du document et de chacun de ses éléments. */
  private static List<Violation> api(byte[] octets) {
    Resultat<LotJson> r = MesuresJsonReader.lire(octets, false);
    List<Violation> toutes = new ArrayList<>(r.violations());
    r.valeur().ifPresent(l -> l.elements().forEach(e -> toutes.addAll(e.violations())));
    return toutes;
  }

  private static List<Violation> apiStricte(byte[] octets) {
    return MesuresJsonReader.lire(octets, true).violations();
  }

  /** Violations de la lecture du fichier puis de la synchronisation d'un mandataire. */
  private static List<Violation> ocmi(byte[] octets) {
    try {
      Resultat<FichierOcmi> f = FichierOcmi.lire(new ByteArrayInputStream(octets));
      List<Violation> toutes = new ArrayList<>(f.violations());
      f.valeur().ifPresent(fichier -> toutes.addAll(SynchronisationOcmi.avec(MesuresJsonTest.ENGINE)
          .synchroniser(fichier, GestionnaireId.individuel(1), Siret.of("12345678900029"), MesuresExistantes.aucune())
          .violations()));
      return toutes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lecture OCMI sous un plafond de mémoire d'1 Mio. */
  private static List<Violation> ocmiPetiteMemoire(byte[] octets) {
    try {
      return FichierOcmi.lire(new ByteArrayInputStream(octets), FichierOcmi.DELAI, 1024 * 1024).violations();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Violations de la vérification du document par le moteur. */
  private static List<Violation> verifie(byte[] octets) {
    return MesuresJsonReader.verifier(octets, false, java.util.Set.of(), MesuresJsonTest.ENGINE.contexte());
  }

  /** Lecture OCMI dont l'échéance est déjà passée. */
  private static List<Violation> ocmiSansDelai(byte[] octets) {
    try {
      return FichierOcmi.lire(new ByteArrayInputStream(octets), java.time.Duration.ofNanos(1)).violations();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] u(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String ocmiMesure(String siret, String tribunal) {
    return MESURE.replace("{\"numero_rg\"", "{\"mandataire\":{\"siret\":\"" + siret + "\"},\"numero_rg\"")
        .replace("17590111500709", tribunal);
  }

  static Stream<Arguments> manifeste() throws IOException {
    Map<String, Cas> m = new LinkedHashMap<>();
    ajouter(m, "mal-forme", u("{\"numero_rg\":"), CorpusJsonTest::api, CodeJson.JSON_ILLISIBLE);
    ajouter(m, "donnees-apres-la-fin", u(MESURE + "{}"), CorpusJsonTest::api, CodeJson.JSON_ILLISIBLE);
    ajouter(m, "profondeur-40", u("[".repeat(40) + "]".repeat(40)), CorpusJsonTest::api, CodeJson.JSON_LIMITE_DEPASSEE);
    ajouter(m, "nombre-de-50-chiffres", u("{\"annee_naissance\":" + "9".repeat(50) + "}"), CorpusJsonTest::api,
        CodeJson.JSON_LIMITE_DEPASSEE);
    ajouter(m, "chaine-de-20000", u("{\"ville\":\"" + "x".repeat(20_000) + "\"}"), CorpusJsonTest::api,
        CodeJson.JSON_LIMITE_DEPASSEE);
    ajouter(m, "document-de-6-mio", u("[" + "0,".repeat(3 * 1024 * 1024) + "0]"), CorpusJsonTest::api,
        CodeJson.JSON_LIMITE_DEPASSEE);
    ajouter(m, "cle-en-double", u("{\"numero_rg\":\"1\",\"numero_rg\":\"" + PIEGE + "\"}"), CorpusJsonTest::api,
        CodeJson.JSON_CLE_EN_DOUBLE);
    ajouter(m, "racine-nombre", u("42"), CorpusJsonTest::api, CodeJson.JSON_RACINE_INVALIDE);
    ajouter(m, "lot-de-1001", u("[" + "{},".repeat(1000) + "{}]"), CorpusJsonTest::api, CodeJson.JSON_LOT_TROP_GRAND);
    ajouter(m, "type-invalide", u(MESURE.replace("1982", "\"" + PIEGE + "\"")), CorpusJsonTest::api,
        CodeJson.JSON_TYPE_INVALIDE);
    ajouter(m, "typage-par-classe", u("{\"@class\":\"java.lang.ProcessBuilder\",\"numero_rg\":\"1\"}"),
        CorpusJsonTest::api, CodeJson.JSON_TYPAGE_REFUSE);
    ajouter(m, "champ-inconnu", u("[" + MESURE.replace("{\"numero_rg\"", "{\"zz_" + "inconnu\":1,\"numero_rg\"") + "]"),
        CorpusJsonTest::api, CodeJson.JSON_CHAMP_INCONNU);
    ajouter(m, "champ-interdit-strict", u(MESURE.replace("{\"numero_rg\"", "{\"nom\":\"" + PIEGE + "\",\"numero_rg\"")),
        CorpusJsonTest::apiStricte, CodeJson.JSON_CHAMP_INTERDIT);
    ajouter(m, "ocmi-zip-sans-json", zip("a.txt", u("x")), CorpusJsonTest::ocmi, CodeJson.OCMI_ARCHIVE_ILLISIBLE);
    ajouter(m, "ocmi-zip-tronque", java.util.Arrays.copyOf(zip("o.json", u("[" + ocmiMesure("1", "1") + "]")), 40),
        CorpusJsonTest::ocmi, CodeJson.OCMI_ARCHIVE_ILLISIBLE);
    ajouter(m, "ocmi-bombe-257-mio", zipZeros("o.json", FichierOcmi.TAILLE_MAX + 1), CorpusJsonTest::ocmi,
        CodeJson.OCMI_TROP_VOLUMINEUX);
    ajouter(m, "ocmi-sans-mandataire", u("[" + MESURE + "]"), CorpusJsonTest::ocmi, CodeJson.OCMI_MANDATAIRE_ABSENT);
    ajouter(m, "ocmi-mandataire-inconnu", u("[" + ocmiMesure("99999999900011", "17590111500709") + "]"),
        CorpusJsonTest::ocmi, CodeJson.OCMI_MANDATAIRE_INCONNU);
    ajouter(m, "ocmi-par-siren", u("[" + ocmiMesure("12345678900011", "17590111500709") + "]"), CorpusJsonTest::ocmi,
        CodeJson.OCMI_TROUVE_PAR_SIREN);
    ajouter(m, "ocmi-tribunal-inconnu", u("[" + ocmiMesure("12345678900029", "17750111101383") + "]"),
        CorpusJsonTest::ocmi, CodeJson.OCMI_TRIBUNAL_INCONNU);
    ajouter(m, "date-aaaa-mm-jj-barres", u(MESURE.replace("\"date_nomination\":\"2018-02-01\"",
        "\"date_nomination\":\"2018/02/01\"")), CorpusJsonTest::api, CodeJson.JSON_DATE_TOLEREE);
    ajouter(m, "ocmi-une-mesure-refusee-sur-deux", u("[" + ocmiMesure("12345678900029", "17590111500709") + ","
        + ocmiMesure("12345678900029", "17750111101383") + "]"), CorpusJsonTest::ocmi, CodeJson.OCMI_MESURE_NON_ENREGISTREE);
    ajouter(m, "date-an-999999999", u(MESURE.replace("\"date_nomination\":\"2018-02-01\"",
        "\"date_nomination\":\"+999999999-12-31\"")), CorpusJsonTest::api, CodeJson.JSON_DATE_HORS_BORNES);
    ajouter(m, "ocmi-date-an-1800", u("[" + ocmiMesure("12345678900029", "17590111500709")
        .replace("2018-02-01", "1800-02-01") + "]"), CorpusJsonTest::ocmi, CodeJson.JSON_DATE_HORS_BORNES);
    ajouter(m, "caractere-nul", u(MESURE.replace("\"D-1\"", "\"D\\u0000-1\"")), CorpusJsonTest::api,
        CodeJson.JSON_CARACTERES_RETIRES);
    ajouter(m, "ocmi-profondeur", u("[" + "[".repeat(40) + "]".repeat(40) + "]"), CorpusJsonTest::ocmi,
        CodeJson.JSON_LIMITE_DEPASSEE);
    // issue 15 : plafonds de mémoire et de temps
    ajouter(m, "etats-201", u(MESURE.replace("\"etats\":[", "\"etats\":[" + "{},".repeat(200))),
        CorpusJsonTest::api, CodeJson.JSON_TROP_D_ETATS);
    ajouter(m, "ressources-101", u("{\"ressources\":[" + "{},".repeat(100) + "{}]}"), CorpusJsonTest::api,
        CodeJson.JSON_TROP_DE_RESSOURCES);
    ajouter(m, "lot-de-1000-mesures-vides-verifie", u("[" + "{},".repeat(999) + "{}]"), CorpusJsonTest::verifie,
        CodeJson.JSON_VIOLATIONS_OMISES);
    // 20 mesures de 200 états invalides : 200 erreurs gardées chacune, au-delà d'un plafond de mémoire d'1 Mio
    ajouter(m, "ocmi-trop-lourd", u("[" + ("{\"mandataire\":{\"siret\":\"1\"},\"etats\":[" + "1,".repeat(199) + "1]},")
        .repeat(20) + "{}]"), CorpusJsonTest::ocmiPetiteMemoire, CodeJson.OCMI_TROP_LOURD);
    ajouter(m, "ocmi-100001-mesures", u("[" + "{\"mandataire\":{\"siret\":\"1\"}},".repeat(FichierOcmi.MESURES_MAX + 1)
        + "{}]"), CorpusJsonTest::ocmi, CodeJson.OCMI_TROP_DE_MESURES);
    ajouter(m, "ocmi-echeance-depassee", u("[" + ocmiMesure("12345678900029", "17590111500709") + "]"),
        CorpusJsonTest::ocmiSansDelai, CodeFichier.FICHIER_DELAI_DEPASSE);
    ajouter(m, "ocmi-1001-mesures-refusees", u("[" + ocmiMesure("12345678900029", "17590111500709") + ","
        + (ocmiMesure("12345678900029", "17750111101383") + ",").repeat(1000)
        + ocmiMesure("12345678900029", "17750111101383") + "]"), CorpusJsonTest::ocmi, CodeJson.OCMI_VIOLATIONS_OMISES);
    return m.values().stream().map(Arguments::of);
  }

  private static void ajouter(Map<String, Cas> m, String nom, byte[] o, Function<byte[], List<Violation>> l,
      CodeViolation c) {
    m.put(nom, new Cas(nom, o, l, c));
  }

  private static byte[] zip(String nom, byte[] contenu) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry(nom));
      z.write(contenu);
    }
    return b.toByteArray();
  }

  /** Archive dont l'unique entrée JSON fait {@code taille} octets d'espaces (bombe qui ment peu). */
  private static byte[] zipZeros(String nom, long taille) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry(nom));
      byte[] bloc = new byte[1 << 20];
      java.util.Arrays.fill(bloc, (byte) ' ');
      for (long ecrit = 0; ecrit < taille; ecrit += bloc.length) {
        z.write(bloc, 0, (int) Math.min(bloc.length, taille - ecrit));
      }
    }
    return b.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifeste")
  void chaqueDocumentProduitSonCodeSansRecopierLaValeur(Cas cas) {
    List<Violation> r = cas.lecteur().apply(cas.octets());
    assertThat(r).extracting(Violation::code).contains(cas.code().code());
    assertThat(r.toString()).doesNotContain(PIEGE).doesNotContain("Exception").doesNotContain("jackson");
  }

  @Test
  void chaqueCodeJsonEstProduitParUnDocumentDuManifeste() throws IOException {
    EnumSet<CodeJson> couverts = EnumSet.noneOf(CodeJson.class);
    manifeste().forEach(a -> {
      Cas c = (Cas) a.get()[0];
      if (c.code() instanceof CodeJson j && c.lecteur().apply(c.octets()).stream().anyMatch(v -> v.code().equals(j.code()))) {
        couverts.add(j);
      }
    });
    assertThat(EnumSet.complementOf(couverts)).as("codes sans document qui les produit").isEmpty();
  }
}
