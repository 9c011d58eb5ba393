"""Prints every keyword card of a FITS file's primary header as KEY<TAB>repr(value),
after astropy has verified the checksums (exits non-zero on a bad file or a warning)."""
import sys
import warnings

from astropy.io import fits

warnings.simplefilter("error")
with fits.open(sys.argv[1], checksum=True) as hdul:
    hdul.verify("exception")
    for card in hdul[0].header.cards:
        if card.keyword in ("COMMENT", "HISTORY", ""):
            continue
        print("%s\t%r" % (card.keyword, card.value))
