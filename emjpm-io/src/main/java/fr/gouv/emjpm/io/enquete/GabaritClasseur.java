// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.CelluleExcel;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Ancres des classeurs DGCS, tirées une fois par type du classeur modèle 2019 embarqué (le vrai
 * classeur distribué par la DGCS) : pour chaque feuille lue par l'import, ses lignes de libellés (les
 * cellules de texte des colonnes A à I, hors cellules de saisie) avec leur « contexte » (dernier
 * libellé de la colonne A au-dessus, qui distingue les lignes « A domicile » ou « Femme » de chaque
 * groupe), et les cellules non vides du modèle. L'import s'en sert pour retrouver chaque bloc dans le
 * classeur reçu quelles que soient les lignes insérées ou supprimées (voir {@link AlignementFeuille}).
 *
 * <p>Les libellés sont comparés normalisés : sans accents, sans casse, sans espaces ni ponctuation,
 * sans les nombres de quatre chiffres ou plus (années et dates, qui changent d'une campagne à l'autre),
 * sur leurs 40 premiers caractères.
 */
final class GabaritClasseur {

  /** Colonnes où sont cherchés les libellés (A à I) ; les listes d'aide sont en J et au-delà. */
  static final int COLONNES_LIBELLES = 9;

  private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOMBRES_LONGS = Pattern.compile("[0-9]{4,}");
  private static final int LONGUEUR_CLE = 40;
  private static final String PREFIXE_ACTIVITE = "activité";

  private static final Map<TypeEnquete, GabaritClasseur> CACHE = new EnumMap<>(TypeEnquete.class);

  /** Une ligne de libellés du modèle. */
  record LigneModele(int ligne, int[] colonnes, String[] textes, @Nullable String contexte, String libelle) {}

  /** Une feuille du modèle telle que l'import la reconnaît. */
  static final class FeuilleModele {
    final String nomCatalogue;
    final String nomModele;
    final String cleNom;
    final List<LigneModele> lignes;
    final Map<Integer, LigneModele> parLigne;
    final Map<Integer, BitSet> occupees;
    final Map<Integer, BitSet> saisie;
    final BitSet lignesChamps;
    final int derniereLigne;
    final int derniereColonneChamp;

    FeuilleModele(String nomCatalogue, String nomModele, List<LigneModele> lignes, Map<Integer, BitSet> occupees,
        Map<Integer, BitSet> saisie, BitSet lignesChamps, int derniereLigne, int derniereColonneChamp) {
      this.nomCatalogue = nomCatalogue;
      this.nomModele = nomModele;
      this.cleNom = nomCatalogue.startsWith(PREFIXE_ACTIVITE) ? "activite" : normaliserNom(nomCatalogue);
      this.lignes = List.copyOf(lignes);
      Map<Integer, LigneModele> p = new HashMap<>();
      lignes.forEach(l -> p.put(l.ligne(), l));
      this.parLigne = Map.copyOf(p);
      this.occupees = Map.copyOf(occupees);
      this.saisie = Map.copyOf(saisie);
      this.lignesChamps = lignesChamps;
      this.derniereLigne = derniereLigne;
      this.derniereColonneChamp = derniereColonneChamp;
    }

    /** Vrai si la cellule du modèle est non vide (libellé, formule, valeur d'une liste d'aide). */
    boolean occupee(int ligne, int colonne) {
      BitSet b = occupees.get(ligne);
      return b != null && b.get(colonne);
    }

    /** Vrai si la cellule du modèle est une cellule de saisie du catalogue. */
    boolean saisie(int ligne, int colonne) {
      BitSet b = saisie.get(ligne);
      return b != null && b.get(colonne);
    }

    /** Première ligne de libellés du modèle après {@code ligne}, -1 s'il n'y en a pas. */
    int ligneDeLibellesApres(int ligne) {
      for (LigneModele l : lignes) {
        if (l.ligne() > ligne) {
          return l.ligne();
        }
      }
      return -1;
    }

    /** Libellé lisible de la ligne de libellés la plus proche au-dessus de {@code ligne} (comprise). */
    String libelleAuDessus(int ligne) {
      for (int l = ligne; l >= 0; l--) {
        LigneModele m = parLigne.get(l);
        if (m != null) {
          return m.libelle();
        }
      }
      return "";
    }
  }

