package org.earchive.unpack;

import java.io.IOException;
import java.nio.file.Path;
import org.earchive.core.ConversionException;

/** Takes the members of one kind of container out into a folder. */
interface Unpacker {

    /**
     * @param into     an empty folder the members are written into
     * @param password tried on a protected container ("" for none)
     * @throws ConversionException when the container as a whole cannot be opened (damaged, protected, a tool
     *                             missing): its status and sentence
     */
    Unpacked unpack(Path container, Path into, UnpackBudget budget, String password)
            throws ConversionException, IOException;
}
