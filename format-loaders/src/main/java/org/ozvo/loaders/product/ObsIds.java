package org.ozvo.loaders.product;

import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.spi.SourceFile;

/**
 * How products are named. An obs_id is the original file name without its extension, plus a
 * suffix for the part of the file when a file holds several products ({@code 000001_2},
 * {@code all-g2359555-392832_1_VR}, {@code OzDES-DR2_04720_57747.658}). File names are unique
 * within a survey release and the suffixes follow the file's own structure, so re-ingesting
 * the same file gives the same ids.
 */
public final class ObsIds {

    private ObsIds() {
    }

    /** The file name without directories and without its last extension (and a trailing {@code .gz}). */
    public static String stem(String fileName) {
        String f = fileName;
        if (f.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            f = f.substring(0, f.length() - 3);
        }
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /** The collection asked for by the source file, else the survey's default. */
    public static String collection(SourceFile source, SurveyInfo survey) {
        return source.collection() != null && !source.collection().isBlank() ? source.collection() : survey.collection();
    }
}
