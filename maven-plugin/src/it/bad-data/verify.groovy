def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] data/region.yaml:13:11: unknown organisation type 'netwrk'"), log
assert log =~ /\[ERROR\] data\/region\.yaml:14:15: .*'logistic'.*did you mean 'logistics'/
assert log.contains('clusterfolio: data/region.yaml has 2 errors')
assert !new File(basedir, 'target/clusterfolio').exists()
return true
