def log = new File(basedir, 'build.log').text
assert log.contains("'type' beside \$ref is ignored in draft-07: only the \$ref applies")
// Maven's log says the level once: "[WARNING] [CODE] ...", never "[WARNING] WARNING [CODE] ...".
assert log.contains("[WARNING] [IGNORED_KEYWORD] widget.schema.json#/properties/part/type: 'type' beside \$ref is ignored") : log
assert !(log =~ /\[(WARNING|ERROR)\].* (WARNING|ERROR) \[[A-Z_]+\]/) : 'a doubled level in the log'
assert new File(basedir, 'target/classes/it/draft/Widget.class').isFile()
assert new File(basedir, 'target/classes/it/draft/Part.class').isFile()
return true
