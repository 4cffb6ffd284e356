package org.earchive.packaging;

/**
 * A convert output's name as a package holds it. On Linux a backslash is an ordinary character of a file name
 * ("a\b.pdf" is one file), but everywhere a package goes next it is a folder separator: Windows, the ZIP tools that
 * unpack it (Info-ZIP turns '\' into '/' in archives made by Java, whose entries say they come from MS-DOS), and the
 * BagIt library, which writes manifests with '/' in its place. Such a file would arrive as a folder "a" holding
 * "b.pdf", and the manifests would name files that are not there. In a package the backslash is written as U+FF3C
 * FULLWIDTH REVERSE SOLIDUS ('＼'), which looks the same to a reader and separates nothing on any system; the
 * document's PREMIS keeps the name it had ({@code originalName}).
 */
final class PackageNames {

    static final char IN_PACKAGE = '\uFF3C';

    private PackageNames() {
    }

    /** {@code relative} ('/'-separated) with every backslash of its names made portable. */
    static String portable(String relative) {
        return relative.replace('\\', IN_PACKAGE);
    }
}
