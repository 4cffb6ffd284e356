package org.earchive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.Test;

/** Pinning changes how JAXP's factories are found, never which. */
class XmlFactoriesTest {

    @Test
    void theFactoriesFoundAfterPinningAreTheOnesFoundBefore() {
        Class<?> transformer = TransformerFactory.newInstance().getClass();
        Class<?> builder = DocumentBuilderFactory.newInstance().getClass();
        XmlFactories.pin();
        assertEquals(transformer, TransformerFactory.newInstance().getClass());
        assertEquals(builder, DocumentBuilderFactory.newInstance().getClass());
        assertEquals(transformer.getName(), System.getProperty(TransformerFactory.class.getName()));
    }
}
