package org.earchive.metadata;

import java.util.List;

/** A clerk's metadata file that cannot be used as it is: every problem found, not only the first. */
public final class MetadataInputException extends Exception {

    private final List<CellError> errors;

    public MetadataInputException(List<CellError> errors) {
        super(errors.size() + " problem(s) in the metadata input, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
