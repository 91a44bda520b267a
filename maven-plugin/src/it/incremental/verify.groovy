def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] clusterfolio: rendered Hafenregion (de, en) as csv, html into target/clusterfolio'), log
assert log.contains('[INFO] clusterfolio: target/clusterfolio is up to date (no input changed); nothing rendered')
assert log.contains('[INFO] clusterfolio: skipped (clusterfolio.skip)')
assert new File(basedir, 'target/clusterfolio/html/de/overview.html').isFile()
return true
