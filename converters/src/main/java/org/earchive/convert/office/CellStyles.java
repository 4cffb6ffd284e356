package org.earchive.convert.office;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * A workbook's cell formats as CSS classes, one per format the printed cells use ({@code td.s12}): bold, italic,
 * underline and strike-through, the font's size relative to the workbook's default, horizontal and vertical
 * alignment, a solid fill, and the cell's own borders, drawn darker than the light grid every cell gets. The
 * font's face and colour are not copied: the bundled fonts are what the PDF/A embeds, and coloured text on
 * coloured fill is a readability risk the archive copy does not need.
 */
final class CellStyles {

    private final Workbook workbook;
    private final double defaultFontPoints;
    /** Format index to its CSS declarations ("" when it changes nothing), in the order first met. */
    private final Map<Integer, String> declarations = new LinkedHashMap<>();

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        double points = workbook.getNumberOfFonts() > 0 ? workbook.getFontAt(0).getFontHeightInPoints() : 11;
        // a forged or odd default would make every table unreadable
        this.defaultFontPoints = points >= 6 && points <= 16 ? points : 11;
    }

    /** The size Excel shows "Normal" text in: the sheets' table text is set to it (scaled for wide sheets). */
    double defaultFontPoints() {
        return defaultFontPoints;
    }

    /** @return the class that gives a cell this format, or null when it looks like the default */
    String classOf(CellStyle style) {
        int index = style.getIndex();
        String css = declarations.computeIfAbsent(index, ignored -> declarations(style));
        return css.isEmpty() ? null : "s" + index;
    }

    /** The rules for every format met so far; called after the cells are built. */
    String css() {
        StringBuilder css = new StringBuilder();
        declarations.forEach((index, rules) -> {
            if (!rules.isEmpty()) {
                css.append("table.sheet td.s").append(index).append(" { ").append(rules).append("}\n");
            }
        });
        return css.toString();
    }

    private String declarations(CellStyle style) {
        StringBuilder css = new StringBuilder();
        Font font = workbook.getFontAt(style.getFontIndex());
        if (font.getBold()) {
            css.append("font-weight: bold; ");
        }
        if (font.getItalic()) {
            css.append("font-style: italic; ");
        }
        if (font.getUnderline() != Font.U_NONE || font.getStrikeout()) {
            css.append("text-decoration:").append(font.getUnderline() != Font.U_NONE ? " underline" : "")
                    .append(font.getStrikeout() ? " line-through" : "").append("; ");
        }
        double relative = font.getFontHeightInPoints() / defaultFontPoints;
        if (Math.abs(relative - 1) > 0.05) {
            css.append(String.format(Locale.ROOT, "font-size: %.2fem; ", Math.max(0.6, Math.min(2.5, relative))));
        }
        switch (style.getAlignment()) {
            case LEFT, FILL -> css.append("text-align: left; ");
            case CENTER, CENTER_SELECTION -> css.append("text-align: center; ");
            case RIGHT -> css.append("text-align: right; ");
            case JUSTIFY, DISTRIBUTED -> css.append("text-align: justify; ");
            default -> { } // General: left for text, right for numbers (td.n)
        }
        switch (style.getVerticalAlignment()) {
            case TOP -> css.append("vertical-align: top; ");
            case CENTER, JUSTIFY, DISTRIBUTED -> css.append("vertical-align: middle; ");
            default -> { }
        }
        if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            String colour = hex(style.getFillForegroundColorColor());
            if (colour != null) {
                css.append("background-color: #").append(colour).append("; ");
            }
        }
        border(css, "top", style.getBorderTop());
        border(css, "right", style.getBorderRight());
        border(css, "bottom", style.getBorderBottom());
        border(css, "left", style.getBorderLeft());
        return css.toString();
    }

    private static void border(StringBuilder css, String side, BorderStyle border) {
        if (border == null || border == BorderStyle.NONE) {
            return;
        }
        String line = switch (border) {
            case MEDIUM, MEDIUM_DASHED, MEDIUM_DASH_DOT, MEDIUM_DASH_DOT_DOT, SLANTED_DASH_DOT -> "1.2pt solid";
            case THICK -> "1.8pt solid";
            case DOUBLE -> "2pt double";
            case DOTTED, HAIR -> "0.6pt dotted";
            case DASHED, DASH_DOT, DASH_DOT_DOT -> "0.6pt dashed";
            default -> "0.6pt solid";
        };
        css.append("border-").append(side).append(": ").append(line).append(" #000; ");
    }

    /** RRGGBB of a fill colour, or null when the file gives none that can be read. */
    private static String hex(Color color) {
        if (color instanceof XSSFColor xssf && xssf.getRGB() != null) {
            byte[] rgb = xssf.getRGBWithTint() != null ? xssf.getRGBWithTint() : xssf.getRGB();
            return String.format("%02X%02X%02X", rgb[rgb.length - 3], rgb[rgb.length - 2], rgb[rgb.length - 1]);
        }
        if (color instanceof HSSFColor hssf && hssf.getIndex() != HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) {
            short[] rgb = hssf.getTriplet();
            return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
        }
        return null;
    }
}
