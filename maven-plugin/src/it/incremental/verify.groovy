// A second build with nothing changed generates nothing and touches no file; a schema change
// rewrites only what changes; skip skips before any work.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def run = { List<String> args -> maven(basedir, localRepositoryPath.toString(), args) }

def output = new File(basedir, 'target/generated-sources/synesthetic-codegen')
def mtimes = { -> output.listFiles().collectEntries { [it.name, it.lastModified()] } +
    new File(output, 'it/incremental').listFiles().collectEntries { [it.name, it.lastModified()] } }
assert new File(output, 'it/incremental/Pet.java').isFile()
def first = mtimes()
Thread.sleep(1500) // past any file system's timestamp granularity

def (code, out) = run(['generate-sources'])
assert code == 0 : out
assert out.contains('is up to date (schemas, options and plugin unchanged); nothing generated') : out
assert mtimes() == first

// A changed schema regenerates; files whose bytes are the same keep their time stamps.
def owner = new File(basedir, 'src/main/jsonschema/owner.schema.json')
owner.text = owner.text.replace('"email": {"type": "string"},', '"email": {"type": "string"},\n    "phone": {"type": "string"},')
(code, out) = run(['generate-sources'])
assert code == 0 : out
// Owner.java, its validator (on by default) and the manifest
assert out =~ /synesthetic-codegen: 3 written, \d+ unchanged, 0 deleted/ : out
def second = mtimes()
assert second['Owner.java'] > first['Owner.java']
assert second['OwnerValidator.java'] > first['OwnerValidator.java']
assert second['Pet.java'] == first['Pet.java']
assert second['PetValidator.java'] == first['PetValidator.java']

// A hand-edited generated file is not "up to date": the next generate repairs it.
def pet = new File(output, 'it/incremental/Pet.java')
def original = pet.text
pet.text = original + '// edited\n'
(code, out) = run(['generate-sources'])
assert code == 0 : out
assert pet.text == original

// skip: nothing is read or written.
new File(basedir, 'target').deleteDir()
(code, out) = run(['generate-sources', '-Dsynesthetic-codegen.skip=true'])
assert code == 0 : out
assert out.contains('synesthetic-codegen: skipped (synesthetic-codegen.skip)') : out
assert !output.exists()
return true
