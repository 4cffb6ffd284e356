package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profiles read quickly are Optimaize's own, so the language every document is given stays the same. */
class OptimaizeProfilesTest {

    @Test
    void everyBuiltInProfileIsTheOneOptimaizeReads() throws Exception {
        List<LanguageProfile> optimaize = new LanguageProfileReader().readAllBuiltIn();
        List<LanguageProfile> quick = OptimaizeProfiles.readAllBuiltIn();
        assertEquals(70, quick.size());
        assertEquals(optimaize, quick); // locale and the count of every gram, profile by profile, in the same order

        // and the detector built from them holds the same probability for every gram of every language
        NgramFrequencyData expected = NgramFrequencyData.create(optimaize, List.of(1, 2, 3));
        NgramFrequencyData actual = NgramFrequencyData.create(quick, List.of(1, 2, 3));
        assertEquals(expected.getLanguageList(), actual.getLanguageList());
        for (LanguageProfile profile : optimaize) {
            for (Map.Entry<String, Integer> gram : profile.iterateGrams()) {
                assertArrayEquals(expected.getProbabilities(gram.getKey()), actual.getProbabilities(gram.getKey()),
                        gram.getKey());
            }
        }
    }

    @Test
    void theDetectorAnswersAsBeforeWithTheSameProbabilities() throws Exception {
        LanguageDetector optimaize = detector(new LanguageProfileReader().readAllBuiltIn());
        LanguageDetector quick = detector(OptimaizeProfiles.readAllBuiltIn());
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
        for (String text : List.of(
                "The committee reviewed the annual report on the digitisation of archival records.",
                "Le comité a examiné le rapport annuel sur la numérisation des archives.",
                "Der Ausschuss prüfte den Jahresbericht über die Digitalisierung der Archivbestände.",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024 quy định về số hóa tài liệu lưu trữ.",
                "Комитет рассмотрел годовой отчёт об оцифровке архивных документов.",
                "委员会审议了关于档案数字化的年度报告。",
                "Udvalget gennemgik årsrapporten om digitalisering af arkivalier.")) {
            List<DetectedLanguage> before = optimaize.getProbabilities(texts.forText(text));
            List<DetectedLanguage> after = quick.getProbabilities(texts.forText(text));
            assertEquals(before.size(), after.size(), text);
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).getLocale(), after.get(i).getLocale(), text);
                assertEquals(before.get(i).getProbability(), after.get(i).getProbability(), 0.0, text);
            }
        }
    }

    @Test
    void aFileReadOtherwiseThanUsualIsReadAsOptimaizeReadsIt() throws Exception {
        for (String json : List.of(
                "{\"freq\":{\"a\":5,\"b\":7,\"ab\":2},\"n_words\":[12,2,0],\"name\":\"en\"}\n",
                "{\"freq\" : {\"a\":5, \"b\":7,\"ab\":2,,},\"n_words\":[12,2,0],\"name\":\"fr\"}",
                "{\"freq\":{\"a\":5,\"b\":7,\"a\":2},\"n_words\":[14,0,0],\"name\":\"de\"}", // a gram named twice
                "{\"freq\":{\"a\":5,\n\"b\":7},\"n_words\":[12,0,0],\"name\":\"it\"}", // lines joined by a space
                "{\"freq\":{\"a\":5:9,\" c \":-3},\"n_words\":[2,0,0],\"name\":\"es\"}",
                "{\"name\":\"nl\",\"freq\":{\"x\":1}}")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertEquals(new LanguageProfileReader().read(new ByteArrayInputStream(bytes)), OptimaizeProfiles.read(bytes),
                    json);
        }
        // what Optimaize cannot read fails here as it does there
        for (String json : List.of("{\"freq\":{\"a\":5,,\"b\":7},\"name\":\"en\"}", "{\"freq\":{\"a\":},\"name\":\"en\"}",
                "{\"freq\":{\"a\":5}}")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            Class<? extends Throwable> thrown = assertThrows(Exception.class,
                    () -> new LanguageProfileReader().read(new ByteArrayInputStream(bytes))).getClass();
            assertEquals(thrown, assertThrows(Exception.class, () -> OptimaizeProfiles.read(bytes)).getClass(), json);
        }
    }

    private static LanguageDetector detector(List<LanguageProfile> profiles) {
        return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    }
}
