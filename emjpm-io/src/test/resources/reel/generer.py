#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 les contributeurs emjpm
"""Régénère le corpus « reel » : fichiers écrits par LibreOffice Calc (fr-FR), variantes à la manière
d'Excel (XML d'un fichier LibreOffice retouché, jamais POI), CSV en UTF-8 / BOM / Windows-1252, modèles
remplis par saisie au clavier (UNO, commande .uno:EnterString, comme une frappe).

Usage : regenerer.sh [modele-emjpm.xlsx]  (python3 système : module uno du paquet python3-uno)
"""
import os, re, shutil, subprocess, sys, tempfile, time, zipfile
from xml.sax.saxutils import escape

ICI = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(ICI, "sources")
TMP = tempfile.mkdtemp(prefix="emjpm-reel-")
PROFIL = "file://" + os.path.join(TMP, "profil")
ENV = dict(os.environ, LC_ALL="fr_FR.UTF-8", LANG="fr_FR.UTF-8")
# Import CSV qui reproduit la saisie au clavier : fr-FR (1036), nombres spéciaux (dates) détectés.
TAPE = "CSV:59,34,76,1,,1036,false,true,false,false,true"
# Toutes les colonnes au format texte (2) : comme des cellules préformatées « Texte ».
TEXTE = "CSV:59,34,76,1," + "/".join(f"{i}/2" for i in range(1, 11)) + ",1036,false,true,false,false,true"
SAISIES = ["base", "entetes-casse", "texte-invisible", "type-etablissement", "erreurs", "monaco", "dates-variees",
           "reimport"]


def soffice(*args):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFIL, "--headless", "--norestore", *args],
                   env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convertir(sources, filtre_entree, cible, dossier):
    os.makedirs(dossier, exist_ok=True)
    soffice("--infilter=" + filtre_entree, "--convert-to", cible, "--outdir", dossier, *sources)


def crlf(chemin):
    octets = open(chemin, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    open(chemin, "wb").write(octets)


# ------------------------------------------------------------------ saisies LibreOffice
saisies = [os.path.join(SOURCES, s + ".csv") for s in SAISIES]
convertir(saisies, TAPE, "xlsx", os.path.join(TMP, "xlsx"))
convertir(saisies, TAPE, "xls", os.path.join(TMP, "xls"))
for s in SAISIES:
    shutil.copy(os.path.join(TMP, "xlsx", s + ".xlsx"), os.path.join(ICI, f"lo-{s}.xlsx"))
    shutil.copy(os.path.join(TMP, "xls", s + ".xls"), os.path.join(ICI, f"lo-{s}.xls"))
convertir([os.path.join(SOURCES, "base.csv")], TEXTE, "xlsx", os.path.join(TMP, "texte"))
convertir([os.path.join(SOURCES, "base.csv")], TEXTE, "xls", os.path.join(TMP, "texte"))
shutil.copy(os.path.join(TMP, "texte", "base.xlsx"), os.path.join(ICI, "lo-base-colonnes-texte.xlsx"))
shutil.copy(os.path.join(TMP, "texte", "base.xls"), os.path.join(ICI, "lo-base-colonnes-texte.xls"))

# ------------------------------------------------------------------ variantes à la manière d'Excel
BASE = os.path.join(TMP, "xlsx", "base.xlsx")


def retoucher(source, cible, retouche):
    with zipfile.ZipFile(source) as z:
        parties = {n: z.read(n) for n in z.namelist()}
    retouche(parties)
    with zipfile.ZipFile(cible, "w", zipfile.ZIP_DEFLATED) as z:
        for n, octets in parties.items():
            z.writestr(n, octets)


def xfs(styles):
    """numFmtId de chaque style de cellule (cellXfs), dans l'ordre."""
    bloc = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S).group(1)
    return [int(m.group(1)) for m in re.finditer(r'<xf [^>]*numFmtId="(\d+)"', bloc)]


def formats_date(styles):
    ids = {int(i) for i, code in re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', styles)
           if re.search(r"[YyJj]{2}|[Dd]{2}", code)}
    return ids | set(range(14, 23))


def numfmt14(p):
    s = p["xl/styles.xml"].decode()
    for i in formats_date(s) - set(range(14, 23)):
        s = s.replace(f'numFmtId="{i}" fontId', f'numFmtId="14" fontId')
        s = re.sub(rf'(<xf [^>]*)numFmtId="{i}"', r'\1numFmtId="14"', s)
    p["xl/styles.xml"] = s.encode()


def systeme1904(p):
    s = p["xl/styles.xml"].decode()
    dates = formats_date(s)
    liste = xfs(s)
    w = p["xl/workbook.xml"].decode()
    if "date1904" in w:
        w = re.sub(r'date1904="[^"]*"', 'date1904="1"', w)
    else:
        w = w.replace("<workbookPr", '<workbookPr date1904="1"', 1)
    p["xl/workbook.xml"] = w.encode()

    def decaler(m):
        style = int(m.group(2))
        if style < len(liste) and liste[style] in dates:
            return m.group(1) + str(int(float(m.group(3))) - 1462) + m.group(4)
        return m.group(0)
    f = p["xl/worksheets/sheet1.xml"].decode()
    p["xl/worksheets/sheet1.xml"] = re.sub(r'(<c r="[A-Z]+\d+" s="(\d+)" t="n"><v>)([^<]+)(</v>)', decaler, f).encode()


