// The previous release: build and install its schemas jar into the local repository the test builds use.
def maven = evaluate(new File(basedir.parentFile, 'it-parent/run-maven.groovy'))
def (code, out) = maven(new File(basedir, 'release'), localRepositoryPath.toString(), ['install'])
assert code == 0 : out
return true
