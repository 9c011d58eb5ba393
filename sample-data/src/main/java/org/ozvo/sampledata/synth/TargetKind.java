package org.ozvo.sampledata.synth;

/** What kind of source a synthetic target is; decides its intrinsic spectrum. */
public enum TargetKind {
    /** Star-forming galaxy: blue continuum, strong narrow emission lines. */
    EMISSION_GALAXY,
    /** Early-type galaxy: red continuum, 4000 Å break, absorption lines. */
    ABSORPTION_GALAXY,
    /** Quasar: power law, broad lines, Lyman-alpha forest at high redshift. */
    QSO,
    /** Galactic star at rest apart from its radial velocity. */
    STAR
}
