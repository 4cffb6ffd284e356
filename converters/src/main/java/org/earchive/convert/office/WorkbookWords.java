package org.earchive.convert.office;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What of a workbook's text LibreOffice's PDF is checked for: the text of its cells, and the name of each sheet
 * that has any (printed in the header by {@link SheetNameHeaders}). Tika's reading of a workbook holds more that
 * no printout of it shows, so checking it refused every workbook of the shared corpus: the names of empty sheets
 * (LibreOffice, as Excel, prints no page for them: Excel's three default sheets "Feuil1", "Feuil2", "Feuil3"), the
 * values a chart keeps in its cache ("5.0" beside the cell's 5), and an OpenDocument page style's header and
 * footer as typed, fields unfilled ("??? Page ??? (???)", "00/00/0000, 00:00:00"), even where they are switched off.
 *
 * <p>Events are passed to the handler that collects the words; only characters are held back.
 */
final class WorkbookWords extends ContentHandlerDecorator {

    private int cellDepth;
    private boolean inSheetName;
    private final StringBuilder sheetName = new StringBuilder();

    WorkbookWords(ContentHandler words) {
        super(words);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (localName.equals("td") || localName.equals("th")) {
            cellDepth++;
        } else if (localName.equals("h1") && cellDepth == 0) {
            inSheetName = true;
            sheetName.setLength(0); // a sheet whose name came with no cell text: left out
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (localName.equals("td") || localName.equals("th")) {
            cellDepth = Math.max(0, cellDepth - 1);
        } else if (localName.equals("h1")) {
            inSheetName = false;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inSheetName) {
            sheetName.append(ch, start, length);
        } else if (cellDepth > 0) {
            if (!sheetName.isEmpty() && !new String(ch, start, length).isBlank()) {
                // the sheet has text: its name is a word of the printout too
                String name = sheetName + "\n";
                sheetName.setLength(0);
                super.characters(name.toCharArray(), 0, name.length());
            }
            super.characters(ch, start, length);
        }
    }
}