def chaines_en_ligne(p):
    sst = p["xl/sharedStrings.xml"].decode()
    textes = [re.sub(r"<[^>]+>", "", si) for si in re.findall(r"<si>(.*?)</si>", sst, re.S)]
    f = p["xl/worksheets/sheet1.xml"].decode()
    f = re.sub(r'<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)</v></c>',
               lambda m: f'<c r="{m.group(1)}"{m.group(2) or ""} t="inlineStr"><is><t xml:space="preserve">'
               + textes[int(m.group(3))] + "</t></is></c>", f)
    p["xl/worksheets/sheet1.xml"] = f.encode()


def lignes_vides_stylees(p):
    f = p["xl/worksheets/sheet1.xml"].decode()
    derniere = max(int(n) for n in re.findall(r'<row r="(\d+)"', f))
    vides = "".join(
        f'<row r="{r}" s="1" customFormat="1" ht="15" customHeight="1">'
        + "".join(f'<c r="{c}{r}" s="1"/>' for c in "ABCDEFGHIJ") + "</row>"
        for r in range(derniere + 1, derniere + 301))
    p["xl/worksheets/sheet1.xml"] = f.replace("</sheetData>", vides + "</sheetData>").encode()


def siret_scientifique(p):
    f = p["xl/worksheets/sheet1.xml"].decode()
    p["xl/worksheets/sheet1.xml"] = re.sub(
        r"<v>(\d)(\d{13})</v>", lambda m: f"<v>{m.group(1)}.{m.group(2).rstrip('0')}E13</v>", f).encode()


def formats_nombres(p):
    """annee « # ##0 » (3), code postal « 0,00 » (2), SIRET scientifique « 0,00E+00 » (11)."""
    s = p["xl/styles.xml"].decode()
    n = len(xfs(s))
    ajout = ('<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
             '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
             '<xf numFmtId="11" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')
    s = re.sub(r'<cellXfs count="\d+"', f'<cellXfs count="{n + 3}"', s).replace("</cellXfs>", ajout + "</cellXfs>")
    p["xl/styles.xml"] = s.encode()
    colonnes = {"F": n, "C": n + 1, "J": n + 2}
    f = p["xl/worksheets/sheet1.xml"].decode()

    def restyler(m):
        col, ligne = m.group(1), int(m.group(2))
        if ligne > 1 and col in colonnes:
            return f'<c r="{col}{ligne}" s="{colonnes[col]}" t="n">'
        return m.group(0)
    p["xl/worksheets/sheet1.xml"] = re.sub(r'<c r="([A-Z]+)(\d+)" s="\d+" t="n">', restyler, f).encode()


for nom, retouche in [("excel-numfmt14.xlsx", numfmt14), ("excel-1904.xlsx", systeme1904),
                      ("excel-chaines-en-ligne.xlsx", chaines_en_ligne),
                      ("excel-lignes-vides-stylees.xlsx", lignes_vides_stylees),
                      ("excel-siret-scientifique.xlsx", siret_scientifique),
                      ("excel-formats-nombres.xlsx", formats_nombres)]:
    retoucher(BASE, os.path.join(ICI, nom), retouche)

# ------------------------------------------------------------------ CSV enregistrés par LibreOffice
# Enregistrés depuis la variante au format de date 14 (date courte du système : jj/mm/aaaa en fr-FR),
# comme Excel FR enregistre « CSV (séparateur : point-virgule) » ; un seul depuis la saisie LibreOffice
# (format jj/mm/aa : années à deux chiffres, refusées comme l'original).
EXCEL = os.path.join(ICI, "excel-numfmt14.xlsx")
for nom, options, fins, bom in [
    ("excel-fr-pointvirgule-cp1252.csv", "59,34,1252,1,,1036,false,true,true", "crlf", False),
    ("lo-virgule-cp1252.csv", "44,34,1252,1,,1036,false,true,true", "lf", False),
    ("lo-pointvirgule-utf8.csv", "59,34,76,1,,1036,false,true,true", "lf", False),
    ("lo-virgule-utf8-bom.csv", "44,34,76,1,,1036,false,true,true", "crlf", True),
    ("lo-tabulation-utf8.csv", "9,34,76,1,,1036,false,true,true", "lf", False),
    ("lo-annees-2-chiffres-utf8.csv", "59,34,76,1,,1036,false,true,true", "lf", False),
]:
    dossier = os.path.join(TMP, "csv-" + nom)
    os.makedirs(dossier)
    source = BASE if "2-chiffres" in nom else EXCEL
    soffice("--convert-to", "csv:Text - txt - csv (StarCalc):" + options, "--outdir", dossier, source)
    cible = os.path.join(ICI, nom)
    shutil.copy(os.path.join(dossier, os.path.basename(source)[:-5] + ".csv"), cible)
    if fins == "crlf":
        crlf(cible)
    if bom:
        octets = open(cible, "rb").read()
        open(cible, "wb").write(b"\xef\xbb\xbf" + octets)
