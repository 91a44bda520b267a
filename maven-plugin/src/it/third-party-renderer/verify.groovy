def out = new File(basedir, 'site/target/clusterfolio')
def txt = new File(out, 'txt/de.txt')
assert txt.isFile()
assert txt.getText('UTF-8').readLines() == ['Moin', 'Port Network e. V.']
assert new File(out, 'txt/en.txt').isFile()
assert new File(out, 'csv/organisations.csv').isFile()
assert !new File(out, 'pdf').exists()
def log = new File(basedir, 'build.log').text
assert !log.contains('not marked as @threadSafe'), log
assert log.contains('as txt, csv into target/clusterfolio')
return true
