def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] pom\.xml:\d+:\d+: 'pdf-a-2c' is not a value of pdf\.conformance — did you mean 'pdf-a-2b'\?/, log
assert log =~ /\[ERROR\] pom\.xml:\d+:\d+: the format 'html' has no option 'headingLevl' — did you mean 'headingLevel'\?/
assert log.contains('clusterfolio: pom.xml has 2 errors')
assert !new File(basedir, 'target/clusterfolio').exists()
return true
