package org.earchive.core;

import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;

/**
 * Makes JAXP's factory look-ups cheap for the rest of the run without changing what they find. With no system
 * property naming the implementation, every {@code TransformerFactory.newInstance()} (and its parser cousins)
 * searches {@code META-INF/services} in each of the ~300 jars on the class path; PDFBox's {@code XmpSerializer} does
 * that once per document, and it was 29% of the CPU of converting small documents. Here the search is done once, and
 * the class it found is named in the system property JAXP reads first, so every later look-up gets that same class
 * directly: the same serialiser, the same bytes.
 *
 * <p>Only a class the system class loader (or the JDK itself) provides is named: a class found through another
 * loader (an application server's, a Spark executor's own) might not be visible to a thread with another context
 * loader, and there the search is left as it was.
 */
public final class XmlFactories {

    private static volatile boolean pinned;

    private XmlFactories() {
    }

    /** Idempotent; the first call costs one search per kind of factory. */
    public static void pin() {
        if (pinned) {
            return;
        }
        synchronized (XmlFactories.class) {
            if (!pinned) {
                pin(TransformerFactory.class.getName(), TransformerFactory::newInstance);
                pin(DocumentBuilderFactory.class.getName(), DocumentBuilderFactory::newInstance);
                pin(SAXParserFactory.class.getName(), SAXParserFactory::newInstance);
                pinned = true;
            }
        }
    }

    private static void pin(String property, Supplier<?> search) {
        if (System.getProperty(property) != null) {
            return;
        }
        Class<?> found = search.get().getClass();
        ClassLoader loader = found.getClassLoader();
        if (loader == null || loader == ClassLoader.getSystemClassLoader() || loader == ClassLoader.getPlatformClassLoader()) {
            System.setProperty(property, found.getName());
        }
    }
}
