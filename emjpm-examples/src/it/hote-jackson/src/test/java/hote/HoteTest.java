package hote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.io.json.EmjpmJacksonModule;
import fr.gouv.emjpm.jackson3.EmjpmJackson3Module;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.ActeurGestionnaire;
import fr.gouv.emjpm.rules.cyclevie.CycleDeVie;
import fr.gouv.emjpm.rules.cyclevie.FormulaireAcceptation;
import fr.gouv.emjpm.rules.cyclevie.FormulaireEtat;
import fr.gouv.emjpm.rules.cyclevie.FormulaireReservation;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Ce qu'une équipe hôte fait : son propre mappeur, ses propres records, le cycle de vie du moteur. */
class HoteTest {

  /** Record de l'hôte : des identifiants et des énumérations du domaine, une mesure. */
  record Dossier(MesureId id, GestionnaireId gestionnaire, TribunalId tribunal, NatureMesure nature,
      List<StatutMesure> historique, Map<String, ChampMesure> champs, CodeDepartement departement, Mesure mesure) {}

  static final EmjpmEngine ENGINE = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2024-03-15T09:00:00Z"), EmjpmEngine.FUSEAU_PARIS)).build();
  static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(41);
  static final Tribunal LILLE = ENGINE.referentiel().tribunal(Siret.of("17590111500709")).orElseThrow();

  /** Réservation, acceptation, changement d'état, fin de mandat, réactivation. */
  static List<Mesure> cycle() {
    CycleDeVie cycle = ENGINE.cycleDeVie();
    ActeurGestionnaire acteur = ActeurGestionnaire.de(MANDATAIRE, Set.of(LILLE.id()), Set.of());
    Mesure reservee = cycle.reserver(FormulaireReservation.builder().gestionnaire(MANDATAIRE).numeroRg("21a00167")
            .civilite(Civilite.MADAME).anneeNaissance(1948).nature(NatureMesure.CURATELLE_SIMPLE)
            .champ(ChampMesure.PROTECTION_PERSONNE).build(),
        Juge.magistrat(LILLE.id(), 7), MesuresExistantes.aucune()).valeurOuErreur().mesure().orElseThrow();
    Mesure acceptee = cycle.accepter(reservee, FormulaireAcceptation.builder().dateNomination(LocalDate.of(2024, 3, 1))
        .lieuVie(LieuVie.DOMICILE).pays(Pays.FR).codePostal("59000").ville("Lille").build(), acteur)
        .valeurOuErreur().mesure().orElseThrow();
    Mesure changee = cycle.ajouterEtat(acceptee, FormulaireEtat.builder().dateChangementEtat(LocalDate.of(2024, 3, 10))
        .nature(NatureMesure.CURATELLE_RENFORCEE).champ(ChampMesure.PROTECTION_BIEN_PERSONNE)
        .lieuVie(LieuVie.ETABLISSEMENT).typeEtablissement(TypeEtablissement.ETABLISSEMENT_PERSONNE_AGEE)
        .pays(Pays.FR).codePostal("59200").ville("Tourcoing").build(), acteur).valeurOuErreur().mesure().orElseThrow();
    Mesure close = cycle.cloturer(changee, LocalDate.of(2024, 3, 14), CauseSortie.DECES, acteur)
        .valeurOuErreur().mesure().orElseThrow();
    Mesure reactivee = cycle.reactiver(close, acteur).valeurOuErreur().mesure().orElseThrow();
    return List.of(reservee, acceptee, changee, close, reactivee);
  }

  @Test
  void leCycleDeVieSeDeroule() {
    List<Mesure> etapes = cycle();
    assertEquals(List.of(StatutMesure.EN_ATTENTE, StatutMesure.EN_COURS, StatutMesure.EN_COURS, StatutMesure.ETEINTE,
        StatutMesure.EN_COURS), etapes.stream().map(Mesure::statut).toList());
    assertEquals(2, etapes.get(2).etats().size());
  }

  @Test
  void jackson2MesureEtRecordDHoteFontLAllerRetour() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new EmjpmJacksonModule(ENGINE.referentiel()));
    for (Mesure m : cycle()) {
      String json = mapper.writeValueAsString(m);
      assertEquals(m, mapper.readValue(json, Mesure.class), json);
      assertEquals(m.magistratId(), mapper.readValue(json, Mesure.class).magistratId());
    }
    Dossier d = dossier();
    String json = mapper.writeValueAsString(d);
    assertTrue(json.contains("\"nature\":\"curatelle_simple\""), json);
    assertTrue(json.contains("\"gestionnaire\":\"individuel-41\""), json);
    assertEquals(d, mapper.readValue(json, Dossier.class));
    assertThrows(com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
        () -> mapper.readValue("\"tutelle_inconnue\"", NatureMesure.class));
  }

  @Test
  void jackson3MesureEtRecordDHoteFontLAllerRetour() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EmjpmJackson3Module(ENGINE.referentiel())).build();
    for (Mesure m : cycle()) {
      String json = mapper.writeValueAsString(m);
      assertEquals(m, mapper.readValue(json, Mesure.class), json);
    }
    Dossier d = dossier();
    assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), Dossier.class));
    assertThrows(tools.jackson.databind.exc.MismatchedInputException.class,
        () -> mapper.readValue("\"individuel-0\"", GestionnaireId.class));
  }

  @Test
  void lesDeuxModulesEcriventLeMemeJson() throws Exception {
    ObjectMapper j2 = new ObjectMapper().registerModule(new EmjpmJacksonModule(ENGINE.referentiel()));
    JsonMapper j3 = JsonMapper.builder().addModule(new EmjpmJackson3Module(ENGINE.referentiel())).build();
    Dossier d = dossier();
    assertEquals(j2.writeValueAsString(d), j3.writeValueAsString(d));
    assertEquals(d, j3.readValue(j2.writeValueAsString(d), Dossier.class));
  }

  static Dossier dossier() {
    Mesure m = cycle().get(4);
    return new Dossier(MesureId.of(12), MANDATAIRE, LILLE.id(), NatureMesure.CURATELLE_SIMPLE,
        List.of(StatutMesure.EN_ATTENTE, StatutMesure.EN_COURS), Map.of("courant", ChampMesure.PROTECTION_PERSONNE),
        CodeDepartement.of("2A"), m);
  }
}
