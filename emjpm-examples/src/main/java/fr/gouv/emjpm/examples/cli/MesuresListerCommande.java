// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.io.json.CheminsJson;
import fr.gouv.emjpm.io.json.LotJson;
import fr.gouv.emjpm.io.json.MesureJson;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Provenance;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.listes.CritereMesuresGestionnaire;
import fr.gouv.emjpm.rules.listes.CritereMesuresJuge;
import fr.gouv.emjpm.rules.listes.FiltreAntenne;
import fr.gouv.emjpm.rules.listes.LigneMesure;
import fr.gouv.emjpm.rules.listes.ListeGestionnaire;
import fr.gouv.emjpm.rules.listes.ListesMesures;
import fr.gouv.emjpm.rules.listes.PageMesures;
import fr.gouv.emjpm.rules.listes.TableauDeBordGestionnaire;
import fr.gouv.emjpm.rules.listes.TriMesuresGestionnaire;
import fr.gouv.emjpm.rules.validation.Localisation;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emjpm mesures lister M.json} : liste du juge ou du gestionnaire (docs/cli-mesures.md). */
@Command(name = "lister", mixinStandardHelpOptions = true,
    description = "Liste les mesures d'un fichier JSON comme le juge (mesures de son tribunal) ou le gestionnaire"
        + " (en attente à part, filtres, tris, tableau de bord), 20 par page.")
