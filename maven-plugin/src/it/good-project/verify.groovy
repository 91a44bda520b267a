// The project file asked for pdf and csv in German: exactly those files, in target/clusterfolio.
def out = new File(basedir, 'target/clusterfolio')
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == ['csv/key-figures.csv', 'csv/organisations.csv', 'csv/sectors.csv', 'pdf/harbour-region-de.pdf']

// Excel's dialect: byte-order mark and semicolons.
def csv = new File(out, 'csv/organisations.csv').bytes
assert csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF
assert new String(csv, 'UTF-8').readLines()[0].contains(';')
// The project's labels file renamed one German column header, and only that one.
assert new String(csv, 'UTF-8').readLines()[0].contains(';Bezeichnung (de);Art;')

// The configuration's pdf-a-2a won over the project file's pdf-a-2b.
def pdf = new String(new File(out, 'pdf/harbour-region-de.pdf').bytes, 'ISO-8859-1')
assert pdf =~ /pdfaid:conformance[^A-Z]{1,3}A/

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] clusterfolio: data/region.yaml is valid (1 sectors, 1 organisations, languages de, en)')
assert log.contains('[INFO] clusterfolio: rendered Hafenregion (de) as pdf, csv into target/clusterfolio: 4 files')
return true
