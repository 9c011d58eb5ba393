package org.ozvo.ingest.stats;

/**
 * Summary of one collection (or of the whole table, with a null name).
 *
 * @param collection      obs_collection, or null for the total
 * @param rows            ObsCore rows
 * @param spectra         rows with dataproduct_type spectrum
 * @param withProduct     rows that have a product file
 * @param sourceFiles     original files that produced them (ledger)
 * @param productKbytes   sum of access_estsize of the rows with a product
 * @param tMin            earliest t_min (MJD), or null
 * @param tMax            latest t_max (MJD), or null
 * @param emMin           shortest em_min (m), or null
 * @param emMax           longest em_max (m), or null
 * @param raMin           smallest s_ra (deg), or null
 * @param raMax           largest s_ra (deg), or null
 * @param decMin          smallest s_dec (deg), or null
 * @param decMax          largest s_dec (deg), or null
 * @param skyCells        1x1 degree RA/Dec cells holding at least one position
 * @param skyAreaDeg2     total area of those cells, square degrees
 */
public record CollectionStats(String collection, long rows, long spectra, long withProduct, long sourceFiles,
                              long productKbytes, Double tMin, Double tMax, Double emMin, Double emMax,
                              Double raMin, Double raMax, Double decMin, Double decMax,
                              long skyCells, double skyAreaDeg2) {

    /** Area of the whole sky in square degrees. */
    public static final double FULL_SKY_DEG2 = 129600 / Math.PI;
}
