// Each module generated its own corpus into its own target/ and compiled it, in a parallel build.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
['alpha', 'beta', 'gamma'].each { module ->
  def classes = new File(basedir, "${module}/target/classes/it/${module}")
  assert classes.isDirectory() : "no classes in ${module}"
  assert classes.listFiles().any { it.name.endsWith('.class') }
  assert new File(basedir, "${module}/target/generated-sources/synesthetic-codegen/it/${module}/codegen-manifest.json").isFile()
}
// The settings file at the multi-module root reaches every module (as the CLI run from the root reads it).
def matrix = new File(basedir, 'alpha/target/generated-sources/synesthetic-codegen/it/alpha/PresenceMatrix.java')
assert !matrix.text.contains('optional = OptBoolean.TRUE') : 'generated for Jackson 2.21, not the settings file\'s 2.18'
assert (log =~ /synesthetic-codegen: \d+ written, 0 unchanged, 0 deleted/).size() == 3
return true
