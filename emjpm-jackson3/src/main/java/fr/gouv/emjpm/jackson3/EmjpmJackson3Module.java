// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.jackson3;

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
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * Module Jackson 3 ({@code tools.jackson}, hôtes Spring Boot 4) pour le mappeur d'un hôte ({@code JsonMapper.builder().addModule(new EmjpmJackson3Module(ref)).build()}),
 * qui relit tout ce qu'il écrit :
 *
 * <ul>
 *   <li>les énumérations métier ({@link CodeMetier}) par leur code stocké ({@code "curatelle_simple"}) ;
 *   <li>les types valeur par leur forme textuelle ({@code "individuel-41"} pour un
 *       {@link GestionnaireId}, {@code "75056"} pour un {@link CodeInsee}…), {@link MesureId} par un
 *       nombre ;
 *   <li>une {@link Mesure} avec chacun de ses champs (dont {@code magistrat_id}), et ses parties
 *       {@link MesureEtat}, {@link Ressource}, {@link DemandeReouverture}. Les champs du format de sortie
 *       des logiciels métier viennent d'abord, sous les mêmes noms ; les autres
 *       suivent ({@code gestionnaire}, {@code tribunal}, {@code magistrat_id}…). {@code tribunal_siret},
 *       déduit du référentiel, est ignoré à la relecture.
 * </ul>
 *
 * <p>Une valeur invalide à la lecture lève l'exception d'entrée de Jackson
 * ({@code MismatchedInputException}, une {@code JacksonException} non vérifiée), avec un message français qui nomme le champ sans citer la
 * valeur. Un champ inconnu est refusé si le mappeur a {@code FAIL_ON_UNKNOWN_PROPERTIES} (désactivé par
 * défaut en Jackson 3), ignoré sinon. Le domaine reste libre de toute annotation Jackson.
 *
 * <p>Même format que le module Jackson 2 d'{@code emjpm-io} ({@code EmjpmJacksonModule}) : un document
 * écrit par l'un se relit par l'autre. Pour lire des données de tiers non fiables (envoi d'un logiciel
 * métier), préférez {@code MesuresJsonReader} d'{@code emjpm-io}. La version du module est celle de
 * l'artefact {@code emjpm-jackson3}.
 */
public final class EmjpmJackson3Module extends SimpleModule {

  /**
   * Module qui lit les SIRET des tribunaux dans {@code referentiel} (champ informatif
   * {@code tribunal_siret} d'une mesure écrite).
   *
   * @param referentiel référentiel des tribunaux
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public EmjpmJackson3Module(Referentiel referentiel) {
    super("emjpm", VersionUtil.parseVersion(ArbreJackson.versionDuBuild(), "fr.gouv.emjpm", "emjpm-jackson3"));
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
    addSerializer(MesureId.class, new ValueSerializer<MesureId>() {
      @Override
      public void serialize(MesureId v, JsonGenerator g, SerializationContext p) {
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
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return ctxt.reportInputMismatch(type, "%s : un texte est attendu.", type.getSimpleName());
        }
        try {
          return lire.apply(p.getString());
        } catch (IllegalArgumentException e) {
          return ctxt.reportInputMismatch(type, "%s : valeur invalide.", type.getSimpleName());
        }
      }
    });
  }

  private static <T> ValueSerializer<T> texte(Function<T, String> f) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T v, JsonGenerator g, SerializationContext p) {
        g.writeString(f.apply(v));
      }
    };
  }

  private static <T> ValueSerializer<T> arbre(Function<T, ?> f) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T v, JsonGenerator g, SerializationContext p) {
        ArbreJackson.ecrire(g, f.apply(v));
      }
    };
  }

  /** Lecture d'un arbre neutre puis construction ; les refus deviennent des erreurs d'entrée Jackson. */
  private static final class Lecteur<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final java.util.function.BiFunction<Object, Boolean, T> construire;

    Lecteur(Class<T> type, java.util.function.BiFunction<Object, Boolean, T> construire) {
      this.type = type;
      this.construire = construire;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
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
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return type.isEnum() && CodeMetier.class.isAssignableFrom(type);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ValueDeserializer<?> findEnumDeserializer(JavaType javaType, DeserializationConfig config,
        BeanDescription.Supplier beanDesc) {
      Class<?> type = javaType.getRawClass();
      if (!CodeMetier.class.isAssignableFrom(type)) {
        return null;
      }
      Class<? extends Enum> e = (Class<? extends Enum>) type;
      return new ValueDeserializer<Object>() {
        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(type, "%s : un code texte est attendu.", type.getSimpleName());
          }
          try {
            return MesureArbre.parCode(e, p.getString(), type.getSimpleName());
          } catch (IllegalArgumentException x) {
            return ctxt.reportInputMismatch(type, "%s", x.getMessage());
          }
        }
      };
    }
  }
}
