// The failure names the file, the JSON Pointer and what to do, with no stack trace, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('1 error(s) in the schemas at src/main/jsonschema; nothing was written.')
assert log.contains('broken.schema.json#/properties/owner')
assert log.contains('[ERROR] [UNRESOLVABLE_REF] broken.schema.json#/properties/owner/$ref: no schema') : log
assert !(log =~ /\[(WARNING|ERROR)\].* (WARNING|ERROR) \[[A-Z_]+\]/) : 'a doubled level in the log'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace in the log'
assert !new File(basedir, 'target/generated-sources/synesthetic-codegen').exists()
return true
