// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.direction.Direction;
import fr.gouv.emjpm.domain.direction.TypeDirection;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionsTest {

  private static final EmjpmEngine ENGINE = EmjpmEngine.parDefaut();
  private static final Referentiel REF = ENGINE.referentiel();

  @ParameterizedTest
  @CsvSource({"national,NATIONALE,direction_nationale", "regional,REGIONALE,direction_territoriale",
      "departemental,DEPARTEMENTALE,direction_territoriale"})
  void types_codes_et_roles(String code, TypeDirection type, String role) {
    assertThat(TypeDirection.parCode(code)).contains(type);
    assertThat(type.code()).isEqualTo(code);
    assertThat(type.role()).isEqualTo(role);
  }

  @Test
  void lecture_des_colonnes() {
    Directions d = ENGINE.profils().directions();
    assertThat(d.lire(Optional.of("regional"), Optional.of("32"), Optional.empty()).valeur())
        .contains(Direction.regionale("32"));
    assertThat(d.lire(Optional.of("departemental"), Optional.of("32"), Optional.of("59")).valeur().orElseThrow()
        .departement()).contains(CodeDepartement.of("59"));
    assertThat(d.lire(Optional.empty(), Optional.empty(), Optional.empty()).violations())
        .extracting(v -> v.code()).containsExactly("PROFIL_DIRECTION_INCOMPLETE");
    assertThat(d.lire(Optional.of("regional"), Optional.empty(), Optional.of("59")).estSucces()).isFalse();
    assertThat(d.lire(Optional.of("departemental"), Optional.of("32"), Optional.of("xx")).estSucces()).isFalse();
    assertThatThrownBy(() -> new Direction(TypeDirection.REGIONALE, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void perimetres_des_statistiques() {
    Profils p = ENGINE.profils();
    assertThat(p.perimetre(Direction.nationale()).valeur()).contains(Perimetre.national());
    Perimetre hdf = p.perimetre(Direction.regionale("32")).valeur().orElseThrow();
    assertThat(hdf.niveau()).isEqualTo(Perimetre.Niveau.REGIONAL);
    assertThat(hdf.departements()).extracting(CodeDepartement::valeur)
        .containsExactlyInAnyOrder("02", "59", "60", "62", "80");
    Perimetre nord = p.perimetre(Direction.departementale(CodeDepartement.of("59"))).valeur().orElseThrow();
    assertThat(nord.departements()).containsExactly(CodeDepartement.of("59"));
    assertThat(p.perimetre(Direction.regionale("999")).estSucces()).isFalse();
    // Un service du Nord est vu par la direction régionale et départementale, pas par celle de Paris.
    FicheGestionnaire service = FicheGestionnaire.builder().id(GestionnaireId.service(1)).nom("S")
        .addDepartements(CodeDepartement.of("59")).build();
    assertThat(hdf.concerne(service)).isTrue();
    assertThat(nord.concerne(service)).isTrue();
    assertThat(p.perimetre(Direction.departementale(CodeDepartement.of("75"))).valeur().orElseThrow()
        .concerne(service)).isFalse();
  }

  @Test
  void agrements_region_plus_departement() {
    Directions d = Directions.standard();
    Direction dd = new Direction(TypeDirection.DEPARTEMENTALE, Optional.of("32"), Optional.of(CodeDepartement.of("75")));
    assertThat(d.agrements(dd, REF)).extracting(CodeDepartement::valeur).containsExactly("02", "59", "60", "62", "80", "75");
    assertThat(d.agrements(Direction.departementale(CodeDepartement.of("59")), REF))
        .containsExactly(CodeDepartement.of("59"));
    assertThat(d.agrements(Direction.nationale(), REF)).isEmpty();
  }

  @Test
  void libelles() {
    Profils p = ENGINE.profils();
    assertThat(p.libelle(Direction.nationale())).isEqualTo("Direction nationale");
    assertThat(p.libelle(Direction.regionale("32"))).isEqualTo("Direction régionale (Hauts-de-France)");
    assertThat(p.libelle(Direction.departementale(CodeDepartement.of("59")))).isEqualTo("Direction départementale (Nord)");
    assertThat(Directions.standard().libelle(Direction.regionale("999"), REF)).isEqualTo("Direction régionale (999)");
  }
}
