package org.ozvo.loaders.obscore;

/**
 * What is constant across one survey's products (survey-formats.md section 8).
 *
 * @param label           survey name as people write it, e.g. {@code 2dFGRS}
 * @param collection      default ObsCore {@code obs_collection}
 * @param facility        {@code facility_name}
 * @param instrument      {@code instrument_name}
 * @param fibreArcsec     fibre aperture diameter, arcsec ({@code s_fov})
 * @param resolvingPower  typical lambda/delta-lambda, or null when unknown
 * @param creator         {@code obs_creator_name}
 * @param bibcode         release paper, {@code bib_reference}
 */
public record SurveyInfo(String label, String collection, String facility, String instrument,
                         double fibreArcsec, Double resolvingPower, String creator, String bibcode) {

    /** 2dF Galaxy Redshift Survey final release (Colless et al. 2001). */
    public static final SurveyInfo TWODFGRS = new SurveyInfo("2dFGRS", "2dfgrs_fdr", "AAT", "2dF", 2.1, 644.0,
        "2dFGRS Team", "2001MNRAS.328.1039C");
    /** 6dF Galaxy Survey DR3 (Jones et al. 2009). */
    public static final SurveyInfo SIXDFGS = new SurveyInfo("6dFGS", "6dfgs_fdr", "UKST", "6dF", 6.7, 1000.0,
        "6dFGS Team", "2009MNRAS.399..683J");
    /** GAMA DR2 (Liske et al. 2015). */
    public static final SurveyInfo GAMA = new SurveyInfo("GAMA", "gama_dr2", "AAT", "2dF-AAOmega", 2.1, 1361.0,
        "GAMA Team", "2015MNRAS.452.2087L");
    /** OzDES DR2 (Lidman et al. 2020). */
    public static final SurveyInfo OZDES = new SurveyInfo("OzDES", "ozdes_dr2", "AAT", "2dF-AAOmega", 2.1, 1361.0,
        "OzDES Team", "2020MNRAS.496...19L");
    /** WiggleZ Dark Energy Survey final release (Drinkwater et al. 2018). */
    public static final SurveyInfo WIGGLEZ = new SurveyInfo("WiggleZ", "wigglez_final", "AAT", "2dF-AAOmega", 2.1,
        1300.0, "WiggleZ Team", "2018MNRAS.474.4151D");

    /** The fibre aperture as ObsCore {@code s_fov}, degrees. */
    public double fovDegrees() {
        return fibreArcsec / 3600.0;
    }
}
