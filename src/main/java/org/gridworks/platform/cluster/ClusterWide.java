package org.gridworks.platform.cluster;

import java.io.Serializable;

/**
 * A CDI event every server must hear, because each holds something in memory that it changes (the working-day
 * calendar, remembered passwords). Fired as usual on the server where the change was made; once its transaction
 * commits, ClusterRelay sends it to the other servers of the Data Grid, where it is fired again qualified
 * {@link FromOtherServer}. An observer without qualifiers therefore hears both; one marked {@code @FromOtherServer}
 * only the others'. Make it a small record of what changed: it travels serialized.
 */
public interface ClusterWide extends Serializable {}
