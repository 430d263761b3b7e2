// Each failing check prints a command; pasted as printed in the root folder, it must fix that module.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def run = { List<String> args -> maven(basedir, localRepositoryPath.toString(), args) }

def printed = []
def (code, out) = [1, new File(basedir, 'build.log').text]
for (int attempt = 0; attempt < 3 && code != 0; attempt++) {
  def matcher = out =~ /Run '(mvn [^']+)' to fix\./
  assert matcher.find() : out
  def fix = matcher.group(1)
  printed << fix
  def (fixCode, fixOut) = run(fix.split(' ').drop(1) as List)
  assert fixCode == 0 : "${fix}\n${fixOut}"
  (code, out) = run(['verify'])
}
assert code == 0 : out
assert printed == ['mvn synesthetic-codegen:generate@guard -f exec-only/pom.xml',
                   'mvn synesthetic-codegen:generate -f plugin-level/pom.xml'] : printed
assert new File(basedir, 'exec-only/src/main/java/it/exec/Pet.java').isFile()
assert new File(basedir, 'plugin-level/src/main/java/it/plugin/Pet.java').isFile()
return true
