// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.io.json.CodeJson;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aucun message d'import ne recopie une valeur de cellule : ni le numéro RG, ni le dossier, ni la
 * ville, le cabinet, le code postal, l'année, la date, ni une valeur refusée d'une colonne à liste.
 *
 * <p>Deux garanties : (1) pour <b>tous</b> les codes de l'import des mesures ({@link CodeImport}), des
 * règles du moteur ({@link CodeRegle}) et du JSON ({@link CodeJson}), le modèle du message n'a que des
 * paramètres qui ne sont pas des cellules (ligne, colonne telle que l'en-tête l'écrit, valeurs
 * acceptées, bornes, nombres…) ; seuls {@code siret} et {@code tribunal} désignent un tribunal (donnée
 * publique du référentiel, que l'original citait aussi) ; (2) un corpus dont chaque cellule porte une
 * valeur « canari » ({@code QZK…}), valide ou non, dans les deux dispositions, en mode strict ou non,
 * en JSON : le canari n'apparaît dans aucun message ni argument (hors nom d'antenne, rendu à l'hôte pour
 * qu'il l'associe à une antenne).
 */
class MessagesSansValeursTest {

  private static final String CANARI = "QZK";
  private static final Pattern PARAMETRE = Pattern.compile("\\{([a-zA-Z_]+)}");
  /** Paramètres qui ne recopient aucune cellule. */
  private static final Set<String> PARAMETRES_SANS_CELLULE = Set.of("ligne", "colonne", "valeurs", "max", "min",
      "nombre", "lignes", "position", "premiere", "erreurs", "mesures", "champ", "operation", "statut", "type");
  /** Paramètres qui désignent un tribunal du référentiel (donnée publique). */
  private static final Set<String> PARAMETRES_TRIBUNAL = Set.of("siret", "tribunal");

  @TempDir Path dossier;

  @Test
  void aucunModeleDeMessageNeRecopieUneCellule() {
    List<CodeViolation> codes = new ArrayList<>();
    codes.addAll(List.of(CodeImport.values()));
    codes.addAll(List.of(CodeRegle.values()));
    codes.addAll(List.of(CodeJson.values()));
    for (CodeViolation c : codes) {
      Matcher m = PARAMETRE.matcher(c.modele());
      while (m.find()) {
        assertThat(m.group(1)).as("paramètre de %s", c.code())
            .isIn(Stream.concat(PARAMETRES_SANS_CELLULE.stream(), PARAMETRES_TRIBUNAL.stream()).toList());
      }
    }
    // les paramètres de tribunal ne servent qu'aux codes du tribunal
    assertThat(codes.stream().filter(c -> PARAMETRE.matcher(c.modele()).results()
        .anyMatch(r -> PARAMETRES_TRIBUNAL.contains(r.group(1)))).map(CodeViolation::code))
        .allMatch(c -> c.contains("TRIBUNAL") || c.contains("SIRET"));
  }

