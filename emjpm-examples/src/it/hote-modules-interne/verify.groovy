// La compilation a échoué pour la bonne raison : le paquet internal n'est pas exporté, et pour nulle autre.
def journal = new File(basedir, 'build.log').text
assert journal.contains('module-path') : "l'hôte n'a pas été compilé sur le chemin des modules :\n" + journal
assert journal.contains('package fr.gouv.emjpm.io.internal is not visible') || journal.contains('paquet fr.gouv.emjpm.io.internal')
    : "l'import d'un paquet internal n'a pas été refusé par javac :\n" + journal
assert journal.contains('does not export it') : "refus sans mention du paquet non exporté :\n" + journal
def erreurs = journal.readLines().findAll { it.startsWith('[ERROR] /') }
assert !erreurs.isEmpty() && erreurs.every { it.contains('Interdit.java:[3,') }
    : "une autre erreur de compilation que l'import refusé :\n" + erreurs.join('\n')
return true
