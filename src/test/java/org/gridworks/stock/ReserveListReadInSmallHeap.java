package org.gridworks.stock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one upload in a JVM of its own, started by ReserveListWorkbookBombTest with a small heap: the heap of the
 * test JVM is a quarter of the machine's, in which the whole-workbook reader could get through a bomb given time.
 * Prints, for each file, the time taken, the number of rows read and each problem as "row column key".
 */
public final class ReserveListReadInSmallHeap {

    private ReserveListReadInSmallHeap() {}

    /** Reads each file named, one after the other. */
    public static void main(String[] args) throws IOException {
        for (String file : args) {
            byte[] content = Files.readAllBytes(Path.of(file));
            long start = System.nanoTime();
            ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(content);
            System.out.println("millis " + (System.nanoTime() - start) / 1_000_000);
            System.out.println("rows " + parsed.rows().size());
            parsed.problems()
                    .forEach(p -> System.out.println("problem " + p.row() + " " + p.column() + " " + p.messageKey()));
        }
    }
}
