// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RechercherPresDUneCommuneTest {

  @Test
  void lesGestionnairesSontRangesDuPlusProcheAuPlusLointain() {
    var e = SortieStandard.executer(RechercherPresDUneCommune::executer);
    RechercherPresDUneCommune.Resultats r = e.resultats();
    // Arras (~50 km) est hors du rayon de 40 km.
    assertThat(r.proches()).containsExactly(
        "individuel-1", "individuel-2", "individuel-6", "prepose-3", "service-4", "individuel-7");
    assertThat(r.distancesKm()).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(40.0));
    // Distances recalculées ici : haversine indépendante, de la commune de Roubaix (référentiel) à la
    // position écrite de chaque gestionnaire ; même ordre et même rayon que l'exemple.
    Map<String, Double> attendues = distancesDepuisRoubaix();
    List<String> dansLeRayon = attendues.entrySet().stream()
        .filter(d -> d.getValue() <= RechercherPresDUneCommune.RAYON_KM)
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    assertThat(r.proches()).isEqualTo(dansLeRayon);
    for (int i = 0; i < r.proches().size(); i++) {
      assertThat(r.distancesKm().get(i)).as(r.proches().get(i))
          .isCloseTo(attendues.get(r.proches().get(i)), within(1e-6));
    }
    // Tourcoing en surcapacité, Villeneuve-d'Ascq sans capacité, Lens suspendu : écartés.
    assertThat(r.prochesDisponibles()).containsExactly("individuel-1", "prepose-3", "service-4");
    assertThat(r.refusCommuneInconnue()).containsExactly("COMMUNE_INCONNUE");
    // Liste du juge : habilités dans le 59 (ou préférant Lille), triés par disponibilité décroissante.
    assertThat(r.listeDuJuge()).containsExactly(
        "service-4", "prepose-3", "individuel-1", "individuel-2", "individuel-6");
    assertThat(r.disponibilitesListe()).containsExactly(35, 15, 8, -2, -3);
    assertThat(r.totalTexteRoubaix()).isEqualTo(1);
    assertThat(e.recit()).contains("Avec des places seulement : [individuel-1, prepose-3, service-4]");
  }

  /** Rayon moyen de la Terre documenté par la bibliothèque (IUGG R1, DistanceOrthodromique), en km. */
  static final double RAYON_TERRE_KM = 6371.0088;

  /** Haversine écrite pour le test. */
  static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * RAYON_TERRE_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
  }

  /** Identifiant de chaque gestionnaire de l'exemple → distance à la commune de Roubaix (km). */
  static Map<String, Double> distancesDepuisRoubaix() {
    Referentiel ref = Referentiel.embarque();
    Commune roubaix = ref.commune(RechercherPresDUneCommune.ROUBAIX).orElseThrow();
    Tribunal lille = ref.tribunal(Siret.of(EmbarquerMoteur.SIRET_LILLE)).orElseThrow();
    Map<String, Double> d = new LinkedHashMap<>();
    for (FicheGestionnaire f : new GestionnairesDuNord(lille.id()).fiches) {
      Position p = f.position().orElseThrow();
      d.put(f.id().toString(), haversineKm(roubaix.latitude(), roubaix.longitude(), p.latitude(), p.longitude()));
    }
    return d;
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> RechercherPresDUneCommune.main(new String[0]));
    String individuel1 = String.format(Locale.FRANCE, "%.2f km  individuel-1", distancesDepuisRoubaix().get("individuel-1"));
    assertThat(sortie).containsSubsequence(
        "== Un juge du Tribunal judiciaire de Lille cherche près de Roubaix (59512)",
        individuel1,
        "Commune 59999 : refus [COMMUNE_INCONNUE]",
        "Texte « roubaix » : 1 gestionnaire(s) [individuel-1]");
  }
}
