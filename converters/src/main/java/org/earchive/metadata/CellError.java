package org.earchive.metadata;

/**
 * One rejected cell of a clerk's file, located as a spreadsheet shows it.
 *
 * @param file    the file's name
 * @param row     the row number as the spreadsheet shows it (the header is row 1), or the line of a defaults file
 * @param column  the column (or key) name
 * @param message what is wrong
 */
public record CellError(String file, int row, String column, String message) {

    @Override
    public String toString() {
        return file + ": row " + row + ", column " + column + ": " + message;
    }
}
