// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.etablissement.CoordonneesProjetees;
import fr.gouv.emjpm.domain.etablissement.DepartementFiness;
import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.etablissement.NumeroFiness;
import fr.gouv.emjpm.domain.etablissement.SystemeCoordonnees;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.MotifArret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Lecteur de l'extrait public FINESS des établissements (fichier {@code etalab-cs1100507-stock-…}) :
 * une ligne d'en-tête {@code finess;etalab;…;date}, des lignes {@code structureet;…} (un établissement
 * chacune) puis des lignes {@code geolocalisation;nofinesset;coordxet;coordyet;sourcecoordet;datemaj}.
 * Format décrit dans {@code docs/formats/finess.md}.
 *
 * <p>Lu en flux, ligne à ligne, sans jamais charger le fichier : taille, nombre de lignes, longueur de
 * ligne et durée sont plafonnés ({@link LimitesFiness}) et un dépassement arrête la lecture par une
 * violation bloquante. Encodage : chaque ligne est décodée en UTF-8 strict, sinon en Windows-1252 (le
 * fichier national est publié en Latin-1/Windows-1252) ; un BOM initial est ignoré. Une ligne
 * inexploitable est écartée avec un avertissement qui porte son numéro, jamais son contenu. Comme
 * l'original, une ligne {@code structureet} sans département est écartée et une raison sociale longue
 * vide prend la raison sociale. Immuable et thread-safe.
 */
public final class FinessReader {

  /** Encodage du fichier. */
  public enum Encodage {
    /** UTF-8 strict ligne par ligne, Windows-1252 pour une ligne qui n'est pas de l'UTF-8 valide. */
    AUTO,
    /** UTF-8 ; une séquence invalide devient le caractère de remplacement. */
    UTF_8,
    /** Windows-1252 (sur-ensemble de Latin-1 pour les caractères imprimables). */
    WINDOWS_1252
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String STRUCTURE = "structureet";
  private static final String GEOLOCALISATION = "geolocalisation";
  private static final String EN_TETE = "finess";

  private final LimitesFiness limites;
  private final Encodage encodage;

  private FinessReader(LimitesFiness limites, Encodage encodage) {
    this.limites = limites;
    this.encodage = encodage;
  }

  /**
   * Lecteur aux limites par défaut, encodage détecté ligne par ligne.
   *
   * @return lecteur par défaut
   */
  public static FinessReader parDefaut() {
    return new FinessReader(LimitesFiness.parDefaut(), Encodage.AUTO);
  }

  /**
   * Lecteur à ces limites et cet encodage.
   *
   * @param limites plafonds de lecture, non nuls
   * @param encodage encodage du fichier, non nul
   * @return le lecteur
   */
  public static FinessReader avec(LimitesFiness limites, Encodage encodage) {
    return new FinessReader(Objects.requireNonNull(limites, "limites"), Objects.requireNonNull(encodage, "encodage"));
  }

  /**
   * Lit un fichier en entier et joint les coordonnées à leurs établissements.
   *
   * @param fichier chemin du fichier ; sa taille est vérifiée avant toute lecture
   * @return l'extrait, ou un échec portant la limite dépassée ou {@code FINESS_AUCUN_ETABLISSEMENT}
   * @throws IOException si le fichier ne peut pas être lu
   */
  public Resultat<ExtraitFiness> lire(Path fichier) throws IOException {
    if (Files.size(fichier) > limites.tailleMax()) {
      return Resultat.echec(Violation.de(CodeFiness.FINESS_TROP_VOLUMINEUX, "", Map.of("max", limites.tailleMax())));
    }
    try (InputStream in = Files.newInputStream(fichier)) {
      return lire(in);
    }
  }

