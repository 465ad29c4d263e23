// L'hôte JPMS a tourné sur le chemin des modules et toutes ses vérifications sont passées.
def journal = new File(basedir, 'build.log').text
assert journal.contains('HOTE-MODULES OK') : "programme de l'hôte en échec ou non lancé"
assert journal.contains('module fr.gouv.emjpm.io exporte [fr.gouv.emjpm.io.enquete, fr.gouv.emjpm.io.fichier, fr.gouv.emjpm.io.finess, fr.gouv.emjpm.io.json, fr.gouv.emjpm.io.mesures]')
assert !journal.contains('ECHEC ') : 'une vérification de l\'hôte a échoué'
assert !journal.contains('No SLF4J providers') : 'SLF4J sans fournisseur'
assert !journal.contains('could not find a logging provider') : 'Log4j API sans fournisseur'
return true
