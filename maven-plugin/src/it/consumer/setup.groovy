// The README's POM reads schemas from the default src/main/jsonschema: put the Synesthetic corpus there,
// and the shipped examples (not _skip) in src/test/resources/examples, from the shared data at test time.
def copy = { String from, String to ->
  def target = new File(basedir, to)
  target.mkdirs()
  new File(sharedDir, from).listFiles().findAll { it.isFile() && it.name.endsWith('.json') }
      .each { new File(target, it.name).bytes = it.bytes }
}
copy('synesthetic-schemas/jsonschema', 'src/main/jsonschema')
copy('synesthetic-schemas/examples', 'src/test/resources/examples')
return true
