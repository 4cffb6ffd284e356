package org.earchive.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.earchive.convert.ConverterRegistry.Rank;
import org.junit.jupiter.api.Test;

/** Which engine converts which type, decided by declared types and rank, never by the order of registration. */
class ConverterRegistryTest {

    private record Named(String engine, Set<String> mediaTypes) implements Converter {
        @Override
        public ConvertedPdf convert(ConversionRequest request) {
            throw new UnsupportedOperationException("routing only");
        }
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void thePreferredEngineWinsWhateverTheOrderAndTheFallbackStandsBehindIt() {
        Converter java = new Named("Java engine", Set.of(DOCX, "message/rfc822"));
        Converter office = new Named("LibreOffice", Set.of(DOCX));
        ConverterRegistry registry = ConverterRegistry.builder()
                .register(java, Rank.FALLBACK).register(office, Rank.PREFERRED).build();

        assertSame(office, registry.forType(DOCX));
        assertSame(java, registry.forType("message/rfc822"), "a type only the fallback takes goes to it");
        assertNull(registry.forType("application/zip"), "a type nobody takes is not converted");
        List<ConverterRegistry.Route> table = registry.table();
        assertEquals(List.of(DOCX, "message/rfc822"), table.stream().map(ConverterRegistry.Route::mediaType).toList());
        assertSame(java, table.get(0).fallback());
        assertNull(table.get(1).fallback());
    }

    @Test
    void twoEnginesClaimingOneTypeAtOneRankIsAWiringMistakeSaidAtStart() {
        ConverterRegistry.Builder builder = ConverterRegistry.builder()
                .register(new Named("A", Set.of("text/plain")), Rank.PREFERRED);
        IllegalStateException clash = assertThrows(IllegalStateException.class,
                () -> builder.register(new Named("B", Set.of("text/plain")), Rank.PREFERRED));
        assertTrue(clash.getMessage().contains("text/plain") && clash.getMessage().contains("A")
                && clash.getMessage().contains("B"), clash.getMessage());
    }
}
