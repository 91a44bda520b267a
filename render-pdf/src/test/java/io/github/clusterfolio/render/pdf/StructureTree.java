package io.github.clusterfolio.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;

/**
 * The structure tree of a tagged PDF read from its raw objects, so that the role map, inherited pages ({@code /Pg})
 * and marked-content references (MCID, MCR, OBJR) are resolved exactly as ISO 32000-1, 14.7 says rather than as a
 * library interprets them. Holds every element with the text of its marked content and which MCIDs the tree
 * references; {@link TaggedPdfReadBack} builds its answers on it.
 */
final class StructureTree {
    private static final Set<String> STANDARD_TYPES = Set.of("Document", "Part", "Art", "Sect", "Div", "BlockQuote",
            "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6",
            "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
            "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
            "Figure", "Formula", "Form");
    /** Entries of an element (or of its attribute objects, {@code /A}) that are worth reporting. */
    private static final List<String> ATTRIBUTES = List.of("Alt", "ActualText", "Lang", "E", "Scope");

    /**
     * An element: role after the role map, type as written, depth below the root, attributes, and its items in
     * order — the text of a marked-content sequence ({@code String}) or a child {@code Element}.
     */
    record Element(String role, String type, int depth, Map<String, String> attributes, List<Object> items) {}

    /** A marked-content sequence as the tree names it: the page (or form stream) it is in and its MCID. */
    private record Mcid(COSBase owner, int mcid) {}

    private final COSDictionary root;
    private final Map<COSDictionary, Map<Integer, String>> pageTexts;
    private final Set<Mcid> referenced = new HashSet<>();
    private final List<Element> roots = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();

    /**
     * Reads the tree below {@code root} (the structure tree root, or {@code null} for an untagged document), taking
     * the text of each MCID from {@code pageTexts}.
     */
    StructureTree(COSDictionary root, Map<COSDictionary, Map<Integer, String>> pageTexts) {
        this.root = root;
        this.pageTexts = pageTexts;
        if (root != null) {
            for (COSBase kid : kids(root)) {
                if (kid instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
                    roots.add(element(dictionary, null, 0));
                }
            }
        }
    }

    /** The root's child elements. */
    List<Element> roots() {
        return roots;
    }

    /** Every element, depth first in document order. */
    List<Element> elements() {
        return elements;
    }

    /** Whether the tree references the marked content with this MCID in this page dictionary or form stream. */
    boolean references(COSBase owner, int mcid) {
        return referenced.contains(new Mcid(owner, mcid));
    }

    /** The standard type of an element dictionary: its {@code /S}, followed through the role map. */
    String role(COSDictionary element) {
        String type = type(element);
        COSDictionary roleMap = root == null ? null : root.getCOSDictionary(COSName.ROLE_MAP);
        Set<String> seen = new HashSet<>();
        while (roleMap != null && !STANDARD_TYPES.contains(type) && seen.add(type)
                && roleMap.getCOSName(COSName.getPDFName(type)) != null) {
            type = roleMap.getCOSName(COSName.getPDFName(type)).getName();
        }
        return type;
    }

    /**
     * The value the parent tree holds for a key: a page's {@code /StructParents} or an annotation's
     * {@code /StructParent}.
     */
    COSBase parentTreeEntry(int key) {
        COSDictionary tree = root == null ? null : root.getCOSDictionary(COSName.PARENT_TREE);
        return tree == null ? null : numberTreeLookup(tree, key, 0);
    }

    /** The text of the element's own marked content, not its children's, white space collapsed. */
    static String ownText(Element element) {
        return PdfReadBack.normalise(String.join(" ", element.items().stream()
                .filter(String.class::isInstance).map(String.class::cast).toList()));
    }

    /** The element itself, then its text and descendants in structure order. */
    static void flatten(Element element, List<Object> out) {
        out.add(element);
        for (Object item : element.items()) {
            if (item instanceof Element child) {
                flatten(child, out);
            } else {
                out.add(item);
            }
        }
    }

    /** The kids ({@code /K}) of a structure node, dereferenced: one kid or an array of them. */
    static List<COSBase> kids(COSDictionary node) {
        return asList(node.getDictionaryObject(COSName.K));
    }

    private Element element(COSDictionary dictionary, COSDictionary inheritedPage, int depth) {
        COSDictionary page = pageOr(dictionary, inheritedPage);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            putString(attributes, name, dictionary.getDictionaryObject(COSName.getPDFName(name)));
        }
        for (COSBase attribute : asList(dictionary.getDictionaryObject(COSName.A))) {
            if (attribute instanceof COSDictionary owned) {
                for (String name : ATTRIBUTES) {
                    putString(attributes, name, owned.getDictionaryObject(COSName.getPDFName(name)));
                }
            }
        }
        Element element = new Element(role(dictionary), type(dictionary), depth, attributes, new ArrayList<>());
        elements.add(element);
        for (COSBase kid : kids(dictionary)) {
            if (kid instanceof COSInteger mcid) {
                element.items().add(content(page, mcid.intValue()));
            } else if (kid instanceof COSDictionary reference) {
                COSName kind = reference.getCOSName(COSName.TYPE);
                if (COSName.MCR.equals(kind)) {
                    COSBase stream = reference.getDictionaryObject(COSName.getPDFName("Stm"));
                    int mcid = reference.getInt(COSName.MCID, -1);
                    element.items().add(content(stream != null ? stream : pageOr(reference, page), mcid));
                } else if (COSName.OBJR.equals(kind)) {
                    if (reference.getDictionaryObject(COSName.OBJ) instanceof COSDictionary object) {
                        putString(attributes, "Contents", object.getDictionaryObject(COSName.CONTENTS));
                    }
                } else if (reference.containsKey(COSName.S)) {
                    element.items().add(element(reference, page, depth + 1));
                }
            }
        }
        return element;
    }

    private static COSDictionary pageOr(COSDictionary dictionary, COSDictionary inherited) {
        COSDictionary page = dictionary.getCOSDictionary(COSName.PG);
        return page != null ? page : inherited;
    }

    private String content(COSBase owner, int mcid) {
        referenced.add(new Mcid(owner, mcid));
        Map<Integer, String> texts = owner instanceof COSDictionary page ? pageTexts.get(page) : null;
        return texts == null ? "" : texts.getOrDefault(mcid, "");
    }

    private static String type(COSDictionary element) {
        COSName type = element.getCOSName(COSName.S);
        return type == null ? "?" : type.getName();
    }

    private static COSBase numberTreeLookup(COSDictionary node, int key, int depth) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        for (int i = 0; nums != null && i + 1 < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSInteger number && number.intValue() == key) {
                return nums.getObject(i + 1);
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        for (int i = 0; kids != null && depth < 32 && i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                COSArray limits = kid.getCOSArray(COSName.LIMITS);
                if (limits == null || (key >= limits.getInt(0) && key <= limits.getInt(1))) {
                    COSBase found = numberTreeLookup(kid, key, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static List<COSBase> asList(COSBase value) {
        List<COSBase> list = new ArrayList<>();
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(array.getObject(i));
            }
        } else if (value != null) {
            list.add(value instanceof COSObject object ? object.getObject() : value);
        }
        return list;
    }

    private static void putString(Map<String, String> attributes, String name, COSBase value) {
        if (value instanceof COSString string) {
            attributes.putIfAbsent(name, string.getString());
        } else if (value instanceof COSName cosName) {
            attributes.putIfAbsent(name, cosName.getName());
        }
    }
}
