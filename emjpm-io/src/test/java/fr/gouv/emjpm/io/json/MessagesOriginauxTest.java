// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pour chaque situation de domain.md §7.3 qui donne un message anglais dans l'original, le code stable
 * (français) que donne emjpm par {@link MesuresJsonReader#lire} puis {@link MesuresJsonReader#verifier},
 * et son chemin JSON. La table de docs/ecarts.md reprend ces correspondances.
 */
class MessagesOriginauxTest {
  private static final String M = MesuresJsonTest.MESURE;

  /** Une situation : message de l'original, document, antennes du service, code et chemin attendus. */
  record Cas(String original, String json, Set<Long> antennes, String code, String chemin) {
    @Override
    public String toString() {
      return original + " → " + code;
    }
  }

  static Stream<Cas> cas() {
    String un = M + "}";
    return Stream.of(
        new Cas("date_nomination must be after or equivalent to date_premier_mesure",
            M + ",\"date_premier_mesure\":\"2019-01-01\"}", Set.of(),
            "DATE_NOMINATION_AVANT_PREMIERE_MESURE", "/date_nomination"),
        new Cas("date_nomination must be before or equivalent to date_changement_etat",
            un.replace("\"date_nomination\":\"2018-02-01\"", "\"date_nomination\":\"2019-01-01\""), Set.of(),
            "DATE_NOMINATION_APRES_DERNIER_ETAT", "/date_nomination"),
        new Cas("siret is not valid", un.replace("17590111500709", "17750111101383"), Set.of(),
            "TRIBUNAL_INCONNU", "/tribunal_siret"),
        new Cas("siret is not valid (SIRET mal formé)", un.replace("17590111500709", "1759"), Set.of(),
            "JSON_TYPE_INVALIDE", "/tribunal_siret"),
        new Cas("Le SIRET du Tribunal est invalide (lot, tiErrors)",
            "{\"mesures\":[" + un + "," + un.replace("17590111500709", "17750111101383") + "]}", Set.of(),
            "TRIBUNAL_INCONNU", "/mesures/1/tribunal_siret"),
        new Cas("type_etablissement is required", un.replace("\"domicile\"", "\"etablissement\""), Set.of(),
            "TYPE_ETABLISSEMENT_OBLIGATOIRE", "/etats/0/type_etablissement"),
        new Cas("type_etablissement is not valid",
            un.replace("\"domicile\"", "\"etablissement\",\"type_etablissement\":\"hopital\""), Set.of(),
            "CODE_INVALIDE", "/etats/0/type_etablissement"),
        new Cas("antenne_id does not match with your service.", M + ",\"antenne_id\":9}", Set.of(3L),
            "ANTENNE_INCONNUE", "/antenne_id"),
        new Cas("antenne_id does not match with your service. (lot, antenneErrors)",
            "{\"mesures\":[" + M + ",\"antenne_id\":9}]}", Set.of(3L), "ANTENNE_INCONNUE", "/mesures/0/antenne_id"),
        new Cas("Numero RG must contain exactly 8 uppercase alphanumeric characters",
            un.replace("\"18A32450\"", "\"18a-32450\"").replace("\"numero_rg\"", "\"strictNumeroRG\":true,\"numero_rg\""),
            Set.of(), "RG_NON_NORMALISE_STRICT", "/numero_rg"),
        new Cas("numero_rg, annee_naissance, tribunal_siret non vides (message du validateur)",
            un.replace("\"annee_naissance\":1982,", ""), Set.of(), "CHAMP_OBLIGATOIRE", "/annee_naissance"),
        new Cas("civilite in {madame, monsieur} (message du validateur)",
            un.replace("\"monsieur\"", "\"mme\""), Set.of(), "CODE_INVALIDE", "/civilite"),
        new Cas("date valide (message du validateur)",
            un.replace("\"date_nomination\":\"2018-02-01\"", "\"date_nomination\":\"2018-02-30\""), Set.of(),
            "DATE_INVALIDE", "/date_nomination"),
        new Cas("cause_sortie, resultat_revision : codes valides (message du validateur)",
            M + ",\"cause_sortie\":\"fin\"}", Set.of(), "CODE_INVALIDE", "/cause_sortie"),
        new Cas("pays ISO 3166-1 alpha-2 (message du validateur)", un.replace("\"FR\"", "\"DE\""), Set.of(),
            "CODE_INVALIDE", "/etats/0/pays"),
        new Cas("nature_mesure, lieu_vie, champ_mesure : codes valides (message du validateur)",
            un.replace("\"protection_personne\"", "\"personne\""), Set.of(), "CODE_INVALIDE", "/etats/0/champ_mesure"),
        new Cas("lot de plus de 1000 mesures (422)",
            "{\"mesures\":[" + String.join(",", Collections.nCopies(1001, "{}")) + "]}", Set.of(),
            "JSON_LOT_TROP_GRAND", ""));
  }

  @ParameterizedTest
  @MethodSource("cas")
  void chaqueSituationDeLOriginalDonneSonCode(Cas c) {
    Resultat<LotJson> lu = MesuresJsonReader.lire(c.json().getBytes(StandardCharsets.UTF_8), false);
    List<Violation> violations = lu.valeur()
        .map(l -> MesuresJsonReader.verifier(l, c.antennes(), MesuresJsonTest.ENGINE.contexte()))
        .orElseGet(lu::violations);
    assertThat(violations).filteredOn(Violation::estBloquante).extracting(Violation::code, Violation::chemin)
        .containsExactly(tuple(c.code(), c.chemin()));
    // message français, sans la valeur reçue
    assertThat(violations).filteredOn(Violation::estBloquante).allSatisfy(v -> {
      assertThat(v.message()).doesNotContain("must", "is not valid", "is required", "does not match");
      assertThat(v.message()).doesNotContain("hopital", "17750111101383", "18a-32450", "mme");
    });
  }
}
