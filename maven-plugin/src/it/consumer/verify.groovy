// The README's consumer POM: the plugin generated into target/, the compiler saw it, and the project's
// own test ran green.
def generated = new File(basedir, 'target/generated-sources/synesthetic-codegen/com/example/model')
assert new File(generated, 'SynestheticAsset.java').isFile()
assert new File(generated, 'SynestheticAssetValidator.java').isFile()
assert new File(basedir, 'target/classes/com/example/model/SynestheticAsset.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert log =~ /synesthetic-codegen: \d+ written, 0 unchanged, 0 deleted/
return true
