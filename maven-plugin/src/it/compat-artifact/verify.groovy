// The old side from the installed jar: a compatible bump passes with the report written and printed; then a
// breaking one fails naming the change; a version never released is bad input naming the coordinates.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def run = { List<String> args -> maven(basedir, localRepositoryPath.toString(), args) }

def log = new File(basedir, 'build.log').text
assert log.contains('synesthetic-codegen: compat dev.synesthetic.codegen.it:compat-people-schemas:1.0.0 -> src/main/jsonschema:'
    + ' compatible for backward,java (report: target/synesthetic-codegen/compat-report.txt)') : log
assert log.contains('bound-loosened') : log
def old = new File(basedir, 'target/synesthetic-codegen/compat-old/compat-people-schemas-1.0.0/person.schema.json')
assert old.text.contains('"maxLength": 10')
assert new File(basedir, 'target/synesthetic-codegen/compat-report.txt').text.contains('forward: breaks (proven:')

// A breaking bump against the same release fails the build.
def schema = new File(basedir, 'src/main/jsonschema/person.schema.json')
schema.text = schema.text.replace('"title"', '"required": ["age"],\n  "title"')
def (code, out) = run(['verify'])
assert code != 0 : out
assert out.contains('breaks backward: person.schema.json#: required-added:') : out

// A release that does not exist: the coordinates and the resolver's reason, no verdict.
(code, out) = run(['verify', '-Dprevious.schemas=dev.synesthetic.codegen.it:compat-people-schemas:0.9.0'])
assert code != 0 : out
assert out.contains('<oldArtifact> dev.synesthetic.codegen.it:compat-people-schemas:0.9.0 cannot be resolved') : out
return true
