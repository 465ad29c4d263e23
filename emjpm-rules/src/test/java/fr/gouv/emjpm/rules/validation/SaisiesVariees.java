// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Saisies de mesure variées pour comparer deux implémentations (surtout des lignes d'un seul état,
 * comme un import, mais aussi sans état ou de plusieurs états le même jour) : champs absents, blancs,
 * entourés d'espaces, en minuscules, codes postaux mal formés ou hors de France, départements inconnus,
 * SIRET inconnu, tribunal et commune portés ou non, dates croisées, ressources en double.
 */
public final class SaisiesVariees {
  private SaisiesVariees() {}

  /** SIRET d'un tribunal du référentiel embarqué. */
  public static final Siret BOURG = Siret.of("17690111400080");
  /** SIRET bien formé, inconnu du référentiel. */
  public static final Siret INCONNU = Siret.of("82254321300027");

  private static final String[] RG = {"18/a32450", "10R000123", " 02100167-1 ", "21A00167", "", "   ", "abc"};
  private static final String[] CODES_POSTAUX =
      {"75005", " 75005 ", "1000", "98000", "7500", "  ", "20190", "20200", "97100", "01000", "75O05"};
  private static final String[] VILLES = {"Paris", "PARIS", " paris ", "  ", "Bourg-en-Bresse", "istanbul", "ÉVRY"};
  private static final String[] TEXTES = {"N1", " N1 ", "  ", "Cabinet 3"};

  /**
   * {@return générateur de saisies (une source d'aléa → une saisie ; {@code saisies(ctx)::apply} est un
   * {@code Generateur} du testkit)}
   *
   * @param ctx contexte dont le référentiel résout le tribunal et la commune portés par certaines saisies
   */
  public static Function<RandomGenerator, SaisieMesure> saisies(ContexteRegles ctx) {
    return alea -> {
      LocalDate base = LocalDate.of(2015 + alea.nextInt(9), 1 + alea.nextInt(12), 1 + alea.nextInt(28));
      SaisieMesure.Builder b = SaisieMesure.builder();
      // une saisie sur deux est une ligne complète (que les règles acceptent, aux avertissements près)
      boolean complete = alea.nextBoolean();
      if (complete || alea.nextInt(8) != 0) {
        b.numeroRg(RG[alea.nextInt(complete ? 4 : RG.length)]);
      }
      if (complete || alea.nextInt(8) != 0) {
        b.anneeNaissance(!complete && alea.nextInt(6) == 0 ? 1899 + alea.nextInt(2) * 200 : 1930 + alea.nextInt(80));
      }
      if (complete || alea.nextInt(8) != 0) {
        b.civilite(alea.nextBoolean() ? Civilite.MADAME : Civilite.MONSIEUR);
      }
      int t = complete ? 2 : alea.nextInt(8);
      if (t != 0) {
        Siret siret = t == 1 ? INCONNU : BOURG;
        b.tribunalSiret(siret);
        if (alea.nextBoolean()) {
          b.tribunal(ctx.referentiel().tribunalCourant(siret));
        }
      }
      if (complete || alea.nextInt(10) != 0) {
        b.dateNomination(base);
      }
      b.datePremiereMesure(complete ? jourAutour(alea, base).map(j -> j.minusDays(3)) : jourAutour(alea, base));
      b.dateProtectionEnCours(jourAutour(alea, base));
      if (alea.nextInt(3) == 0) {
        b.dateFinMesure(complete || alea.nextBoolean() ? base.plusYears(alea.nextInt(4)) : base.minusDays(1));
      }
      int etats = !complete && alea.nextInt(10) == 0 ? alea.nextInt(4) : 1;
      for (int i = 0; i < etats; i++) {
        b.addEtats(complete ? etatComplet(alea, base.plusDays(alea.nextInt(3))) : etat(alea, base.plusDays(alea.nextInt(3))));
      }
      b.codePostal(texte(alea, CODES_POSTAUX));
      b.ville(texte(alea, VILLES));
      b.numeroDossier(texte(alea, TEXTES));
      b.tribunalCabinet(texte(alea, TEXTES));
      if (alea.nextInt(4) == 0) {
        b.antenneId(complete ? 5L : 5L + alea.nextInt(2));
      }
      if (alea.nextInt(3) == 0) {
        // commune cherchée par l'import : parfois celle qu'une recherche sur la ville de l'état ne donnerait
        // pas (Saint-Denis-lès-Bourg, seconde commune du 01000)
        String[] villes = {"PARIS", "BOURG-EN-BRESSE", "Saint-Denis-lès-Bourg"};
        b.commune(Localisation.commune(Pays.FR, Optional.of(alea.nextBoolean() ? "75005" : "01000"),
            Optional.of(villes[alea.nextInt(villes.length)]), ctx));
      }
      int ressources = alea.nextInt(6) == 0 ? 1 + alea.nextInt(2) : 0;
      for (int i = 0; i < ressources; i++) {
        b.addRessources(SaisieRessource.builder().annee(alea.nextBoolean() ? 2020 : 1899 + alea.nextInt(200))
            .niveauRessource(BigDecimal.valueOf(alea.nextInt(200) - 20)).build());
      }
      return b.strictNumeroRg(!complete && alea.nextInt(4) == 0)
          .typeEtablissementFacultatif(complete || alea.nextBoolean()).build();
    };
  }

