// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.internal.MesureArbre;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Module Jackson 2 pour le mappeur d'un hôte ({@code mapper.registerModule(new EmjpmJacksonModule(ref))}),
 * qui relit tout ce qu'il écrit :
 *
 * <ul>
 *   <li>les énumérations métier ({@link CodeMetier}) par leur code stocké ({@code "curatelle_simple"}) ;
 *   <li>les types valeur par leur forme textuelle ({@code "individuel-41"} pour un
 *       {@link GestionnaireId}, {@code "75056"} pour un {@link CodeInsee}…), {@link MesureId} par un
 *       nombre ;
 *   <li>une {@link Mesure} avec chacun de ses champs (dont {@code magistrat_id}), et ses parties
 *       {@link MesureEtat}, {@link Ressource}, {@link DemandeReouverture}. Les champs du format de sortie
 *       des logiciels métier ({@link MesureJson}) viennent d'abord, sous les mêmes noms ; les autres
 *       suivent ({@code gestionnaire}, {@code tribunal}, {@code magistrat_id}…). {@code tribunal_siret},
 *       déduit du référentiel, est ignoré à la relecture.
 * </ul>
 *
 * <p>Une valeur invalide à la lecture lève l'exception d'entrée de Jackson
 * ({@code MismatchedInputException}), avec un message français qui nomme le champ sans citer la
 * valeur. Un champ inconnu est refusé si le mappeur a {@code FAIL_ON_UNKNOWN_PROPERTIES} (défaut de
 * Jackson 2), ignoré sinon. Le domaine reste libre de toute annotation Jackson.
 *
 * <p>Pour lire des données de tiers non fiables (envoi d'un logiciel métier), préférez
 * {@link MesuresJsonReader} : mappeur privé durci, violations rassemblées avec leur chemin. La version
 * du module est celle de l'artefact {@code emjpm-io}.
 */
public final class EmjpmJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Module qui lit les SIRET des tribunaux dans {@code referentiel} (champ informatif
   * {@code tribunal_siret} d'une mesure écrite).
   *
   * @param referentiel référentiel des tribunaux
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public EmjpmJacksonModule(Referentiel referentiel) {
    super("emjpm", VersionUtil.parseVersion(ArbreJackson.versionDuBuild(), "fr.gouv.emjpm", "emjpm-io"));
    Objects.requireNonNull(referentiel, "referentiel");
    addSerializer((Class) CodeMetier.class, texte(c -> ((CodeMetier) c).code()));
    valeur(NumeroRg.class, NumeroRg::valeur, NumeroRg::new);
    valeur(Siret.class, Siret::valeur, Siret::new);
    valeur(CodePostal.class, CodePostal::valeur, CodePostal::new);
    valeur(CodeInsee.class, CodeInsee::valeur, CodeInsee::new);
    valeur(CodeDepartement.class, CodeDepartement::valeur, CodeDepartement::of);
    valeur(TribunalId.class, TribunalId::valeur, TribunalId::of);
    valeur(GestionnaireId.class, GestionnaireId::toString,
        s -> GestionnaireId.parse(s).valeur().orElseThrow(() -> new IllegalArgumentException("Identifiant de gestionnaire invalide")));
    addSerializer(MesureId.class, new JsonSerializer<MesureId>() {
      @Override
      public void serialize(MesureId v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeNumber(v.valeur());
      }
    });
    addDeserializer(MesureId.class, new Lecteur<>(MesureId.class, (o, strict) -> {
      if (!(o instanceof Long l)) {
        throw new IllegalArgumentException("Identifiant de mesure : un nombre entier est attendu.");
      }
      return MesureId.of(l);
    }));
    addSerializer(Mesure.class, arbre(m -> MesureArbre.ecrire(m, java.util.Optional.of(m.tribunal())
        .flatMap(referentiel::tribunal).flatMap(Tribunal::siret).map(Siret::valeur))));
    addDeserializer(Mesure.class, new Lecteur<>(Mesure.class, MesureArbre::lireMesure));
    addSerializer(MesureEtat.class, arbre(MesureArbre::ecrire));
    addDeserializer(MesureEtat.class, new Lecteur<>(MesureEtat.class, MesureArbre::lireEtat));
    addSerializer(Ressource.class, arbre(MesureArbre::ecrire));
    addDeserializer(Ressource.class, new Lecteur<>(Ressource.class, MesureArbre::lireRessource));
    addSerializer(DemandeReouverture.class, arbre(MesureArbre::ecrire));
    addDeserializer(DemandeReouverture.class, new Lecteur<>(DemandeReouverture.class, MesureArbre::lireDemande));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new EnumsParCode());
  }

  private <T> void valeur(Class<T> type, Function<T, String> ecrire, Function<String, T> lire) {
    addSerializer(type, texte(ecrire));
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return ctxt.reportInputMismatch(type, "%s : un texte est attendu.", type.getSimpleName());
        }
        try {
          return lire.apply(p.getText());
        } catch (IllegalArgumentException e) {
          return ctxt.reportInputMismatch(type, "%s : valeur invalide.", type.getSimpleName());
        }
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

  private static <T> JsonSerializer<T> arbre(Function<T, ?> f) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T v, JsonGenerator g, SerializerProvider p) throws IOException {
        ArbreJackson.ecrire(g, f.apply(v));
      }
    };
  }

  /** Lecture d'un arbre neutre puis construction ; les refus deviennent des erreurs d'entrée Jackson. */
  private static final class Lecteur<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final java.util.function.BiFunction<Object, Boolean, T> construire;

    Lecteur(Class<T> type, java.util.function.BiFunction<Object, Boolean, T> construire) {
      this.type = type;
      this.construire = construire;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        Object arbre = ArbreJackson.lire(p);
        return construire.apply(Objects.requireNonNull(arbre, "null"),
            ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        String m = e instanceof NullPointerException ? "valeur nulle inattendue." : e.getMessage();
        return ctxt.reportInputMismatch(type, "%s : %s", type.getSimpleName(), m);
      }
    }
  }

  /** Toute énumération qui implémente {@link CodeMetier} se lit par son code stocké. */
  private static final class EnumsParCode extends Deserializers.Base {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      if (!CodeMetier.class.isAssignableFrom(type)) {
        return null;
      }
      Class<? extends Enum> e = (Class<? extends Enum>) type;
      return new JsonDeserializer<Object>() {
        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(type, "%s : un code texte est attendu.", type.getSimpleName());
          }
          try {
            return MesureArbre.parCode(e, p.getText(), type.getSimpleName());
          } catch (IllegalArgumentException x) {
            return ctxt.reportInputMismatch(type, "%s", x.getMessage());
          }
        }
      };
    }
  }
}
