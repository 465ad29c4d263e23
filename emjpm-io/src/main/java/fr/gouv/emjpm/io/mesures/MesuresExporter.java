// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Export des mesures en cours d'un gestionnaire (domain.md §5.6) en xlsx (feuille « Mesures eMJPM »)
 * ou en CSV ({@code ;}, UTF-8 avec BOM, CRLF, tout entre guillemets). Garde anti-formule
 * ({@link GardeFormule}), aucun lien hypertexte, aucune formule, octets identiques pour une même
 * entrée (lignes triées, aucun horodatage, propriétés du document sans donnée).
 *
 * <p>Aux 13 colonnes de §5.6 s'ajoutent {@code tribunal_siret} (le nom d'un tribunal n'est pas un
 * identifiant sûr) et {@code type_etablissement} (exigé en établissement) : un fichier exporté se
 * réimporte tel quel avec {@link MesuresImporter}, qui reconnaît cette disposition, sans rien perdre des
 * colonnes exportées (docs/ecarts.md). Immuable et thread-safe.
 */
public final class MesuresExporter {

  /** Nom de la feuille exportée. */
  public static final String FEUILLE = "Mesures eMJPM";

  /**
   * Colonnes exportées, dans l'ordre : les 13 de §5.6 puis {@code tribunal_siret} et
   * {@code type_etablissement}, qui rendent le fichier réimportable. Cet ensemble d'en-têtes exact est
   * la seconde disposition admise par {@link MesuresImporter}.
   */
  public static final List<String> COLONNES =
      List.of("annee_naissance", "cabinet", "champ_mesure", "civilite", "code_postal", "date_nomination",
          "lieu_vie", "nature_mesure", "numero_dossier", "numero_rg", "pays", "tribunal", "ville",
          "tribunal_siret", "type_etablissement");

  /** Les 13 colonnes de §5.6, dans l'ordre (le début de {@link #COLONNES}). */
  public static final List<String> COLONNES_5_6 = COLONNES.subList(0, 13);

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /** Instant fixe des entrées zip et des propriétés (pas d'horodatage réel). */
  private static final long EPOQUE_FIXE = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

  private final Referentiel referentiel;

  private MesuresExporter(Referentiel referentiel) {
    this.referentiel = referentiel;
  }

  /**
   * Exportateur qui nomme les tribunaux d'après {@code referentiel}.
   *
   * @param referentiel référentiel des tribunaux, non nul : nom et SIRET écrits pour chaque tribunal (à
   *     défaut, son identifiant et un SIRET vide)
   * @return exportateur qui nomme les tribunaux d'après {@code referentiel}
   */
  public static MesuresExporter avec(Referentiel referentiel) {
    return new MesuresExporter(Objects.requireNonNull(referentiel, "referentiel"));
  }

  /**
   * Lignes exportées : mesures en cours seulement, triées (tribunal, RG), valeurs texte par colonne.
   *
   * @param mesures mesures du gestionnaire, dans n'importe quel ordre ; seules celles en cours sont
   *     exportées
   * @return lignes exportées : mesures en cours seulement, triées (tribunal, RG), valeurs texte par colonne
   */
  public List<List<String>> lignes(List<Mesure> mesures) {
    return mesures.stream()
        .filter(m -> m.statut() == StatutMesure.EN_COURS)
        .sorted(Comparator.comparing((Mesure m) -> m.tribunal().valeur()).thenComparing(m -> m.numeroRg().valeur()))
        .map(this::ligne)
        .toList();
  }

  private List<String> ligne(Mesure m) {
    List<String> l = new ArrayList<>(COLONNES.size());
    l.add(m.anneeNaissance().map(String::valueOf).orElse(""));
    l.add(m.cabinet().orElse(""));
    l.add(m.champ().map(c -> c.code()).orElse(""));
    l.add(m.civilite().map(c -> c.code()).orElse(""));
    l.add(m.codePostal().orElse(""));
    l.add(m.dateNomination().map(JJ_MM_AAAA::format).orElse(""));
    l.add(m.lieuVie().map(c -> c.code()).orElse(""));
    l.add(m.nature().code());
    l.add(m.numeroDossier().orElse(""));
    l.add(m.numeroRg().valeur());
    l.add(m.pays().code());
    l.add(referentiel.tribunal(m.tribunal()).map(Tribunal::nom).orElse(m.tribunal().valeur()));
    l.add(m.ville().orElse(""));
    l.add(referentiel.tribunal(m.tribunal()).flatMap(Tribunal::siret).map(Siret::valeur).orElse(""));
    l.add(m.typeEtablissement().map(t -> t.code()).orElse(""));
    return l;
  }

