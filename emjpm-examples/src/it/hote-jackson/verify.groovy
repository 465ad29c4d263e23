// L'hôte a lancé ses tests, ils ont réussi, et aucune ligne « no provider » (SLF4J, Log4j API) n'est apparue.
def journal = new File(basedir, 'build.log').text
assert journal.contains('Tests run: 4, Failures: 0, Errors: 0') : "tests de l'hôte absents ou en échec"
assert !journal.contains('No SLF4J providers') : 'SLF4J sans fournisseur'
assert !journal.contains('could not find a logging provider') : 'Log4j API sans fournisseur'
return true
