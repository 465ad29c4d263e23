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
 * Export des mesures en cours d'un gestionnaire en xlsx (feuille « Mesures eMJPM »)
 * ou en CSV ({@code ;}, UTF-8 avec BOM, CRLF, tout entre guillemets). Garde anti-formule
 * ({@link GardeFormule}), aucun lien hypertexte, aucune formule, octets identiques pour une même
 * entrée (lignes triées, aucun horodatage, propriétés du document sans donnée).
 *
 * <p>Aux 13 colonnes de la liste des mesures du gestionnaire s'ajoutent {@code tribunal_siret} (le nom d'un tribunal n'est pas un
 * identifiant sûr) et {@code type_etablissement} (exigé en établissement) : un fichier exporté se
 * réimporte tel quel avec {@link MesuresImporter}, qui reconnaît cette disposition, sans rien perdre des
 * colonnes exportées (docs/ecarts.md). Immuable et thread-safe.
 */
public final class MesuresExporter {

  /** Nom de la feuille exportée. */
  public static final String FEUILLE = "Mesures eMJPM";

  /**
   * Colonnes exportées, dans l'ordre : les 13 de la liste des mesures du gestionnaire puis {@code tribunal_siret} et
   * {@code type_etablissement}, qui rendent le fichier réimportable. Cet ensemble d'en-têtes exact est
   * la seconde disposition admise par {@link MesuresImporter}.
   */
  public static final List<String> COLONNES =
      List.of("annee_naissance", "cabinet", "champ_mesure", "civilite", "code_postal", "date_nomination",
          "lieu_vie", "nature_mesure", "numero_dossier", "numero_rg", "pays", "tribunal", "ville",
          "tribunal_siret", "type_etablissement");

  /** Les 13 colonnes de la liste des mesures du gestionnaire, dans l'ordre (le début de {@link #COLONNES}). */
  public static final List<String> COLONNES_5_6 = COLONNES.subList(0, 13);

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /** Instant fixe des entrées zip et des propriétés (pas d'horodatage réel). */
  private static final long EPOQUE_FIXE = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

  private final Referentiel referentiel;

  private MesuresExporter(Referentiel referentiel) {
    this.referentiel = referentiel;
  }

  /**
   * {@return exportateur qui nomme les tribunaux d'après {@code referentiel}}
   *
   * @param referentiel référentiel des tribunaux, non nul : nom et SIRET écrits pour chaque tribunal (à
   *     défaut, son identifiant et un SIRET vide)
   */
  public static MesuresExporter avec(Referentiel referentiel) {
    return new MesuresExporter(Objects.requireNonNull(referentiel, "referentiel"));
  }

  /**
   * {@return lignes exportées : mesures en cours seulement, triées (tribunal, RG), valeurs texte par colonne}
   *
   * @param mesures mesures du gestionnaire, dans n'importe quel ordre ; seules celles en cours sont
   *     exportées
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

  /** Nom de la feuille de saisie du modèle vierge. */
  public static final String FEUILLE_MODELE = "Mesures";

  /** Nom de la feuille d'explications du modèle vierge (deuxième feuille). */
  public static final String FEUILLE_NOTICE = "Notice";

  /**
   * Colonnes du modèle vierge, dans l'ordre : celles du modèle d'import de l'original, puis la colonne
   * facultative {@code type_etablissement}.
   */
  public static final List<String> COLONNES_MODELE =
      List.of("date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg", "numero_dossier",
          "residence", "tribunal_siret", "antenne", "type_etablissement");

  /** Lignes de saisie couvertes par les listes déroulantes et les formats (en-tête exclu). */
  static final int LIGNES_MODELE = 5000;