  private final Map<String, FeuilleModele> feuilles;
  private final Map<String, Integer> lignesModeleDesChamps;

  private GabaritClasseur(Map<String, FeuilleModele> feuilles, Map<String, Integer> lignesModeleDesChamps) {
    this.feuilles = feuilles;
    this.lignesModeleDesChamps = lignesModeleDesChamps;
  }

  /** Gabarit du type (lu une fois dans le classeur modèle embarqué, puis gardé). */
  static synchronized GabaritClasseur de(TypeEnquete type) {
    return CACHE.computeIfAbsent(type, GabaritClasseur::charger);
  }

  /** Feuille du modèle pour un nom de feuille du catalogue. */
  Optional<FeuilleModele> feuille(String nomCatalogue) {
    return Optional.ofNullable(feuilles.get(nomCatalogue));
  }

  /** Toutes les feuilles lues, dans l'ordre du catalogue. */
  List<FeuilleModele> feuilles() {
    return List.copyOf(feuilles.values());
  }

  /**
   * Ligne (base 0) du modèle où se trouve la cellule simple du champ : celle du catalogue, sauf pour les
   * lignes subrogé/sauvegarde de la feuille d'activité, repérées par leur libellé dans le modèle du
   * type (inversées dans l'annexe 7).
   */
  int ligneModele(ChampEnquete champ, CellReference ref) {
    return lignesModeleDesChamps.getOrDefault(champ.table() + "." + champ.cle(), ref.getRow());
  }

  /** Clé normalisée d'un libellé (voir la documentation de la classe) ; vide s'il n'en reste rien. */
  static String normaliser(String texte) {
    String s = Normalizer.normalize(texte, Normalizer.Form.NFD);
    s = DIACRITIQUES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = NON_ALNUM.matcher(s).replaceAll("");
    s = NOMBRES_LONGS.matcher(s).replaceAll("");
    return s.length() > LONGUEUR_CLE ? s.substring(0, LONGUEUR_CLE) : s;
  }

  /** Clé d'un nom de feuille : sans accents, sans casse, sans espaces ni ponctuation (chiffres gardés). */
  static String normaliserNom(String nom) {
    String s = Normalizer.normalize(nom, Normalizer.Form.NFD);
    s = DIACRITIQUES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_ALNUM.matcher(s).replaceAll("");
  }

