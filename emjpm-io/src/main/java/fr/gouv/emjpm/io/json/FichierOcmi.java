// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.CodesArret;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import fr.gouv.emjpm.io.internal.ViolationsGardees;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fichier OCMI : un tableau JSON de mesures au format MesureInput, chacune portant
 * un objet {@code mandataire}, en clair ou dans une archive zip (premier fichier {@code .json}).
 * Lu en flux, élément par élément, avec les limites du mappeur durci ; les mesures sont regroupées
 * par SIRET de mandataire. De l'objet {@code mandataire} seul le SIRET est gardé (ni nom, ni
 * adresse) ; les champs d'identité du majeur sont écartés et signalés par leur nom. Immuable.
 *
 * <p>Les archives chiffrées par mot de passe (celles du ministère) doivent être déchiffrées par
 * l'hôte : le JDK ne lit pas le chiffrement zip, elles sont refusées par {@code OCMI_ARCHIVE_ILLISIBLE}.
 * L'archive est reconnue par la détection de format commune aux lectures de fichiers ; lue depuis un
 * fichier, son répertoire central passe d'abord le pré-vol commun (tailles décompressées déclarées au plus
 * {@link #TAILLE_MAX}, sinon {@code OCMI_TROP_VOLUMINEUX}). Lecture trop longue : {@code
 * FICHIER_DELAI_DEPASSE}, comme pour tout fichier.
 */
public final class FichierOcmi {

  /** Taille maximale du JSON (décompressé). */
  public static final long TAILLE_MAX = JsonDurci.TAILLE_MAX_FLUX;

  private static final int ENTREES_ZIP_MAX = 100;

  /**
   * Mesures gardées au plus (celles qui portent un SIRET de mandataire) ; au-delà, {@code
   * OCMI_TROP_DE_MESURES}. Plafond de mémoire, comme les 100 000 lignes d'un fichier de mesures.
   */
  public static final int MESURES_MAX = 100_000;

  /**
   * Éléments du tableau au plus, gardés ou écartés (sans mandataire) ; au-delà, {@code
   * OCMI_TROP_DE_MESURES}.
   */
  public static final int ELEMENTS_MAX = 10 * MESURES_MAX;

  /**
   * Octets au plus d'un élément du tableau (une mesure) : un élément est lu en arbre, un arbre de 256
   * Mio ne tiendrait pas en mémoire ; au-delà, {@code JSON_LIMITE_DEPASSEE}. Une mesure réelle fait
   * quelques kilo-octets.
   */
  public static final int ELEMENT_MAX = 1024 * 1024;

  /**
   * Mémoire au plus que les mesures gardées peuvent retenir, en octets estimés par {@link #poids} ;
   * au-delà, {@code OCMI_TROP_LOURD}. Le plafond de {@link #MESURES_MAX} ne borne pas à lui seul la
   * mémoire : une mesure de 200 états vides ({@code {}}) retient environ 10 Kio, une de 200 états
   * invalides (200 erreurs gardées) environ 75 Kio, si bien que 100 000 telles mesures (44 à 63 Mo de
   * JSON) ne tiennent pas dans un tas de 256 Mio. 96 Mio estimés laissent passer 100 000 mesures réelles
   * (un état, une ressource : 680 o retenus chacune, 65 Mio mesurés, 79 Mio estimés).
   */
  public static final long MEMOIRE_MAX = 96L * 1024 * 1024;

  /** Durée maximale de lecture, entrées sautées de l'archive comprises (celle des autres lecteurs). */
  public static final Duration DELAI = Duration.ofSeconds(30);

  /** Traduction des arrêts de lecture partagés (échéance) en codes OCMI. */
  private static final CodesArret CODES = (motif, plafond) -> switch (motif) {
    case DELAI_DEPASSE -> Violation.de(CodeFichier.FICHIER_DELAI_DEPASSE, "");
    case VOLUME_EXCESSIF, TEXTE_EXCESSIF -> Violation.de(CodeJson.OCMI_TROP_VOLUMINEUX, "", Map.of("max", TAILLE_MAX));
    default -> Violation.de(CodeJson.OCMI_ARCHIVE_ILLISIBLE, "");
  };

  /** Mesures d'un mandataire dans le fichier. */
  public record GroupeOcmi(String siret, List<Resultat<SaisieMesure>> mesures) {
    /**
     * Copie immuable.
     *
     * @param siret SIRET du mandataire (chiffres seulement), non nul
     * @param mesures saisies lues, chacune réussie ou en échec, non nulle (copiée)
     */
    public GroupeOcmi {
      Objects.requireNonNull(siret, "siret");
      Objects.requireNonNull(mesures, "mesures");
      mesures = List.copyOf(mesures);
    }
  }

  private final Map<String, GroupeOcmi> groupes;
  private final List<Violation> avertissements;

