package org.earchive.convert.office;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XHeaderFooterContent;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.uno.UnoRuntime;
import java.util.HashSet;
import java.util.Set;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.local.filter.Filter;
import org.jodconverter.local.filter.FilterChain;

/**
 * Prints each sheet's name at the top of its pages, in a workbook whose sheets print no header of their own.
 * A workbook's sheet names are words its reader sees (the tabs) and its indexer reads (Tika gives each sheet's
 * name before its cells), but Excel files rarely print them and LibreOffice's PDF then has none: the words check
 * refused every multi-sheet workbook of the shared corpus and the Java engine's PDF, which draws the cells as a
 * plain table and no chart, was kept instead. With the name in the header, LibreOffice's layout (column widths,
 * formatting, charts) is kept and a reader of the PDF knows which sheet a page belongs to.
 *
 * <p>Only page styles whose header is off are given one (a field, so every sheet sharing the style prints its own
 * name); a header the workbook prints is left as it is. The original file is not touched: LibreOffice changes its
 * copy in memory before the export.
 */
final class SheetNameHeaders implements Filter {

    /** In 1/100 mm, as LibreOffice measures pages: a 10-point line and 1 mm to the cells, inside the old margin. */
    private static final int HEADER_HEIGHT = 600;
    private static final int HEADER_TO_BODY = 100;
    private static final int MIN_TOP_MARGIN = 300;

    @Override
    public void doFilter(OfficeContext context, XComponent document, FilterChain chain) throws Exception {
        XSpreadsheetDocument workbook = UnoRuntime.queryInterface(XSpreadsheetDocument.class, document);
        if (workbook != null) {
            try {
                nameSheetsIn(workbook, document);
            } catch (com.sun.star.uno.Exception | RuntimeException unnamed) {
                // a workbook whose page styles LibreOffice will not change is exported as it is: the words check
                // then finds its sheet names missing and says so, as it did before sheets were named
            }
        }
        chain.doFilter(context, document);
    }

    private static void nameSheetsIn(XSpreadsheetDocument workbook, XComponent document) throws com.sun.star.uno.Exception {
        XNameAccess pageStyles = UnoRuntime.queryInterface(XNameAccess.class,
                UnoRuntime.queryInterface(XStyleFamiliesSupplier.class, document).getStyleFamilies().getByName("PageStyles"));
        XMultiServiceFactory factory = UnoRuntime.queryInterface(XMultiServiceFactory.class, document);
        XIndexAccess sheets = UnoRuntime.queryInterface(XIndexAccess.class, workbook.getSheets());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sheets.getCount(); i++) {
            XPropertySet sheet = UnoRuntime.queryInterface(XPropertySet.class, sheets.getByIndex(i));
            String styleName = (String) sheet.getPropertyValue("PageStyle");
            if (!seen.add(styleName) || !pageStyles.hasByName(styleName)) {
                continue;
            }
            XPropertySet style = UnoRuntime.queryInterface(XPropertySet.class, pageStyles.getByName(styleName));
            if (Boolean.TRUE.equals(style.getPropertyValue("HeaderIsOn"))) {
                continue; // the workbook's own header, as its author set it
            }
            // the header goes inside the top margin, so the sheet keeps the room it had and breaks into the same
            // pages (a chart sized to its page would otherwise spill onto a page holding only the header)
            int topMargin = (Integer) style.getPropertyValue("TopMargin");
            style.setPropertyValue("HeaderIsOn", Boolean.TRUE);
            style.setPropertyValue("HeaderIsShared", Boolean.TRUE);
            style.setPropertyValue("HeaderIsDynamicHeight", Boolean.FALSE);
            style.setPropertyValue("HeaderBodyDistance", HEADER_TO_BODY);
            style.setPropertyValue("HeaderHeight", HEADER_HEIGHT);
            style.setPropertyValue("TopMargin", Math.max(MIN_TOP_MARGIN, topMargin - HEADER_HEIGHT));
            for (String side : new String[] {"RightPageHeaderContent", "LeftPageHeaderContent"}) {
                XHeaderFooterContent content = UnoRuntime.queryInterface(XHeaderFooterContent.class,
                        style.getPropertyValue(side));
                content.getLeftText().setString("");
                content.getRightText().setString("");
                XText centre = content.getCenterText();
                centre.setString("");
                XTextContent sheetName = UnoRuntime.queryInterface(XTextContent.class,
                        factory.createInstance("com.sun.star.text.TextField.SheetName"));
                // Calc's header text takes a field only at a cursor of its own, not at a range it returned
                XTextCursor end = centre.createTextCursor();
                end.gotoEnd(false);
                centre.insertTextContent(end, sheetName, false);
                style.setPropertyValue(side, content);
            }
        }
    }
}
