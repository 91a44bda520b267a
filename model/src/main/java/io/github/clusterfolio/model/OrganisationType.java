package io.github.clusterfolio.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of body an organisation is; each has the lower-case name used in the data format. */
public enum OrganisationType {
    /** A cluster initiative or cluster management. */
    CLUSTER("cluster"),
    /** A network or association of companies and institutions. */
    NETWORK("network"),
    /** An agency, such as a state's sector agency. */
    AGENCY("agency"),
    /** A port or port operator. */
    PORT("port"),
    /** A research institute or research centre. */
    RESEARCH("research"),
    /** A trade or professional association. */
    ASSOCIATION("association"),
    /** A company. */
    COMPANY("company"),
    /** A public body such as a ministry, a district or a city. */
    PUBLIC_BODY("public-body");

    private final String formatName;

    OrganisationType(String formatName) {
        this.formatName = formatName;
    }

    /** The name used in the data format, such as {@code public-body}. */
    public String formatName() {
        return formatName;
    }

    /** The type whose format name is {@code name}. */
    public static Optional<OrganisationType> fromFormatName(String name) {
        return Arrays.stream(values()).filter(type -> type.formatName.equals(name)).findFirst();
    }

    /** All format names, in declaration order. */
    public static List<String> formatNames() {
        return Arrays.stream(values()).map(OrganisationType::formatName).toList();
    }
}