  /** {@return un état d'une saisie, chaque champ parfois absent ou mal formé} */
  static SaisieEtat etat(RandomGenerator alea, LocalDate date) {
    SaisieEtat.Builder e = SaisieEtat.builder();
    if (alea.nextInt(15) != 0) {
      e.dateChangementEtat(date);
    }
    if (alea.nextInt(15) != 0) {
      e.nature(NatureMesure.values()[alea.nextInt(NatureMesure.values().length)]);
    }
    if (alea.nextBoolean()) {
      e.champ(ChampMesure.values()[alea.nextInt(ChampMesure.values().length)]);
    }
    if (alea.nextInt(15) != 0) {
      e.lieuVie(LieuVie.values()[alea.nextInt(LieuVie.values().length)]);
    }
    if (alea.nextBoolean()) {
      e.typeEtablissement(TypeEtablissement.values()[alea.nextInt(TypeEtablissement.values().length)]);
    }
    int p = alea.nextInt(10);
    if (p != 0) {
      e.pays(p < 8 ? Pays.FR : Pays.values()[alea.nextInt(Pays.values().length)]);
    }
    e.codePostal(texte(alea, CODES_POSTAUX));
    e.ville(texte(alea, VILLES));
    return e.build();
  }

  /** {@return un état complet : date, nature, lieu de vie et pays présents, code postal bien formé ou absent} */
  static SaisieEtat etatComplet(RandomGenerator alea, LocalDate date) {
    SaisieEtat e = etat(alea, date);
    return e.withDateChangementEtat(date)
        .withNature(e.nature().orElse(NatureMesure.CURATELLE_SIMPLE))
        .withLieuVie(e.lieuVie().orElse(LieuVie.DOMICILE))
        .withPays(e.pays().orElse(Pays.FR))
        .withCodePostal(e.codePostal().filter(cp -> alea.nextInt(4) == 0 || cp.strip().length() == 5)
            .map(cp -> cp.contains("O") || cp.startsWith("98") || cp.strip().startsWith("20") ? "01000" : cp));
  }

  private static Optional<LocalDate> jourAutour(RandomGenerator alea, LocalDate base) {
    return alea.nextBoolean() ? Optional.empty() : Optional.of(base.plusDays(alea.nextInt(5) - 2));
  }

  private static Optional<String> texte(RandomGenerator alea, String[] valeurs) {
    return alea.nextInt(4) == 0 ? Optional.empty() : Optional.of(valeurs[alea.nextInt(valeurs.length)]);
  }
}