# CSV gardés tels que saisis (UTF-8)
shutil.copy(os.path.join(SOURCES, "base.csv"), os.path.join(ICI, "saisie-utf8.csv"))
shutil.copy(os.path.join(SOURCES, "dates-variees.csv"), os.path.join(ICI, "saisie-dates-variees-utf8.csv"))
cible = os.path.join(ICI, "saisie-type-etablissement-bom-crlf.csv")
open(cible, "wb").write(b"\xef\xbb\xbf" + open(os.path.join(SOURCES, "type-etablissement.csv"), "rb").read())
crlf(cible)


# ------------------------------------------------------------------ modèles remplis au clavier (UNO)
import uno  # noqa: E402  (python3 système, paquet python3-uno)
from com.sun.star.beans import PropertyValue  # noqa: E402


def pv(nom, valeur):
    p = PropertyValue()
    p.Name, p.Value = nom, valeur
    return p


def serveur_uno(numero):
    """Démarre une instance LibreOffice à l'écoute ; rend (processus, bureau, dispatch)."""
    tuyau = f"emjpm-reel-{os.getpid()}-{numero}"
    serveur = subprocess.Popen(["soffice", "-env:UserInstallation=" + PROFIL, "--headless", "--invisible",
                                "--norestore", f"--accept=pipe,name={tuyau};urp;"], env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolveur = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolveur.resolve(f"uno:pipe,name={tuyau};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(1)
    smgr = ctx.ServiceManager
    return (serveur, smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx),
            smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx))


lignes = [l.split(";") for l in open(os.path.join(SOURCES, "type-etablissement.csv"), encoding="utf-8").read().splitlines()]
entete, donnees = lignes[0], lignes[1:]


def remplir(modele, sorties):
    """Tape chaque valeur (.uno:EnterString, comme au clavier) sous l'en-tête de même nom ; réessaie si
    l'instance LibreOffice sans écran s'arrête (arrive parfois)."""
    for essai in range(4):
        serveur, bureau, dispatch = serveur_uno(essai)
        try:
            doc = bureau.loadComponentFromURL("file://" + modele, "_blank", 0, (pv("Hidden", True),))
            cadre = doc.getCurrentController().getFrame()
            feuille = doc.Sheets.getByIndex(0)
            titres = [feuille.getCellByPosition(c, 0).getString().strip() for c in range(0, 30)]
            for i, ligne in enumerate(donnees):
                for nom, valeur in zip(entete, ligne):
                    if nom not in titres:
                        continue
                    col = titres.index(nom)
                    if valeur == "":
                        feuille.getCellByPosition(col, i + 1).setString("")  # touche Suppr
                        continue
                    ref = "$" + chr(65 + col) + "$" + str(i + 2)
                    dispatch.executeDispatch(cadre, ".uno:GoToCell", "", 0, (pv("ToPoint", ref),))
                    dispatch.executeDispatch(cadre, ".uno:EnterString", "", 0, (pv("StringName", valeur),))
            for chemin, filtre in sorties:
                doc.storeToURL("file://" + chemin, (pv("FilterName", filtre),))
            doc.close(True)
            return
        except Exception as e:  # instance arrêtée : on recommence sur une nouvelle
            print("LibreOffice s'est arrêté, nouvel essai :", type(e).__name__, file=sys.stderr)
        finally:
            serveur.terminate()
            serveur.wait()
    raise SystemExit("LibreOffice s'arrête à chaque essai")


try:
    reel = os.path.join(TMP, "Template_import_mesures.xlsx")
    shutil.copy(os.path.join(SOURCES, "Template_import_mesures.xlsx"), reel)
    remplir(reel, [(os.path.join(ICI, "modele-reel-rempli.xlsx"), "Calc MS Excel 2007 XML"),
                   (os.path.join(ICI, "modele-reel-rempli.xls"), "MS Excel 97")])
    if len(sys.argv) > 1:
        emjpm = os.path.join(TMP, "modele-emjpm.xlsx")
        shutil.copy(sys.argv[1], emjpm)
        if os.path.abspath(sys.argv[1]) != os.path.join(ICI, "sources", "modele-emjpm.xlsx"):
            shutil.copy(sys.argv[1], os.path.join(ICI, "sources", "modele-emjpm.xlsx"))
        remplir(emjpm, [(os.path.join(ICI, "modele-emjpm-rempli.xlsx"), "Calc MS Excel 2007 XML"),
                        (os.path.join(ICI, "modele-emjpm-rempli.xls"), "MS Excel 97")])
finally:
    shutil.rmtree(TMP, ignore_errors=True)
