package org.earchive.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A font's ToUnicode CMap program: which text each character code stands for. Written here because PDFBox keeps its
 * own writer package-private; the shape is fixed by Adobe Technical Note #5411, and every reader parses exactly this.
 */
public final class ToUnicodeCMap {

    /** A bfchar block may hold at most 100 entries (PDF 32000-1, 9.10.3 refers to the CMap specification). */
    private static final int ENTRIES_PER_BLOCK = 100;

    private ToUnicodeCMap() {
    }

    /**
     * @param codeToText each code and the text it stands for (one or more UTF-16 units)
     * @param twoBytes   whether codes are two bytes (Type 0 fonts) or one (simple fonts)
     */
    public static String of(Map<Integer, String> codeToText, boolean twoBytes) {
        String code = twoBytes ? "<%04X> <" : "<%02X> <";
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
                + (twoBytes ? "<0000> <FFFF>" : "<00> <FF>") + "\nendcodespacerange\n");
        SortedMap<Integer, String> sorted = new TreeMap<>(codeToText);
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(sorted.entrySet());
        for (int start = 0; start < entries.size(); start += ENTRIES_PER_BLOCK) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(entries.size(), start + ENTRIES_PER_BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append(String.format(code, entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
