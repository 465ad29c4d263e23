// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-DOC-2 : chaque code de {@link CodeImport} et de {@link CodeFichier} est produit par au moins un fichier, soit du corpus
 * hostile ({@link CorpusHostileTest}), soit des fichiers de colonnes ci-dessous. Un code ajouté sans
 * fichier fait échouer ce test.
 */
class CodesImportCouvertsTest {

  @TempDir Path dossier;

  static final String EN_TETE = MesuresImporterTest.EN_TETE;
  static final String LILLE = MesuresImporterTest.SIRET_LILLE;

  private Set<String> codes(String contenu, ParametresImport p) throws Exception {
    Path f = Files.createTempFile(dossier, "c", ".csv");
    Files.writeString(f, contenu, StandardCharsets.UTF_8);
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(f, p);
    return r.violations().stream().map(Violation::code).collect(Collectors.toSet());
  }

  private Set<String> codesXlsx(byte[] octets) throws Exception {
    Path f = Files.createTempFile(dossier, "c", ".xlsx");
    Files.write(f, octets);
    return MesuresImporterTest.IMPORTER.importer(f, ParametresImport.pour(GestionnaireId.individuel(1))).violations()
        .stream().map(Violation::code).collect(Collectors.toSet());
  }

  private Set<String> codes(String contenu) throws Exception {
    return codes(contenu, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  @Test
  void chaqueCodeAUnFichierQuiLeProduit() throws Exception {
    Set<String> couverts = new HashSet<>();
    // Corpus hostile : chaque cas du manifeste a déjà vérifié son code.
    CorpusHostile.cas().values().forEach(c -> couverts.add(c.code()));
    String ligne = "01/02/2020;tutelle;59000;Lille;F;1950;A1;;domicile;" + LILLE + "\n";
    Map<Enum<?>, Set<String>> colonnes = new java.util.LinkedHashMap<>();
    colonnes.put(CodeImport.IMPORT_EN_TETE_INVALIDE, codes("inconnue;" + EN_TETE + "x;" + ligne));
    colonnes.put(CodeImport.IMPORT_COLONNE_IGNOREE, codes("inconnue;" + EN_TETE + ";" + ligne));
    colonnes.put(CodeImport.IMPORT_COLONNE_MANQUANTE, codes("type\ntutelle\n"));
    colonnes.put(CodeImport.IMPORT_VALEUR_MANQUANTE, codes(EN_TETE + ligne.replace("tutelle", "")));
    colonnes.put(CodeImport.IMPORT_DATE_INVALIDE, codes(EN_TETE + ligne.replace("01/02/2020", "00/02/2020")));
    colonnes.put(CodeImport.IMPORT_CODE_POSTAL_INVALIDE, codes(EN_TETE + ligne.replace("59000", "590")));
    Map<String, String> belge = ImportDispositionExportTest.ligneValide();
    belge.put("pays", "BE"); // code postal 59000 : France
    colonnes.put(CodeImport.IMPORT_PAYS_INCOHERENT, codes(ImportDispositionExportTest.csvExport(List.of(belge))));
    colonnes.put(CodeImport.IMPORT_ANNEE_INVALIDE, codes(EN_TETE + ligne.replace("1950", "19x0")));
    colonnes.put(CodeImport.IMPORT_ANNEE_TROP_PETITE, codes(EN_TETE + ligne.replace("1950", "1850")));
    colonnes.put(CodeImport.IMPORT_ANNEE_TROP_GRANDE, codes(EN_TETE + ligne.replace("1950", "2950")));
    colonnes.put(CodeImport.IMPORT_VALEUR_NON_ACCEPTEE, codes(EN_TETE + ligne.replace(";F;", ";Z;")));
    colonnes.put(CodeImport.IMPORT_SIRET_INVALIDE, codes(EN_TETE + ligne.replace(LILLE, "123")));
    colonnes.put(CodeImport.IMPORT_TRIBUNAL_INCONNU, codes(EN_TETE + ligne.replace(LILLE, "17750111101383")));
    Path ancien = Files.createTempFile(dossier, "c", ".csv");
    Files.writeString(ancien, EN_TETE + ligne.replace(LILLE, MesuresImporterTest.SIRET_ANCIEN), StandardCharsets.UTF_8);
    colonnes.put(CodeImport.IMPORT_TRIBUNAL_REDIRIGE, MesuresImporterTest.importerAvecAncienTribunal()
        .importer(ancien, ParametresImport.pour(GestionnaireId.individuel(1))).violations().stream()
        .map(Violation::code).collect(Collectors.toSet()));
    colonnes.put(CodeImport.IMPORT_DOUBLONS, codes(EN_TETE + ligne + ligne));
    colonnes.put(CodeImport.IMPORT_CODE_POSTAL_ZERO_RETABLI,
        codes(EN_TETE + ligne.replace("59000;Lille", "2100;Saint-Quentin")));
    colonnes.put(CodeImport.IMPORT_BILAN_ERREURS, codes(EN_TETE + ligne.replace(";F;", ";Z;")));
    colonnes.put(CodeImport.IMPORT_ERREURS_OMISES, codes(EN_TETE + "x\n".repeat(300)));
    StringBuilder zeros = new StringBuilder(EN_TETE);
    for (int i = 0; i <= fr.gouv.emjpm.io.internal.ViolationsGardees.MAX; i++) {
      zeros.append(ligne.replace("59000;Lille", "2100;Saint-Quentin").replace(";A1;", ";A" + i + ";"));
    }
    colonnes.put(CodeImport.IMPORT_AVERTISSEMENTS_OMIS, codes(zeros.toString()));
    ParametresImport service = ParametresImport.pour(GestionnaireId.service(1))
        .avecAntennes(List.of(Antenne.builder().id(3).serviceId(1).nom("LILLE").build()), Map.of());
    colonnes.put(CodeImport.IMPORT_ANTENNE_INCONNUE,
        codes(EN_TETE.replace("\n", ";antenne\n") + ligne.replace("\n", ";ROUBAIX\n"), service));
    double ratio = ZipSecureFile.getMinInflateRatio();
    try {
      ZipSecureFile.setMinInflateRatio(0.001); // un hôte qui relâche la limite globale
      Path xlsx = dossier.resolve("m.xlsx");
      Files.write(xlsx, CorpusHostile.modele());
      colonnes.put(CodeFichier.FICHIER_LIMITES_HOTE, MesuresImporterTest.IMPORTER
          .importer(xlsx, ParametresImport.pour(GestionnaireId.individuel(1))).violations().stream()
          .map(Violation::code).collect(Collectors.toSet()));
    } finally {
      ZipSecureFile.setMinInflateRatio(ratio);
    }
    colonnes.put(CodeImport.IMPORT_CARACTERES_RETIRES, codes(EN_TETE + ligne.replace("Lille", "Li\u0001lle")));
    colonnes.put(CodeImport.IMPORT_EN_TETE_EN_DOUBLE, codes(EN_TETE.replace("\n", ";type\n") + ligne));
    String types = CorpusHostile.entreeDuModele(CorpusHostile.TYPES);
    String principal = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    colonnes.put(CodeFichier.FICHIER_TYPE_CLASSEUR_REFUSE, codesXlsx(CorpusHostile.remplacer(CorpusHostile.modele(),
        CorpusHostile.TYPES, types.replace(principal, "application/vnd.ms-excel.sheet.macroEnabled.main+xml"))));
    colonnes.put(CodeFichier.FICHIER_PAS_UN_CLASSEUR, codesXlsx(CorpusHostile.remplacer(CorpusHostile.modele(),
        CorpusHostile.TYPES, types.replace(principal,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"))));
    colonnes.forEach((code, produits) -> {
      assertThat(produits).as(code.name()).contains(code.name());
      couverts.add(code.name());
    });
    assertThat(java.util.stream.Stream.concat(Arrays.stream(CodeImport.values()), Arrays.stream(CodeFichier.values()))
        .map(Enum::name).filter(c -> !couverts.contains(c)).toList()).as("codes sans fichier qui les produit").isEmpty();
  }
}
