def log = new File(basedir, 'build.log').text
assert log.contains("'type' beside \$ref is ignored in draft-07: only the \$ref applies")
assert new File(basedir, 'target/classes/it/draft/Widget.class').isFile()
assert new File(basedir, 'target/classes/it/draft/Part.class').isFile()
return true
