package io.github.clusterfolio.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the reference validator for PDF/A and PDF/UA, run in the test JVM. {@link #validate} checks a PDF
 * against one flavour ({@link PDFAFlavour#PDFUA_1}, {@link PDFAFlavour#PDFA_2_A}, {@link PDFAFlavour#PDFA_2_B}, …)
 * and returns the rules that failed, ready to be printed in an assertion message.
 *
 * <p>The same two calls validate PDF/A and PDF/UA: the Greenfield parser reads the whole document (structure tree
 * included) whatever the flavour, and the validator picks the flavour's profile; {@code --flavour ua1} on the
 * command line does the same.
 */
public final class VeraPdf {
    private VeraPdf() {}

    /**
     * One rule of the profile that the document breaks.
     *
     * @param clause the clause of the standard, e.g. {@code 7.18.5} (PDF/UA-1) or {@code 6.2.11.4.1} (PDF/A-2)
     * @param testNumber the number of the test within that clause
     * @param description what the rule demands, in the profile's words
     * @param failures how many objects break it
     * @param context where the first failure was found (veraPDF's object path), or empty
     */
    public record FailedRule(String clause, int testNumber, String description, int failures, String context) {
        /** The rule's id as veraPDF's reports write it, e.g. {@code 7.1-3}. */
        String id() {
            return clause + "-" + testNumber;
        }

        @Override
        public String toString() {
            return id() + " (" + failures + "×) " + description + (context.isEmpty() ? "" : " — at " + context);
        }
    }

    /**
     * The outcome of one validation.
     *
     * @param flavour the profile the document was checked against
     * @param compliant whether veraPDF found the document compliant
     * @param checks how many checks veraPDF ran (a few means it did not really look)
     * @param failedRules the rules broken, in clause order; empty when compliant
     */
    public record Report(PDFAFlavour flavour, boolean compliant, int checks, List<FailedRule> failedRules) {
        public Report {
            failedRules = List.copyOf(failedRules);
        }

        /** The ids of the failed rules, e.g. {@code [7.1-3, 7.18.5-1]}. */
        public List<String> ruleIds() {
            return failedRules.stream().map(FailedRule::id).toList();
        }

        /** The distinct clauses of the failed rules, e.g. {@code [5, 7.1, 7.18.5]}. */
        List<String> clauses() {
            return failedRules.stream().map(FailedRule::clause).distinct().toList();
        }

        /** One line for the verdict, then one line per failed rule. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("veraPDF ")
                    .append(flavour.getId())
                    .append(compliant ? ": compliant" : ": not compliant")
                    .append(" (")
                    .append(checks)
                    .append(" checks, ")
                    .append(failedRules.size())
                    .append(" failed rules)");
            failedRules.forEach(rule -> text.append("\n  ").append(rule));
            return text.toString();
        }
    }

    /** Validates a PDF against a flavour; a document veraPDF cannot parse at all throws. */
    public static Report validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.getPDFAFlavour() != flavour) {
                throw new IllegalStateException("veraPDF validated " + result.getPDFAFlavour() + ", not " + flavour);
            }
            return new Report(flavour, result.isCompliant(), result.getTotalAssertions(), failedRules(result));
        }
    }

    private static List<FailedRule> failedRules(ValidationResult result) {
        // The first failed assertion per rule gives the sample context; the counts come from the failed checks.
        Map<RuleId, String> contexts = new LinkedHashMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                contexts.putIfAbsent(assertion.getRuleId(), context(assertion));
            }
        }
        List<FailedRule> rules = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            if (failed.getValue() <= 0) {
                continue;
            }
            RuleId id = failed.getKey();
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            String description = rule == null ? "" : rule.getDescription().strip().replaceAll("\\s+", " ");
            rules.add(new FailedRule(
                    id.getClause(), id.getTestNumber(), description, failed.getValue(), contexts.getOrDefault(id, "")));
        }
        rules.sort(Comparator.comparing(FailedRule::clause, VeraPdf::compareClauses)
                .thenComparingInt(FailedRule::testNumber));
        return rules;
    }

    private static String context(TestAssertion assertion) {
        String context = assertion.getLocation() == null ? null : assertion.getLocation().getContext();
        return context == null ? "" : context;
    }

    /** Orders clauses numerically, so that 7.2 comes before 7.18. */
    private static int compareClauses(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = a[i].matches("\\d+") && b[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]))
                    : a[i].compareTo(b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