final class MesuresListerCommande implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "M.json",
      description = "Mesures au format de sortie de l'API (+ status) ou saisies MesureInput ; objet, tableau ou lot.")
  Path fichier = Path.of("");

  @Option(names = "--vue", paramLabel = "juge|gestionnaire", description = "Liste affichée (défaut : gestionnaire).")
  String vue = "gestionnaire";

  @Option(names = "--tribunal", paramLabel = "SIRET",
      description = "Vue juge : SIRET du tribunal du juge (défaut : tribunal de la première mesure).")
  Optional<String> tribunal = Optional.empty();

  @Option(names = "--service",
      description = "Les mesures sont celles d'un service (service-1) ; implicite dès qu'une mesure a un antenne_id.")
  boolean service;

  @Option(names = "--statut", paramLabel = "CODE", description = "en_attente (vue juge), en_cours ou eteinte.")
  Optional<String> statut = Optional.empty();

  @Option(names = "--nature", paramLabel = "CODE", description = "Code de nature (tutelle, curatelle_simple…).")
  Optional<String> nature = Optional.empty();

  @Option(names = "--cabinet", paramLabel = "TEXTE", description = "Vue juge : le cabinet contient ce texte.")
  Optional<String> cabinet = Optional.empty();

  @Option(names = "--texte", paramLabel = "TEXTE",
      description = "Texte libre : code postal, ville, année de naissance, numéro de dossier, RG.")
  Optional<String> texte = Optional.empty();

  @Option(names = "--antenne", paramLabel = "ID|sans", description = "Vue gestionnaire : une antenne, ou « sans ».")
  Optional<String> antenne = Optional.empty();

  @Option(names = "--tri", paramLabel = "CODE",
      description = "Vue gestionnaire : aucun, age_croissant, age_decroissant, nomination_croissante,"
          + " nomination_decroissante.")
  String tri = "aucun";

  @Option(names = "--souhaitees", paramLabel = "N", description = "Vue gestionnaire : nombre de mesures souhaitées.")
  int souhaitees;

  @Option(names = "--page", paramLabel = "N", description = "Numéro de page (défaut : 1).")
  int page = 1;

  @Option(names = "--aujourdhui", paramLabel = "AAAA-MM-JJ", description = "Date du jour (par défaut : aujourd'hui à Paris).")
  Optional<LocalDate> aujourdhui = Optional.empty();

  @Mixin
  SortieJson json = new SortieJson();

  @Override
  public Integer call() throws IOException {
    boolean juge = switch (vue) {
      case "juge" -> true;
      case "gestionnaire" -> false;
      default -> throw usage("--vue vaut juge ou gestionnaire");
    };
    if (page < 1 || page > 1_000_000) {
      throw usage("--page doit être un entier positif");
    }
    Optional<StatutMesure> st = statut.map(s -> StatutMesure.parCode(s)
        .orElseThrow(() -> usage("--statut vaut en_attente, en_cours ou eteinte")));
    Optional<NatureMesure> na = nature.map(n -> NatureMesure.parCode(n)
        .orElseThrow(() -> usage("--nature : code de nature inconnu")));
    TriMesuresGestionnaire t = TriMesuresGestionnaire.parCode(tri).orElseThrow(() -> usage("--tri : tri inconnu"));
    if (!juge && st.filter(s -> s == StatutMesure.EN_ATTENTE).isPresent()) {
      throw usage("vue gestionnaire : --statut vaut en_cours ou eteinte (les mesures en attente sont listées à part)");
    }
    EmjpmEngine engine = MesuresCommande.moteur(aujourdhui);
    Resultat<LotJson> lot = MesuresJsonReader.lire(MesuresCommande.lireJson(fichier), false);
    GestionnaireId gestionnaire = service || lot.valeur().map(l -> !antennes(l).isEmpty()).orElse(false)
        ? GestionnaireId.service(1) : GestionnaireId.individuel(1);
    Resultat<List<Mesure>> lues = lot.flatMap(l -> construire(l, engine, gestionnaire));
    PrintWriter out = spec.commandLine().getOut();
    if (!lues.estSucces()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Refusé : " + lues.violations().stream().filter(Violation::estBloquante).count() + " erreur(s).");
      lues.violations().stream().filter(Violation::estBloquante)
          .forEach(v -> err.println("  " + v.chemin() + " " + v.message() + "  [" + v.code() + "]"));
      return EmjpmCli.REFUS;
    }
    List<Mesure> mesures = lues.valeurOuErreur();
    ListesMesures listes = engine.listesMesures();
    if (juge) {
      TribunalId tr = tribunal.map(s -> Siret.parse(s).valeur()
              .flatMap(x -> Localisation.tribunal(x, engine.contexte()))
              .orElseThrow(() -> new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : aucun tribunal ne correspond à --tribunal.")))
          .or(() -> mesures.stream().findFirst().map(Mesure::tribunal))
          .orElse(TribunalId.of("aucun"));
      CritereMesuresJuge c = new CritereMesuresJuge(tr, na, st, cabinet, texte, page, PageMesures.TAILLE_PAR_DEFAUT);
      PageMesures p = listes.juge(c, mesures);
      if (json.actif()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("vue", "juge");
        s.put("tribunal_siret", siret(tr, engine));
        page(s, p, engine);
        Json.ecrire(out, s);
      } else {
        out.println("Mesures du tribunal " + siret(tr, engine) + " : " + p.total() + " mesure(s), page " + p.page()
            + "/" + Math.max(1, p.nombrePages()) + ".");
        p.lignes().forEach(l -> out.println("  " + texte(l.affichee(), engine)));
      }
      return EmjpmCli.OK;
    }
    FiltreAntenne fa = antenne.map(a -> {
      if (a.equals("sans")) {
        return FiltreAntenne.sansAntenne();
      }
      try {
        return FiltreAntenne.une(Long.parseLong(a));
      } catch (NumberFormatException e) {
        throw usage("--antenne vaut un identifiant ou « sans »");
      }
    }).orElse(FiltreAntenne.toutes());
    CritereMesuresGestionnaire c = new CritereMesuresGestionnaire(
        gestionnaire, st, na, fa, texte, t, page, PageMesures.TAILLE_PAR_DEFAUT);
    ListeGestionnaire l = listes.gestionnaire(c, mesures);
    TableauDeBordGestionnaire tb = listes.tableauDeBord(gestionnaire, Math.max(0, souhaitees), mesures);
    if (json.actif()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("vue", "gestionnaire");
      Map<String, Object> bord = new LinkedHashMap<>();
      bord.put("en_cours_par_nature", tb.enCoursParNature().entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
      bord.put("en_cours", tb.enCours());
      bord.put("en_attente", tb.enAttente());
      bord.put("souhaitees", tb.souhaitees());
      bord.put("pastille", tb.pastille());
      s.put("tableau_de_bord", bord);
      List<Object> attente = new ArrayList<>();
      l.enAttente().forEach(m -> attente.add(ligne(ListesMesures.valeursAffichees(m), Optional.empty(), engine)));
      s.put("en_attente", attente);
      page(s, l.page(), engine);
      Json.ecrire(out, s);
    } else {
      out.println("Mesures en cours / souhaitées : " + tb.pastille());
      tb.enCoursParNature().forEach((n, k) -> out.println("  " + n.libelle() + " : " + k));
      out.println("Mesures en attente : " + l.enAttente().size());
      l.enAttente().forEach(m -> out.println("  " + texte(ListesMesures.valeursAffichees(m), engine)));
      PageMesures p = l.page();
      out.println("Mesures (" + t.libelle() + ") : " + p.total() + " mesure(s), page " + p.page() + "/"
          + Math.max(1, p.nombrePages()) + ".");
      p.lignes().forEach(x -> out.println("  " + texte(x.affichee(), engine)));
    }
    return EmjpmCli.OK;
  }

  private static ErreurUtilisateur usage(String message) {
    return new ErreurUtilisateur(EmjpmCli.ERREUR, "Erreur d'utilisation : " + message + ".");
  }

  /**
   * Mesures du document, enregistrées pour {@code gestionnaire} par les règles du moteur avec la
   * tolérance des mesures OCMI (civilité, année de naissance et date de nomination absentes, dates
   * croisées contradictoires : acceptées, comme l'original les stockait) ; le statut lu fait foi (comme
   * {@code mesures exporter}). Le lecteur ne lit ni {@code id} ni {@code
   * created_at} : la mesure de rang i (à partir de 1) reçoit l'identifiant i, et toutes le même
   * instant de création (celui du moteur) : à statut égal, la liste du juge garde l'ordre du document. Pour un service, chaque {@code antenne_id} du document est une
   * antenne du service.
   */
  static Resultat<List<Mesure>> construire(LotJson lot, EmjpmEngine engine, GestionnaireId gestionnaire) {
    List<Optional<StatutMesure>> statuts = MesuresCommande.Exporter.statuts(lot);
    Set<Long> antennes = antennes(lot);
    List<Violation> erreurs = new ArrayList<>();
    List<Mesure> mesures = new ArrayList<>();
    ContexteRegles ctx = engine.contexte();
    for (int i = 0; i < lot.elements().size(); i++) {
      String prefixe = lot.estUnLot() ? "/mesures/" + i : "";
      Optional<StatutMesure> st = statuts.get(i);
      long id = i + 1L;
      Resultat<SaisieMesure> saisie = lot.elements().get(i);
      // tolérance OCMI : une mesure enregistrée par l'original sans civilité, année de naissance ou date
      // de nomination, ou aux dates croisées contradictoires, se liste telle quelle (avertissements)
      Resultat<Transition> tr = saisie.flatMap(s -> Enregistrement.enregistrer(s, gestionnaire, antennes,
          Optional.empty(), MesuresExistantes.aucune(), Provenance.OCMI, ctx));
      if (tr.estSucces()) {
        tr.valeurOuErreur().mesure().map(m -> st.map(m::withStatut).orElse(m).withId(MesureId.of(id)).withCreeLe(ctx.maintenant()))
            .ifPresent(mesures::add);
      } else {
        tr.violations().forEach(v -> erreurs.add(CheminsJson.traduire(v.prefixee(prefixe))));
      }
    }
    return erreurs.isEmpty() ? Resultat.succes(mesures) : Resultat.echec(erreurs);
  }

  /** Identifiants d'antenne cités par les saisies lisibles du document. */
  static Set<Long> antennes(LotJson lot) {
    return lot.elements().stream().flatMap(r -> r.valeur().stream())
        .flatMap(s -> s.antenneId().stream()).collect(Collectors.toSet());
  }

  private static void page(Map<String, Object> s, PageMesures p, EmjpmEngine engine) {
    s.put("page", p.page());
    s.put("taille_page", p.taillePage());
    s.put("total", p.total());
    s.put("nombre_pages", p.nombrePages());
    List<Object> lignes = new ArrayList<>();
    for (LigneMesure l : p.lignes()) {
      lignes.add(ligne(l.affichee(), Optional.of(l.pertinence()), engine));
    }
    s.put("mesures", lignes);
  }

  private static ObjectNode ligne(Mesure m, Optional<Double> pertinence, EmjpmEngine engine) {
    ObjectNode o = MesureJson.ecrire(m, engine.referentiel());
    o.put("cabinet", m.cabinet().orElse(null));
    o.put("nature_mesure", m.nature().code());
    o.put("libelle_majeur", engine.listesMesures().libelleMajeur(m).orElse(null));
    pertinence.ifPresent(p -> o.put("pertinence", Math.round(p * 1000) / 1000.0));
    return o;
  }

  private static String siret(TribunalId t, EmjpmEngine engine) {
    return engine.referentiel().tribunal(t).flatMap(x -> x.siret()).map(Siret::valeur).orElse(t.valeur());
  }

  private static String texte(Mesure m, EmjpmEngine engine) {
    List<String> champs = new ArrayList<>();
    champs.add(String.valueOf(m.id().map(MesureId::valeur).orElse(0L)));
    champs.add(m.statut().code());
    champs.add(m.numeroRg().valeur());
    champs.add(m.titre());
    engine.listesMesures().libelleMajeur(m).ifPresent(champs::add);
    m.dateNomination().ifPresent(d -> champs.add("nommé le " + d));
    m.codePostal().ifPresent(champs::add);
    m.ville().ifPresent(champs::add);
    m.cabinet().ifPresent(c -> champs.add("cabinet « " + c + " »"));
    m.antenneId().ifPresent(a -> champs.add("antenne " + a));
    return String.join("  ", champs);
  }
}
