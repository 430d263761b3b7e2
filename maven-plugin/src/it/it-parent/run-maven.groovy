// Evaluated by the verify scripts: a closure that runs one more real Maven build of the test project
// (same Maven, same local repository, offline: everything was fetched by the invoker's own build)
// and returns [exit code, output].
return { File project, String repository, List<String> args ->
  def command = [System.getProperty('maven.home') + '/bin/mvn', '-B', '-o', '-Dmaven.repo.local=' + repository] + args
  def builder = new ProcessBuilder(command).directory(project).redirectErrorStream(true)
  builder.environment().put('MAVEN_OPTS', itMavenOpts) // as the invoker's own builds (maven-plugin/pom.xml)
  def process = builder.start()
  def output = process.inputStream.text
  process.waitFor()
  return [process.exitValue(), output]
}
