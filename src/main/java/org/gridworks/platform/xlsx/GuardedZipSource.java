package org.gridworks.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

/**
 * The package's parts, read straight from the uploaded bytes. OPCPackage.open(InputStream) would unpack every part
 * into memory before anything is looked at (a 2.6 MB file holds 250 MB of sheet); here a part is unpacked only while
 * it is read, through a {@link GuardedPartStream} with its own allowance: the reader raises it for the sheet and the
 * shared texts, every other part gets the small default.
 */
final class GuardedZipSource extends ZipFileZipEntrySource {

    private final long defaultAllowance;
    private final StopReason stop;
    private final Map<String, Long> allowances = new HashMap<>();

    GuardedZipSource(byte[] content, long defaultAllowance, StopReason stop) throws IOException {
        super(ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get());
        this.defaultAllowance = defaultAllowance;
        this.stop = stop;
    }

    /** Lets the part unpack to {@code allowance} bytes instead of the default. */
    void allow(PackagePart part, long allowance) {
        if (part instanceof ZipPackagePart zipped) {
            allowances.put(zipped.getZipArchive().getName(), allowance);
        }
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        InputStream unpacking = super.getInputStream(entry);
        if (unpacking == null) {
            throw new IOException("no such part: " + entry.getName());
        }
        return new GuardedPartStream(unpacking, allowances.getOrDefault(entry.getName(), defaultAllowance), stop);
    }
}
