package io.wsmigrate.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class MergeGuardedYamlTest {
    private static MergeGuardedYaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        return new MergeGuardedYaml(new SafeConstructor(options), options);
    }

    @Test
    void mergeKeysAreResolvedAsSnakeYamlDoes() {
        Map<String, Object> document = yaml().load("base: &base {a: 1, b: 2}\nderived: {<<: *base, b: 3}\n");

        assertThat(document.get("derived")).isEqualTo(Map.of("a", 1, "b", 3));
    }

    @Test
    void mapMergingItselfIsASyntaxErrorNotAnEndlessLoop() {
        assertThatThrownBy(() -> yaml().compose(new StringReader("a: &a {<<: *a}\n")))
                .isInstanceOf(ComposerException.class)
                .hasMessageContaining("the merge key << refers to the map that contains it");
        assertThatThrownBy(() -> yaml().compose(new StringReader("a: &a {x: 1, <<: [*a]}\n")))
                .isInstanceOf(ComposerException.class);
    }
}