  /**
   * Lit un flux en entier (sans le fermer) et joint les coordonnées à leurs établissements ; une ligne
   * {@code geolocalisation} peut précéder ou suivre la ligne {@code structureet} de son établissement.
   *
   * @param flux flux de l'extrait
   * @return l'extrait, ou un échec portant la limite dépassée ou {@code FINESS_AUCUN_ETABLISSEMENT}
   * @throws IOException si le flux ne peut pas être lu
   */
  public Resultat<ExtraitFiness> lire(InputStream flux) throws IOException {
    Map<String, Etablissement> etablissements = new LinkedHashMap<>();
    Map<String, LigneFiness.Geolocalisation> coordonnees = new LinkedHashMap<>();
    Resultat<Bilan> r = parcourir(flux, l -> {
      if (l instanceof LigneFiness.Structure s) {
        etablissements.put(s.etablissement().numeroFiness().valeur(), s.etablissement());
      } else if (l instanceof LigneFiness.Geolocalisation g) {
        coordonnees.put(g.numeroFiness().valeur(), g);
      }
    });
    if (!r.estSucces()) {
      return Resultat.echec(r.violations());
    }
    Bilan bilan = r.valeur().orElseThrow();
    Avertissements avertissements = new Avertissements(limites.avertissementsMax());
    bilan.avertissements().forEach(avertissements::ajouterTel);
    for (LigneFiness.Geolocalisation g : coordonnees.values()) {
      Etablissement e = etablissements.get(g.numeroFiness().valeur());
      if (e == null) {
        avertissements.ajouter(CodeFiness.FINESS_GEOLOCALISATION_ORPHELINE, g.ligne(), Map.of());
      } else {
        etablissements.put(g.numeroFiness().valeur(), e.withCoordonnees(g.coordonnees()));
      }
    }
    return Resultat.succes(new ExtraitFiness(
        new ArrayList<>(etablissements.values()), bilan.dateExtraction(), bilan.lignes(), avertissements.liste()));
  }

  /**
   * Bilan d'un parcours.
   *
   * @param lignes nombre de lignes lues
   * @param dateExtraction date de la ligne d'en-tête, si elle est lisible
   * @param avertissements avertissements des lignes écartées (détaillés jusqu'au plafond)
   */
  public record Bilan(int lignes, Optional<LocalDate> dateExtraction, List<Violation> avertissements) {
    /**
     * Copie la liste.
     *
     * @param lignes nombre de lignes lues
     * @param dateExtraction date d'extraction, éventuellement vide
     * @param avertissements avertissements
     */
    public Bilan {
      Objects.requireNonNull(dateExtraction, "dateExtraction");
      avertissements = List.copyOf(avertissements);
    }
  }

  /**
   * Parcourt le flux (sans le fermer) et remet chaque ligne exploitable au rappel, dans l'ordre du
   * fichier, sans rien garder en mémoire.
   *
   * @param flux flux de l'extrait
   * @param rappel appelé pour chaque ligne {@code structureet} ou {@code geolocalisation} exploitable
   * @return le bilan, ou un échec portant la limite dépassée ou {@code FINESS_AUCUN_ETABLISSEMENT}
   * @throws IOException si le flux ne peut pas être lu
   */
  public Resultat<Bilan> parcourir(InputStream flux, Consumer<LigneFiness> rappel) throws IOException {
    Objects.requireNonNull(rappel, "rappel");
    Echeance echeance = new Echeance(limites.delai(), FinessReader::violationArret);
    Lignes lignes = new Lignes(flux, limites);
    Decodeurs decodeurs = new Decodeurs();
    Avertissements avertissements = new Avertissements(limites.avertissementsMax());
    Optional<LocalDate> date = Optional.empty();
    int structures = 0;
    java.util.Set<String> vus = new java.util.HashSet<>();
    try {
      byte[] octets;
      while ((octets = lignes.suivante()) != null) {
        echeance.verifier();
        int n = lignes.numero();
        if (n > limites.lignesMax()) {
          return Resultat.echec(Violation.de(CodeFiness.FINESS_TROP_DE_LIGNES, "", Map.of("max", limites.lignesMax())));
        }
        String texte = decoder(decodeurs, octets, lignes.longueur(), n == 1);
        if (texte.isBlank()) {
          continue;
        }
        String[] f = texte.split(";", -1);
        String type = champ(f, 0);
        if (type.equals(STRUCTURE)) {
          Optional<Etablissement> e = structure(f, n, avertissements);
          if (e.isPresent()) {
            structures++;
            if (!vus.add(e.get().numeroFiness().valeur())) {
              avertissements.ajouter(CodeFiness.FINESS_DOUBLON, n, Map.of());
            }
            rappel.accept(new LigneFiness.Structure(n, e.get()));
          }
        } else if (type.equals(GEOLOCALISATION)) {
          geolocalisation(f, n, avertissements).ifPresent(rappel);
        } else if (type.equals(EN_TETE) && structures == 0 && date.isEmpty()) {
          date = date(champ(f, 3));
        } else {
          avertissements.ajouter(CodeFiness.FINESS_LIGNE_IGNOREE, n, Map.of());
        }
      }
    } catch (ArretLecture a) {
      return Resultat.echec(a.violation());
    }
    if (structures == 0) {
      return Resultat.echec(Violation.de(CodeFiness.FINESS_AUCUN_ETABLISSEMENT, ""));
    }
    return Resultat.succes(new Bilan(lignes.numero(), date, avertissements.liste()));
  }

