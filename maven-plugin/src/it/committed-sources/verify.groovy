// Followed as the README says: 'mvn synesthetic-codegen:generate' wrote the sources into src/main/java,
// then the ordinary build compiled them and its check found them clean.
def generated = new File(basedir, 'src/main/java/com/example/model')
assert new File(generated, 'SynestheticAsset.java').isFile()
assert new File(generated, 'SynestheticAssetValidator.java').isFile()
assert new File(basedir, 'target/classes/com/example/model/SynestheticAsset.class').isFile()
assert !new File(basedir, 'target/generated-sources/synesthetic-codegen').exists()
def log = new File(basedir, 'build.log').text
assert log =~ /synesthetic-codegen: .*src\/main\/java is clean/ : log
assert log.contains('BUILD SUCCESS')
return true
