// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChargeurReferentielTest {

  private static Map<String, String> fichiersMinimaux() {
    Map<String, String> f = new HashMap<>();
    f.put("regions.csv", "\uFEFFcode,nom\r\n84,Auvergne-Rhône-Alpes\r\n");
    // colonnes dans un autre ordre que le fichier embarqué : retrouvées par leur nom
    f.put("departements.csv", "region,code,nom\n84,01,Ain\n");
    f.put(
        "communes.csv",
        "code_insee,nom,code_postal,departement,region,latitude,longitude,population\n"
            + "01001,\"L'Abergement-Clémenciat\",01400,01,84,46.1517,4.9306,860\n"
            + "01002,L'Abergement-de-Varey,01640,01,84,46.0071,5.4247,\n"
            + "01002,L'Abergement-de-Varey,01640,01,84,46.0071,5.4247,\n"
            + "01002,L'Abergement-de-Varey,01650,01,84,46.0071,5.4247,\n");
    f.put(
        "tribunaux.csv",
        "id,kind,nom,tribunal_parent_id,cour_appel,adresse,adresse_complement,code_postal,ville,"
            + "code_insee,departement,siret,telephone,email,latitude,longitude,geo_precision\n"
            + "39,TJ,Tribunal judiciaire de Bourg-en-Bresse,,\"Cour d'Appel de Lyon\",,,01000,"
            + "Bourg-en-Bresse,01053,01,,0426377300,,46.2,5.2,commune\n");
    f.put(
        "finess-categories.csv",
        "code,libelle,actif,date_fin,agregat_code,agregat_libelle,agregat_niv2_code,"
            + "agregat_niv1_code,domaine,filtre_emjpm\n"
            + "106,\"Centre hospitalier, ex Hôpital local\",oui,,1106,,1100,1000,SAN,oui\n");
    return f;
  }

  private static Referentiel charger(Map<String, String> fichiers) {
    return ChargeurReferentiel.charger("essai", nom -> new StringReader(fichiers.get(nom)));
  }

  @Test
  void chargeDesFichiersFournisEtRegroupeLesCodesPostaux() {
    Referentiel ref = charger(fichiersMinimaux());
    assertThat(ref.millesime()).isEqualTo("essai");
    assertThat(ref.communes()).hasSize(2);
    Commune varey = ref.commune(CodeInsee.of("01002")).orElseThrow();
    assertThat(varey.codesPostaux()).containsExactly(CodePostal.of("01640"), CodePostal.of("01650"));
    assertThat(varey.population()).isEmpty();
    assertThat(ref.communesDuCodePostal(CodePostal.of("01650"))).containsExactly(varey);
    assertThat(ref.commune(CodePostal.of("01640"), "l abergement de varey")).hasValue(varey);
    assertThat(ref.regionDuDepartement(CodeDepartement.of("01"))).isPresent();
    Tribunal t = ref.tribunaux().get(0);
    assertThat(t.siret()).isEmpty();
    assertThat(t.adresse()).isEmpty();
    assertThat(t.email()).isEmpty();
    assertThat(ref.categorieFiness("106").orElseThrow().agregatLibelle()).isEmpty();
  }

  @Test
  void nouvelleInstanceAChaqueChargementEmbarque() {
    assertThat(ChargeurReferentiel.chargerEmbarque())
        .isNotSameAs(ChargeurReferentiel.chargerEmbarque())
        .isNotSameAs(Referentiel.embarque());
  }

  @Test
  void donneeInvalideSignaleeAvecFichierEtLigneSansLeContenu() {
    Map<String, String> f = fichiersMinimaux();
    f.put("departements.csv", "code,nom,region\n01,Ain,84\n2C,Inconnu,94\n");
    assertThatThrownBy(() -> charger(f))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("departements.csv")
        .hasMessageContaining("ligne 3")
        .hasMessageNotContaining("2C")
        .hasMessageNotContaining("Inconnu");
  }

  @Test
  void colonneAbsenteOuDoublonRefuses() {
    Map<String, String> sansColonne = fichiersMinimaux();
    sansColonne.put("regions.csv", "code,libelle\n84,ARA\n");
    assertThatThrownBy(() -> charger(sansColonne))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nom");

    Map<String, String> doublon = fichiersMinimaux();
    doublon.put("regions.csv", "code,nom\n84,A\n84,B\n");
    assertThatThrownBy(() -> charger(doublon))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("double");
  }

  @Test
  void csvMalFormeSignale() {
    Map<String, String> f = fichiersMinimaux();
    f.put("regions.csv", "code,nom\n84,\"non fermé\n");
    assertThatThrownBy(() -> charger(f)).hasRootCauseInstanceOf(CsvFormatException.class);
  }
}
