package org.ozvo.loaders.model;

import java.util.List;

/**
 * Where a product came from, for the COMMENT and HISTORY cards of the files the archive
 * generates and for {@link org.ozvo.loaders.spi.Product#origin()}.
 *
 * @param survey   survey name, e.g. {@code 6dFGS}, or {@code WiggleZ via GAMA}
 * @param fileName name of the original file
 * @param part     which part of the file, e.g. {@code HDU 5 (SPECTRUM V)}
 * @param notes    processing notes (masking convention, assumptions), one line each
 */
public record Provenance(String survey, String fileName, String part, List<String> notes) {

    public Provenance {
        notes = List.copyOf(notes);
    }

    public Provenance(String survey, String fileName, String part) {
        this(survey, fileName, part, List.of());
    }
}
