package org.gridworks.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR Maven built, exactly as it ships, not a hand-picked subset. */
public final class Deployments {

    private Deployments() {}

    /**
     * The WAR plus the given test classes, for tests that run inside Payara. Arquillian reaches them through its
     * own servlet, which the application's "signed in only" constraint would otherwise send to the sign-in page;
     * a web fragment in the test archive opens just that servlet's address.
     */
    public static WebArchive gridworksWithInContainerTests(Class<?>... testClasses) {
        JavaArchive access = ShrinkWrap.create(JavaArchive.class, "arquillian-access.jar")
                .addAsManifestResource(new StringAsset(ARQUILLIAN_ACCESS), "web-fragment.xml");
        return gridworks().addClasses(testClasses).addAsLibrary(access);
    }

    private static final String ARQUILLIAN_ACCESS = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    public static WebArchive gridworks() {
        File war = new File("target/gridworks.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/gridworks.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
