package org.earchive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earchive.fixtures.SourceSentences;
import org.earchive.fixtures.SourceSentences.Sentence;
import org.earchive.report.SentenceCatalogue.Entry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the library writes for a person has its Vietnamese, found by reading the library's own sources
 * (not a list someone keeps): a converter that gains a warning fails here until sentences/*.tsv has its line.
 */
class SentenceCatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CATALOGUE = Path.of("src/main/resources/org/earchive/report/sentences");

    /** Words of English no Vietnamese sentence has. Names of formats, programs and XML elements are taken out first. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|of|is|are|with|when|files?|documents?|not|or|to|for|was|were|has|have|cannot|could|must|"
            + "page|pages|its|it|this|which|from|by|no|be|been|than|only)\\b", Pattern.CASE_INSENSITIVE);

    /** What a Vietnamese sentence may carry in English: code, quoted values, options, paths, element names. */
    private static final Pattern KEPT_AS_WRITTEN = Pattern.compile(
            "\\{\\d}|'[^']*'|\"[^\"]*\"|--[a-z0-9-]+( [a-z0-9-]+)?|[\\w.-]*/[\\w./-]*|\\S*[A-Z]\\S*|\\S+[:=@]\\S+"
            + "|apt-get install [a-z0-9 -]+|\\b(true|false|tt05|dc|auto|java|libreoffice|skip-text|redo|force|tcvn3|vni|viscii|off"
            + "|mets|div|fptr|mptr|agent|note|script|plug-in)\\b");

    private static List<Sentence> forPeople;
    private static List<Sentence> everyString;

    @BeforeAll
    static void readTheLibrary() throws IOException {
        forPeople = SourceSentences.forPeople(SOURCES);
        everyString = SourceSentences.read(SOURCES);
    }

    @Test
    void everySentenceTheLibraryWritesForPeopleHasItsVietnamese() {
        SentenceCatalogue catalogue = SentenceCatalogue.vietnamese();
        List<String> missing = forPeople.stream().filter(s -> catalogue.entryFor(s.text()) == null)
                .map(Sentence::toString).toList();
        assertTrue(forPeople.size() > 400, "the scan found only " + forPeople.size() + " sentences: is it reading the sources?");
        assertTrue(missing.isEmpty(), missing.size() + " sentence(s) of the library have no line in"
                + " converters/src/main/resources/org/earchive/report/sentences/ (English TAB Vietnamese; "
                + SourceSentences.HOLE + " is where {1}, {2}... go):\n" + String.join("\n", missing));
    }

    @Test
    void everyLineOfTheCatalogueIsASentenceTheLibraryStillWrites() {
        List<String> stale = new ArrayList<>();
        for (Entry entry : SentenceCatalogue.vietnamese().entries()) {
            if (everyString.stream().noneMatch(s -> entry.pattern().matcher(s.text()).matches())) {
                stale.add(entry.file() + ".tsv: " + entry.english());
            }
        }
        assertTrue(stale.isEmpty(), "lines no sentence of the library matches any more (changed or removed in the"
                + " code? correct or remove the line):\n" + String.join("\n", stale));
    }

    @Test
    void theVietnameseKeepsEveryPartAndHoldsNoEnglish() {
        List<String> wrong = new ArrayList<>();
        for (Entry entry : SentenceCatalogue.vietnamese().entries()) {
            if (!holes(entry.english()).equals(holes(entry.vietnamese()))) {
                wrong.add("parts differ: " + entry.english() + " -> " + entry.vietnamese());
            }
            if (entry.written() == 0) {
                wrong.add("only parts, no words: " + entry.english());
            }
            String prose = KEPT_AS_WRITTEN.matcher(entry.vietnamese()).replaceAll(" ");
            Matcher english = ENGLISH.matcher(prose);
            if (english.find() || entry.vietnamese().equals(entry.english())) {
                wrong.add("English left (" + (english.hitEnd() ? "same as English" : english.group()) + "): " + entry.vietnamese());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theCatalogueReadsEveryFileInItsFolderAndEachLineOnce() throws IOException {
        try (Stream<Path> files = Files.list(CATALOGUE)) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString().replaceFirst("\\.tsv$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(SentenceCatalogue.FILES), onDisk);
        }
        List<String> english = SentenceCatalogue.vietnamese().entries().stream().map(Entry::english).toList();
        assertEquals(english.size(), Set.copyOf(english).size(), "a sentence has two lines");
    }

    @Test
    void partsComeInTheirVietnameseOrderAndLibrarySentencesInsideAreTranslatedToo() {
        SentenceCatalogue catalogue = SentenceCatalogue.vietnamese();
        assertEquals("Trang 3 được quét ở 150 dpi, thấp hơn mức tối thiểu 200 dpi của Thông tư 05/2025/TT-BNV, Điều 8:"
                        + " cần quét lại ở 200 dpi trở lên.",
                catalogue.translate("Page 3 is scanned at 150 dpi, below the 200 dpi minimum of Thông tư 05/2025/TT-BNV,"
                        + " Điều 8: scan again at 200 dpi or more."));
        assertEquals("Tệp Microsoft Word bị từ chối vì là \"bom zip\" (tệp nhỏ nhưng giải nén ra lượng dữ liệu lớn hơn mọi"
                        + " tài liệu thật): phần 'word/document.xml' giải nén ra gấp 1027 lần (102086 byte thành 100 MB);"
                        + " earchive từ chối khi quá 200 lần; earchive không cho chương trình nào mở tệp này.",
                catalogue.translate("The Microsoft Word file is refused as a \"zip bomb\" (a small file that expands to far"
                        + " more data than any real document): its part 'word/document.xml' expands 1027 times (102086"
                        + " bytes to 100 MB); earchive refuses more than 200 times; earchive let no program open it."));
        assertEquals("Chữ ký số của Nguyễn Văn An không hợp lệ: Tài liệu đã bị thay đổi sau khi ký: giá trị băm của dữ liệu"
                        + " được ký không khớp với giá trị trong chữ ký. Chưa có kho chứng thư tin cậy nên chưa kiểm tra"
                        + " được chứng thư số của người ký có dẫn tới chứng thư gốc tin cậy hay không.",
                catalogue.translate("The digital signature of Nguyễn Văn An is not valid: The document was changed after it"
                        + " was signed: the digest over the signed bytes does not match the one in the signature. No trust"
                        + " store was given, so whether the signer's certificate leads to a trusted root was not checked."));
        assertEquals("Something new.", catalogue.translate("Something new."), "a sentence it does not know is shown as written");
        assertEquals("Tên loại văn bản (typeName) của tài liệu để trống: cần có người điền.",
                catalogue.translate("The document's typeName is empty: someone must fill it in."), "TT 05's fields by their names");
        assertEquals("Không đọc được tệp (Page tree root must be a dictionary).",
                catalogue.translate("The file cannot be read (Page tree root must be a dictionary)."),
                "a library's reason is not taken for the library's 'Page {1}'");
        assertEquals("Các trang 1, 2, 3 và 4 trang khác không ghi độ phân giải nên chưa xác nhận được yêu cầu tối thiểu 200 dpi"
                        + " của Thông tư 05/2025/TT-BNV, Điều 8.",
                catalogue.translate("Pages 1, 2, 3 and 4 more record no resolution, so the 200 dpi minimum of Thông tư"
                        + " 05/2025/TT-BNV, Điều 8 cannot be confirmed."));
    }

    private static Set<String> holes(String text) {
        Set<String> holes = new TreeSet<>();
        Matcher hole = Pattern.compile("\\{\\d}").matcher(text);
        while (hole.find()) {
            holes.add(hole.group());
        }
        return holes;
    }
}
