#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 les contributeurs emjpm
"""Régénère le corpus « reel/ods » : classeurs OpenDocument (.ods) écrits par LibreOffice Calc (fr-FR),
un modèle de classeur (.ots) et un classeur protégé par mot de passe. Voir ods/MANIFESTE.csv.

Usage : regenerer.sh (python3 système : module uno du paquet python3-uno)
"""
import os, shutil, subprocess, sys, tempfile, time

import uno  # noqa: E402  (python3 système, paquet python3-uno)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402

ICI = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(ICI, "sources")
ODS = os.path.join(ICI, "ods")
TMP = tempfile.mkdtemp(prefix="emjpm-ods-")
PROFIL = "file://" + os.path.join(TMP, "profil")
ENV = dict(os.environ, LC_ALL="fr_FR.UTF-8", LANG="fr_FR.UTF-8")
# Import CSV qui reproduit la saisie au clavier : fr-FR (1036), nombres spéciaux (dates) détectés.
TAPE = "59,34,76,1,,1036,false,true,false,false,true"
# Toutes les colonnes au format texte (2) : comme des cellules préformatées « Texte ».
TEXTE = "59,34,76,1," + "/".join(f"{i}/2" for i in range(1, 11)) + ",1036,false,true,false,false,true"
# com.sun.star.util.NumberFormat
DATE, TIME, CURRENCY, PERCENT, DATETIME, LOGICAL = 2, 4, 8, 128, 6, 1024


def pv(nom, valeur):
    p = PropertyValue()
    p.Name, p.Value = nom, valeur
    return p


def serveur_uno(numero):
    """Démarre une instance LibreOffice à l'écoute ; rend (processus, bureau, dispatch)."""
    tuyau = f"emjpm-ods-{os.getpid()}-{numero}"
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


def url(chemin):
    return uno.systemPathToFileUrl(chemin)


def csv(bureau, nom, options):
    return bureau.loadComponentFromURL(url(os.path.join(SOURCES, nom)), "_blank", 0, (
        pv("Hidden", True), pv("FilterName", "Text - txt - csv (StarCalc)"), pv("FilterOptions", options)))


def format_standard(doc, type_):
    locale = uno.createUnoStruct("com.sun.star.lang.Locale")
    locale.Language, locale.Country = "fr", "FR"
    return doc.NumberFormats.getStandardFormat(type_, locale)


def enregistrer(doc, nom, *autres):
    doc.storeToURL(url(os.path.join(ODS, nom)), (pv("FilterName", "calc8"), *autres))


def saisies_csv(bureau):
    """Saisies de base.csv : tapées (dates, codes postaux en nombre) et en colonnes texte."""
    for source, options, cible in [("base.csv", TAPE, "lo-base.ods"),
                                   ("base.csv", TEXTE, "lo-base-colonnes-texte.ods"),
                                   ("dates-variees.csv", TAPE, "lo-dates-variees.ods")]:
        doc = csv(bureau, source, options)
        enregistrer(doc, cible)
        doc.close(True)


