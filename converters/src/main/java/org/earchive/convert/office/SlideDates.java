package org.earchive.convert.office;

import com.sun.star.beans.XPropertySet;
import com.sun.star.beans.XPropertySetInfo;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XIndexAccess;
import com.sun.star.document.XDocumentProperties;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.drawing.XDrawPage;
import com.sun.star.drawing.XDrawPagesSupplier;
import com.sun.star.drawing.XMasterPageTarget;
import com.sun.star.drawing.XShape;
import com.sun.star.i18n.NumberFormatIndex;
import com.sun.star.lang.Locale;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.presentation.XPresentationPage;
import com.sun.star.presentation.XPresentationSupplier;
import com.sun.star.text.XText;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.DateTime;
import com.sun.star.util.NumberFormat;
import com.sun.star.util.XNumberFormatTypes;
import com.sun.star.util.XNumberFormatsSupplier;
import com.sun.star.util.XNumberFormatter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.local.filter.Filter;
import org.jodconverter.local.filter.FilterChain;
import org.jodconverter.local.office.LocalOfficeContext;

/**
 * Prints a presentation's footer date as the day the document was last saved, not the day it is converted.
 * PowerPoint's footer date is usually "update automatically": LibreOffice, like PowerPoint printing it, draws the
 * day of the export, so an archived deck would show a date that is not the document's, two conversions of it would
 * differ, and the words check, reading the date the file holds ("12/16/2016"), refused LibreOffice's PDF
 * ("12/07/2026") and sent the deck to the Java engine (no shapes, no metafile pictures). A PPTX holds the text
 * PowerPoint showed when it last saved the deck ({@link FooterDates}): that text is printed. For another deck
 * (PPT, ODP) the day its properties say it was last saved is printed, in the field's own format and language,
 * formatted by LibreOffice's number formatter as it would format the day itself. A deck that records no date prints
 * none rather than the day of conversion.
 *
 * <p>Only footers set to update are changed (a fixed footer text is the author's); slides and notes pages both.
 * The original file is not touched: LibreOffice changes its copy in memory before the export.
 */
final class SlideDates implements Filter {

    private static final Locale ENGLISH = new Locale("en", "US", "");

    private final FooterDates fromTheFile;

    /** @param fromTheFile the dates a PPTX holds as text, printed as they are; NONE for another deck */
    SlideDates(FooterDates fromTheFile) {
        this.fromTheFile = fromTheFile;
    }

    @Override
    public void doFilter(OfficeContext context, XComponent document, FilterChain chain) throws Exception {
        if (UnoRuntime.queryInterface(XPresentationSupplier.class, document) != null) {
            try {
                fixDates(context, document, fromTheFile);
            } catch (com.sun.star.uno.Exception | RuntimeException unchanged) {
                // a deck whose footers LibreOffice will not change prints the day of conversion; the words check
                // then finds the file's date missing and says so, as it did before
            }
        }
        chain.doFilter(context, document);
    }

