package org.earchive.convert.office;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.uno.UnoRuntime;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.local.filter.Filter;
import org.jodconverter.local.filter.FilterChain;

/**
 * Prints a workbook's hidden sheets too. A sheet hidden in Excel (a code list, the figures a summary is computed
 * from) is part of the record and its words are in every reading of the file (Tika's, so an archive's index), but
 * Excel and LibreOffice print the visible sheets alone: the words check refused LibreOffice's PDF, and the Java
 * engine's, which lays out visible sheets only, was kept without them. The sheets are shown in LibreOffice's copy in
 * memory, each printing its name at the top of its pages like the others ({@link SheetNameHeaders}); the original
 * file is not touched. Calc shows a sheet only in a document open for editing: the pool opens workbooks so.
 */
final class HiddenSheetsShown implements Filter {

    @Override
    public void doFilter(OfficeContext context, XComponent document, FilterChain chain) throws Exception {
        XSpreadsheetDocument workbook = UnoRuntime.queryInterface(XSpreadsheetDocument.class, document);
        if (workbook != null) {
            try {
                XIndexAccess sheets = UnoRuntime.queryInterface(XIndexAccess.class, workbook.getSheets());
                for (int i = 0; i < sheets.getCount(); i++) {
                    XPropertySet sheet = UnoRuntime.queryInterface(XPropertySet.class, sheets.getByIndex(i));
                    if (Boolean.FALSE.equals(sheet.getPropertyValue("IsVisible"))) {
                        sheet.setPropertyValue("IsVisible", Boolean.TRUE);
                    }
                }
            } catch (com.sun.star.uno.Exception | RuntimeException stillHidden) {
                // the words check then finds the hidden sheet's words missing and says so
            }
        }
        chain.doFilter(context, document);
    }
}
