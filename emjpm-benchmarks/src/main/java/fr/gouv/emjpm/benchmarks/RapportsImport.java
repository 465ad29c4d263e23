// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rapports du banc d'import tirés d'un résultat JMH au format JSON ({@code -rf json}) : import / lecture
 * nue fastexcel (objectif ≤ 1,2, visé ≤ 1,0), import / lecture SAX nue de POI, import .ods / import xlsx
 * (objectif ≤ 2, compté seulement si l'import .ods a réussi : la préparation du banc note son issue), et
 * le coût des imports .xls (ramené à 100 000 lignes) et CSV rapporté à l'import xlsx.
 * Rend 0 si les deux objectifs mesurables sont tenus, 1 sinon, 2 si le fichier ne contient pas les
 * méthodes nécessaires.
 *
 * <pre>
 * java -cp emjpm-benchmarks/target/benchmarks.jar fr.gouv.emjpm.benchmarks.RapportsImport target/import.json
 * </pre>
 */
public final class RapportsImport {

  private static final Pattern BANC = Pattern.compile("\"benchmark\"\\s*:\\s*\"[^\"]*\\.([A-Za-z0-9_]+)\"");
  private static final Pattern SCORE =
      Pattern.compile("\"primaryMetric\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*\"?([-0-9.eE+]+|NaN)\"?");

  private RapportsImport() {}

  /**
   * Lit le JSON JMH et affiche les rapports.
   *
   * @param args chemin du fichier JSON
   * @throws IOException lecture impossible
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage : RapportsImport <résultat JMH en JSON>");
      System.exit(2);
    }
    Map<String, Double> scores = scores(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    System.exit(afficher(scores, new StringBuilder()));
  }

  /** Score (ms/op) de chaque méthode du banc, par nom court. */
  static Map<String, Double> scores(String json) {
    Map<String, Double> s = new TreeMap<>();
    Matcher b = BANC.matcher(json);
    while (b.find()) {
      Matcher m = SCORE.matcher(json);
      if (m.find(b.end())) {
        s.put(b.group(1), Double.parseDouble(m.group(1)));
      }
    }
    return s;
  }

  /** Issue du dernier import .ods du banc, notée par sa préparation. */
  private static String issueOds() {
    try {
      return Files.readString(FichiersImport.resultatOds(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "issue inconnue (" + FichiersImport.resultatOds() + " absent)";
    }
  }

  static int afficher(Map<String, Double> s, StringBuilder sortie) {
    String[] requis = {"importXlsxExcel", "fastexcelNu", "poiSaxNu"};
    for (String r : requis) {
      if (!s.containsKey(r)) {
        System.err.println("méthode absente du résultat : " + r);
        return 2;
      }
    }
    s.forEach((k, v) -> sortie.append(String.format(Locale.ROOT, "%-18s %10.1f ms/op%n", k, v)));
    double xlsx = s.get("importXlsxExcel");
    double fastexcel = xlsx / s.get("fastexcelNu");
    boolean ok = fastexcel <= 1.2;
    sortie.append(String.format(Locale.ROOT, "import xlsx / fastexcel nu   : %.2f (objectif <= 1,20 : %s)%n",
        fastexcel, fastexcel <= 1.2 ? "tenu" : "non tenu"));
    sortie.append(String.format(Locale.ROOT, "import xlsx / POI SAX nu     : %.2f%n", xlsx / s.get("poiSaxNu")));
    if (s.containsKey("importXlsxSxssf") && s.containsKey("poiSaxNuSxssf")) {
      sortie.append(String.format(Locale.ROOT, "SXSSF : import / POI SAX nu  : %.2f%n",
          s.get("importXlsxSxssf") / s.get("poiSaxNuSxssf")));
    }
    if (s.containsKey("importOds")) {
      double ods = s.get("importOds") / xlsx;
      String issue = issueOds();
      if (issue.startsWith("importé")) {
        ok &= ods <= 2.0;
        sortie.append(String.format(Locale.ROOT, "import ods / import xlsx     : %.2f (objectif <= 2,00 : %s)%n",
            ods, ods <= 2.0 ? "tenu" : "non tenu"));
      } else {
        ok = false;
        sortie.append(String.format(Locale.ROOT, "import ods / import xlsx     : non mesurable, %s%n", issue));
      }
    }
    if (s.containsKey("importXls")) {
      double xls = s.get("importXls") * FichiersImport.LIGNES / FichiersImport.LIGNES_XLS;
      sortie.append(String.format(Locale.ROOT,
          "import xls (ramené à %d lignes) / import xlsx : %.2f (%.1f ms)%n", FichiersImport.LIGNES, xls / xlsx, xls));
    }
    if (s.containsKey("importCsv")) {
      sortie.append(String.format(Locale.ROOT, "import csv / import xlsx     : %.2f%n", s.get("importCsv") / xlsx));
    }
    System.out.print(sortie);
    return ok ? 0 : 1;
  }
}