    private static void fixDates(OfficeContext context, XComponent document, FooterDates fromTheFile)
            throws com.sun.star.uno.Exception {
        LocalDateTime saved = lastSaved(UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, document)
                .getDocumentProperties());
        // one for each deck: a filter serves every document of the pool's processes, which LibreOffice restarts
        Formatter formatter = new Formatter(((LocalOfficeContext) context).getComponentContext());
        XIndexAccess slides = UnoRuntime.queryInterface(XDrawPagesSupplier.class, document).getDrawPages();
        for (int i = 0; i < slides.getCount(); i++) {
            XDrawPage slide = UnoRuntime.queryInterface(XDrawPage.class, slides.getByIndex(i));
            XPresentationPage withNotes = UnoRuntime.queryInterface(XPresentationPage.class, slide);
            XDrawPage[] pages = {slide, withNotes == null ? null : withNotes.getNotesPage()};
            String[] written = {fromTheFile.slide(i), fromTheFile.notesPage(i)};
            for (int p = 0; p < pages.length; p++) {
                if (pages[p] == null) {
                    continue;
                }
                XPropertySet footer = UnoRuntime.queryInterface(XPropertySet.class, pages[p]);
                if (updatesItsDate(footer)) {
                    String text = written[p] != null ? written[p] : saved == null ? "" : formatter
                            .format(saved, (Integer) footer.getPropertyValue("DateTimeFormat"), fieldLocale(pages[p], document));
                    footer.setPropertyValue("IsDateTimeFixed", Boolean.TRUE);
                    footer.setPropertyValue("DateTimeText", text);
                }
                // a date placeholder the slide's master does not have is imported as a shape holding a date field
                for (XTextRange field : updatingDateFields(pages[p])) {
                    XPropertySet properties = UnoRuntime.queryInterface(XPropertySet.class,
                            UnoRuntime.queryInterface(XPropertySet.class, field).getPropertyValue("TextField"));
                    int format = (Integer) properties.getPropertyValue("NumberFormat");
                    boolean date = Boolean.TRUE.equals(properties.getPropertyValue("IsDate"));
                    Locale language = locale(UnoRuntime.queryInterface(XPropertySet.class, field));
                    field.setString(written[p] != null ? written[p] : saved == null ? "" : formatter.format(saved,
                            date ? format : format << 4, language != null ? language : fieldLocale(pages[p], document)));
                }
            }
        }
    }

    /** The text portions of the page's shapes that are date or time fields drawing the current day. */
    private static java.util.List<XTextRange> updatingDateFields(XDrawPage page) throws com.sun.star.uno.Exception {
        java.util.List<XTextRange> fields = new java.util.ArrayList<>();
        for (int i = 0; i < page.getCount(); i++) {
            XEnumerationAccess text = UnoRuntime.queryInterface(XEnumerationAccess.class,
                    UnoRuntime.queryInterface(XText.class, page.getByIndex(i)));
            for (XEnumeration paragraphs = text == null ? null : text.createEnumeration();
                 paragraphs != null && paragraphs.hasMoreElements(); ) {
                XEnumerationAccess portions = UnoRuntime.queryInterface(XEnumerationAccess.class, paragraphs.nextElement());
                for (XEnumeration each = portions == null ? null : portions.createEnumeration();
                     each != null && each.hasMoreElements(); ) {
                    XPropertySet portion = UnoRuntime.queryInterface(XPropertySet.class, each.nextElement());
                    if (!"TextField".equals(portion.getPropertyValue("TextPortionType"))) {
                        continue;
                    }
                    Object field = portion.getPropertyValue("TextField");
                    XServiceInfo kind = UnoRuntime.queryInterface(XServiceInfo.class, field);
                    if (kind != null && kind.supportsService("com.sun.star.text.textfield.DateTime")
                            && !Boolean.TRUE.equals(UnoRuntime.queryInterface(XPropertySet.class, field).getPropertyValue("IsFixed"))) {
                        fields.add(UnoRuntime.queryInterface(XTextRange.class, portion));
                    }
                }
            }
        }
        return fields;
    }

    private static boolean updatesItsDate(XPropertySet page) throws com.sun.star.uno.Exception {
        XPropertySetInfo info = page.getPropertySetInfo();
        return info.hasPropertyByName("IsDateTimeFixed") && info.hasPropertyByName("DateTimeFormat")
                && Boolean.TRUE.equals(page.getPropertyValue("IsDateTimeVisible"))
                && !Boolean.TRUE.equals(page.getPropertyValue("IsDateTimeFixed"));
    }

    /** The last save, else the creation; null when the file records neither (LibreOffice gives year 0). */
    static LocalDateTime lastSaved(XDocumentProperties properties) {
        for (DateTime date : new DateTime[] {properties.getModificationDate(), properties.getCreationDate()}) {
            if (date != null && date.Year > 0 && date.Month > 0 && date.Day > 0) {
                return LocalDateTime.of(date.Year, date.Month, date.Day, date.Hours, date.Minutes, date.Seconds);
            }
        }
        return null;
    }

    /**
     * The language LibreOffice formats the field in: its text's, on the master page's date placeholder, else the
     * document's.
     */
    private static Locale fieldLocale(XDrawPage page, XComponent document) throws com.sun.star.uno.Exception {
        XMasterPageTarget target = UnoRuntime.queryInterface(XMasterPageTarget.class, page);
        XDrawPage master = target == null ? null : target.getMasterPage();
        for (int i = 0; master != null && i < master.getCount(); i++) {
            XShape shape = UnoRuntime.queryInterface(XShape.class, master.getByIndex(i));
            if ("com.sun.star.presentation.DateTimeShape".equals(shape.getShapeType())) {
                Locale locale = locale(UnoRuntime.queryInterface(XPropertySet.class, shape));
                if (locale != null) {
                    return locale;
                }
            }
        }
        Locale locale = locale(UnoRuntime.queryInterface(XPropertySet.class, document));
        return locale == null ? ENGLISH : locale;
    }

    private static Locale locale(XPropertySet properties) throws com.sun.star.uno.Exception {
        if (properties == null || !properties.getPropertySetInfo().hasPropertyByName("CharLocale")) {
            return null;
        }
        Locale locale = (Locale) properties.getPropertyValue("CharLocale");
        return locale == null || locale.Language.isEmpty() ? null : locale;
    }

    /**
     * A footer's date and time as LibreOffice draws them: its DateTimeFormat holds the date's format in its low four
     * bits and the time's in the next four (editeng's SvxDateFormat and SvxTimeFormat), each drawn with one of the
     * number formatter's built-in formats for the field's language.
     */
    static final class Formatter {

        private final XComponentContext office;
        // LibreOffice's formatter, made at the first date to format: most decks have no updating date
        private XNumberFormatter formatter;
        private XNumberFormatTypes formats;
        private LocalDate nullDate;

        Formatter(XComponentContext office) {
            this.office = office;
        }

        String format(LocalDateTime when, int dateTimeFormat, Locale locale) throws com.sun.star.uno.Exception {
            if (formatter == null) {
                XNumberFormatsSupplier supplier = UnoRuntime.queryInterface(XNumberFormatsSupplier.class, office
                        .getServiceManager().createInstanceWithContext("com.sun.star.util.NumberFormatsSupplier", office));
                formatter = UnoRuntime.queryInterface(XNumberFormatter.class, office.getServiceManager()
                        .createInstanceWithContext("com.sun.star.util.NumberFormatter", office));
                formatter.attachNumberFormatsSupplier(supplier);
                formats = UnoRuntime.queryInterface(XNumberFormatTypes.class, supplier.getNumberFormats());
                com.sun.star.util.Date origin = (com.sun.star.util.Date) supplier.getNumberFormatSettings()
                        .getPropertyValue("NullDate");
                nullDate = LocalDate.of(origin.Year, origin.Month, origin.Day);
            }
            // LibreOffice's number for a day: days since its null date, the time as a fraction of a day
            double value = ChronoUnit.DAYS.between(nullDate, when.toLocalDate())
                    + when.toLocalTime().toSecondOfDay() / 86_400.0;
            int dateFormat = dateTimeFormat & 0x0f;
            int timeFormat = (dateTimeFormat >> 4) & 0x0f;
            StringBuilder text = new StringBuilder();
            if (dateFormat != 0) {
                text.append(formatter.convertNumberToString(formats.getFormatIndex(dateIndex(dateFormat), locale), value));
            }
            if (timeFormat != 0) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(formatter.convertNumberToString(timeKey(timeFormat, locale), value - Math.floor(value)));
            }
            return text.toString();
        }

        /** SvxDateFormat: 1 system and 2 short, 3 long, 4 "13.02.96", 5 "13.02.1996", 6-9 with month and day names. */
        private static short dateIndex(int format) {
            return switch (format) {
                case 3 -> NumberFormatIndex.DATE_SYSTEM_LONG;
                case 4 -> NumberFormatIndex.DATE_SYS_DDMMYY;
                case 5 -> NumberFormatIndex.DATE_SYS_DDMMYYYY;
                case 6 -> NumberFormatIndex.DATE_SYS_DMMMYYYY;
                case 7 -> NumberFormatIndex.DATE_SYS_DMMMMYYYY;
                case 8 -> NumberFormatIndex.DATE_SYS_NNDMMMMYYYY;
                case 9 -> NumberFormatIndex.DATE_SYS_NNNNDMMMMYYYY;
                default -> NumberFormatIndex.DATE_SYSTEM_SHORT;
            };
        }

        /** SvxTimeFormat: 3 "13:49", 4 "13:49:38", 5 with hundredths, 6-8 the same on a 12-hour clock; else standard. */
        private int timeKey(int format, Locale locale) {
            short index = switch (format) {
                case 3 -> NumberFormatIndex.TIME_HHMM;
                case 4 -> NumberFormatIndex.TIME_HHMMSS;
                case 5, 8 -> NumberFormatIndex.TIME_HH_MMSS00;
                case 6 -> NumberFormatIndex.TIME_HHMMAMPM;
                case 7 -> NumberFormatIndex.TIME_HHMMSSAMPM;
                default -> -1;
            };
            return index < 0 ? formats.getStandardFormat(NumberFormat.TIME, locale) : formats.getFormatIndex(index, locale);
        }
    }
}