  /**
   * Écrit le modèle vierge d'import (xlsx) : feuille « Mesures » avec les en-têtes de {@link
   * #COLONNES_MODELE}, listes déroulantes (validation de données) sur {@code type}, {@code residence},
   * {@code civilite} et {@code type_etablissement}, format date {@code jj/mm/aaaa} sur {@code
   * date_nomination}, format nombre entier sur {@code annee}, format texte sur les colonnes de codes
   * (code postal, numéros, SIRET : le zéro initial d'un code postal est gardé) ; feuille « Notice » en
   * français ; listes de valeurs dans une feuille masquée. Ce que le modèle accepte, l'import l'accepte.
   * Octets déterministes.
   *
   * @param sortie flux qui reçoit le classeur ; ni vidé ni fermé
   * @throws IOException si le flux ne peut pas être écrit
   */
  public static void ecrireModele(OutputStream sortie) throws IOException {
    ByteArrayOutputStream brut = new ByteArrayOutputStream();
    try (XSSFWorkbook classeur = new XSSFWorkbook()) {
      var proprietes = classeur.getProperties().getCoreProperties();
      proprietes.setCreated(Optional.of(new Date(EPOQUE_FIXE)));
      proprietes.setCreator("emjpm");
      XSSFSheet feuille = classeur.createSheet(FEUILLE_MODELE);
      XSSFSheet notice = classeur.createSheet(FEUILLE_NOTICE);
      XSSFSheet listes = classeur.createSheet("Listes");
      classeur.setSheetHidden(2, true);
      var formats = classeur.createDataFormat();
      CellStyle texte = classeur.createCellStyle();
      texte.setDataFormat(formats.getFormat("@"));
      CellStyle date = classeur.createCellStyle();
      date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
      CellStyle entier = classeur.createCellStyle();
      entier.setDataFormat(formats.getFormat("0"));
      CellStyle titre = classeur.createCellStyle();
      var gras = classeur.createFont();
      gras.setBold(true);
      titre.setFont(gras);
      Row entete = feuille.createRow(0);
      for (int i = 0; i < COLONNES_MODELE.size(); i++) {
        String c = COLONNES_MODELE.get(i);
        Cell cellule = entete.createCell(i);
        cellule.setCellValue(c);
        cellule.setCellStyle(titre);
        CellStyle style = switch (c) {
          case "date_nomination" -> date;
          case "annee" -> entier;
          default -> texte;
        };
        feuille.setDefaultColumnStyle(i, style);
        feuille.setColumnWidth(i, Math.max(14, c.length() + 4) * 256);
      }
      // lignes de saisie préformatées : un tableur applique le format de la cellule à la frappe
      for (int r = 1; r <= 200; r++) {
        Row ligne = feuille.createRow(r);
        for (int i = 0; i < COLONNES_MODELE.size(); i++) {
          ligne.createCell(i).setCellStyle(feuille.getColumnStyle(i));
        }
      }
      feuille.createFreezePane(0, 1);
      List<List<String>> valeurs = List.of(ColonnesMesures.libellesTypes(), ColonnesMesures.libellesResidence(),
          List.of("F", "H"), java.util.Arrays.stream(fr.gouv.emjpm.domain.mesure.TypeEtablissement.values())
              .map(t -> t.code()).toList());
      List<String> colonnesListes = List.of("type", "residence", "civilite", "type_etablissement");
      var aide = feuille.getDataValidationHelper();
      for (int k = 0; k < valeurs.size(); k++) {
        List<String> v = valeurs.get(k);
        for (int r = 0; r < v.size(); r++) {
          Row ligne = listes.getRow(r) == null ? listes.createRow(r) : listes.getRow(r);
          ligne.createCell(k).setCellValue(v.get(r));
        }
        char lettre = (char) ('A' + k);
        var contrainte = aide.createFormulaListConstraint("Listes!$" + lettre + "$1:$" + lettre + "$" + v.size());
        int col = COLONNES_MODELE.indexOf(colonnesListes.get(k));
        var validation = aide.createValidation(contrainte,
            new org.apache.poi.ss.util.CellRangeAddressList(1, LIGNES_MODELE, col, col));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("Valeur non prévue", "Choisissez une valeur de la liste (voir la feuille Notice).");
        validation.setSuppressDropDownArrow(true); // flèche affichée (sens inversé d'OOXML)
        feuille.addValidationData(validation);
      }
      int n = 0;
      for (String[] l : notice()) {
        Row ligne = notice.createRow(n++);
        for (int i = 0; i < l.length; i++) {
          Cell c = ligne.createCell(i);
          c.setCellValue(l[i]);
          if (n == 1 || (n == 3)) {
            c.setCellStyle(titre);
          }
        }
      }
      notice.setColumnWidth(0, 22 * 256);
      notice.setColumnWidth(1, 14 * 256);
      notice.setColumnWidth(2, 100 * 256);
      classeur.setActiveSheet(0);
      classeur.write(brut);
    }
    rezipperDeterministe(brut.toByteArray(), sortie);
  }

  /**
   * Texte de la feuille « Notice » : colonne, obligation, règle (calculé à l'appel : les listes viennent
   * de {@link ColonnesMesures}, dont l'initialisation lit {@link #COLONNES}).
   */
  private static String[][] notice() {
    return new String[][] {
    {"Modèle d'import des mesures e-MJPM"},
    {"Une ligne par mesure, à partir de la ligne 2 de la feuille « Mesures ». Ne modifiez pas les titres de la ligne 1. "
        + "Enregistrez en .xlsx, .xls ou .csv (UTF-8 ou Windows-1252, séparateur ; , ou tabulation). "
        + "L'import est tout ou rien : en cas d'erreur, aucune mesure n'est importée et chaque erreur donne sa ligne et sa colonne."},
    {"Colonne", "Obligatoire", "Contenu attendu"},
    {"date_nomination", "oui", "Date de nomination, jj/mm/aaaa (une cellule date convient ; 5/3/2019 et 2019-03-05 aussi). "
        + "À défaut, une colonne date_ouverture est lue."},
    {"type", "oui", "Type de mesure, choisi dans la liste (majuscules indifférentes) : " + String.join(", ", ColonnesMesures.libellesTypes()) + "."},
    {"code_postal", "non", "Code postal du lieu de vie : 5 chiffres en France, 4 chiffres en Belgique. Colonne au format texte : "
        + "le zéro initial (02100) est gardé. Un code à 4 chiffres dont la ville est une commune française du code précédé de 0 "
        + "est lu comme ce code français, avec un avertissement."},
    {"ville", "non", "Ville du lieu de vie."},
    {"civilite", "oui", "F (madame) ou H (monsieur)."},
    {"annee", "oui", "Année de naissance, 4 chiffres, de 1900 à l'année en cours."},
    {"numero_rg", "oui", "Numéro RG de la mesure, unique par tribunal."},
    {"numero_dossier", "non", "Numéro de dossier du mandataire."},
    {"residence", "oui", "Lieu de vie, choisi dans la liste : " + String.join(", ", ColonnesMesures.libellesResidence()) + "."},
    {"tribunal_siret", "oui", "SIRET du tribunal, 14 chiffres (colonne au format texte)."},
    {"antenne", "non", "Services seulement : nom de l'antenne qui suit la mesure."},
    {"type_etablissement", "non", "En établissement : type d'établissement, choisi dans la liste : "
        + java.util.Arrays.stream(fr.gouv.emjpm.domain.mesure.TypeEtablissement.values())
            .map(t -> t.code() + " (" + t.libelle() + ")").collect(java.util.stream.Collectors.joining(", "))
        + ". Vide : la mesure est importée sans type, avec un avertissement."},
    };
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
