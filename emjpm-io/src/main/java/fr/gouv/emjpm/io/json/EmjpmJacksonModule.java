// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Module Jackson pour les hôtes ({@code mapper.registerModule(new EmjpmJacksonModule(ref))}) : les
 * énumérations métier s'écrivent par leur code stocké, les types valeur par leur forme textuelle, et
 * une {@link Mesure} au format §7.4 (+ {@code status}). Le domaine reste libre de toute annotation
 * Jackson. Pour LIRE des données de tiers, utilisez {@link MesuresJsonReader} (mappeur privé durci),
 * jamais le mappeur de l'hôte.
 */
public final class EmjpmJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Module qui lit les SIRET des tribunaux dans {@code referentiel}.
   *
   * @param referentiel référentiel des tribunaux
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public EmjpmJacksonModule(Referentiel referentiel) {
    super("emjpm", new Version(0, 1, 0, "SNAPSHOT", "fr.gouv.emjpm", "emjpm-io"));
    Objects.requireNonNull(referentiel, "referentiel");
    addSerializer((Class) CodeMetier.class, texte(c -> ((CodeMetier) c).code()));
    addSerializer(NumeroRg.class, texte(NumeroRg::valeur));
    addSerializer(Siret.class, texte(Siret::valeur));
    addSerializer(CodePostal.class, texte(CodePostal::valeur));
    addSerializer(CodeInsee.class, texte(CodeInsee::valeur));
    addSerializer(CodeDepartement.class, texte(CodeDepartement::valeur));
    addSerializer(TribunalId.class, texte(TribunalId::valeur));
    addSerializer(GestionnaireId.class, texte(GestionnaireId::toString));
    addSerializer(MesureId.class, new JsonSerializer<MesureId>() {
      @Override
      public void serialize(MesureId v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeNumber(v.valeur());
      }
    });
    addSerializer(Mesure.class, new JsonSerializer<Mesure>() {
      @Override
      public void serialize(Mesure m, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeTree(MesureJson.ecrire(m, referentiel));
      }
    });
  }

  private static <T> JsonSerializer<T> texte(Function<T, String> f) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(f.apply(v));
      }
    };
  }
}