  private static Violation violationArret(MotifArret motif, long plafond) {
    if (motif == MotifArret.DELAI_DEPASSE) {
      return Violation.de(CodeFiness.FINESS_DELAI_DEPASSE, "");
    }
    return Violation.de(CodeFiness.FINESS_TROP_VOLUMINEUX, "", Map.of("max", plafond));
  }

  private Optional<Etablissement> structure(String[] f, int n, Avertissements av) {
    Resultat<NumeroFiness> numero = NumeroFiness.parse(champ(f, 1));
    if (!numero.estSucces()) {
      av.ajouter(CodeFiness.FINESS_NUMERO_INVALIDE, n, Map.of());
      return Optional.empty();
    }
    String dep = champ(f, 13);
    if (dep.isEmpty()) {
      av.ajouter(CodeFiness.FINESS_DEPARTEMENT_ABSENT, n, Map.of());
      return Optional.empty();
    }
    Resultat<CodeDepartement> departement = DepartementFiness.versCodeDepartement(dep);
    if (!departement.estSucces()) {
      av.ajouter(CodeFiness.FINESS_DEPARTEMENT_INVALIDE, n, Map.of());
      return Optional.empty();
    }
    NumeroFiness nf = numero.valeur().orElseThrow();
    nf.verifierCle().ifPresent(v -> av.ajouterTel(v.avecChemin(chemin(n))));
    String rs = champ(f, 3);
    Etablissement.Builder b = Etablissement.builder()
        .numeroFiness(nf)
        .raisonSociale(rs)
        .departement(departement.valeur().orElseThrow());
    String rsLongue = champ(f, 4);
    b.raisonSocialeLongue(rsLongue.isEmpty() ? rs : rsLongue);
    String ej = champ(f, 2);
    if (!ej.isEmpty()) {
      Resultat<NumeroFiness> r = NumeroFiness.parse(ej);
      if (r.estSucces()) {
        b.numeroFinessEntiteJuridique(r.valeur().orElseThrow());
      } else {
        av.ajouter(CodeFiness.FINESS_CHAMP_INVALIDE, n, Map.of("champ", "nofinessej"));
      }
    }
    b.complementRaisonSociale(optionnel(champ(f, 5)))
        .complementDistribution(optionnel(champ(f, 6)))
        .numeroVoie(optionnel(champ(f, 7)))
        .typeVoie(optionnel(champ(f, 8)))
        .voie(optionnel(champ(f, 9)))
        .complementVoie(optionnel(champ(f, 10)))
        .lieuDitBp(optionnel(champ(f, 11)))
        .commune(optionnel(champ(f, 12)))
        .libelleDepartement(optionnel(champ(f, 14)))
        .ligneAcheminement(optionnel(champ(f, 15)))
        .telephone(optionnel(champ(f, 16)))
        .telecopie(optionnel(champ(f, 17)))
        .categorie(optionnel(champ(f, 18)))
        .libelleCategorie(optionnel(champ(f, 19)))
        .categorieAgregat(optionnel(champ(f, 20)))
        .libelleCategorieAgregat(optionnel(champ(f, 21)))
        .codeApe(optionnel(champ(f, 23)))
        .codeMft(optionnel(champ(f, 24)))
        .libelleMft(optionnel(champ(f, 25)))
        .codeSph(optionnel(champ(f, 26)))
        .libelleSph(optionnel(champ(f, 27)))
        .numeroUai(optionnel(champ(f, 31)));
    String siret = champ(f, 22);
    if (!siret.isEmpty()) {
      if (Siret.estBienForme(siret)) {
        b.siret(Siret.of(siret));
      } else {
        av.ajouter(CodeFiness.FINESS_CHAMP_INVALIDE, n, Map.of("champ", "siret"));
      }
    }
    b.dateOuverture(dateChamp(f, 28, "dateouv", n, av))
        .dateAutorisation(dateChamp(f, 29, "dateautor", n, av))
        .dateMiseAJour(dateChamp(f, 30, "datemaj", n, av));
    return Optional.of(b.build());
  }

