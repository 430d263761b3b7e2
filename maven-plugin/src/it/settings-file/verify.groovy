// The plugin and the CLI read the same settings file, so they agree on paths, package and verdict.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def run = { List<String> args -> maven(basedir, localRepositoryPath.toString(), args) }
def cli = { ->
  def process = new ProcessBuilder('java', '-jar', "${projectRoot}/cli/target/synesthetic-codegen.jar", 'ensure-clean',
      '--color', 'never').directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  process.waitFor()
  return [process.exitValue(), output]
}

assert new File(basedir, 'src/main/java/it/settings/Pet.java').isFile()
def (code, out) = cli()
assert code == 0 : out

def owner = new File(basedir, 'src/main/java/it/settings/Owner.java')
owner.text = owner.text + '// edited\n'
(code, out) = run(['verify'])
assert code != 0 : out
assert out.contains("Run 'mvn synesthetic-codegen:generate' to fix.") : out
def (cliCode, cliOut) = cli()
assert cliCode == 1 : cliOut
assert cliOut.contains('changed: it/settings/Owner.java (edited by hand since it was generated)') : cliOut
assert out.contains('changed: it/settings/Owner.java (edited by hand since it was generated)') : out
return true
