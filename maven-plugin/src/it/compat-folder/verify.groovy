// A breaking bump fails the build naming the change and the report; a compatible one passes; failOn and
// format change what fails and what is written; a broken old schema is bad input naming file and pointer.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def run = { List<String> args -> maven(basedir, localRepositoryPath.toString(), args) }

def log = new File(basedir, 'build.log').text
assert log.contains('synesthetic-codegen: compat previous -> src/main/jsonschema: 1 change(s) break what <failOn> names (backward,java):') : log
assert log.contains('breaks backward: person.schema.json#: required-added:') : log
assert log.contains('Report: target/synesthetic-codegen/compat-report.txt') : log
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace in the log'
def report = new File(basedir, 'target/synesthetic-codegen/compat-report.txt').text
assert report.startsWith('compat: 1 document change(s)') : report
assert report.contains('backward: breaks (proven: {})') : report
assert log.contains('[INFO]     backward: breaks (proven: {})') : 'the report is printed to the log'

// The same bump with failOn=forward passes (old readers still accept new documents).
def (code, out) = run(['verify', '-Dsynesthetic-codegen.compat.failOn=forward'])
assert code == 0 : out
assert out.contains('compatible for forward') : out

// A compatible bump (maxLength loosened) passes by default, and markdown goes to compat-report.md.
def schema = new File(basedir, 'src/main/jsonschema/person.schema.json')
schema.text = new File(basedir, 'previous/person.schema.json').text.replace('"maxLength": 10', '"maxLength": 20')
(code, out) = run(['verify', '-Dsynesthetic-codegen.compat.format=markdown'])
assert code == 0 : out
assert out.contains('compatible for backward,java') : out
assert new File(basedir, 'target/synesthetic-codegen/compat-report.md').text.contains('bound-loosened')

// A broken old schema is bad input: the file and JSON Pointer, no verdict.
def previous = new File(basedir, 'previous/person.schema.json')
previous.text = previous.text.replace('"integer"', '"integr"')
(code, out) = run(['verify'])
assert code != 0 : out
assert out.contains('error(s) in the old schemas at previous') : out
assert out.contains('person.schema.json#/properties/age/type') : out
assert !out.contains('compatible for') : out
return true
