package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Sector;

/**
 * The keys of the brochure's named destinations. Each chapter heading and organisation name is a
 * destination under its key; links, bookmarks and page references find it by the same key.
 */
final class Anchors {
    static final String CONTENTS = "chapter:contents";
    static final String OVERVIEW = "chapter:overview";
    static final String REGISTER = "chapter:register";

    private Anchors() {}

    static String sector(Sector sector) {
        return "sector:" + sector.id();
    }

    static String organisation(Organisation organisation) {
        return "org:" + organisation.id();
    }
}
