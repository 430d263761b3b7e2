// Evaluated by the verify scripts: a closure that runs one more real Maven build of the test project
// (same Maven, same local repository, offline: everything was fetched by the invoker's own build)
// and returns [exit code, output].
return { File project, String repository, List<String> args ->
  def command = [System.getProperty('maven.home') + '/bin/mvn', '-B', '-o', '-Dmaven.repo.local=' + repository] + args
  def process = new ProcessBuilder(command).directory(project).redirectErrorStream(true).start()
  def output = process.inputStream.text
  process.waitFor()
  return [process.exitValue(), output]
}