  private FichierOcmi(Map<String, GroupeOcmi> groupes, List<Violation> avertissements) {
    this.groupes = groupes;
    this.avertissements = List.copyOf(avertissements);
  }

  /**
   * Lit un fichier JSON ou une archive zip (reconnue par sa signature, pas par son nom).
   *
   * @param fichier chemin d'un fichier JSON ou d'une archive zip
   * @return le fichier regroupé par SIRET avec ses avertissements, ou l'échec typé (archive
   *     illisible, trop volumineux, JSON invalide)
   * @throws IOException si le fichier ou le flux ne peut pas être lu ou écrit (erreur du système, pas du contenu)
   */
  public static Resultat<FichierOcmi> lire(Path fichier) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(fichier))) {
      if (FormatFichier.archive(debut(in)) && PreVolClasseur.verifierArchive(fichier.toFile(), TAILLE_MAX).isPresent()) {
        return Resultat.echec(Violation.de(CodeJson.OCMI_TROP_VOLUMINEUX, "", Map.of("max", TAILLE_MAX)));
      }
      return lire(in);
    }
  }

  /** Premiers octets d'un flux qui sait se remettre à sa marque, sans les consommer. */
  private static byte[] debut(InputStream in) throws IOException {
    in.mark(4);
    byte[] debut = in.readNBytes(4);
    in.reset();
    return debut;
  }

  /**
   * Lit un flux JSON ou zip (non fermé), en flux : le document n'est jamais entièrement en mémoire.
   *
   * @param flux flux JSON ou zip, non nul ; il n'est pas fermé
   * @return le fichier regroupé par SIRET avec ses avertissements, ou l'échec typé (archive
   *     illisible, trop volumineux, JSON invalide)
   * @throws IOException si le fichier ou le flux ne peut pas être lu ou écrit (erreur du système, pas du contenu)
   */
  public static Resultat<FichierOcmi> lire(InputStream flux) throws IOException {
    return lire(flux, DELAI);
  }

  /** Comme {@link #lire(InputStream)}, avec une autre échéance (tests). */
  static Resultat<FichierOcmi> lire(InputStream flux, Duration delai) throws IOException {
    return lire(flux, delai, MEMOIRE_MAX);
  }

  /** Comme {@link #lire(InputStream)}, avec une autre échéance et un autre plafond de mémoire (tests). */
  static Resultat<FichierOcmi> lire(InputStream flux, Duration delai, long memoireMax) throws IOException {
    Echeance echeance = new Echeance(delai, CODES);
    try {
      return lireSousEcheance(flux, echeance, memoireMax);
    } catch (ArretLecture a) {
      return Resultat.echec(a.violation());
    }
  }

  private static Resultat<FichierOcmi> lireSousEcheance(InputStream flux, Echeance echeance, long memoireMax)
      throws IOException {
    InputStream in = flux.markSupported() ? flux : new BufferedInputStream(flux);
    if (!FormatFichier.archive(debut(in))) {
      return analyser(new Borne(in, echeance), false, echeance, memoireMax);
    }
    try {
      ZipInputStream z = new ZipInputStream(in);
      // un seul budget d'octets décompressés pour les entrées sautées et le JSON : dix entrées d'un Gio
      // de zéros avant le JSON sont arrêtées au plafond, pas décompressées en entier
      Borne borne = new Borne(z, echeance);
      byte[] tampon = new byte[64 * 1024];
      ZipEntry e;
      int n = 0;
      while ((e = z.getNextEntry()) != null && ++n <= ENTREES_ZIP_MAX) {
        if (!e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
          return analyser(borne, true, echeance, memoireMax);
        }
        // entrée sautée : lue ici à travers le budget (getNextEntry la décompresserait sans plafond)
        while (borne.read(tampon, 0, tampon.length) >= 0) {
          // rien : seulement compter et vérifier l'échéance
        }
      }
    } catch (TropVolumineux e) {
      return Resultat.echec(Violation.de(CodeJson.OCMI_TROP_VOLUMINEUX, "", Map.of("max", TAILLE_MAX)));
    } catch (IOException | RuntimeException e) {
      if (e instanceof ArretLecture a) {
        throw a;
      }
      // chiffré (« encrypted ZIP entry not supported », ZipException), corrompu, en-tête local tronqué
      // (EOFException, trouvé par Jazzer) ou noms invalides (IllegalArgumentException) : défaut du contenu
    }
    return Resultat.echec(Violation.de(CodeJson.OCMI_ARCHIVE_ILLISIBLE, ""));
  }

  /**
   * Flux borné à {@link #TAILLE_MAX} octets (au-delà, {@link TropVolumineux}), qui vérifie l'échéance à
   * chaque bloc et compte les octets de l'élément en cours (au-delà de {@link #ELEMENT_MAX}, {@link
   * ElementTropGros}).
   */
  private static final class Borne extends java.io.FilterInputStream {
    private final Echeance echeance;
    private long lus;
    private long debutElement = -1;

    Borne(InputStream in, Echeance echeance) {
      super(in);
      this.echeance = echeance;
    }

    /** Début d'un élément : ses octets sont comptés (l'analyseur lit par blocs de quelques Kio d'avance). */
    void debutElement() {
      debutElement = lus;
    }

    void finElement() {
      debutElement = -1;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      compter(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int debut, int longueur) throws IOException {
      int n = super.read(b, debut, longueur);
      compter(Math.max(n, 0));
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(Math.min(n, 64 * 1024));
      compter((int) Math.max(s, 0));
      return s;
    }

    private void compter(int n) throws IOException {
      lus += n;
      echeance.verifier();
      if (lus > TAILLE_MAX) {
        throw new TropVolumineux();
      }
      if (debutElement >= 0 && lus - debutElement > ELEMENT_MAX + 64L * 1024) {
        throw new ElementTropGros();
      }
    }
  }

  /** Dépassement de {@link #TAILLE_MAX} pendant la lecture. */
  private static final class TropVolumineux extends IOException {
    private static final long serialVersionUID = 1L;

    TropVolumineux() {
      super("taille", null);
    }
  }

  /** Élément de plus de {@link #ELEMENT_MAX} octets. */
  private static final class ElementTropGros extends IOException {
    private static final long serialVersionUID = 1L;

    ElementTropGros() {
      super("element", null);
    }
  }

  private static Resultat<FichierOcmi> analyser(Borne json, boolean zip, Echeance echeance, long memoireMax) {
    Map<String, List<Resultat<SaisieMesure>>> parSiret = new LinkedHashMap<>();
    Set<String> signales = new LinkedHashSet<>();
    List<Violation> avertissements = new ArrayList<>();
    int sansMandataire = 0;
    int gardees = 0;
    long retenu = 0;
    try (JsonParser p = JsonDurci.MAPPER_FLUX.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return Resultat.echec(Violation.de(CodeJson.JSON_RACINE_INVALIDE, ""));
      }
      int i = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
        if (t == null) {
          return Resultat.echec(Violation.de(CodeJson.JSON_ILLISIBLE, ""));
        }
        if (i >= ELEMENTS_MAX) {
          return Resultat.echec(Violation.de(CodeJson.OCMI_TROP_DE_MESURES, "", Map.of("max", MESURES_MAX)));
        }
        json.debutElement();
        long debutElement = p.currentTokenLocation().getByteOffset();
        JsonNode el = JsonDurci.MAPPER_FLUX.readTree(p);
        long octetsElement = p.currentLocation().getByteOffset() - debutElement;
        json.finElement();
        if ((i & (Echeance.ELEMENTS - 1)) == 0) {
          echeance.verifier();
        }
        Optional<String> siret = siretMandataire(el);
        if (siret.isEmpty()) {
          sansMandataire++;
          continue;
        }
        if (++gardees > MESURES_MAX) {
          return Resultat.echec(Violation.de(CodeJson.OCMI_TROP_DE_MESURES, "", Map.of("max", MESURES_MAX)));
        }
        ((ObjectNode) el).remove("mandataire");
        String chemin = "/" + i;
        List<Violation> document = new ArrayList<>();
        MesuresJsonReader.champsInterdits(el, chemin, false, document);
        // OCMI : type d'établissement facultatif en établissement (avertissement), comme l'import de fichier
        Resultat<SaisieMesure> m = MesuresJsonReader.lireMesure(el, chemin, document)
            .map(s -> s.withTypeEtablissementFacultatif(true));
        List<Violation> bloquantes = new ArrayList<>();
        for (Violation v : document) {
          if (v.estBloquante()) {
            // p. ex. « @class » imbriqué (trouvé par Jazzer) : la mesure est refusée, pas le seul fichier
            bloquantes.add(v);
          } else if (signales.size() < ViolationsGardees.MAX
              && signales.add(v.code() + ":" + v.arguments().getOrDefault("champ", ""))) {
            avertissements.add(v);
          }
        }
        if (!bloquantes.isEmpty()) {
          bloquantes.addAll(m.violations());
          m = Resultat.echec(bloquantes);
        }
        // chemins relatifs à la mesure (la synchronisation les préfixe de son rang dans le groupe)
        m = relatif(m, chemin);
        retenu += poids(m, octetsElement);
        if (retenu > memoireMax) {
          return Resultat.echec(Violation.de(CodeJson.OCMI_TROP_LOURD, "", Map.of("max", memoireMax)));
        }
        parSiret.computeIfAbsent(siret.get(), s -> new ArrayList<>()).add(m);
      }
      if (p.nextToken() != null) {
        return Resultat.echec(Violation.de(CodeJson.JSON_ILLISIBLE, ""));
      }
    } catch (TropVolumineux e) {
      return Resultat.echec(Violation.de(CodeJson.OCMI_TROP_VOLUMINEUX, "", Map.of("max", TAILLE_MAX)));
    } catch (ElementTropGros e) {
      return Resultat.echec(Violation.de(CodeJson.JSON_LIMITE_DEPASSEE, ""));
    } catch (ArretLecture a) {
      throw a;
    } catch (com.fasterxml.jackson.core.JacksonException | RuntimeException | StackOverflowError e) {
      if (e.getCause() instanceof ArretLecture a) {
        throw a;
      }
      return Resultat.echec(JsonDurci.violation(e));
    } catch (IOException e) {
      // flux coupé : archive tronquée ou corrompue (zip), sinon document illisible
      return Resultat.echec(Violation.de(zip ? CodeJson.OCMI_ARCHIVE_ILLISIBLE : CodeJson.JSON_ILLISIBLE, ""));
    }
    if (sansMandataire > 0) {
      avertissements.add(Violation.de(CodeJson.OCMI_MANDATAIRE_ABSENT, "", Map.of("nombre", sansMandataire)));
    }
    Map<String, GroupeOcmi> groupes = new LinkedHashMap<>();
    parSiret.forEach((s, ms) -> groupes.put(s, new GroupeOcmi(s, ms)));
    return Resultat.succes(new FichierOcmi(java.util.Collections.unmodifiableMap(groupes), avertissements),
        avertissements);
  }

  /**
   * Octets retenus estimés d'une mesure gardée, par excès : les octets de son élément JSON (textes gardés,
   * au plus), 160 pour la saisie et son résultat, 64 par état ou ressource, 400 par violation gardée
   * (code, chemin, message rendu, arguments). Mesuré sur le JDK 17 : 140 o retenus pour une mesure sans
   * champ, 680 o pour une mesure réelle d'un état et une ressource, 53 o par état vide, 380 o par
   * violation.
   */
  static long poids(Resultat<SaisieMesure> m, long octetsElement) {
    long p = 160 + Math.max(octetsElement, 0) + 400L * m.violations().size();
    if (m.valeur().isPresent()) {
      SaisieMesure s = m.valeur().get();
      p += 64L * (s.etats().size() + s.ressources().size());
    }
    return p;
  }

  private static Resultat<SaisieMesure> relatif(Resultat<SaisieMesure> r, String prefixe) {
    List<Violation> v = r.violations().stream()
        .map(x -> x.chemin().startsWith(prefixe + "/") || x.chemin().equals(prefixe)
            ? x.avecChemin(x.chemin().substring(prefixe.length())) : x)
        .toList();
    return r.valeur().isPresent() ? Resultat.succes(r.valeur().get(), v) : Resultat.echec(v);
  }

  /** SIRET du mandataire d'un élément : chiffres seulement, espaces retirés ; vide sinon. */
  private static Optional<String> siretMandataire(JsonNode el) {
    if (!el.isObject()) {
      return Optional.empty();
    }
    JsonNode m = el.get("mandataire");
    JsonNode s = m == null || !m.isObject() ? null : m.get("siret");
    if (s == null || !(s.isTextual() || s.isIntegralNumber())) {
      return Optional.empty();
    }
    String v = s.asText().replace(" ", "");
    return v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.empty() : Optional.of(v);
  }

  /**
   * Mesures du mandataire : par SIRET exact, sinon par SIREN (9 premiers chiffres, premier groupe du
   * fichier qui le partage), comme l'original.
   *
   * @param siretMandataire SIRET du mandataire, en chiffres sans espace, non nul
   * @return groupe du SIRET exact, sinon le premier groupe de même SIREN ; vide si aucun
   */
  public Optional<GroupeOcmi> groupe(String siretMandataire) {
    GroupeOcmi exact = groupes.get(siretMandataire);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (siretMandataire.length() < 9) {
      return Optional.empty();
    }
    String siren = siretMandataire.substring(0, 9);
    return groupes.values().stream().filter(g -> g.siret().startsWith(siren)).findFirst();
  }

  /** {@return SIRET des mandataires présents, dans l'ordre du fichier} */
  public Set<String> sirets() {
    return groupes.keySet();
  }

  /** {@return nombre total de mesures regroupées} */
  public int nombreMesures() {
    return groupes.values().stream().mapToInt(g -> g.mesures().size()).sum();
  }

  /**
   * Avertissements de lecture (champs inconnus ou d'identité écartés, mesures sans mandataire).
   *
   * @return avertissements de lecture, chacun signalé une seule fois
   */
  public List<Violation> avertissements() {
    return avertissements;
  }
}