  private static Optional<LocalDate> dateChamp(String[] f, int i, String nom, int n, Avertissements av) {
    String t = champ(f, i);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = date(t);
    if (d.isEmpty()) {
      av.ajouter(CodeFiness.FINESS_CHAMP_INVALIDE, n, Map.of("champ", nom));
    }
    return d;
  }

  private static Optional<LigneFiness.Geolocalisation> geolocalisation(String[] f, int n, Avertissements av) {
    String x = champ(f, 2);
    String y = champ(f, 3);
    if (x.isEmpty() || y.isEmpty()) {
      return Optional.empty(); // comme l'original : rien à mettre à jour
    }
    Resultat<NumeroFiness> numero = NumeroFiness.parse(champ(f, 1));
    Optional<Double> dx = nombre(x);
    Optional<Double> dy = nombre(y);
    if (!numero.estSucces() || dx.isEmpty() || dy.isEmpty()) {
      av.ajouter(CodeFiness.FINESS_COORDONNEES_INVALIDES, n, Map.of());
      return Optional.empty();
    }
    Optional<SystemeCoordonnees> systeme = SystemeCoordonnees.parSource(champ(f, 4));
    return Optional.of(new LigneFiness.Geolocalisation(
        n, numero.valeur().orElseThrow(), new CoordonneesProjetees(dx.get(), dy.get(), systeme)));
  }

