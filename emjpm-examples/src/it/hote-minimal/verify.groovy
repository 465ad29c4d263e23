// Un hôte qui ne dépend que de la BOM et d'emjpm-rules ne doit résoudre ni POI ni Jackson.
def liste = new File(basedir, 'dependances.txt').text
assert liste.contains('fr.gouv.emjpm:emjpm-rules') : 'emjpm-rules absent de la résolution'
assert liste.contains('fr.gouv.emjpm:emjpm-domain') : 'emjpm-domain absent de la résolution'
assert !liste.contains('org.apache.poi') : "POI résolu par un hôte sans emjpm-io :\n" + liste
assert !liste.contains('com.fasterxml.jackson') : "Jackson résolu par un hôte sans emjpm-io :\n" + liste
return true
