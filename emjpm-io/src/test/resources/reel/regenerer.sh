#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Régénère les fichiers du corpus « reel » avec LibreOffice Calc (paquets Debian libreoffice-calc-nogui et
# python3-uno). Les tests lisent les fichiers committés : la CI n'a pas besoin de LibreOffice.
# Le modèle vierge d'emjpm est écrit par la CLI (mesures modele) si son jar est construit.
# Classeurs OpenDocument (ods/, generer_ods.py) : régénérés aussi ; seuls avec « regenerer.sh --ods ».
set -eu
ICI=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--ods" ]; then
  exec /usr/bin/python3 "$ICI/generer_ods.py"
fi
RACINE=$(cd "$ICI/../../../../.." && pwd)
MODELE=""
if [ -f "$RACINE/emjpm-examples/target/emjpm.jar" ]; then
  MODELE=$(mktemp -d)/modele-emjpm.xlsx
  java -jar "$RACINE/emjpm-examples/target/emjpm.jar" mesures modele --sortie "$MODELE"
elif [ -f "$ICI/sources/modele-emjpm.xlsx" ]; then
  MODELE="$ICI/sources/modele-emjpm.xlsx"
fi
/usr/bin/python3 "$ICI/generer.py" $MODELE
exec /usr/bin/python3 "$ICI/generer_ods.py"
