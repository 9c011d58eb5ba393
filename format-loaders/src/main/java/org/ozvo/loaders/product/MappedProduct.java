package org.ozvo.loaders.product;

import java.util.Objects;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.loaders.spi.Product;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * What every product shares: its mapped ObsCore values and where in the original file it came
 * from. Subclasses add the data and how to write it. Immutable and thread-safe.
 */
public abstract class MappedProduct implements Product {

    private final ObsCoreValues values;
    private final Provenance provenance;

    /**
     * @param values must hold obs_collection and obs_id
     */
    protected MappedProduct(ObsCoreValues values, Provenance provenance) {
        this.values = Objects.requireNonNull(values);
        this.provenance = Objects.requireNonNull(provenance);
        Objects.requireNonNull(values.getString(ObsCoreColumn.OBS_COLLECTION), "obs_collection");
        Objects.requireNonNull(values.getString(ObsCoreColumn.OBS_ID), "obs_id");
    }

    @Override
    public final String collection() {
        return values.getString(ObsCoreColumn.OBS_COLLECTION);
    }

    @Override
    public final String obsId() {
        return values.getString(ObsCoreColumn.OBS_ID);
    }

    @Override
    public final String origin() {
        return provenance.part();
    }

    @Override
    public final ObsCoreRecord.Builder metadata() {
        return values.builder();
    }

    public final ObsCoreValues values() {
        return values;
    }

    public final Provenance provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + collection() + "/" + obsId() + " from " + provenance.fileName()
            + " " + origin() + "]";
    }
}
