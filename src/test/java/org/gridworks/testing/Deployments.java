package org.gridworks.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR Maven built, exactly as it ships, not a hand-picked subset. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive gridworks() {
        File war = new File("target/gridworks.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/gridworks.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
