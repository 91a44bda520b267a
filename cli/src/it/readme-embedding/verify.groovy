// What the README's snippet says it does, checked after it ran with nothing but the README's dependencies.
def run = new File(basedir, 'target/run')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Metropolregion Nordwest: 6 sectors, 18 organisations')
[
    'out/csv/organisations.csv',
    'out/csv/sectors.csv',
    'out/csv/key-figures.csv',
    'out/pdf/metropolregion-nordwest-de.pdf',
    'out/pdf/metropolregion-nordwest-en.pdf',
].each { path ->
    def file = new File(run, path)
    assert file.isFile() && file.length() > 0 : "the snippet wrote ${path}"
}
def pdf = new File(run, 'out/pdf/metropolregion-nordwest-de.pdf').bytes
assert new String(pdf, 0, 5, 'ISO-8859-1') == '%PDF-'
// The excel dialect starts with a byte-order mark.
def csv = new File(run, 'out/csv/organisations.csv').bytes
assert (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF
true
