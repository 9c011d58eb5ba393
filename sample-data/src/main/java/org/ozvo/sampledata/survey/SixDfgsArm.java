package org.ozvo.sampledata.survey;

/** The three spectra of a 6dFGS observation. */
enum SixDfgsArm {
    V("SPECTRUM V", "V band spectrum", "_V", "v"),
    R("SPECTRUM R", "R band spectrum", "_R", "r"),
    VR("SPECTRUM VR", "VR combined spectrum", "_V", "vr");

    final String extname;
    final String extnameComment;
    /** Suffix of the band keywords (NAME_V, UTDATE_R…); VR carries only NAME_V. */
    final String suffix;
    /** Letter(s) in split file names, {@code all-<target>v_spectrum0.fits}. */
    final String splitTag;

    SixDfgsArm(String extname, String extnameComment, String suffix, String splitTag) {
        this.extname = extname;
        this.extnameComment = extnameComment;
        this.suffix = suffix;
        this.splitTag = splitTag;
    }
}