def structures(bureau):
    """Classeur qui exerce la structure d'un .ods : fusions, lignes vides stylées, formules, plusieurs
    feuilles, types de valeur, texte riche, commentaire, lignes et cellules répétées."""
    doc = csv(bureau, "base.csv", TAPE)
    feuilles = doc.Sheets
    f = feuilles.getByIndex(0)
    f.Name = "Mesures"
    # formule (valeur en cache) : année de la date de nomination, et texte calculé
    f.getCellRangeByName("K1").setString("annee_nomination")
    for ligne in range(2, 14):
        f.getCellRangeByName(f"K{ligne}").setFormula(f"=YEAR(A{ligne})")
    f.getCellRangeByName("L2").setFormula('="RG-"&G2')
    f.getCellRangeByName("L3").setFormula("=1/0")
    # fusion horizontale (titre sur M1:O1) et verticale (M2:M4)
    f.getCellRangeByName("M1").setString("Titre fusionné")
    f.getCellRangeByName("M1:O1").merge(True)
    f.getCellRangeByName("M2").setString("Vertical")
    f.getCellRangeByName("M2:M4").merge(True)
    # lignes vides stylées (fond jaune) sous les données, jusqu'à la ligne 300
    f.getCellRangeByName("A14:J300").CellBackColor = 0xFFFF00
    # commentaire sur une cellule : jamais du texte de cellule
    f.Annotations.insertNew(CellAddress(0, 3, 1), "commentaire à ignorer")

    feuilles.insertNewByName("Types", 1)
    t = feuilles.getByName("Types")
    t.getCellRangeByName("A1").setValue(1)
    t.getCellRangeByName("A1").NumberFormat = format_standard(doc, LOGICAL)
    t.getCellRangeByName("B1").setValue(0)
    t.getCellRangeByName("B1").NumberFormat = format_standard(doc, LOGICAL)
    t.getCellRangeByName("C1").setValue(0.25)
    t.getCellRangeByName("C1").NumberFormat = format_standard(doc, PERCENT)
    t.getCellRangeByName("D1").setValue(1234.5)
    t.getCellRangeByName("D1").NumberFormat = format_standard(doc, CURRENCY)
    t.getCellRangeByName("E1").setValue(0.4375)
    t.getCellRangeByName("E1").NumberFormat = format_standard(doc, TIME)
    t.getCellRangeByName("F1").setValue(43539.5)
    t.getCellRangeByName("F1").NumberFormat = format_standard(doc, DATETIME)
    t.getCellRangeByName("G1").setValue(21)
    t.getCellRangeByName("G1").NumberFormat = format_standard(doc, DATE)
    t.getCellRangeByName("H1").setValue(-0.5)
    t.getCellRangeByName("A2").setString("ligne un\nligne deux")
    t.getCellRangeByName("B2").setString("a     b")
    t.getCellRangeByName("C2").setString("a\tb")
    t.getCellRangeByName("D2").setString("  devant")
    texte = t.getCellRangeByName("E2").getText()
    curseur = texte.createTextCursor()
    texte.insertString(curseur, "gras puis normal", False)
    curseur.gotoStart(False)
    curseur.goRight(4, True)
    curseur.CharWeight = 150.0
    texte = t.getCellRangeByName("F2").getText()
    lien = doc.createInstance("com.sun.star.text.TextField.URL")
    lien.URL = "https://emjpm.invalid/"
    lien.Representation = "lien"
    curseur = texte.createTextCursor()
    texte.insertString(curseur, "voir ", False)
    curseur.gotoEnd(False)
    texte.insertTextContent(curseur, lien, False)
    t.getCellRangeByName("Z2").setString("loin")
    t.getCellRangeByName("A3").setString("")  # cellule vidée
    t.getCellRangeByName("A5").setString("après deux lignes vides")

    feuilles.insertNewByName("Répétées", 2)
    r = feuilles.getByName("Répétées")
    for ligne in range(1, 6):
        for col in "ABCD":
            r.getCellRangeByName(f"{col}{ligne}").setString("y")
        r.getCellRangeByName(f"E{ligne}").setValue(7)
    r.getCellRangeByName("A1048576").setString("dernière")

    feuilles.insertNewByName("Cachée", 3)
    c = feuilles.getByName("Cachée")
    c.getCellRangeByName("A1").setString("cachée")
    c.IsVisible = False
    feuilles.insertNewByName("Vide", 4)
    enregistrer(doc, "lo-structures.ods")
    doc.close(True)


def chiffre(bureau):
    """Classeur protégé par un mot de passe à l'ouverture (content.xml chiffré)."""
    doc = csv(bureau, "base.csv", TAPE)
    enregistrer(doc, "lo-chiffre.ods", pv("Password", "emjpm"))
    doc.close(True)


def modele_ots(bureau):
    """Modèle de classeur (.ots) : un classeur OpenDocument d'un autre type que le classeur ordinaire."""
    doc = csv(bureau, "base.csv", TAPE)
    doc.storeToURL(url(os.path.join(ODS, "lo-modele.ots")), (pv("FilterName", "calc8_template"),))
    doc.close(True)


lignes = [l.split(";") for l in open(os.path.join(SOURCES, "type-etablissement.csv"), encoding="utf-8").read().splitlines()]
entete, donnees = lignes[0], lignes[1:]


def remplir(bureau, dispatch, modele, cible):
    """Tape chaque valeur (.uno:EnterString, comme au clavier) sous l'en-tête de même nom."""
    doc = bureau.loadComponentFromURL(url(modele), "_blank", 0, (pv("Hidden", True),))
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
    enregistrer(doc, cible)
    doc.close(True)


def tout(bureau, dispatch):
    saisies_csv(bureau)
    structures(bureau)
    chiffre(bureau)
    modele_ots(bureau)
    for source, cible in [("modele-emjpm.xlsx", "modele-emjpm-rempli.ods"),
                          ("Template_import_mesures.xlsx", "modele-reel-rempli.ods")]:
        copie = os.path.join(TMP, source)
        shutil.copy(os.path.join(SOURCES, source), copie)
        remplir(bureau, dispatch, copie, cible)


try:
    os.makedirs(ODS, exist_ok=True)
    for essai in range(4):
        serveur, bureau, dispatch = serveur_uno(essai)
        try:
            tout(bureau, dispatch)
            break
        except Exception as e:  # instance arrêtée : on recommence sur une nouvelle
            print("LibreOffice s'est arrêté, nouvel essai :", type(e).__name__, e, file=sys.stderr)
        finally:
            serveur.terminate()
            serveur.wait()
    else:
        raise SystemExit("LibreOffice s'arrête à chaque essai")
finally:
    shutil.rmtree(TMP, ignore_errors=True)