  @Test
  void aucunCanariDansLesMessagesNiLesArguments() throws IOException {
    List<Violation> toutes = new ArrayList<>();
    String enTete = MesuresImporterTest.EN_TETE.replace("\n", ";type_etablissement;tribunal_cabinet\n");
    String lille = MesuresImporterTest.SIRET_LILLE;
    // chaque cellule illisible porte un canari
    String illisible = "QZK01;QZK02;QZK03;QZK04;QZK05;QZK06;QZK07;QZK08;QZK09;QZK10;QZK11;QZK12\n";
    // colonnes bien formées, règles en échec : RG non normalisé (strict), tribunal inconnu, année hors bornes
    String rgStrict = "01/02/2020;tutelle;59000;QZKVILLE;F;1950;QZK/RG/13;QZKDOS;en établissement;" + lille
        + ";;QZKCAB\n";
    String tribunalInconnu = "01/02/2020;tutelle;59000;QZKVILLE;F;1950;QZKRG14;QZKDOS;domicile;17750111101383;;QZKC\n";
    String annee = "01/02/2020;tutelle;QZK2;QZKVILLE;F;2950;QZKRG15;QZKDOS;domicile;" + lille + ";;QZKC\n";
    String fichier = enTete + illisible + rgStrict + tribunalInconnu + annee;
    toutes.addAll(importer(fichier, ParametresImport.pour(GestionnaireId.individuel(1))).violations());
    toutes.addAll(importer(fichier, ParametresImport.pour(GestionnaireId.individuel(1)).avecStrict(true)).violations());
    // import accepté avec avertissements : doublons, établissement sans type, département inconnu, zéro rétabli
    String valide = "01/02/2020;tutelle;98000;QZKMONACO;F;1950;QZKRGDUP;QZKDOS;en établissement;" + lille
        + ";;QZKCAB\n";
    String zero = "01/02/2020;tutelle;2100;Saint-Quentin;H;1950;QZKRG16;QZKDOS;domicile;" + lille + ";;QZKCAB\n";
    Resultat<ImportMesures> ok = importer(enTete + valide + valide + zero, ParametresImport.pour(GestionnaireId.individuel(1)));
    assertThat(ok.estSucces()).isTrue();
    toutes.addAll(ok.violations());
    // antenne inconnue d'un service : le nom n'est rendu qu'en argument « antenne », jamais dans le message
    ParametresImport service = ParametresImport.pour(GestionnaireId.service(1))
        .avecAntennes(List.of(Antenne.builder().id(3).serviceId(1).nom("LILLE").build()), Map.of());
    toutes.addAll(importer(enTete.replace("\n", ";antenne\n") + zero.replace("\n", ";QZKANTENNE\n"), service)
        .violations());
    // disposition de l'export : chaque colonne porte un canari
    Map<String, String> export = new LinkedHashMap<>();
    int i = 30;
    for (String c : MesuresExporter.COLONNES) {
      export.put(c, CANARI + i++);
    }
    Map<String, String> exportRegles = ImportDispositionExportTest.ligneValide();
    exportRegles.putAll(Map.of("numero_rg", "QZK/RG/50", "numero_dossier", "QZKD", "cabinet", "QZKC", "ville", "QZKV",
        "tribunal", "QZKT", "pays", "BE"));
    toutes.addAll(importer(ImportDispositionExportTest.csvExport(List.of(export, exportRegles)),
        ParametresImport.pour(GestionnaireId.individuel(1)).avecStrict(true)).violations());
    // JSON d'un logiciel métier : chaque valeur est un canari
    String json = "[{\"numero_rg\":\"QZK-J1\",\"numero_dossier\":\"QZKJ2\",\"annee_naissance\":\"QZKJ3\","
        + "\"civilite\":\"QZKJ4\",\"date_nomination\":\"QZKJ5\",\"tribunal_siret\":\"QZKJ6\",\"ville\":\"QZKJ7\","
        + "\"code_postal\":\"QZKJ8\",\"lieu_vie\":\"QZKJ9\",\"etats\":[{\"date_changement_etat\":\"QZKJ10\","
        + "\"nature_mesure\":\"QZKJ11\",\"lieu_vie\":\"QZKJ12\",\"pays\":\"QZKJ13\",\"code_postal\":\"QZKJ14\","
        + "\"ville\":\"QZKJ15\",\"type_etablissement\":\"QZKJ16\",\"champ_mesure\":\"QZKJ17\"}],"
        + "\"ressources\":[{\"annee\":\"QZKJ18\",\"niveau_ressource\":\"QZKJ19\",\"prestations_sociales\":[\"QZKJ20\"]}]},"
        + "{\"numero_rg\":\"QZK/J/21\",\"annee_naissance\":2999,\"civilite\":\"madame\",\"date_nomination\":\"2020-02-01\","
        + "\"tribunal_siret\":\"17750111101383\",\"ville\":\"QZKJ22\",\"code_postal\":\"98000\",\"etats\":[]}]";
    toutes.addAll(MesuresJsonReader.verifier(json.getBytes(StandardCharsets.UTF_8), false, Set.of(),
        MesuresImporterTest.ENGINE.contexte()));

    Set<String> codes = new TreeSet<>();
    for (Violation v : toutes) {
      codes.add(v.code());
      assertThat(v.message().toUpperCase(Locale.ROOT)).as("message de %s", v.code()).doesNotContain(CANARI);
      v.arguments().forEach((cle, valeur) -> {
        if (!cle.equals("antenne")) {
          assertThat(valeur.toUpperCase(Locale.ROOT)).as("argument %s de %s", cle, v.code()).doesNotContain(CANARI);
        }
      });
      assertThat(v.chemin().toUpperCase(Locale.ROOT)).doesNotContain(CANARI);
    }
    // le corpus atteint bien les codes dont le message pourrait recopier une cellule
    assertThat(codes).contains("IMPORT_BILAN_ERREURS", "IMPORT_DATE_INVALIDE", "IMPORT_VALEUR_NON_ACCEPTEE",
        "IMPORT_CODE_POSTAL_INVALIDE", "IMPORT_ANNEE_INVALIDE", "IMPORT_ANNEE_TROP_GRANDE", "IMPORT_SIRET_INVALIDE",
        "IMPORT_TRIBUNAL_INCONNU", "RG_NON_NORMALISE_STRICT", "IMPORT_DOUBLONS", "TYPE_ETABLISSEMENT_ABSENT",
        "CODE_POSTAL_DEPARTEMENT_INCONNU", "IMPORT_CODE_POSTAL_ZERO_RETABLI", "IMPORT_ANTENNE_INCONNUE",
        "IMPORT_PAYS_INCOHERENT");
    assertThat(codes.stream().filter(c -> c.startsWith("JSON_") || c.equals("CODE_INVALIDE"))).isNotEmpty();
  }

  private Resultat<ImportMesures> importer(String contenu, ParametresImport parametres) throws IOException {
    Path p = Files.createTempFile(dossier, "canari", ".csv");
    Files.writeString(p, contenu, StandardCharsets.UTF_8);
    return MesuresImporterTest.IMPORTER.importer(p, parametres);
  }
}
