package io.wsmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hand-written plugin descriptor against the code: Maven refuses a descriptor whose version is
 * not the artifact's, and sets each parameter into the field of that name.
 */
class MavenPluginDescriptorTest {
    private static final Path DESCRIPTOR = Path.of("src/main/resources/META-INF/maven/plugin.xml");

    @Test
    void theDescriptorNamesThisVersionAndEveryParameterIsAFieldOfItsGoal() throws Exception {
        Document document;
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element plugin = document.getDocumentElement();
        assertThat(text(plugin, "version")).isEqualTo(PluginInstall.version());
        assertThat(text(plugin, "goalPrefix")).isEqualTo("ws-migrate");

        NodeList mojos = plugin.getElementsByTagName("mojo");
        assertThat(mojos.getLength()).isEqualTo(5);
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Class<?> type = Class.forName(text(mojo, "implementation"));
            assertThat(Mojo.class).isAssignableFrom(type);
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                String name = text((Element) parameters.item(p), "name");
                assertThat(field(type, name)).as("%s.%s", type.getSimpleName(), name).isNotNull();
            }
        }
        assertThat(text((Element) mojos.item(1), "goal")).isEqualTo("check");
        assertThat(text((Element) mojos.item(1), "phase")).isEqualTo("verify");
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
