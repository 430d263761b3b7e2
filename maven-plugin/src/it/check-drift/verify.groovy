// After the invoker's two builds (generate, then a clean verify), drive further real Maven builds:
// a hand edit, the printed fix command, check.skip, and a schema change.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def run = { List<String> args -> maven(basedir, localRepositoryPath.toString(), args) }

def log = new File(basedir, 'build.log').text
assert log.contains('synesthetic-codegen: src/main/java is clean') || log =~ /synesthetic-codegen: .*src\/main\/java is clean/

def pet = new File(basedir, 'src/main/java/it/drift/Pet.java')
assert pet.isFile()

// A hand edit fails the build with the diff, the cause and the fix command as the last line.
pet.text = pet.text.replace('public record Pet(', 'public record Pet( // tweaked\n')
def (code, out) = run(['verify'])
assert code != 0 : out
assert out.contains('changed: it/drift/Pet.java') : out
assert out.contains('edited by hand') : out
assert out.contains('-') && out.contains('// tweaked') : out
assert out.contains("Run 'mvn synesthetic-codegen:generate' to fix.") : out
def fix = (out =~ /Run '(mvn [^']+)' to fix\./)[0][1]
assert !out.contains('\tat dev.synesthetic') : out

// The CLI's ensure-clean, on the same inputs, gives the same verdict and the same report.
def cli = new ProcessBuilder('java', '-jar', "${projectRoot}/cli/target/synesthetic-codegen.jar", 'ensure-clean',
    '--schemas', 'src/main/jsonschema', '--output', 'src/main/java', '--package', 'it.drift', '--color', 'never')
    .directory(basedir).start()
def cliOut = cli.inputStream.text
cli.waitFor()
assert cli.exitValue() == 1 : cliOut
def report = { String text -> text.readLines().collect { it.replaceFirst(/^\[ERROR\] ?/, '') }
    .dropWhile { !it.startsWith('changed: ') }.takeWhile { !it.startsWith('Run ') } }
assert report(out) == report(cliOut) && !report(out).isEmpty() : "plugin:\n${out}\ncli:\n${cliOut}"

// check.skip skips the check only.
(code, out) = run(['verify', '-Dsynesthetic-codegen.check.skip=true'])
assert code == 0 : out
assert out.contains('check skipped (synesthetic-codegen.check.skip)') : out

// skip skips the check too.
def (skipCode, skipOut) = run(['verify', '-Dsynesthetic-codegen.skip=true'])
assert skipCode == 0 : skipOut
assert skipOut.contains('check skipped (synesthetic-codegen.skip)') : skipOut

// The printed command, run as printed, fixes it.
(code, out) = run(fix.split(' ').drop(1) as List)
assert code == 0 : out
(code, out) = run(['verify'])
assert code == 0 : out

// A schema change names the files whose generated output changes, and why.
def schema = new File(basedir, 'src/main/jsonschema/owner.schema.json')
schema.text = schema.text.replace('"email": {"type": "string"},', '"email": {"type": "string"},\n    "phone": {"type": "string"},')
(code, out) = run(['verify'])
assert code != 0 : out
assert out.contains('changed: it/drift/Owner.java') : out
assert out.contains('schema owner.schema.json changed') : out
assert !out.contains('changed: it/drift/Pet.java') : out
assert out.contains('+  ') && out.contains('phone') : out

// A hand-written file where a generated one goes: "in the way", and no fix command that would fail.
(code, out) = run(fix.split(' ').drop(1) as List)
assert code == 0 : out
pet.text = 'package it.drift;\n\npublic record Pet(String mine) {}\n'
(code, out) = run(['verify'])
assert code != 0 : out
assert out.contains('in the way: it/drift/Pet.java (would be generated, but the file there was not generated') : out
assert !out.contains('edited by hand') && !out.contains('to fix.') : out
assert out.contains('Move or delete it, or generate into another package or output folder; then run') : out
pet.delete()
(code, out) = run(fix.split(' ').drop(1) as List)
assert code == 0 : out
return true