  private static GabaritClasseur charger(TypeEnquete type) {
    try (InputStream in = GabaritClasseur.class.getResourceAsStream(type.classeur())) {
      if (in == null) {
        throw new IllegalStateException("classeur modèle absent des ressources : " + type.classeur());
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(in)) {
        return construire(wb, type);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GabaritClasseur construire(HSSFWorkbook wb, TypeEnquete type) {
    CartographieClasseur carte = new CartographieClasseur(ClasseurLu.de(wb), type);
    Map<String, List<CellReference>> cellulesParFeuille = new LinkedHashMap<>();
    Map<String, Integer> lignesChamps = new HashMap<>();
    for (ChampEnquete champ : CatalogueEnquete.standard().champs(type)) {
      if (champ.excel().isEmpty()) {
        continue;
      }
      CelluleExcel excel = champ.excel().get();
      List<CellReference> refs = cellulesParFeuille.computeIfAbsent(excel.feuille(), f -> new ArrayList<>());
      if (champ.type() == TypeChamp.GROUPE_REPETE) {
        for (int l : CartographieClasseur.lignesListe(excel)) {
          for (ChampEnquete sous : champ.champsElement()) {
            refs.add(CartographieClasseur.celluleElement(sous, l));
          }
        }
        refs.add(new CellReference(CartographieClasseur.CELLULE_NOMBRE_ETABLISSEMENTS));
      } else if (CartographieClasseur.estChoix(champ)) {
        refs.addAll(CartographieClasseur.cellulesDuChoix(excel));
      } else {
        CellReference ref = carte.adresse(champ, excel, excel.cellule(), new ArrayList<>());
        if (ref.getRow() != new CellReference(excel.cellule()).getRow()) {
          lignesChamps.put(champ.table() + "." + champ.cle(), ref.getRow());
        }
        refs.add(ref);
        if (champ.cle().equals("nb_structures_concernees")) {
          refs.add(new CellReference(CartographieClasseur.CELLULE_COOPERATION));
        }
      }
    }
    Map<String, FeuilleModele> feuilles = new LinkedHashMap<>();
    cellulesParFeuille.forEach((nom, refs) -> {
      int index = carte.indexFeuille(nom).orElseThrow();
      feuilles.put(nom, feuille(nom, wb.getSheetAt(index), refs));
    });
    return new GabaritClasseur(java.util.Collections.unmodifiableMap(feuilles), Map.copyOf(lignesChamps));
  }

  private static FeuilleModele feuille(String nomCatalogue, Sheet s, List<CellReference> champs) {
    Map<Integer, BitSet> saisie = new HashMap<>();
    BitSet lignesChamps = new BitSet();
    int derniereColonne = 0;
    for (CellReference r : champs) {
      saisie.computeIfAbsent(r.getRow(), k -> new BitSet()).set(r.getCol());
      lignesChamps.set(r.getRow());
      derniereColonne = Math.max(derniereColonne, r.getCol());
    }
    Map<Integer, BitSet> occupees = new HashMap<>();
    List<LigneModele> lignes = new ArrayList<>();
    String contexte = null;
    int derniere = 0;
    for (Row row : s) {
      int l = row.getRowNum();
      List<Integer> cols = new ArrayList<>();
      List<String> textes = new ArrayList<>();
      String libelle = null;
      String contexteLigne = contexte;
      for (Cell c : row) {
        int col = c.getColumnIndex();
        Brut b = brut(c);
        if (b instanceof Brut.Vide) {
          continue;
        }
        occupees.computeIfAbsent(l, k -> new BitSet()).set(col);
        derniere = Math.max(derniere, l);
        boolean saisieIci = saisie.getOrDefault(l, new BitSet()).get(col);
        if (col >= COLONNES_LIBELLES || saisieIci || c.getCellType() != CellType.STRING) {
          continue;
        }
        String n = normaliser(c.getStringCellValue());
        if (n.isEmpty()) {
          continue;
        }
        cols.add(col);
        textes.add(n);
        if (libelle == null) {
          libelle = lisible(c.getStringCellValue());
        }
        if (col == 0) {
          contexte = n;
          contexteLigne = null;
        }
      }
      if (!cols.isEmpty()) {
        lignes.add(new LigneModele(l, cols.stream().mapToInt(Integer::intValue).toArray(),
            textes.toArray(String[]::new), contexteLigne, libelle == null ? "" : libelle));
      }
    }
    // Le contexte (libellé de colonne A au-dessus) n'est exigé que pour les lignes dont les libellés se
    // répètent dans la feuille (« A domicile », « Femme ») : une ligne unique se retrouve même si le titre
    // de son bloc a été modifié ou supprimé.
    Map<String, Integer> signatures = new HashMap<>();
    for (LigneModele lm : lignes) {
      signatures.merge(signature(lm), 1, Integer::sum);
    }
    lignes.replaceAll(lm -> signatures.get(signature(lm)) == 1 && lm.contexte() != null
        ? new LigneModele(lm.ligne(), lm.colonnes(), lm.textes(), null, lm.libelle()) : lm);
    derniere = Math.max(derniere, lignesChamps.length() - 1);
    String nom = s.getSheetName();
    return new FeuilleModele(nomCatalogue, nom, lignes, occupees, saisie, lignesChamps, derniere, derniereColonne);
  }

  private static String signature(LigneModele lm) {
    return java.util.Arrays.toString(lm.colonnes()) + java.util.Arrays.toString(lm.textes());
  }

  /** Libellé lisible pour un message : espaces réduits, au plus 60 caractères. */
  private static String lisible(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 60 ? t.substring(0, 59) + "…" : t;
  }

  private static Brut brut(Cell c) {
    CellType t = c.getCellType() == CellType.FORMULA ? CellType.FORMULA : c.getCellType();
    return switch (t) {
      case NUMERIC -> new Brut.Nombre(c.getNumericCellValue());
      case STRING -> Brut.texte(c.getStringCellValue());
      case FORMULA -> new Brut.Texte("=");
      case BOOLEAN -> new Brut.Texte(c.getBooleanCellValue() ? "TRUE" : "FALSE");
      default -> new Brut.Vide();
    };
  }
}
