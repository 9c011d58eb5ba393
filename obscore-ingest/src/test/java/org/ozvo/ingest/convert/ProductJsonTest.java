package org.ozvo.ingest.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

class ProductJsonTest {

    @Test
    void columnsInTableOrderTypedAndEscapedWithoutRecordModified() {
        ObsCoreRecord record = ObsCoreRecord.builder()
            .set(ObsCoreColumn.DATAPRODUCT_TYPE, "spectrum")
            .set(ObsCoreColumn.CALIB_LEVEL, 1)
            .set(ObsCoreColumn.OBS_COLLECTION, "c")
            .set(ObsCoreColumn.OBS_ID, "a\"b\\c\u0001")
            .set(ObsCoreColumn.OBS_PUBLISHER_DID, "ivo://x/archive?c/a")
            .set(ObsCoreColumn.ACCESS_ESTSIZE, 12L)
            .set(ObsCoreColumn.EM_MIN, 3.7e-7)
            .set(ObsCoreColumn.S_REGION, new double[] {1, 2, 3, 4, 5, 6})
            .set(ObsCoreColumn.OBS_RELEASE_DATE, Instant.parse("2030-01-02T00:00:00Z"))
            .set(ObsCoreColumn.RECORD_MODIFIED, Instant.now())
            .build();
        assertEquals("{\"dataproduct_type\":\"spectrum\",\"calib_level\":1,\"obs_collection\":\"c\","
            + "\"obs_id\":\"a\\\"b\\\\c\\u0001\",\"obs_publisher_did\":\"ivo://x/archive?c/a\",\"access_estsize\":12,"
            + "\"s_region\":[1.0,2.0,3.0,4.0,5.0,6.0],\"em_min\":3.7E-7,"
            + "\"obs_release_date\":\"2030-01-02T00:00:00Z\"}", ProductJson.of(record));
    }
}
