// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.io.json.LotJson;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.validation.ReglesLieuDeVie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 : « en établissement » sans type et code postal sans département connu (Monaco 98000), sur
 * chaque chemin d'entrée. Import de fichier et OCMI : acceptés avec un avertissement ; API des logiciels
 * métier : type d'établissement exigé (comme l'original), Monaco gardé avec l'avertissement ;
 * formulaires : les deux refusés.
 */
class LieuDeVieCheminsTest {

  private static final String SIRET_MANDATAIRE = "12345678900011";

  private static String mesure(String lieu, String codePostal, boolean mandataire) {
    return "{" + (mandataire ? "\"mandataire\":{\"siret\":\"" + SIRET_MANDATAIRE + "\",\"nom\":\"X\"}," : "")
        + "\"numero_rg\":\"19/00001\",\"annee_naissance\":1950,\"civilite\":\"madame\","
        + "\"tribunal_siret\":\"17590111500709\",\"date_nomination\":\"2019-03-01\","
        + "\"etats\":[{\"date_changement_etat\":\"2019-03-01\",\"nature_mesure\":\"tutelle\",\"lieu_vie\":\"" + lieu
        + "\",\"code_postal\":\"" + codePostal + "\",\"ville\":\"VILLE\",\"pays\":\"FR\"}]}";
  }

  private static Resultat<ImportMesures> ocmi(String mesure) throws IOException {
    FichierOcmi f = FichierOcmi.lire(new ByteArrayInputStream(("[" + mesure + "]").getBytes(StandardCharsets.UTF_8)))
        .valeurOuErreur();
    return SynchronisationOcmi.avec(MesuresImporterTest.ENGINE)
        .synchroniser(f, GestionnaireId.individuel(4), Siret.of(SIRET_MANDATAIRE), MesuresExistantes.aucune());
  }

  private static List<String> editeur(String mesure) {
    LotJson lot = MesuresJsonReader.lire(mesure.getBytes(StandardCharsets.UTF_8), false).valeurOuErreur();
    return MesuresJsonReader.verifier(lot, Set.of(), MesuresImporterTest.ENGINE.contexte()).stream()
        .map(Violation::code).toList();
  }

  @Test
  void ocmiAccepteEnEtablissementSansTypeAvecUnAvertissement() throws IOException {
    Resultat<ImportMesures> r = ocmi(mesure("etablissement", "59000", true));
    assertThat(r.estSucces()).as(r.violations().toString()).isTrue();
    assertThat(r.violations()).extracting(Violation::code).containsExactly("TYPE_ETABLISSEMENT_ABSENT");
    assertThat(r.violations().get(0).message()).contains("type_etablissement", "etablissement_hospitalier");
    assertThat(r.valeurOuErreur().mesures().get(0).lieuVie()).contains(LieuVie.ETABLISSEMENT);
    assertThat(r.valeurOuErreur().mesures().get(0).typeEtablissement()).isEmpty();
  }

  @Test
  void lApiDesLogicielsMetierExigeLeTypeCommeLOriginal() {
    assertThat(editeur(mesure("etablissement", "59000", false))).contains("TYPE_ETABLISSEMENT_OBLIGATOIRE")
        .doesNotContain("TYPE_ETABLISSEMENT_ABSENT");
  }

  @Test
  void monacoEstGardeAvecUnAvertissementSurOcmiEtLApiMaisRefuseParLesFormulaires() throws IOException {
    Resultat<ImportMesures> r = ocmi(mesure("domicile", "98000", true));
    assertThat(r.estSucces()).as(r.violations().toString()).isTrue();
    assertThat(r.violations()).extracting(Violation::code).containsExactly("CODE_POSTAL_DEPARTEMENT_INCONNU");
    assertThat(r.valeurOuErreur().mesures().get(0).codePostal()).contains("98000");
    assertThat(r.valeurOuErreur().mesures().get(0).pays()).isEqualTo(Pays.FR);
    assertThat(editeur(mesure("domicile", "98000", false))).containsExactly("CODE_POSTAL_DEPARTEMENT_INCONNU");
    assertThat(ReglesLieuDeVie.verifier(Optional.of(LieuVie.DOMICILE), Optional.empty(), Optional.of(Pays.FR),
        Optional.of("98000"), Optional.of("MONACO"), true, MesuresImporterTest.ENGINE.contexte()))
        .extracting(Violation::code).containsExactly("CODE_POSTAL_SANS_DEPARTEMENT");
    assertThat(ReglesLieuDeVie.verifier(Optional.of(LieuVie.ETABLISSEMENT), Optional.empty(), Optional.of(Pays.FR),
        Optional.of("59000"), Optional.of("LILLE"), true, MesuresImporterTest.ENGINE.contexte()))
        .extracting(Violation::code).containsExactly("TYPE_ETABLISSEMENT_OBLIGATOIRE");
  }
}
