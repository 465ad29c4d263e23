// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.ConsolidationEnquete;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Consolidation d'un dossier de classeurs d'enquête (.xls et .xlsx mêlés, en nombre quelconque), comme
 * une DDETS ou la DGCS la fait à la main : chaque classeur est lu seul (mémoire bornée : un classeur à
 * la fois, seuls ses nombres sont gardés), un rapport par fichier (lu, refusé avec ses raisons, hors
 * périmètre ; avertissements ; statut), puis les totaux par champ du périmètre avec le secret
 * statistique ({@link ConsolidationEnquete}), écrits dans un classeur .xlsx par {@link #ecrire}.
 */
public final class ConsolidationClasseurs {

  /** État d'un fichier du dossier. */
  public enum EtatFichier {
    /** Lu et compté. */
    LU("lu", "lu"),
    /** Refusé (violations bloquantes). */
    REFUSE("refuse", "refusé"),
    /** Lu mais d'un autre département que le périmètre demandé : non compté. */
    HORS_PERIMETRE("hors_perimetre", "hors périmètre");

    private final String code;
    private final String libelle;

    EtatFichier(String code, String libelle) {
      this.code = code;
      this.libelle = libelle;
    }

    /**
     * Code stable (sorties machine).
     *
     * @return code stable
     */
    public String code() {
      return code;
    }

    /** {@return libellé français} */
    public String libelle() {
      return libelle;
    }
  }

  /**
   * Rapport d'un fichier.
   *
   * @param fichier nom du fichier (sans dossier)
   * @param etat lu, refusé ou hors périmètre
   * @param statut statut global de la réponse lue, vide si refusé
   * @param violations raisons du refus, ou avertissements de lecture (adresse {@code Feuille!Cellule})
   */
  public record RapportFichier(String fichier, EtatFichier etat, Optional<StatutSection> statut, List<Violation> violations) {
    /**
     * Copie immuable.
     *
     * @param fichier nom du fichier, non nul
     * @param etat état, non nul
     * @param statut statut global, non nul
     * @param violations violations, non nulle (copiée)
     */
    public RapportFichier {
      Objects.requireNonNull(fichier, "fichier");
      Objects.requireNonNull(etat, "etat");
      Objects.requireNonNull(statut, "statut");
      violations = List.copyOf(violations);
    }
  }

  /**
   * Résultat d'une consolidation.
   *
   * @param totaux totaux consolidés du périmètre (secret statistique appliqué)
   * @param fichiers rapport de chaque fichier, dans l'ordre des noms
   */
  public record Consolidation(ConsolidationEnquete.Totaux totaux, List<RapportFichier> fichiers) {
    /**
     * Copie immuable.
     *
     * @param totaux totaux, non nuls
     * @param fichiers rapports, non nulle (copiée)
     */
    public Consolidation {
      Objects.requireNonNull(totaux, "totaux");
      fichiers = List.copyOf(fichiers);
    }
  }

  private ConsolidationClasseurs() {}

  /**
   * Lit chaque classeur .xls ou .xlsx du dossier (sans descendre dans les sous-dossiers), un à la fois.
   *
   * @param dossier dossier des classeurs
   * @param type type d'enquête des classeurs
   * @param annee année de la campagne
   * @param departement périmètre : seuls les classeurs dont le département (cellule « Département ») vaut
   *     ce code ou ce nom, ou commence par ce code suivi d'un nom (« 01 - Ain »), sont comptés ; vide pour
   *     tous ; un classeur sans département est compté
   * @return totaux et rapports par fichier
   * @throws IOException si le dossier ne peut être listé
   */
  public static Consolidation consolider(Path dossier, TypeEnquete type, int annee, Optional<String> departement)
      throws IOException {
    List<Path> fichiers;
    try (Stream<Path> s = Files.list(dossier)) {
      fichiers = s.filter(Files::isRegularFile).filter(ConsolidationClasseurs::estClasseur).sorted().toList();
    }
    ConsolidationEnquete consolidation = ConsolidationEnquete.pour(type, annee);
    Optional<ChampEnquete> champDepartement =
        CatalogueEnquete.standard().champs(type).stream().filter(c -> c.cle().equals("departement")).findFirst();
    List<RapportFichier> rapports = new ArrayList<>();
    for (Path f : fichiers) {
      String nom = f.getFileName().toString();
      Resultat<ImportEnquete> r = EnqueteExcelReader.lire(f, type, annee);
      if (r instanceof Resultat.Echec<ImportEnquete> e) {
        rapports.add(new RapportFichier(nom, EtatFichier.REFUSE, Optional.empty(), e.violations()));
        continue;
      }
      ImportEnquete imp = r.valeur().orElseThrow();
      ReponseEnquete reponse = imp.patch();
      Optional<String> dep = champDepartement.flatMap(c -> reponse.valeur(c.table(), c.cle()))
          .filter(v -> v instanceof ValeurReponse.Texte).map(v -> ((ValeurReponse.Texte) v).valeur());
      boolean dedans = departement.isEmpty() || dep.isEmpty() || memeDepartement(dep.get(), departement.get());
      if (dedans) {
        consolidation.ajouter(reponse);
      }
      rapports.add(new RapportFichier(nom, dedans ? EtatFichier.LU : EtatFichier.HORS_PERIMETRE,
          Optional.of(imp.statuts().global()), imp.avertissements()));
    }
    return new Consolidation(consolidation.totaux(), rapports);
  }

  private static boolean estClasseur(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return (n.endsWith(".xls") || n.endsWith(".xlsx")) && !n.startsWith("~$");
  }

  /** Code de département suivi d'un nom (« 01 - Ain » normalisé en « 01ain »). */
  private static final java.util.regex.Pattern CODE_PUIS_NOM =
      java.util.regex.Pattern.compile("([0-9]{2,3}|2a|2b)([a-z].*)");

  /**
   * Vrai si la valeur de la cellule désigne le département demandé : même code ou même nom, ou code
   * suivi d'un nom (« 01 - Ain ») dont le code ou le nom est celui demandé. Un code d'un seul chiffre
   * (« 1 », département saisi comme nombre dont Excel a effacé le 0 de tête) vaut « 01 ».
   */
  static boolean memeDepartement(String valeur, String demande) {
    String v = deuxChiffres(GabaritClasseur.normaliserNom(valeur));
    String d = deuxChiffres(GabaritClasseur.normaliserNom(demande));
    if (d.isEmpty() || v.equals(d)) {
      return true;
    }
    java.util.regex.Matcher m = CODE_PUIS_NOM.matcher(v);
    return m.matches() && (m.group(1).equals(d) || m.group(2).equals(d));
  }

  private static String deuxChiffres(String code) {
    return code.length() == 1 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
  }

  /**
   * Écrit les totaux (« secret » pour un total masqué) et le rapport des fichiers dans un classeur .xlsx.
   *
   * @param c consolidation
   * @param sortie flux de sortie (non fermé)
   * @return le nombre de totaux écrits, ou {@code ENQUETE_EXPORT_IMPOSSIBLE}
   */
  public static Resultat<Integer> ecrire(Consolidation c, OutputStream sortie) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet t = wb.createSheet("Totaux");
      ligne(t, 0, "Table", "Champ", "Libellé", "Total", "Réponses");
      int i = 1;
      for (ConsolidationEnquete.Total total : c.totaux().totaux()) {
        Row r = ligne(t, i++, total.table(), total.cle(), total.libelle());
        if (total.masque()) {
          r.createCell(3).setCellValue("secret");
        } else {
          r.createCell(3).setCellValue(total.valeur().doubleValue());
        }
        r.createCell(4).setCellValue(total.reponses());
      }
      Sheet f = wb.createSheet("Fichiers");
      ligne(f, 0, "Fichier", "État", "Statut", "Violations", "Détail");
      int j = 1;
      for (RapportFichier rf : c.fichiers()) {
        StringBuilder detail = new StringBuilder();
        for (Violation v : rf.violations()) {
          if (detail.length() > 30_000) {
            break;
          }
          detail.append('[').append(v.code()).append("] ").append(v.chemin()).append(" ; ");
        }
        Row r = ligne(f, j++, rf.fichier(), rf.etat().libelle(), rf.statut().map(StatutSection::libelle).orElse(""));
        r.createCell(3).setCellValue(rf.violations().size());
        r.createCell(4).setCellValue(detail.toString());
      }
      wb.write(sortie);
      return Resultat.succes(c.totaux().totaux().size());
    } catch (IOException | RuntimeException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_EXPORT_IMPOSSIBLE, "", Map.of()));
    }
  }

  private static Row ligne(Sheet s, int n, String... valeurs) {
    Row r = s.createRow(n);
    for (int i = 0; i < valeurs.length; i++) {
      r.createCell(i).setCellValue(valeurs[i]);
    }
    return r;
  }
}
