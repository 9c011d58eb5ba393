package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.astro.Fk4;
import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.ImageModel;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Target;

/**
 * The 2dFGRS source-catalogue record of one object (survey-formats.md §2): the primary
 * header with APM B1950 positions in radians, plate J2000 positions in radians and
 * SuperCOSMOS J2000 positions in degrees, and the 49×49 DSS-like postage stamp.
 */
final class TwoDfgrsObject {

    final int seqnum;
    final String name;
    final String field;
    final Target target;
    final double bjsel;
    private final int ifield;
    private final double[] apm;
    private final double[] plate;
    private final double[] superCosmosB;
    private final double[] superCosmosR;
    private final double prob;
    private final double galext;
    private final long stampSeed;

    private TwoDfgrsObject(int seqnum, Target target, String field, int objectInField, Rng rng) {
        this.seqnum = seqnum;
        this.target = target;
        this.field = field;
        String strip = field.startsWith("sgp") ? "S" : field.startsWith("ngp") ? "N" : "R";
        this.name = "TG" + strip + field.substring(3) + "Z" + String.format(Locale.ROOT, "%03d", objectInField);
        this.bjsel = target.magnitude();
        this.ifield = rng.between(1, 894);
        Target apmPos = target.offsetArcsec(rng.gaussian(0, 0.4), rng.gaussian(0, 0.4));
        this.apm = Fk4.fromJ2000(apmPos.ra(), apmPos.dec());
        Target platePos = target.offsetArcsec(rng.gaussian(0, 0.3), rng.gaussian(0, 0.3));
        this.plate = new double[] {StrictMath.toRadians(platePos.ra()), StrictMath.toRadians(platePos.dec())};
        Target b = target.offsetArcsec(rng.gaussian(0, 0.08), rng.gaussian(0, 0.08));
        Target r = target.offsetArcsec(rng.gaussian(0, 0.08), rng.gaussian(0, 0.08));
        this.superCosmosB = new double[] {b.ra(), b.dec()};
        this.superCosmosR = new double[] {r.ra(), r.dec()};
        this.prob = target.isGalaxy() ? rng.uniform(100, 5000) : rng.uniform(-200, 50);
        this.galext = rng.uniform(0.01, 0.2);
        this.stampSeed = rng.nextLong();
    }

    static TwoDfgrsObject create(int seqnum, Target target, String field, Rng rng) {
        return new TwoDfgrsObject(seqnum, target, field, rng.between(1, 399), rng);
    }

    /** The primary HDU: stamp image plus catalogue cards. */
    ImageHDU primary() throws IOException {
        short[][] stamp = stamp();
        ImageHDU hdu = Hdus.image(stamp);
        int min = Short.MAX_VALUE;
        int max = Short.MIN_VALUE;
        for (short[] row : stamp) {
            for (short v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        Cards c = Cards.of(hdu)
            .num("BSCALE", 1.0, 4, "REAL = (FITS * BSCALE) + BZERO")
            .num("BZERO", 0.0, 4, "Bias");
        writeCards(c, UnaryOperator.identity(), true);
        c.integer("DATAMAX", max, "Maximum data value").integer("DATAMIN", min, "Minimum data value");
        return hdu;
    }

    private short[][] stamp() {
        Rng r = new Rng(stampSeed);
        double peak = 250 * StrictMath.pow(10, -0.4 * (bjsel - 17.0));
        return ImageModel.toShort(ImageModel.field(49, 2900, 35, Math.min(peak, 3800), r.uniform(1.2, 4.0), r),
            2700, 7000);
    }

    /**
     * The catalogue cards. {@code rename} maps keyword names, for GAMA's copies which rename
     * the ones that clash with GAMA's own ({@code RA} → {@code 2DF_RA}, …).
     */
    void writeCards(Cards c, UnaryOperator<String> rename, boolean withImage) {
        String raText = Sexagesimal.ra(StrictMath.toDegrees(apm[0]), 2, " ");
        String decText = Sexagesimal.dec(StrictMath.toDegrees(apm[1]), 1, " ");
        c.integer("SEQNUM", seqnum, "Sequence number : Database Primary Key")
            .str("NAME", name, "2dFgg assigned name");
        if (withImage) {
            c.str("IMAGE", "SKYCHART", "Existance of postage stamp image");
        }
        c.num(rename.apply("RA"), apm[0], 10, "RA  in radians : " + raText)
            .num(rename.apply("DEC"), apm[1], 10, "Dec in radians : " + decText)
            .num("APMEQNX", 1950.0, 2, "Equinox of RA and Dec")
            .num("BJSEL", bjsel, 3, "final bj mag used in the object selection")
            .num(rename.apply("PROB"), prob, 1, "psi classification parameter")
            .integer("IGAL", target.isGalaxy() ? 1 : 0, "final class flag (equals 1 for a galaxy)")
            .num("BJG", bjsel + galext, 3, "bj without extinction correction")
            .undefined("REDMAG", "unmatched raw red stellar mag (from APMCAL)")
            .integer("IFIELD", ifield, "ukst field")
            .str("REGION", String.format(Locale.ROOT, "S%-7d", ifield), "GSSS Region name")
            .num("OBJEQNX", 2000.0, 2, "Equinox of the plate reference frame")
            .num("OBJRA", plate[0], 10, "RA  in Radians :  " + Sexagesimal.ra(StrictMath.toDegrees(plate[0]), 3, " "))
            .num("OBJDEC", plate[1], 10, "Dec in Radians : " + Sexagesimal.dec(StrictMath.toDegrees(plate[1]), 2, " "))
            .num("GALEXT", galext, 3, "galactic extinction")
            .str("SBFIELD", String.format(Locale.ROOT, "%-8d", ifield), "Sky survey field number")
            .num("SBRA", superCosmosB[0], 12, "Object RA (J2000.0)")
            .num("SBDEC", superCosmosB[1], 12, "Object declination (J2000.0)")
            .num("SBBJMAG", bjsel + 0.01, 3, "UK-J (Bj) magnitude")
            .integer("SBCLASS", target.isGalaxy() ? 1 : 2, "Classification flag")
            .str("SRFIELD", String.format(Locale.ROOT, "%-8d", ifield), "Sky survey field number")
            .num("SRRA", superCosmosR[0], 12, "Object RA (J2000.0)")
            .num("SRDEC", superCosmosR[1], 12, "Object declination (J2000.0)")
            .num("SRRMAG", bjsel - 1.1, 3, "UK-J (R) magnitude")
            .integer("SRCLASS", target.isGalaxy() ? 1 : 2, "Classification flag");
    }
}