  /**
   * Écrit le CSV : BOM UTF-8, {@code ;}, CRLF, chaque champ entre guillemets, garde anti-formule.
   *
   * @param mesures mesures du gestionnaire ; seules celles en cours sont écrites
   * @param sortie flux qui reçoit le CSV ; ni vidé ni fermé
   * @throws IOException si le fichier ou le flux ne peut pas être lu ou écrit (erreur du système, pas du contenu)
   */
  public void exporterCsv(List<Mesure> mesures, OutputStream sortie) throws IOException {
    StringBuilder sb = new StringBuilder("\uFEFF");
    ligneCsv(sb, COLONNES, false);
    for (List<String> l : lignes(mesures)) {
      ligneCsv(sb, l, true);
    }
    sortie.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void ligneCsv(StringBuilder sb, List<String> valeurs, boolean donnees) {
    for (int i = 0; i < valeurs.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      String v = valeurs.get(i);
      // L'année de naissance est un nombre réel : jamais préfixée.
      String protegee = donnees && i != 0 ? GardeFormule.proteger(v) : v;
      sb.append('"').append(protegee.replace("\"", "\"\"")).append('"');
    }
    sb.append("\r\n");
  }

  /**
   * Écrit le classeur xlsx : cellules texte (l'année en nombre), style « préfixe apostrophe » sur les
   * textes déclencheurs, aucune formule ni lien, octets déterministes.
   *
   * @param mesures mesures du gestionnaire ; seules celles en cours sont écrites
   * @param sortie flux qui reçoit le classeur ; ni vidé ni fermé
   * @throws IOException si le fichier ou le flux ne peut pas être lu ou écrit (erreur du système, pas du contenu)
   */
  public void exporterXlsx(List<Mesure> mesures, OutputStream sortie) throws IOException {
    ByteArrayOutputStream brut = new ByteArrayOutputStream();
    try (XSSFWorkbook classeur = new XSSFWorkbook()) {
      var proprietes = classeur.getProperties().getCoreProperties();
      proprietes.setCreated(Optional.of(new Date(EPOQUE_FIXE)));
      proprietes.setCreator("emjpm");
      XSSFSheet feuille = classeur.createSheet(FEUILLE);
      CellStyle prefixe = classeur.createCellStyle();
      prefixe.setQuotePrefixed(true);
      Row entete = feuille.createRow(0);
      for (int i = 0; i < COLONNES.size(); i++) {
        entete.createCell(i).setCellValue(COLONNES.get(i));
      }
      int n = 1;
      for (List<String> l : lignes(mesures)) {
        Row r = feuille.createRow(n++);
        for (int i = 0; i < l.size(); i++) {
          String v = l.get(i);
          if (v.isEmpty()) {
            continue;
          }
          Cell c = r.createCell(i);
          if (i == 0) {
            c.setCellValue(Integer.parseInt(v));
          } else {
            c.setCellValue(v);
            if (GardeFormule.estDeclencheur(v)) {
              c.setCellStyle(prefixe);
            }
          }
        }
      }
      classeur.write(brut);
    }
    rezipperDeterministe(brut.toByteArray(), sortie);
  }

  /** Réécrit l'archive avec des dates d'entrée fixes : mêmes octets pour une même entrée. */
  private static void rezipperDeterministe(byte[] zip, OutputStream sortie) throws IOException {
    ByteArrayOutputStream tampon = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(tampon)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copie = new ZipEntry(e.getName());
        copie.setTime(EPOQUE_FIXE);
        out.putNextEntry(copie);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    tampon.writeTo(sortie);
  }
}
