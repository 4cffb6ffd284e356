package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.earchive.convert.BoundedText;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class WorkbookWordsTest {

    /** Tika's reading of a workbook: sheets as h1 and tables, then what a chart or a page style holds. */
    private static List<String> words(String body) throws Exception {
        BoundedText text = new BoundedText(10_000);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(new InputSource(new StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Sổ</title></head><body>" + body
                        + "</body></html>")), new WorkbookWords(text));
        return Arrays.stream(text.toString().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void cellsAndTheNamesOfSheetsWithCellsAreChecked() throws Exception {
        assertEquals(List.of("Sổ", "đến", "Số", "12/UBND"), words("<div class=\"page\"><h1>Sổ đến</h1><table><tbody>"
                + "<tr><td /><td>Số</td></tr><tr><td>12/UBND</td></tr></tbody></table></div>"));
    }

    @Test
    void anEmptySheetPrintsNoPageSoItsNameIsNotAsked() throws Exception {
        assertEquals(List.of("Feuil1", "1"), words("<div class=\"page\"><h1>Feuil1</h1><table><tbody><tr><td>1</td></tr>"
                + "</tbody></table></div><div class=\"page\"><h1>Feuil2</h1><table><tbody><tr><td /></tr>"
                + "</tbody></table></div><div class=\"page\"><h1>Feuil3</h1><table><tbody><tr><td> </td></tr>"
                + "</tbody></table></div>"));
    }

    @Test
    void aChartsCacheAndAPageStylesUnfilledFieldsAreNotWordsOfThePrintout() throws Exception {
        assertEquals(List.of("Sheet1", "MONTH", "5"), words("<div class=\"sheet\"><h1>Sheet1</h1><table><tbody>"
                + "<tr><td>MONTH</td></tr><tr><td>5</td></tr></tbody></table>"
                + "<p>wants a peach</p>NUMBER\tJanuary\t5.0\t<p /></div>"
                + "<table><tr><td colspan=\"1024\" /></tr></table><p>???</p><p>Page </p><p>??? (???)</p>"
                + "<p>00/00/0000, 00:00:00</p>"));
    }
}
