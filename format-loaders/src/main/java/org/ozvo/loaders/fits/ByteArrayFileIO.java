package org.ozvo.loaders.fits;

import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.channels.FileChannel;
import nom.tam.util.ByteArrayIO;
import nom.tam.util.RandomAccessFileIO;

/** A file already in memory, read-only, for nom-tam-fits' random-access {@code FitsFile}. */
final class ByteArrayFileIO extends ByteArrayIO implements RandomAccessFileIO {

    ByteArrayFileIO(byte[] content) {
        super(content);
        super.setLength(content.length); // a new ByteArrayIO is an empty buffer over the array
    }

    @Override
    public String readUTF() throws IOException {
        throw new IOException("readUTF is not supported on an in-memory FITS file");
    }

    @Override
    public FileChannel getChannel() {
        return null;
    }

    @Override
    public FileDescriptor getFD() throws IOException {
        throw new IOException("an in-memory FITS file has no file descriptor");
    }

    @Override
    public void setLength(long length) throws IOException {
        throw new IOException("an in-memory FITS file is read-only");
    }

    @Override
    public void writeUTF(String s) throws IOException {
        throw new IOException("an in-memory FITS file is read-only");
    }

    @Override
    public void close() {
        // nothing to release
    }
}