  private static Optional<Double> nombre(String t) {
    if (t.length() > 32) {
      return Optional.empty();
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+')) {
        return Optional.empty();
      }
    }
    try {
      double d = Double.parseDouble(t.replace(',', '.'));
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String t) {
    if (t.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> optionnel(String t) {
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Champ {@code i} sans espaces de bord ni guillemets englobants ; vide s'il manque. */
  private static String champ(String[] f, int i) {
    if (i >= f.length) {
      return "";
    }
    String t = f[i].strip();
    if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
      t = t.substring(1, t.length() - 1).replace("\"\"", "\"").strip();
    }
    return t;
  }

  private static String chemin(int ligne) {
    return "ligne " + ligne;
  }

  /** Décodeurs d'un parcours (non partagés entre threads). */
  private static final class Decodeurs {
    private final CharsetDecoder utf8Strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharsetDecoder cp1252 = WINDOWS_1252.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private CharBuffer sortie = CharBuffer.allocate(1024);

    /** Décode avec ce décodeur ; vide si une séquence est invalide (décodeur strict). */
    @Nullable String decoder(CharsetDecoder d, byte[] octets, int debut, int fin) {
      ByteBuffer b = ByteBuffer.wrap(octets, debut, fin - debut);
      if (sortie.capacity() < fin - debut) {
        sortie = CharBuffer.allocate(fin - debut);
      }
      sortie.clear();
      d.reset();
      CoderResult r = d.decode(b, sortie, true);
      if (r.isError()) {
        return null;
      }
      d.flush(sortie);
      sortie.flip();
      return sortie.toString();
    }
  }

  private String decoder(Decodeurs d, byte[] octets, int longueur, boolean premiere) {
    int debut = 0;
    if (premiere && longueur >= 3 && (octets[0] & 0xFF) == 0xEF && (octets[1] & 0xFF) == 0xBB
        && (octets[2] & 0xFF) == 0xBF) {
      debut = 3;
    }
    boolean ascii = true;
    for (int i = debut; i < longueur && ascii; i++) {
      ascii = octets[i] >= 0;
    }
    String s;
    if (ascii) {
      s = new String(octets, debut, longueur - debut, StandardCharsets.US_ASCII);
    } else {
      String u = switch (encodage) {
        case UTF_8 -> d.decoder(d.utf8, octets, debut, longueur);
        case WINDOWS_1252 -> d.decoder(d.cp1252, octets, debut, longueur);
        case AUTO -> {
          String strict = d.decoder(d.utf8Strict, octets, debut, longueur);
          yield strict != null ? strict : d.decoder(d.cp1252, octets, debut, longueur);
        }
      };
      s = u == null ? "" : u;
    }
    return s.indexOf('\0') >= 0 ? s.replace('\0', ' ') : s;
  }

  /** Lignes d'octets bornées ; {@code \n}, {@code \r\n} et {@code \r} seul terminent une ligne. */
  private static final class Lignes {
    private final InputStream in;
    private final LimitesFiness limites;
    private byte[] tampon = new byte[512];
    private int longueur;
    private int numero;
    private long total;
    private boolean crEnAttente;

    Lignes(InputStream in, LimitesFiness limites) {
      this.in = in;
      this.limites = limites;
    }

    int numero() {
      return numero;
    }

    int longueur() {
      return longueur;
    }

    private final byte[] lu = new byte[64 * 1024];
    private int position;
    private int fin;

    /** Octet suivant du flux, -1 à la fin ; plafond de taille vérifié à chaque bloc. */
    private int octet() throws IOException {
      if (position == fin) {
        int n = in.read(lu, 0, lu.length);
        if (n <= 0) {
          return -1;
        }
        total += n;
        if (total > limites.tailleMax()) {
          throw ArretLecture.de(CodeFiness.FINESS_TROP_VOLUMINEUX, Map.of("max", limites.tailleMax()));
        }
        position = 0;
        fin = n;
      }
      return lu[position++] & 0xFF;
    }

    byte @Nullable [] suivante() throws IOException {
      longueur = 0;
      boolean vu = false;
      int c;
      while ((c = octet()) != -1) {
        if (crEnAttente) {
          crEnAttente = false;
          if (c == '\n') {
            continue;
          }
        }
        vu = true;
        if (c == '\n' || c == '\r') {
          crEnAttente = c == '\r';
          numero++;
          return tampon;
        }
        if (longueur == limites.ligneMax()) {
          throw ArretLecture.de(CodeFiness.FINESS_LIGNE_TROP_LONGUE, Map.of("max", limites.ligneMax()));
        }
        if (longueur == tampon.length) {
          tampon = java.util.Arrays.copyOf(tampon, Math.min(tampon.length * 2, limites.ligneMax()));
        }
        tampon[longueur++] = (byte) c;
      }
      if (vu) {
        numero++;
        return tampon;
      }
      return null;
    }
  }

  /** Avertissements détaillés jusqu'au plafond, puis comptés. */
  private static final class Avertissements {
    private final int max;
    private final List<Violation> liste = new ArrayList<>();
    private long tronques;

    Avertissements(int max) {
      this.max = max;
    }

    void ajouter(CodeViolation code, int ligne, Map<String, ?> arguments) {
      ajouterTel(Violation.de(code, chemin(ligne), arguments));
    }

    void ajouterTel(Violation v) {
      if (v.code().equals(CodeFiness.FINESS_AVERTISSEMENTS_TRONQUES.code())) {
        tronques += Long.parseLong(v.arguments().getOrDefault("nombre", "0"));
      } else if (liste.size() < max) {
        liste.add(v);
      } else {
        tronques++;
      }
    }

    List<Violation> liste() {
      List<Violation> r = new ArrayList<>(liste);
      if (tronques > 0) {
        r.add(Violation.de(CodeFiness.FINESS_AVERTISSEMENTS_TRONQUES, "", Map.of("nombre", tronques)));
      }
      return r;
    }
  }
}
