package org.earchive.packaging;

/** The folder to package is not something earchive can package: the message says why, in one sentence. */
public final class PackageInputException extends Exception {

    public PackageInputException(String message) {
        super(message);
    }
}
