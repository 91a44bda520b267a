/**
 * CSV exports of a region: organisations, sectors and key figures as three tables, in an RFC 4180, an
 * Excel (German locale) or a tab-separated dialect.
 */
module io.github.clusterfolio.render.csv {
    requires static org.jspecify;
    requires transitive io.github.clusterfolio.model;
    requires org.apache.commons.csv;

    exports io.github.clusterfolio.render.csv;

    provides io.github.clusterfolio.render.RendererProvider with
            io.github.clusterfolio.render.csv.CsvRendererProvider;
}
